#include "itemmodels/providerinventorymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

ProviderInventoryModel::ProviderInventoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderInventoryModel::setDetails(const ProviderDetails &details)
{
    beginResetModel();
    m_inventories = details.inventories;
    m_usages = details.usages;
    // A usage without an inventory (the inventory was deleted under allocations) is still shown.
    for (auto it = m_usages.constBegin(); it != m_usages.constEnd(); ++it) {
        const bool listed =
            std::any_of(m_inventories.cbegin(), m_inventories.cend(),
                        [&](const ProviderInventory &i) { return i.resourceClass == it.key(); });
        if (!listed && it.value() > 0) {
            ProviderInventory orphan;
            orphan.resourceClass = it.key();
            m_inventories.append(orphan);
        }
    }
    endResetModel();
}

void ProviderInventoryModel::clear()
{
    beginResetModel();
    m_inventories.clear();
    m_usages.clear();
    endResetModel();
}

int ProviderInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inventories.size());
}

int ProviderInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProviderInventory &inventory = m_inventories.at(index.row());
    const qint64 used = m_usages.value(inventory.resourceClass, 0);
    const qint64 capacity = inventory.capacity();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResourceColumn:
            return inventory.resourceClass;
        case UsedColumn:
            return locale.toString(used);
        case CapacityColumn:
            return locale.toString(capacity);
        case TotalColumn:
            return locale.toString(inventory.total);
        case ReservedColumn:
            return locale.toString(inventory.reserved);
        case RatioColumn:
            return locale.toString(inventory.allocationRatio, 'g', 4);
        case UnitsColumn:
            return tr("%1–%2, step %3")
                .arg(locale.toString(inventory.minUnit), locale.toString(inventory.maxUnit),
                     locale.toString(inventory.stepSize));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UsedColumn || index.column() == CapacityColumn)
            return tr("%1 of %2 used; capacity = (total %3 − reserved %4) × allocation ratio %5")
                .arg(locale.toString(used), locale.toString(capacity), locale.toString(inventory.total),
                     locale.toString(inventory.reserved), locale.toString(inventory.allocationRatio, 'g', 4));
        if (index.column() == UnitsColumn)
            return tr("One allocation takes between min_unit and max_unit, in multiples of step_size.");
        break;
    case Qt::ForegroundRole:
        if (index.column() == UsedColumn && used > capacity)
            return QBrush(QColor(0xb0, 0x1e, 0x1e)); // over capacity (a ratio or total was lowered)
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != ResourceColumn && index.column() != UnitsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UsedFractionRole:
        return capacity > 0 ? double(used) / double(capacity) : (used > 0 ? 1.0 : 0.0);
    default:
        break;
    }
    return {};
}

QVariant ProviderInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case UsedColumn:
        return tr("Used");
    case CapacityColumn:
        return tr("Capacity");
    case TotalColumn:
        return tr("Total");
    case ReservedColumn:
        return tr("Reserved");
    case RatioColumn:
        return tr("Ratio");
    case UnitsColumn:
        return tr("Units");
    }
    return {};
}
