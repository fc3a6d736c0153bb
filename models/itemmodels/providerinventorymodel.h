#pragma once

#include "api/providerdetails.h"

#include <QAbstractTableModel>

// One provider's inventories with their usages (ProviderDetails), one row per resource class: what
// is used of what Placement lets allocations take ((total - reserved) x allocation ratio).
class ProviderInventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ResourceColumn,
        UsedColumn,
        CapacityColumn,
        TotalColumn,
        ReservedColumn,
        RatioColumn,
        UnitsColumn, // min–max, step
        ColumnCount,
    };
    enum Role {
        UsedFractionRole = Qt::UserRole + 1, // double 0..1 (may exceed 1 after a ratio was lowered)
    };

    explicit ProviderInventoryModel(QObject *parent = nullptr);

    void setDetails(const ProviderDetails &details);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ProviderInventory> m_inventories;
    QHash<QString, qint64> m_usages;
};
