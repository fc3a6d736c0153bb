#pragma once

#include "membership/providerrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVector>

struct ProviderInfo;
struct AggregatesResult;
struct ProviderCacheData;
struct MembershipTable;

// The single source of truth for providers, aggregate columns and memberships. Views observe it
// through fine-grained signals; nothing else mutates this state.
class MembershipStore : public QObject
{
    Q_OBJECT

public:
    explicit MembershipStore(QObject *parent = nullptr);

    // The row order's name comparison (numeric-aware, case-insensitive, raw tie-break), and a key
    // whose plain comparison gives the same order (what the sort uses). Public for the tests.
    static int naturalOrder(const QString &a, const QString &b);
    static QString naturalKey(const QString &name);

    // Providers (rows). Rows are ordered by name with children right after their parent.
    int providerCount() const { return int(m_providers.size()); }
    const ProviderRecord &provider(int row) const { return m_providers.at(row); }
    int rowOf(const QString &providerUuid) const; // -1 if unknown
    QString parentName(int row) const;

    // Aggregates (columns). An aggregate's identity is the exact string the server stores: Placement
    // keeps aggregate UUIDs verbatim, and on SQLite/PostgreSQL "A99A…" and "a99a…" are two aggregates
    // (two rows, two member_of results). So each spelling is its own column, and every read, edit and
    // PUT uses that exact string; the canonical form (Uuids) is only for display, search and matching
    // other services. Columns are ordered by canonical UUID, spellings of one UUID side by side, so
    // the layout is the same on every load.
    int aggregateCount() const { return int(m_columnIds.size()); }
    // The exact string of a column.
    QString aggregateUuid(int column) const { return m_aggregateUuids.at(m_columnIds.at(column)); }
    int aggregateId(int column) const { return m_columnIds.at(column); }
    // The column of exactly this string; -1 if unknown.
    int columnOf(const QString &aggregate) const;
    // The column an operator means by `text` (typed, pasted, from a plan): the exact string, else the
    // canonical spelling of the same UUID, else its first other spelling; -1 if the UUID is unknown.
    int columnForInput(const QString &text) const;
    // The other exact strings of this column's UUID ("same UUID, stored in another spelling").
    QStringList otherSpellings(int column) const;
    int memberCount(int column) const { return m_memberCounts.at(m_columnIds.at(column)); }
    QStringList aggregateUuids() const; // exact strings, in column order
    // The exact string behind an id of ProviderRecord::aggregates (ids run from 0 to aggregateIdCount()).
    QString aggregateById(int id) const { return m_aggregateUuids.at(id); }
    int aggregateIdCount() const { return int(m_aggregateUuids.size()); }

    bool isMember(int row, int column) const;
    // Exact aggregate strings of a row as loaded, in column order (same as loadedAggregates()).
    QStringList aggregatesOf(int row) const;

    // Replaces all providers and columns (a fresh load); aggregates arrive later through setAggregates().
    void resetProviders(const QList<ProviderInfo> &providers);
    void clear();
    // A warm start: replaces all providers and columns with a cached table, every row in state Cached
    // (shown, not editable) until markVerified() or a read from the server. One reset, no row signals.
    void restoreCached(const ProviderCacheData &data);
    // What restoreCached() shows, built without a store (thread-safe: a pure function of `data`).
    static MembershipTable prepareCached(const ProviderCacheData &data);
    // A refresh kept a cached row's set (its generation did not move) but has not verified it yet.
    void setCachedAggregates(const AggregatesResult &result);
    // The server agrees with a Cached row's set: it is Loaded (editable) now.
    void markVerified(const QString &providerUuid);
    // A Loaded row's set is in doubt (a refresh reads it again): Cached until the answer.
    void markUnverified(const QString &providerUuid);
    // Operator input: the column of that UUID if the server has it in any spelling (columnForInput()),
    // else a new column in canonical form. -1 if the text is not a UUID.
    int addAggregate(const QString &aggregateUuid);
    // The column of exactly this string, created if needed (an undo step or a journal naming an
    // aggregate that a reload dropped).
    int ensureColumn(const QString &aggregate);
    // Records a provider's aggregates as read from the server. Unknown providers are ignored.
    void setAggregates(const AggregatesResult &result);
    void setProviderFailed(const QString &providerUuid, const ApiError &error);
    void setProviderCanceled(const QString &providerUuid);

    int countInState(ProviderRecord::State state) const;

    // --- Editing. Only loaded rows take edits; rows the server deleted keep theirs visible.
    enum class PendingChange {
        None,
        Added,
        Removed,
    };
    bool isEditable(int row) const;
    bool wantsMember(int row, int column) const; // the membership after pending edits
    PendingChange pendingChange(int row, int column) const;
    // Returns false if nothing changed (same value, or the row is not editable).
    bool setWantsMember(int row, int column, bool member);
    // Replaces a row's desired set (exact strings); edits become desired − loaded and loaded − desired.
    bool setDesiredAggregates(int row, const QStringList &desired);
    // Applies adds/removes (exact strings) on top of the row's desired set (journal restore, merge).
    void applyEdits(int row, const QStringList &adds, const QStringList &removes);
    // Exact strings, in column order.
    QStringList loadedAggregates(int row) const;
    QStringList desiredAggregates(int row) const; // what a PUT sends
    QStringList addedAggregates(int row) const;
    QStringList removedAggregates(int row) const;
    void discardEdits(int row);
    void discardAllEdits();
    int pendingProviderCount() const { return m_pendingProviders; }
    int pendingEditCount() const { return m_pendingEdits; }
    QList<int> rowsWithPendingEdits() const;

    // --- Submitting. The server's answer becomes the loaded set; with keepEdits the pending adds and
    // removes are re-based on it (those the server already reflects disappear), else they are dropped.
    void confirmServerState(const QString &providerUuid, const QStringList &serverAggregates,
                            qint64 generation, bool keepEdits = true);
    void setSubmitState(const QString &providerUuid, ProviderRecord::SubmitState state,
                        const ApiError &error = {});

    // --- Live view (LiveRefresher). Folds a fresh listing into the table without dropping anything
    // pending: listed rows keep their state, set and edits (name, parent and generation follow the
    // listing; aggregatesGeneration still says what the set was read at); new rows come in Listed; a
    // vanished row with pending edits stays, Deleted; one without goes. One reset, and only when rows
    // come or go (names and generations alone change rows in place). Returns the new rows' uuids.
    QStringList mergeListing(const QList<ProviderInfo> &listed, int *vanished = nullptr);
    // A live refresh read a row's set and it differs from what the row shows. With `rebase` the
    // loaded set becomes the server's and pending edits are re-based on it (the merge rule of
    // confirmServerState()); without, set, generation and edits stay and the change is held for
    // Submit's conflict flow. Either way the row is marked changedOnServer until markSeen().
    // A set equal to the shown one only moves the generation (confirmServerState()).
    void applyLiveChange(const AggregatesResult &result, bool rebase);
    void markSeen(int row);
    void markAllSeen();
    int changedOnServerCount() const { return m_changedOnServer; }
    // True between providersAboutToBeReset() and providersReset() of mergeListing(): rows keep their
    // edits (undo steps, addressed by uuid, stay meaningful).
    bool resetKeepsEdits() const { return m_resetKeepsEdits; }

signals:
    void providersAboutToBeReset();
    void providersReset();
    void aggregateAboutToBeInserted(int column);
    void aggregateInserted(int column);
    void providerChanged(int row);
    // Pending edits of a row changed (also emitted with providerChanged); drives journal and counters.
    void pendingEditsChanged(int row);

private:
    int internAggregate(const QString &aggregate, bool *created);
    void clearColumnsAndCounts(); // inside a reset only: no column signals
    void applyServerState(const QString &providerUuid, const QStringList &serverAggregates, qint64 generation,
                          bool keepEdits, ProviderRecord::State state);
    bool identityLess(int a, int b) const; // column order of two aggregate ids
    static bool identityLess(const QVector<QString> &keys, const QVector<QString> &uuids, int a, int b);
    QVector<int> idsOf(const QStringList &aggregates);
    QStringList spelled(const QVector<int> &ids) const;
    QVector<int> desiredIds(const ProviderRecord &record) const;
    // Sets added/removed from a desired id set and keeps the counters; true if anything changed.
    bool setEdits(int row, const QVector<int> &desired);
    void emitRowChanged(int row, bool editsChanged);
    void orderAsTree() { orderAsTree(&m_providers, &m_rowByUuid); }
    static void orderAsTree(QVector<ProviderRecord> *providers, QHash<QString, int> *rowByUuid);

    QVector<ProviderRecord> m_providers;
    QHash<QString, int> m_rowByUuid;
    QVector<QString> m_aggregateUuids; // by id: the exact string
    QVector<QString> m_aggregateKeys;  // by id: Uuids::key() of it
    QHash<QString, int> m_aggregateIdByUuid;
    QHash<QString, QVector<int>> m_idsByKey; // every spelling of one UUID
    QVector<int> m_columnIds;                // column -> id, in identityLess() order
    QVector<int> m_memberCounts;             // by id
    int m_pendingProviders = 0;
    int m_pendingEdits = 0;
    int m_changedOnServer = 0;
    bool m_resetKeepsEdits = false;
};
