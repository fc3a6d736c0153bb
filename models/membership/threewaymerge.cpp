#include "membership/threewaymerge.h"

#include "membership/uuids.h"

#include <QHash>
#include <QSet>

namespace {

// Turns canonical keys back into the best spelling we know and sorts them.
QStringList spell(const QSet<QString> &set, const QHash<QString, QString> &spellings)
{
    QStringList keysSorted(set.cbegin(), set.cend());
    keysSorted.sort();
    QStringList result;
    result.reserve(keysSorted.size());
    for (const QString &key : std::as_const(keysSorted))
        result.append(spellings.value(key, key));
    return result;
}

} // namespace

bool MergeResult::overwriteUndoesServerChanges() const
{
    const QSet<QString> over = Uuids::keys(overwrite);
    for (const QString &uuid : serverAdded) {
        if (!over.contains(Uuids::key(uuid)))
            return true;
    }
    for (const QString &uuid : serverRemoved) {
        if (over.contains(Uuids::key(uuid)))
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
    // Server spellings must be sent back verbatim (Placement stores them as given); anything only I
    // added gets the canonical form. The server's current spelling wins over the one loaded earlier.
    QHash<QString, QString> spellings;
    for (const QStringList *source : {&base, &theirs}) {
        for (const QString &uuid : *source)
            spellings.insert(Uuids::key(uuid), uuid);
    }

    const QSet<QString> b = Uuids::keys(base);
    const QSet<QString> m = Uuids::keys(mine);
    const QSet<QString> t = Uuids::keys(theirs);

    MergeResult result;
    const QSet<QString> myAdded = m - b;
    const QSet<QString> myRemoved = b - m;
    result.myAdded = spell(myAdded, spellings);
    result.myRemoved = spell(myRemoved, spellings);
    result.serverAdded = spell(t - b, spellings);
    result.serverRemoved = spell(b - t, spellings);
    result.merged = spell((t | myAdded) - myRemoved, spellings);
    result.overwrite = spell(m, spellings);
    result.keepServer = spell(t, spellings);
    return result;
}

bool sameAggregateSet(const QStringList &a, const QStringList &b)
{
    return Uuids::keys(a) == Uuids::keys(b);
}

QStringList applyEdits(const QStringList &base, const QStringList &adds, const QStringList &removes)
{
    QHash<QString, QString> spellings;
    for (const QString &uuid : base)
        spellings.insert(Uuids::key(uuid), uuid);
    return spell((Uuids::keys(base) | Uuids::keys(adds)) - Uuids::keys(removes), spellings);
}
