#pragma once

#include <QStringList>

// The outcome of merging my edits of one provider's aggregate set with the server's current set.
// Aggregates are exact strings (Placement stores them verbatim; "A99A…" and "a99a…" are two
// aggregates), and every list is sorted by Uuids::identityLess().
struct MergeResult
{
    QStringList merged;        // theirs + my adds − my removes: what "Merge" sends
    QStringList overwrite;     // mine: what "Overwrite" sends
    QStringList keepServer;    // theirs
    QStringList myAdded;       // mine − base
    QStringList myRemoved;     // base − mine
    QStringList serverAdded;   // theirs − base
    QStringList serverRemoved; // base − theirs

    bool serverChanged() const { return !serverAdded.isEmpty() || !serverRemoved.isEmpty(); }
    bool mineChanged() const { return !myAdded.isEmpty() || !myRemoved.isEmpty(); }
    // Overwrite would undo something the server did (removes its adds or re-adds its removes).
    bool overwriteUndoesServerChanges() const;
    // The server already holds exactly what I want.
    bool alreadyApplied() const;
};

// base: the set as loaded; mine: the set I want; theirs: the set on the server now. A pure function.
MergeResult threeWayMerge(const QStringList &base, const QStringList &mine, const QStringList &theirs);

// (base ∪ adds) − removes, by exact string.
QStringList applyEdits(const QStringList &base, const QStringList &adds, const QStringList &removes);

// Same exact strings, ignoring order and duplicates.
bool sameAggregateSet(const QStringList &a, const QStringList &b);
