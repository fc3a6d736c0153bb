#include "membership/submitsummary.h"

QString SubmitSummary::text() const
{
    // Plural forms for each count: "1 conflicts resolved" read wrong in the activity log.
    QString text = tr("%n applied", nullptr, applied) + QLatin1String(", ") +
                   tr("%n conflict(s) resolved", nullptr, conflictsResolved) + QLatin1String(", ") +
                   tr("%n failed", nullptr, failed);
    if (deferred > 0)
        text += QLatin1String(", ") + tr("%n conflict(s) left pending", nullptr, deferred);
    if (retries > 0)
        text += QLatin1String(", ") + tr("%n transient fault(s) retried", nullptr, retries);
    if (canceled > 0)
        text += QLatin1String(", ") + tr("%n not sent (canceled)", nullptr, canceled);
    return text;
}
