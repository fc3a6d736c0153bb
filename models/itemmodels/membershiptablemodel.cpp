#include "membershiptablemodel.h"

#include "membershipstore.h"
#include "uuids.h"

MembershipTableModel::MembershipTableModel(MembershipStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &MembershipStore::providersAboutToBeReset, this, &MembershipTableModel::beginResetModel);
    connect(store, &MembershipStore::providersReset, this, &MembershipTableModel::endResetModel);
    connect(store, &MembershipStore::aggregateAboutToBeInserted, this, [this](int column) {
        beginInsertColumns({}, FirstAggregateColumn + column, FirstAggregateColumn + column);
    });
    connect(store, &MembershipStore::aggregateInserted, this, [this] { endInsertColumns(); });
    connect(store, &MembershipStore::providerChanged, this, [this](int row) {
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
}

int MembershipTableModel::columnForAggregate(const QString &aggregateUuid) const
{
    const int column = m_store->columnOf(aggregateUuid);
    return column < 0 ? -1 : FirstAggregateColumn + column;
}

int MembershipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->providerCount();
}

int MembershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAggregateColumn + m_store->aggregateCount();
}

QVariant MembershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ProviderUuidRole)
        return m_store->provider(index.row()).uuid;
    if (role == RowStateRole)
        return int(m_store->provider(index.row()).state);
    if (role == DepthRole)
        return m_store->provider(index.row()).depth;
    return isAggregateColumn(index.column()) ? aggregateData(index.row(), index.column(), role)
                                             : providerData(index.row(), index.column(), role);
}

QString MembershipTableModel::statusText(int row) const
{
    const ProviderRecord &record = m_store->provider(row);
    switch (record.state) {
    case ProviderRecord::State::Listed:
        return tr("Loading…");
    case ProviderRecord::State::Loaded:
        return tr("OK");
    case ProviderRecord::State::Failed:
        return tr("Error: %1").arg(record.error.summary());
    case ProviderRecord::State::Deleted:
        return tr("Deleted on the server");
    case ProviderRecord::State::Canceled:
        return tr("Not loaded (canceled)");
    }
    return {};
}

QVariant MembershipTableModel::providerData(int row, int column, int role) const
{
    const ProviderRecord &record = m_store->provider(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return record.name;
        case UuidColumn:
            return record.uuid;
        case GenerationColumn:
            return record.generation >= 0 ? QVariant(record.generation) : QVariant();
        case StatusColumn:
            return statusText(row);
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return record.name.toLower();
        case UuidColumn:
            return record.uuid.toLower();
        case GenerationColumn:
            return record.generation;
        case StatusColumn:
            return int(record.state);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nUUID: %2").arg(record.name, record.uuid);
        const QString parent = m_store->parentName(row);
        if (!parent.isEmpty())
            tip += QLatin1Char('\n') + tr("Parent: %1").arg(parent);
        if (record.generation >= 0)
            tip += QLatin1Char('\n') + tr("Generation: %1").arg(record.generation);
        if (record.error.isError())
            tip += QLatin1Char('\n') + record.error.fullText();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column == GenerationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MembershipTableModel::aggregateData(int row, int column, int role) const
{
    const int aggregateColumn = column - FirstAggregateColumn;
    const ProviderRecord &record = m_store->provider(row);
    const bool loaded = record.state == ProviderRecord::State::Loaded;
    switch (role) {
    case AggregateUuidRole:
        return m_store->aggregateUuid(aggregateColumn);
    case IsMemberRole:
        return loaded ? QVariant(m_store->isMember(row, aggregateColumn)) : QVariant();
    case Qt::CheckStateRole:
        if (!loaded)
            return {};
        return m_store->isMember(row, aggregateColumn) ? Qt::Checked : Qt::Unchecked;
    case SortRole:
        return loaded ? (m_store->isMember(row, aggregateColumn) ? 1 : 0) : -1;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString aggregate = m_store->aggregateUuid(aggregateColumn);
        if (!loaded)
            return tr("%1: membership of %2 not known").arg(record.name, aggregate);
        return m_store->isMember(row, aggregateColumn) ? tr("%1 is a member of %2").arg(record.name, aggregate)
                                                       : tr("%1 is not a member of %2").arg(record.name, aggregate);
    }
    default:
        break;
    }
    return {};
}

QVariant MembershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (!isAggregateColumn(section)) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case NameColumn:
            return tr("Name");
        case UuidColumn:
            return tr("UUID");
        case GenerationColumn:
            return tr("Generation");
        case StatusColumn:
            return tr("Status");
        }
        return {};
    }
    const int aggregateColumn = section - FirstAggregateColumn;
    const QString uuid = m_store->aggregateUuid(aggregateColumn);
    switch (role) {
    case Qt::DisplayRole:
        return Uuids::shortForm(uuid);
    case Qt::ToolTipRole:
        return tr("Aggregate %1\n%n member(s)", nullptr, m_store->memberCount(aggregateColumn)).arg(uuid);
    case Qt::AccessibleTextRole:
        return tr("Aggregate %1").arg(uuid);
    case AggregateUuidRole:
        return uuid;
    case MemberCountRole:
        return m_store->memberCount(aggregateColumn);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags MembershipTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
