#include "membership/conflictpreview.h"

#include "api/uuids.h"

#include <QSet>

namespace {

// Exact strings: each spelling of a UUID is its own aggregate (see Uuids).
QSet<QString> keys(const QStringList &aggregates)
{
    return QSet<QString>(aggregates.cbegin(), aggregates.cend());
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    Uuids::sortByIdentity(&list);
    return list;
}

} // namespace

ConflictPreview::ConflictPreview(const MergeResult &merge) : m_merge(merge) {}

QList<ConflictPreview::Entry> ConflictPreview::serverChanges() const
{
    QList<Entry> entries;
    for (const QString &uuid : sorted(keys(m_merge.serverAdded)))
        entries.append({uuid, Mark::Added, Reason::AddedOnServer});
    for (const QString &uuid : sorted(keys(m_merge.serverRemoved)))
        entries.append({uuid, Mark::Removed, Reason::RemovedOnServer});
    return entries;
}

QList<ConflictPreview::Entry> ConflictPreview::myChanges() const
{
    QList<Entry> entries;
    for (const QString &uuid : sorted(keys(m_merge.myAdded)))
        entries.append({uuid, Mark::Added, Reason::AddedByMe});
    for (const QString &uuid : sorted(keys(m_merge.myRemoved)))
        entries.append({uuid, Mark::Removed, Reason::RemovedByMe});
    return entries;
}

ConflictPreview::Choice ConflictPreview::choice(ConflictResolution resolution) const
{
    Choice choice;
    choice.resolution = resolution;
    switch (resolution) {
    case ConflictResolution::Merge:
        choice.sends = m_merge.merged;
        break;
    case ConflictResolution::Overwrite:
        choice.sends = m_merge.overwrite;
        break;
    case ConflictResolution::KeepServer:
    case ConflictResolution::Skip:
        choice.sends = m_merge.keepServer;
        break;
    }
    // Marked against the server's current set: that is what this choice changes now.
    const QSet<QString> theirs = keys(m_merge.keepServer);
    const QSet<QString> after = keys(choice.sends);
    const QSet<QString> serverAdded = keys(m_merge.serverAdded);
    const QSet<QString> serverRemoved = keys(m_merge.serverRemoved);
    const QSet<QString> myAdded = keys(m_merge.myAdded);
    const QSet<QString> myRemoved = keys(m_merge.myRemoved);
    // Changes first (additions, then removals), unchanged ones after: when a long list scrolls, what
    // this choice changes is still in view.
    for (const QString &uuid : sorted(after - theirs)) {
        const Reason reason = serverRemoved.contains(uuid) ? Reason::AddsBackServerRemoval
                              : myAdded.contains(uuid)     ? Reason::AddedByMe
                                                           : Reason::None;
        choice.entries.append({uuid, Mark::Added, reason});
        ++choice.added;
    }
    for (const QString &uuid : sorted(theirs - after)) {
        const Reason reason = serverAdded.contains(uuid) ? Reason::UndoesServerAddition
                              : myRemoved.contains(uuid) ? Reason::RemovedByMe
                                                         : Reason::None;
        choice.entries.append({uuid, Mark::Removed, reason});
        ++choice.removed;
    }
    for (const QString &uuid : sorted(theirs & after)) {
        choice.entries.append(
            {uuid, Mark::Kept, serverAdded.contains(uuid) ? Reason::AddedOnServer : Reason::None});
        ++choice.kept;
    }
    return choice;
}

QList<ConflictPreview::Entry> ConflictPreview::overwriteUndoes() const
{
    const QSet<QString> overwrite = keys(m_merge.overwrite);
    QList<Entry> undone;
    for (const QString &uuid : sorted(keys(m_merge.serverAdded))) {
        if (!overwrite.contains(uuid))
            undone.append({uuid, Mark::Removed, Reason::UndoesServerAddition});
    }
    for (const QString &uuid : sorted(keys(m_merge.serverRemoved))) {
        if (overwrite.contains(uuid))
            undone.append({uuid, Mark::Added, Reason::AddsBackServerRemoval});
    }
    return undone;
}
