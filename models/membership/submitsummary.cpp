#include "membership/submitsummary.h"

QString SubmitSummary::text() const
{
    QString text =
        tr("%1 applied, %2 conflicts resolved, %3 failed").arg(applied).arg(conflictsResolved).arg(failed);
    if (deferred > 0)
        text += QLatin1String(", ") + tr("%n conflict(s) left pending", nullptr, deferred);
    if (retries > 0)
        text += QLatin1String(", ") + tr("%n transient fault(s) retried", nullptr, retries);
    if (canceled > 0)
        text += QLatin1String(", ") + tr("%n not sent (canceled)", nullptr, canceled);
    return text;
}
