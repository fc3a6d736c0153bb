#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class AggregateLabels;
class MembershipStore;
class NovaDirectory;

// One row per provider with pending edits: what will be added and removed. Follows the store's order.
class PendingChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProviderColumn = 0,
        AddColumn,
        RemoveColumn,
        StateColumn,
        ColumnCount,
    };
    enum Role {
        ProviderUuidRole = Qt::UserRole + 1,
    };

    explicit PendingChangesModel(MembershipStore *store, QObject *parent = nullptr);

    // Names the aggregates to add and remove as the table's headers do (Nova's name, else the
    // local label, else the short UUID; the tooltip keeps every full UUID). Not owned; either may
    // be null. Follows their changes.
    void setAggregateNames(const NovaDirectory *nova, const AggregateLabels *labels);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void namesChanged();
    QString aggregateText(const QString &aggregate) const;
    void onPendingEditsChanged(int storeRow);
    void onProviderChanged(int storeRow);
    int positionOf(const QString &uuid) const;
    int insertPosition(int storeRow) const;

    MembershipStore *m_store;
    const NovaDirectory *m_nova = nullptr;
    const AggregateLabels *m_labels = nullptr;
    QStringList m_uuids; // providers with edits, in store row order
};
