#include "itemmodels/pendingchangesmodel.h"

#include "api/uuids.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"

PendingChangesModel::PendingChangesModel(MembershipStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &MembershipStore::providersAboutToBeReset, this, &PendingChangesModel::beginResetModel);
    connect(store, &MembershipStore::providersReset, this, [this] {
        m_uuids.clear();
        endResetModel();
    });
    connect(store, &MembershipStore::pendingEditsChanged, this, &PendingChangesModel::onPendingEditsChanged);
    connect(store, &MembershipStore::providerChanged, this, &PendingChangesModel::onProviderChanged);
    rebuild();
}

void PendingChangesModel::setAggregateNames(const NovaDirectory *nova, const AggregateLabels *labels)
{
    if (m_nova)
        disconnect(m_nova, nullptr, this, nullptr);
    if (m_labels)
        disconnect(m_labels, nullptr, this, nullptr);
    m_nova = nova;
    m_labels = labels;
    if (m_nova)
        connect(m_nova, &NovaDirectory::changed, this, &PendingChangesModel::namesChanged);
    if (m_labels) {
        connect(m_labels, &AggregateLabels::labelsChanged, this, &PendingChangesModel::namesChanged);
        connect(m_labels, &AggregateLabels::labelChanged, this, &PendingChangesModel::namesChanged);
    }
    namesChanged();
}

void PendingChangesModel::namesChanged()
{
    if (!m_uuids.isEmpty())
        emit dataChanged(index(0, AddColumn), index(rowCount() - 1, RemoveColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QString PendingChangesModel::aggregateText(const QString &aggregate) const
{
    const QString name = AggregateLabels::nameOf(m_nova, m_labels, aggregate);
    return name.isEmpty() ? Uuids::shortForm(Uuids::display(aggregate)) : name;
}

void PendingChangesModel::rebuild()
{
    beginResetModel();
    m_uuids.clear();
    const QList<int> rows = m_store->rowsWithPendingEdits();
    for (int row : rows)
        m_uuids.append(m_store->provider(row).uuid);
    endResetModel();
}

int PendingChangesModel::positionOf(const QString &uuid) const
{
    // m_uuids follows store order, so a binary search by store row finds it without a scan.
    const int storeRow = m_store->rowOf(uuid);
    if (storeRow < 0)
        return int(m_uuids.indexOf(uuid));
    const int position = insertPosition(storeRow);
    return position < m_uuids.size() && m_uuids.at(position) == uuid ? position : -1;
}

int PendingChangesModel::insertPosition(int storeRow) const
{
    const auto it =
        std::lower_bound(m_uuids.cbegin(), m_uuids.cend(), storeRow,
                         [this](const QString &uuid, int row) { return m_store->rowOf(uuid) < row; });
    return int(it - m_uuids.cbegin());
}

void PendingChangesModel::onPendingEditsChanged(int storeRow)
{
    const ProviderRecord &record = m_store->provider(storeRow);
    const int position = positionOf(record.uuid);
    if (record.hasPendingEdits() && position < 0) {
        const int insertAt = insertPosition(storeRow);
        beginInsertRows({}, insertAt, insertAt);
        m_uuids.insert(insertAt, record.uuid);
        endInsertRows();
    } else if (!record.hasPendingEdits() && position >= 0) {
        beginRemoveRows({}, position, position);
        m_uuids.removeAt(position);
        endRemoveRows();
    } else if (position >= 0) {
        emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
    }
}

void PendingChangesModel::onProviderChanged(int storeRow)
{
    const int position = positionOf(m_store->provider(storeRow).uuid);
    if (position >= 0)
        emit dataChanged(index(position, StateColumn), index(position, StateColumn));
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uuids.size());
}

int PendingChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &uuid = m_uuids.at(index.row());
    const int storeRow = m_store->rowOf(uuid);
    if (storeRow < 0)
        return {};
    const ProviderRecord &record = m_store->provider(storeRow);
    if (role == ProviderUuidRole)
        return uuid;
    const auto shortList = [this](const QStringList &uuids) {
        QStringList shortened;
        for (const QString &aggregate : uuids)
            shortened.append(aggregateText(aggregate));
        return shortened.join(QLatin1String(", "));
    };
    // One line per aggregate: its name (when it has one) and the exact string that will be sent.
    const auto fullList = [this](const QStringList &uuids) {
        QStringList lines;
        for (const QString &aggregate : uuids) {
            const QString name = AggregateLabels::nameOf(m_nova, m_labels, aggregate);
            lines.append(name.isEmpty() ? aggregate : tr("%1 (%2)").arg(name, aggregate));
        }
        return lines.join(QLatin1Char('\n'));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return record.name;
        case AddColumn:
            return shortList(m_store->addedAggregates(storeRow));
        case RemoveColumn:
            return shortList(m_store->removedAggregates(storeRow));
        case StateColumn:
            switch (record.submitState) {
            case ProviderRecord::SubmitState::Idle:
                return record.state == ProviderRecord::State::Deleted ? tr("Deleted on the server")
                                                                      : tr("Pending");
            case ProviderRecord::SubmitState::Submitting:
                return tr("Submitting…");
            case ProviderRecord::SubmitState::Conflict:
                return tr("Conflict");
            case ProviderRecord::SubmitState::Failed:
                return tr("Failed: %1").arg(record.submitError.summary());
            case ProviderRecord::SubmitState::Unknown:
                return tr("Unknown: re-read before the next submit");
            }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AddColumn:
            return fullList(m_store->addedAggregates(storeRow));
        case RemoveColumn:
            return fullList(m_store->removedAggregates(storeRow));
        case StateColumn:
            return record.submitError.isError() ? record.submitError.fullText() : QString();
        default:
            return tr("%1\nUUID: %2").arg(record.name, record.uuid);
        }
    default:
        break;
    }
    return {};
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case AddColumn:
        return tr("To add");
    case RemoveColumn:
        return tr("To remove");
    case StateColumn:
        return tr("State");
    }
    return {};
}
