#include "itemmodels/driftmodel.h"

#include "api/uuids.h"
#include "membership/membershipstore.h"

DriftModel::DriftModel(const MembershipStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void DriftModel::setReport(const DriftReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int DriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.items().size());
}

int DriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriftItem &item = m_report.items().at(index.row());
    switch (role) {
    case KindRole:
        return int(item.kind);
    case ProviderUuidRole:
        return item.providerUuid;
    case AggregateRole:
        return item.aggregate;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (role == Qt::ToolTipRole)
        return DriftReport::describe(item);
    switch (index.column()) {
    case KindColumn:
        return DriftReport::kindName(item.kind);
    case AggregateColumn:
        if (!item.aggregateName.isEmpty())
            return item.aggregateName;
        return item.aggregate.isEmpty() ? QString() : Uuids::shortForm(Uuids::display(item.aggregate));
    case HostColumn:
        return item.host;
    case ProviderColumn: {
        const int row = item.providerUuid.isEmpty() ? -1 : m_store->rowOf(item.providerUuid);
        return row >= 0 ? m_store->provider(row).name : item.providerUuid;
    }
    case DetailColumn:
        return DriftReport::describe(item);
    default:
        break;
    }
    return {};
}

QVariant DriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Drift");
    case AggregateColumn:
        return tr("Aggregate");
    case HostColumn:
        return tr("Nova host");
    case ProviderColumn:
        return tr("Provider");
    case DetailColumn:
        return tr("What differs");
    default:
        break;
    }
    return {};
}
