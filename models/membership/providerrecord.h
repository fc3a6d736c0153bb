#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>

// Everything known about one resource provider. Aggregates are kept as ids interned by MembershipStore,
// one id per exact string the server stores.
struct ProviderRecord
{
    enum class State {
        Listed,   // listed; its aggregates are not read yet
        Loaded,   // aggregates read
        Failed,   // reading its aggregates failed; see error
        Deleted,  // the server no longer has it (404)
        Canceled, // the load was canceled before its aggregates were read
        // Aggregates from the warm-start cache (ProviderCache), not yet checked against the server:
        // shown, never edited or submitted; a refresh makes it Loaded (or reads it again).
        Cached,
    };

    QString uuid;
    QString name;
    QString parentUuid;
    QString rootUuid;
    int depth = 0;                    // 0 for a root, 1 for its children, ...
    qint64 generation = -1;           // newest provider generation seen
    QVector<int> aggregates;          // aggregate ids as loaded, sorted ascending
    qint64 aggregatesGeneration = -1; // generation that set was read at; -1 before microversion 1.19
    State state = State::Listed;
    ApiError error;

    // Pending edits relative to `aggregates`: ids to add (never in aggregates) and to remove (always in
    // aggregates), both sorted. They live until the server confirms or the operator discards them.
    QVector<int> added;
    QVector<int> removed;

    enum class SubmitState {
        Idle,
        Submitting,
        Conflict, // the server changed it too; waiting for (or canceled) a decision
        Failed,   // see submitError; edits stay pending
        Unknown,  // a PUT was aborted on the wire: it may have been applied; re-read before the next PUT
    };
    SubmitState submitState = SubmitState::Idle;
    ApiError submitError;

    // Live view (LiveRefresher): someone else changed its set since the operator last looked at the
    // row; cleared by MembershipStore::markSeen(). serverAdded/serverRemoved say how (ids, against
    // the set the row showed before). changeHeld: the row had pending edits and auto-merge was off,
    // so the loaded set and its generation were left as they were: Submit's PUT at that generation
    // gets a 409 and the conflict flow asks; heldGeneration is the generation the change was seen
    // at (the next live refresh does not read it again unless it moves).
    bool changedOnServer = false;
    bool changeHeld = false;
    qint64 heldGeneration = -1;
    QVector<int> serverAdded;
    QVector<int> serverRemoved;

    // Its membership is known and shown: read (Loaded), last read before a 404 (Deleted), or from
    // the cache or an earlier read (Cached). The others have no set to show or write.
    bool membershipKnown() const
    {
        return state == State::Loaded || state == State::Deleted || state == State::Cached;
    }
    bool hasPendingEdits() const { return !added.isEmpty() || !removed.isEmpty(); }
    bool wantsAggregate(int aggregateId) const
    {
        if (std::binary_search(added.cbegin(), added.cend(), aggregateId))
            return true;
        return hasAggregate(aggregateId) &&
               !std::binary_search(removed.cbegin(), removed.cend(), aggregateId);
    }

    bool hasAggregate(int aggregateId) const
    {
        return std::binary_search(aggregates.cbegin(), aggregates.cend(), aggregateId);
    }
};
