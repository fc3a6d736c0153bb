#pragma once

#include <QStringList>

// The outcome of merging my edits of one provider's aggregate set with the server's current set.
// Every list compares UUIDs case-insensitively (any spelling Placement accepts) and is sorted.
struct MergeResult
{
    QStringList merged;        // theirs + my adds − my removes: what "Merge" sends
    QStringList overwrite;     // mine, in the server's spellings where it has them: what "Overwrite" sends
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

// base: the set as loaded; mine: the set I want; theirs: the set on the server now.
// A pure function; spellings in the result come from theirs, then base, then mine, else canonical.
MergeResult threeWayMerge(const QStringList &base, const QStringList &mine, const QStringList &theirs);

// (base ∪ adds) − removes, comparing case-insensitively; keeps base's spellings.
QStringList applyEdits(const QStringList &base, const QStringList &adds, const QStringList &removes);

// Same membership, ignoring spelling and order.
bool sameAggregateSet(const QStringList &a, const QStringList &b);
