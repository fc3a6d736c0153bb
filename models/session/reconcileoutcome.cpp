#include "session/reconcileoutcome.h"

int ReconcileOutcome::count(HostAction::Outcome outcome) const
{
    return countOutcome(actions, outcome);
}

QString ReconcileOutcome::text() const
{
    QStringList parts;
    parts << tr("%n of %1 call(s) to Nova succeeded.", nullptr, count(HostAction::Outcome::Done))
                 .arg(actions.size());
    if (const int failed = count(HostAction::Outcome::Failed))
        parts << tr("%n failed.", nullptr, failed);
    if (const int canceled = count(HostAction::Outcome::Canceled))
        parts << tr("%n not sent (canceled).", nullptr, canceled);
    if (!rereadFailures.isEmpty())
        parts << tr("%n provider(s) could not be read again; their next submit merges with the server's "
                    "state.",
                    nullptr, int(rereadFailures.size()));
    if (!novaReread)
        parts << tr("Nova could not be read again; the drift shown may be out of date.");
    if (!remainingDrift.isEmpty())
        parts << tr("%n difference(s) remain for these hosts.", nullptr, int(remainingDrift.size()));
    return parts.join(QLatin1Char(' '));
}
