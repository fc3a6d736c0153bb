#include "itemmodels/membershiptablemodel.h"

#include "api/uuids.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "membership/traitisolationcheck.h"
#include "nova/novadirectory.h"

#include <QMap>
#include <QUndoStack>

#include <algorithm>

MembershipTableModel::MembershipTableModel(MembershipStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &MembershipStore::providersAboutToBeReset, this, &MembershipTableModel::beginResetModel);
    connect(store, &MembershipStore::providersReset, this, &MembershipTableModel::endResetModel);
    connect(store, &MembershipStore::aggregateAboutToBeInserted, this, [this](int column) {
        beginInsertColumns({}, FirstAggregateColumn + column, FirstAggregateColumn + column);
    });
    connect(store, &MembershipStore::aggregateInserted, this, [this] { endInsertColumns(); });
    connect(store, &MembershipStore::providerChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); });
}

void MembershipTableModel::setNovaDirectory(const NovaDirectory *directory)
{
    if (m_nova)
        disconnect(m_nova, nullptr, this, nullptr);
    m_nova = directory;
    if (m_nova)
        connect(m_nova, &NovaDirectory::changed, this, [this] {
            if (columnCount() > FirstAggregateColumn)
                emit headerDataChanged(Qt::Horizontal, FirstAggregateColumn, columnCount() - 1);
        });
    if (columnCount() > FirstAggregateColumn)
        emit headerDataChanged(Qt::Horizontal, FirstAggregateColumn, columnCount() - 1);
}

void MembershipTableModel::setAggregateLabels(const AggregateLabels *labels)
{
    if (m_labels)
        disconnect(m_labels, nullptr, this, nullptr);
    m_labels = labels;
    const auto refresh = [this] {
        if (columnCount() > FirstAggregateColumn)
            emit headerDataChanged(Qt::Horizontal, FirstAggregateColumn, columnCount() - 1);
    };
    if (m_labels) {
        connect(m_labels, &AggregateLabels::labelsChanged, this, refresh);
        // A label given to one spelling may name its twins too: refresh every header (cheap).
        connect(m_labels, &AggregateLabels::labelChanged, this, refresh);
    }
    refresh();
}

QString MembershipTableModel::aggregateName(const QString &aggregate) const
{
    return AggregateLabels::nameOf(m_nova, m_labels, aggregate);
}

QStringList MembershipTableModel::schedulingHints(const NovaAggregate &aggregate)
{
    QStringList hints;
    QStringList tenants;
    for (auto it = aggregate.metadata.cbegin(); it != aggregate.metadata.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("filter_tenant_id")))
            tenants << it.value();
    }
    const QStringList traits = TraitIsolationCheck::requiredTraits(aggregate.metadata);
    if (!aggregate.availabilityZone.isEmpty())
        hints << tr("Availability zone %1: Nova asks Placement for members of this aggregate when an "
                    "instance requests that zone.")
                     .arg(aggregate.availabilityZone);
    if (!tenants.isEmpty())
        hints << tr("Tenant isolation (filter_tenant_id): instances of %1 are placed on members only.")
                     .arg(tenants.join(QLatin1String(", ")));
    if (!traits.isEmpty())
        hints << tr("Required-trait isolation: only instances that require %1 may land on members; a member "
                    "provider without the trait gets none of them.")
                     .arg(traits.join(QLatin1String(", ")));
    return hints;
}

QString MembershipTableModel::aggregateToolTip(int aggregateColumn) const
{
    const QString uuid = m_store->aggregateUuid(aggregateColumn);
    const QStringList twins = m_store->otherSpellings(aggregateColumn);
    const NovaAggregate *nova = m_nova ? m_nova->aggregateFor(uuid) : nullptr;
    const QString label = m_labels ? m_labels->label(uuid) : QString();
    QString tip;
    if (nova) {
        tip = nova->availabilityZone.isEmpty()
                  ? tr("Nova aggregate %1").arg(nova->name)
                  : tr("Nova aggregate %1 (availability zone %2)").arg(nova->name, nova->availabilityZone);
        tip += QLatin1Char('\n') + tr("Placement aggregate %1").arg(uuid);
        tip += QLatin1Char('\n') +
               tr("%n member(s) in Placement", nullptr, m_store->memberCount(aggregateColumn)) +
               QLatin1String(", ") + tr("%n host(s) in Nova", nullptr, int(nova->hosts.size()));
        QStringList metadata;
        for (auto it = nova->metadata.cbegin(); it != nova->metadata.cend(); ++it)
            metadata << it.key() + QLatin1Char('=') + it.value();
        if (!metadata.isEmpty())
            tip += QLatin1Char('\n') + tr("Metadata: %1").arg(metadata.join(QLatin1String(", ")));
        for (const QString &hint : schedulingHints(*nova))
            tip += QLatin1Char('\n') + hint;
        // Hovering a header is rare: one pass over the drift items is fine here.
        QMap<QString, int> lacking;
        for (const DriftItem &item : m_drift.items()) {
            if (item.kind == DriftItem::Kind::LacksRequiredTrait && item.aggregate == uuid)
                lacking[item.trait] += 1;
        }
        for (auto it = lacking.cbegin(); it != lacking.cend(); ++it)
            tip +=
                QLatin1Char('\n') +
                tr("%n member(s) lack %1 and so take no instance (see the Drift panel).", nullptr, it.value())
                    .arg(it.key());
    } else {
        tip = tr("Aggregate %1\n%n member(s)", nullptr, m_store->memberCount(aggregateColumn)).arg(uuid);
        if (!label.isEmpty())
            tip = tr("%1 (local label)").arg(label) + QLatin1Char('\n') + tip;
        if (m_nova && m_nova->isLoaded())
            tip += QLatin1Char('\n') +
                   tr("Placement only: Nova has no host aggregate with this UUID (it may group "
                      "sharing providers or network segments, or be a hand edit).");
    }
    if (!label.isEmpty())
        tip += QLatin1Char('\n') +
               (nova ? tr("Local label %1, kept on this computer (Nova's name is shown).").arg(label)
                     : tr("The local label is kept on this computer, not in Placement; "
                          "File > Export Aggregate Labels shares it."));
    if (!twins.isEmpty())
        tip += QLatin1Char('\n') +
               tr("Same UUID, stored in another spelling as: %1. Placement treats each spelling as a "
                  "separate aggregate; \"Normalize Spelling\" moves the memberships to one.")
                   .arg(twins.join(QLatin1String(", ")));
    return tip;
}

int MembershipTableModel::columnForAggregate(const QString &aggregateUuid) const
{
    const int column = m_store->columnForInput(aggregateUuid);
    return column < 0 ? -1 : FirstAggregateColumn + column;
}

int MembershipTableModel::spellingNumber(int aggregateColumn) const
{
    const QString uuid = m_store->aggregateUuid(aggregateColumn);
    const QStringList twins = m_store->otherSpellings(aggregateColumn);
    return 1 + int(std::count_if(twins.cbegin(), twins.cend(),
                                 [&uuid](const QString &twin) { return Uuids::identityLess(twin, uuid); }));
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
    if (role == HasPendingEditsRole)
        return m_store->provider(index.row()).hasPendingEdits();
    if (role == SubmitStateRole)
        return int(m_store->provider(index.row()).submitState);
    if (role == RowDriftsRole)
        return m_drift.concerns(m_store->provider(index.row()).uuid);
    if (role == ChangedOnServerRole)
        return m_store->provider(index.row()).changedOnServer;
    return isAggregateColumn(index.column()) ? aggregateData(index.row(), index.column(), role)
                                             : providerData(index.row(), index.column(), role);
}

QString MembershipTableModel::statusText(int row) const
{
    const ProviderRecord &record = m_store->provider(row);
    QString pending;
    if (record.hasPendingEdits()) {
        // Compact: the status column is narrow; the tooltip and the pending dock have the details.
        pending = tr("+%1 −%2", "pending additions and removals")
                      .arg(record.added.size())
                      .arg(record.removed.size());
    }
    switch (record.submitState) {
    case ProviderRecord::SubmitState::Submitting:
        return tr("Submitting…");
    case ProviderRecord::SubmitState::Conflict:
        return tr("Conflict: %1").arg(pending);
    case ProviderRecord::SubmitState::Failed:
        if (record.state != ProviderRecord::State::Deleted)
            return tr("Submit failed: %1").arg(record.submitError.summary());
        break;
    case ProviderRecord::SubmitState::Unknown:
        return tr("Unknown: re-read before the next submit");
    case ProviderRecord::SubmitState::Idle:
        break;
    }
    if (record.changedOnServer && record.state == ProviderRecord::State::Loaded) {
        if (record.changeHeld)
            return tr("Changed on server; Submit will check: %1").arg(pending);
        return pending.isEmpty() ? tr("Changed on server")
                                 : tr("Changed on server; re-based: %1").arg(pending);
    }
    switch (record.state) {
    case ProviderRecord::State::Listed:
        return tr("Loading…");
    case ProviderRecord::State::Loaded:
        return pending.isEmpty() ? tr("OK") : tr("Pending: %1").arg(pending);
    case ProviderRecord::State::Failed:
        return tr("Error: %1").arg(record.error.summary());
    case ProviderRecord::State::Deleted:
        return pending.isEmpty() ? tr("Deleted on the server")
                                 : tr("Deleted on the server; edits kept: %1").arg(pending);
    case ProviderRecord::State::Canceled:
        return tr("Not loaded (canceled)");
    case ProviderRecord::State::Cached:
        return tr("Cached, unverified");
    }
    return {};
}

QString MembershipTableModel::serverChangeText(const ProviderRecord &record) const
{
    const auto names = [this](const QVector<int> &ids) {
        QStringList shown;
        for (int id : ids) {
            const QString aggregate = m_store->aggregateById(id);
            const QString name = aggregateName(aggregate);
            shown << (name.isEmpty() ? aggregate : tr("%1 (%2)").arg(name, aggregate));
        }
        return shown.join(QLatin1String(", "));
    };
    QStringList lines{tr("Changed on the server since you last looked (live view):")};
    if (!record.serverAdded.isEmpty())
        lines << tr("added to %1").arg(names(record.serverAdded));
    if (!record.serverRemoved.isEmpty())
        lines << tr("removed from %1").arg(names(record.serverRemoved));
    if (record.changeHeld)
        lines << tr("Your pending edits still apply to the set you loaded: Submit finds the change and "
                    "merges or asks, as for any conflict.");
    else if (record.hasPendingEdits())
        lines << tr("Your pending edits now apply on top of the server's set.");
    return lines.join(QLatin1Char('\n'));
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
        if (record.submitError.isError())
            tip += QLatin1Char('\n') + record.submitError.fullText();
        if (record.changedOnServer)
            tip += QLatin1Char('\n') + serverChangeText(record);
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
    // Deleted rows keep showing their last known membership and pending edits; cached rows show the
    // cache's (greyed: flags() leaves them disabled until the server confirmed them).
    const bool known = record.membershipKnown();
    switch (role) {
    case AggregateUuidRole:
        return m_store->aggregateUuid(aggregateColumn);
    case IsMemberRole:
        return known ? QVariant(m_store->wantsMember(row, aggregateColumn)) : QVariant();
    case Qt::CheckStateRole:
        if (!known)
            return {};
        return m_store->wantsMember(row, aggregateColumn) ? Qt::Checked : Qt::Unchecked;
    case PendingChangeRole:
        return known ? int(m_store->pendingChange(row, aggregateColumn)) : 0;
    case SortRole:
        return known ? (m_store->wantsMember(row, aggregateColumn) ? 1 : 0) : -1;
    case DriftRole:
        return m_drift.drifts(record.uuid, m_store->aggregateUuid(aggregateColumn));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString aggregate = m_store->aggregateUuid(aggregateColumn);
        if (!known)
            return tr("%1: membership of %2 not known").arg(record.name, aggregate);
        QString drift;
        if (const DriftItem *item = m_drift.itemFor(record.uuid, aggregate))
            drift = QLatin1Char('\n') + tr("Drift: %1").arg(DriftReport::describe(*item));
        switch (m_store->pendingChange(row, aggregateColumn)) {
        case MembershipStore::PendingChange::Added:
            return QString(tr("%1 will be added to %2 (pending)").arg(record.name, aggregate) + drift);
        case MembershipStore::PendingChange::Removed:
            return QString(tr("%1 will be removed from %2 (pending)").arg(record.name, aggregate) + drift);
        case MembershipStore::PendingChange::None:
            break;
        }
        return QString((m_store->isMember(row, aggregateColumn)
                            ? tr("%1 is a member of %2").arg(record.name, aggregate)
                            : tr("%1 is not a member of %2").arg(record.name, aggregate)) +
                       drift);
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
    const QStringList twins = m_store->otherSpellings(aggregateColumn);
    const NovaAggregate *nova = m_nova ? m_nova->aggregateFor(uuid) : nullptr;
    const QString label = m_labels ? m_labels->label(uuid) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (nova)
            return twins.isEmpty() ? nova->name
                                   : tr("%1‡%2").arg(nova->name).arg(spellingNumber(aggregateColumn));
        if (!label.isEmpty())
            // Quoted: a local label is the operator's own word, not a name the cloud knows.
            return twins.isEmpty() ? tr("“%1”").arg(label)
                                   : tr("“%1”‡%2").arg(label).arg(spellingNumber(aggregateColumn));
        if (twins.isEmpty())
            return Uuids::shortForm(Uuids::display(uuid));
        // Several spellings of one UUID: number them, so the columns can be told apart at a glance
        // (six hex digits and the number fit the width of eight).
        return tr("%1‡%2").arg(Uuids::display(uuid).left(6)).arg(spellingNumber(aggregateColumn));
    case Qt::ToolTipRole:
        return aggregateToolTip(aggregateColumn);
    case Qt::AccessibleTextRole: {
        const QString name = nova               ? tr("Aggregate %1 (%2)").arg(nova->name, uuid)
                             : !label.isEmpty() ? tr("Aggregate %1, local label %2").arg(uuid, label)
                                                : tr("Aggregate %1").arg(uuid);
        return twins.isEmpty() ? name : tr("%1, same UUID as %2").arg(name, twins.join(QLatin1String(", ")));
    }
    case AggregateNameRole:
        return nova ? nova->name : label;
    case AggregateLabelRole:
        return label;
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
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // A cached membership is drawn disabled: it is what the server held when the cache was saved.
    if (isAggregateColumn(index.column()) &&
        m_store->provider(index.row()).state == ProviderRecord::State::Cached)
        flags &= ~Qt::ItemIsEnabled;
    if (isAggregateColumn(index.column()) && m_store->isEditable(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool MembershipTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isAggregateColumn(index.column()) || !m_store->isEditable(index.row()))
        return false;
    const bool member = value.toInt() == Qt::Checked;
    const int aggregateColumn = index.column() - FirstAggregateColumn;
    if (!m_undoStack)
        return m_store->setWantsMember(index.row(), aggregateColumn, member);
    SetMembershipCommand *command =
        SetMembershipCommand::create(m_store, {index.row()}, aggregateColumn, member,
                                     aggregateName(m_store->aggregateUuid(aggregateColumn)));
    if (!command)
        return false;
    m_undoStack->push(command); // push() runs redo(), which edits the store and emits dataChanged
    return true;
}

void MembershipTableModel::setDriftReport(const DriftReport &report)
{
    if (report.isEmpty() && m_drift.isEmpty())
        return;
    m_drift = report;
    if (rowCount() > 0)
        // No role list: a proxy filtering on RowDriftsRole (Only drifting rows) must filter again.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
