#include "membership/threewaymerge.h"

#include "api/uuids.h"

#include <QSet>

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    Uuids::sortByIdentity(&list);
    return list;
}

} // namespace

bool MergeResult::overwriteUndoesServerChanges() const
{
    const QSet<QString> over = toSet(overwrite);
    for (const QString &aggregate : serverAdded) {
        if (!over.contains(aggregate))
            return true;
    }
    for (const QString &aggregate : serverRemoved) {
        if (over.contains(aggregate))
            return true;
    }
    return false;
}

bool MergeResult::alreadyApplied() const
{
    return sameAggregateSet(overwrite, keepServer);
}

MergeResult threeWayMerge(const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    // Exact strings throughout: a set the server holds in a spelling I never touched must come back
    // in that spelling, or the PUT would drop that aggregate and create another one.
    const QSet<QString> b = toSet(base);
    const QSet<QString> m = toSet(mine);
    const QSet<QString> t = toSet(theirs);

    MergeResult result;
    const QSet<QString> myAdded = m - b;
    const QSet<QString> myRemoved = b - m;
    result.myAdded = sorted(myAdded);
    result.myRemoved = sorted(myRemoved);
    result.serverAdded = sorted(t - b);
    result.serverRemoved = sorted(b - t);
    result.merged = sorted((t | myAdded) - myRemoved);
    result.overwrite = sorted(m);
    result.keepServer = sorted(t);
    return result;
}

bool sameAggregateSet(const QStringList &a, const QStringList &b)
{
    return toSet(a) == toSet(b);
}

QStringList applyEdits(const QStringList &base, const QStringList &adds, const QStringList &removes)
{
    return sorted((toSet(base) | toSet(adds)) - toSet(removes));
}
