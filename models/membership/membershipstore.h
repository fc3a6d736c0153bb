#pragma once

#include "membership/providerrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVector>

struct ProviderInfo;
struct AggregatesResult;

// The single source of truth for providers, aggregate columns and memberships. Views observe it
// through fine-grained signals; nothing else mutates this state.
class MembershipStore : public QObject
{
    Q_OBJECT

public:
    explicit MembershipStore(QObject *parent = nullptr);

    // Providers (rows). Rows are ordered by name with children right after their parent.
    int providerCount() const { return int(m_providers.size()); }
    const ProviderRecord &provider(int row) const { return m_providers.at(row); }
    int rowOf(const QString &providerUuid) const; // -1 if unknown
    QString parentName(int row) const;

    // Aggregates (columns), ordered by canonical UUID so the layout is the same on every load.
    int aggregateCount() const { return int(m_columnIds.size()); }
    QString aggregateUuid(int column) const { return m_aggregateUuids.at(m_columnIds.at(column)); }
    int aggregateId(int column) const { return m_columnIds.at(column); }
    int columnOf(const QString &aggregateUuid) const; // any spelling; -1 if unknown
    int memberCount(int column) const { return m_memberCounts.at(m_columnIds.at(column)); }
    QStringList aggregateUuids() const; // in column order

    bool isMember(int row, int column) const;
    // Canonical aggregate UUIDs of a row, sorted.
    QStringList aggregatesOf(int row) const;

    // Replaces all providers and columns (a fresh load); aggregates arrive later through setAggregates().
    void resetProviders(const QList<ProviderInfo> &providers);
    void clear();
    // Adds a column for an aggregate (any spelling). Returns its column, or -1 if the text is not a UUID.
    int addAggregate(const QString &aggregateUuid);
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
    // Replaces a row's desired set (any spellings); edits become desired − loaded and loaded − desired.
    bool setDesiredAggregates(int row, const QStringList &desired);
    // Applies adds/removes on top of the row's current loaded set (journal restore, merge).
    void applyEdits(int row, const QStringList &adds, const QStringList &removes);
    QStringList loadedAggregates(int row) const;  // server spellings, sorted by canonical form
    QStringList desiredAggregates(int row) const; // what a PUT sends: server spellings + canonical new ones
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

signals:
    void providersAboutToBeReset();
    void providersReset();
    void aggregateAboutToBeInserted(int column);
    void aggregateInserted(int column);
    void providerChanged(int row);
    // Pending edits of a row changed (also emitted with providerChanged); drives journal and counters.
    void pendingEditsChanged(int row);

private:
    int internAggregate(const QString &canonicalUuid, bool *created);
    int internSpelling(const QString &spelling);
    QVector<int> idsOf(const QStringList &uuids);
    QStringList spelled(const ProviderRecord &record, const QVector<int> &ids) const;
    QVector<int> desiredIds(const ProviderRecord &record) const;
    // Sets added/removed from a desired id set and keeps the counters; true if anything changed.
    bool setEdits(int row, const QVector<int> &desired);
    void emitRowChanged(int row, bool editsChanged);
    void orderAsTree();

    QVector<ProviderRecord> m_providers;
    QHash<QString, int> m_rowByUuid;
    QVector<QString> m_aggregateUuids; // by id
    QHash<QString, int> m_aggregateIdByUuid;
    QVector<int> m_columnIds;    // column -> id, sorted by UUID
    QVector<int> m_memberCounts; // by id
    int m_pendingProviders = 0;
    int m_pendingEdits = 0;
};
