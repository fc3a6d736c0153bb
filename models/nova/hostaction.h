#pragma once

#include "api/apierror.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

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
