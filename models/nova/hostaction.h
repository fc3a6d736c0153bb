#pragma once

#include "api/apierror.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

// One add_host or remove_host call on a Nova host aggregate, as a reconcile plans it (previewed) and
// HostActionRunner sends it.
struct HostAction
{
    enum class Kind {
        AddHost,
        RemoveHost,
    };
    enum class Outcome {
        Planned,
        Done,     // Nova answered 200 (it then mirrors into Placement by provider name)
        Failed,   // Nova's error in `error`
        Canceled, // not sent: the run was canceled first
    };

    Kind kind = Kind::AddHost;
    int aggregateId = -1;  // Nova's integer id
    QString aggregateUuid; // Nova's UUID
    QString aggregateName; // Nova's name
    QString host;          // the nova-compute service host
    QStringList providers; // the providers (compute nodes) whose drift this call heals
    Outcome outcome = Outcome::Planned;
    ApiError error;
};
Q_DECLARE_METATYPE(HostAction)

// How many of `actions` ended with `outcome` (the runner's progress and the outcome's summary).
inline int countOutcome(const QList<HostAction> &actions, HostAction::Outcome outcome)
{
    return int(std::count_if(actions.cbegin(), actions.cend(),
                             [outcome](const HostAction &action) { return action.outcome == outcome; }));
}
