#pragma once

#include "membership/providerconflict.h"

#include <QList>
#include <QString>
#include <QStringList>

// What each answer to a conflict means, computed from the merge (no widgets): what the server
// changed, what I changed, and for each choice the set it sends and how that set differs from the
// server's current one, with the reason for every difference. The conflict dialog only words and
// draws this; tst_conflictpreview checks it.
class ConflictPreview
{
public:
    enum class Mark {
        Kept,    // in the server's set and stays
        Added,   // this choice adds it to the server's set (or: the server/I added it)
        Removed, // this choice removes it from the server's set (or: the server/I removed it)
    };
    enum class Reason {
        None,
        AddedOnServer,
        RemovedOnServer,
        AddedByMe,
        RemovedByMe,
        AddsBackServerRemoval, // Overwrite re-adds what the server removed
        UndoesServerAddition,  // Overwrite removes what the server added
    };
    struct Entry
    {
        QString uuid; // the exact string as stored; shown with Uuids::display()
        Mark mark = Mark::Kept;
        Reason reason = Reason::None;
        bool operator==(const Entry &other) const
        {
            return uuid == other.uuid && mark == other.mark && reason == other.reason;
        }
    };
    struct Choice
    {
        ConflictResolution resolution = ConflictResolution::Merge;
        QStringList sends;    // the set PUT for this choice (server spellings where it has them)
        QList<Entry> entries; // additions, then removals, then kept ones; each group sorted
        int kept = 0;
        int added = 0;
        int removed = 0;
        int size() const { return kept + added; } // aggregates afterwards
    };

    explicit ConflictPreview(const MergeResult &merge);

    // Changed on the server since the load: its additions, then its removals.
    QList<Entry> serverChanges() const;
    // My edits: additions, then removals.
    QList<Entry> myChanges() const;
    // Skip answers like KeepServer here: the server's set stays.
    Choice choice(ConflictResolution resolution) const;
    // What Overwrite undoes of the server's changes (removes its additions, re-adds its removals);
    // empty when Overwrite is harmless.
    QList<Entry> overwriteUndoes() const;

private:
    MergeResult m_merge;
};
