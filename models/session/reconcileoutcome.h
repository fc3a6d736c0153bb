#pragma once

#include "api/apierror.h"
#include "nova/hostaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

// How a "make Nova match Placement" run ended, after both sides were read again: each call's
// outcome (Nova's own error for a failed one), the providers re-read from Placement (and those that
// could not be), and the drift that remains for the hosts Nova accepted (Nova mirrors into Placement
// by provider name, so a call can succeed in Nova and change nothing in Placement).
struct ReconcileOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileOutcome)

public:
    QList<HostAction> actions;
    int reread = 0;
    QHash<QString, ApiError> rereadFailures; // provider uuid -> why
    bool novaReread = false;                 // Nova's aggregates were read again afterwards
    QStringList remainingDrift;              // one sentence per item, for the hosts of this run

    int count(HostAction::Outcome outcome) const;
    bool isComplete() const { return count(HostAction::Outcome::Done) == actions.size(); }
    // "3 of 4 calls to Nova succeeded; 1 failed. …": for the activity log and the dialog.
    QString text() const;
};
Q_DECLARE_METATYPE(ReconcileOutcome)
