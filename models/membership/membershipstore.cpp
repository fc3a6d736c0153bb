#include "membership/membershipstore.h"

#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/uuids.h"
#include "membership/membershiptable.h"
#include "membership/providercachedata.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

// Case-insensitive order with digit runs compared as numbers (node2 < node10). Hand-written because
// QCollator's numeric mode depends on ICU and the locale, and row order must not.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare without leading zeros: longer run is larger, equal length compares by digits.
            QStringView runA = QStringView(a).mid(i, endA - i);
            QStringView runB = QStringView(b).mid(j, endB - j);
            while (runA.size() > 1 && runA.front() == QLatin1Char('0'))
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == QLatin1Char('0'))
                runB = runB.mid(1);
            if (runA.size() != runB.size())
                return runA.size() < runB.size() ? -1 : 1;
            if (const int order = runA.compare(runB); order != 0)
                return order;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return a.compare(b); // stable tie-break between case variants
}

// A key whose plain comparison orders like naturalCompare(): case-folded characters, each digit
// run as '0' (a digit compares with a non-digit as any digit would: no non-digit lies in '0'..'9'),
// its length without leading zeros and its digits; then U+0000 and the name itself, the tie-break.
// Sorting 10,000 names by precomputed keys takes a few milliseconds instead of ~18 (issue 11's
// UI-stall probe).
QString naturalSortKey(const QString &name)
{
    QString key;
    key.reserve(name.size() + 8 + name.size());
    qsizetype i = 0;
    while (i < name.size()) {
        if (!name.at(i).isDigit()) {
            key.append(name.at(i).toCaseFolded());
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < name.size() && name.at(end).isDigit())
            ++end;
        QStringView run = QStringView(name).mid(i, end - i);
        while (run.size() > 1 && run.front() == QLatin1Char('0'))
            run = run.mid(1);
        key.append(QLatin1Char('0'));
        key.append(QChar(char16_t(std::min<qsizetype>(run.size(), 0xFFFF))));
        key.append(run);
        i = end;
    }
    key.append(QChar(char16_t(0)));
    key.append(name);
    return key;
}

} // namespace

int MembershipStore::naturalOrder(const QString &a, const QString &b)
{
    return naturalCompare(a, b);
}

QString MembershipStore::naturalKey(const QString &name)
{
    return naturalSortKey(name);
}

MembershipStore::MembershipStore(QObject *parent) : QObject(parent) {}

int MembershipStore::rowOf(const QString &providerUuid) const
{
    return m_rowByUuid.value(providerUuid.toLower(), -1);
}

QString MembershipStore::parentName(int row) const
{
    const QString &parent = m_providers.at(row).parentUuid;
    if (parent.isEmpty())
        return {};
    const int parentRow = rowOf(parent);
    return parentRow >= 0 ? m_providers.at(parentRow).name : parent;
}

bool MembershipStore::identityLess(int a, int b) const
{
    return identityLess(m_aggregateKeys, m_aggregateUuids, a, b);
}

bool MembershipStore::identityLess(const QVector<QString> &keys, const QVector<QString> &uuids, int a, int b)
{
    // By canonical form, so every spelling of one UUID sits side by side; then by the exact string.
    const QString &keyA = keys.at(a);
    const QString &keyB = keys.at(b);
    if (keyA != keyB)
        return keyA < keyB;
    return uuids.at(a) < uuids.at(b);
}

int MembershipStore::columnOf(const QString &aggregate) const
{
    const int id = m_aggregateIdByUuid.value(aggregate, -1);
    if (id < 0)
        return -1;
    const auto it =
        std::lower_bound(m_columnIds.cbegin(), m_columnIds.cend(), id,
                         [this](int columnId, int wanted) { return identityLess(columnId, wanted); });
    return int(it - m_columnIds.cbegin());
}

int MembershipStore::columnForInput(const QString &text) const
{
    if (const int exact = columnOf(text); exact >= 0)
        return exact;
    const QVector<int> ids = m_idsByKey.value(Uuids::key(text));
    if (ids.isEmpty())
        return -1;
    // Several spellings: the canonical one if the server has it, else the first in column order.
    const QString canonical = Uuids::canonical(text);
    for (int id : ids) {
        if (m_aggregateUuids.at(id) == canonical)
            return columnOf(canonical);
    }
    int best = -1;
    for (int id : ids) {
        const int column = columnOf(m_aggregateUuids.at(id));
        if (best < 0 || column < best)
            best = column;
    }
    return best;
}

QStringList MembershipStore::otherSpellings(int column) const
{
    const int id = m_columnIds.at(column);
    QStringList spellings;
    for (int other : m_idsByKey.value(m_aggregateKeys.at(id))) {
        if (other != id)
            spellings.append(m_aggregateUuids.at(other));
    }
    spellings.sort();
    return spellings;
}

QStringList MembershipStore::aggregateUuids() const
{
    QStringList uuids;
    uuids.reserve(m_columnIds.size());
    for (int id : m_columnIds)
        uuids.append(m_aggregateUuids.at(id));
    return uuids;
}

bool MembershipStore::isMember(int row, int column) const
{
    return m_providers.at(row).hasAggregate(m_columnIds.at(column));
}

QStringList MembershipStore::aggregatesOf(int row) const
{
    return loadedAggregates(row);
}

void MembershipStore::clearColumnsAndCounts()
{
    m_aggregateUuids.clear();
    m_aggregateKeys.clear();
    m_aggregateIdByUuid.clear();
    m_idsByKey.clear();
    m_columnIds.clear();
    m_memberCounts.clear();
    m_pendingProviders = 0;
    m_pendingEdits = 0;
    m_changedOnServer = 0;
}

void MembershipStore::resetProviders(const QList<ProviderInfo> &providers)
{
    emit providersAboutToBeReset();
    // Columns come from the fresh answers: an aggregate nobody belongs to any more disappears.
    clearColumnsAndCounts();
    m_providers.clear();
    m_providers.reserve(providers.size());
    for (const ProviderInfo &info : providers) {
        ProviderRecord record;
        record.uuid = info.uuid;
        record.name = info.name;
        record.generation = info.generation;
        record.parentUuid = info.parentUuid;
        record.rootUuid = info.rootUuid;
        m_providers.append(std::move(record));
    }
    orderAsTree();
    emit providersReset();
}

MembershipTable MembershipStore::prepareCached(const ProviderCacheData &data)
{
    MembershipTable table;
    table.providers.reserve(data.rows.size());
    // Only the strings some row uses, interned on first use, then put in column order once.
    QVector<int> idOfIndex(data.aggregates.size(), -1);
    for (const ProviderCacheData::Row &cached : data.rows) {
        ProviderRecord record;
        record.uuid = cached.info.uuid;
        record.name = cached.info.name;
        record.generation = cached.info.generation;
        record.parentUuid = cached.info.parentUuid;
        record.rootUuid = cached.info.rootUuid;
        record.aggregatesGeneration = cached.info.generation;
        record.state = ProviderRecord::State::Cached;
        record.aggregates.reserve(cached.aggregates.size());
        for (int index : cached.aggregates) {
            if (index < 0 || index >= idOfIndex.size())
                continue; // ProviderCache::parse() refuses such a table; never index out of range
            int &id = idOfIndex[index];
            if (id < 0) {
                const QString &aggregate = data.aggregates.at(index);
                const auto found = table.aggregateIdByUuid.constFind(aggregate);
                if (found != table.aggregateIdByUuid.cend()) {
                    id = found.value();
                } else {
                    id = int(table.aggregateUuids.size());
                    table.aggregateUuids.append(aggregate);
                    table.aggregateKeys.append(Uuids::key(aggregate));
                    table.aggregateIdByUuid.insert(aggregate, id);
                    table.idsByKey[table.aggregateKeys.constLast()].append(id);
                    table.memberCounts.append(0);
                    table.columnIds.append(id);
                }
            }
            record.aggregates.append(id);
            ++table.memberCounts[id];
        }
        std::sort(record.aggregates.begin(), record.aggregates.end());
        record.aggregates.erase(std::unique(record.aggregates.begin(), record.aggregates.end()),
                                record.aggregates.end());
        table.providers.append(std::move(record));
    }
    std::sort(table.columnIds.begin(), table.columnIds.end(), [&table](int a, int b) {
        return identityLess(table.aggregateKeys, table.aggregateUuids, a, b);
    });
    orderAsTree(&table.providers, &table.rowByUuid);
    return table;
}

void MembershipStore::restoreCached(const ProviderCacheData &data)
{
    // Built on the cache's worker thread when it came from there; taken once (a second restore of
    // the same data builds its own).
    MembershipTable table;
    if (data.table && data.table->providers.size() == data.rows.size() && !data.rows.isEmpty())
        table = std::exchange(*data.table, MembershipTable());
    else
        table = prepareCached(data);
    emit providersAboutToBeReset();
    clearColumnsAndCounts();
    m_providers = std::move(table.providers);
    m_rowByUuid = std::move(table.rowByUuid);
    m_aggregateUuids = std::move(table.aggregateUuids);
    m_aggregateKeys = std::move(table.aggregateKeys);
    m_aggregateIdByUuid = std::move(table.aggregateIdByUuid);
    m_idsByKey = std::move(table.idsByKey);
    m_columnIds = std::move(table.columnIds);
    m_memberCounts = std::move(table.memberCounts);
    emit providersReset();
}

void MembershipStore::clear()
{
    emit providersAboutToBeReset();
    m_providers.clear();
    m_rowByUuid.clear();
    clearColumnsAndCounts();
    emit providersReset();
}

void MembershipStore::orderAsTree(QVector<ProviderRecord> *providerList, QHash<QString, int> *rowByUuid)
{
    QVector<ProviderRecord> &providers = *providerList;
    // Roots by name (numeric-aware, so node2 sorts before node10), each followed by its subtree.
    {
        QList<QString> keys;
        keys.reserve(providers.size());
        for (const ProviderRecord &record : std::as_const(providers))
            keys.append(naturalSortKey(record.name));
        QList<int> order(providers.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
        QVector<ProviderRecord> sorted;
        sorted.reserve(providers.size());
        for (int index : std::as_const(order))
            sorted.append(std::move(providers[index]));
        providers = std::move(sorted);
    }

    QHash<QString, int> indexByUuid;
    indexByUuid.reserve(providers.size());
    for (int i = 0; i < providers.size(); ++i)
        indexByUuid.insert(providers.at(i).uuid.toLower(), i);
    QHash<int, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < providers.size(); ++i) {
        const int parent = indexByUuid.value(providers.at(i).parentUuid.toLower(), -1);
        if (parent >= 0 && parent != i)
            children[parent].append(i);
        else
            roots.append(i);
    }

    QVector<ProviderRecord> ordered;
    ordered.reserve(providers.size());
    QVector<bool> placed(providers.size(), false);
    QVector<QPair<int, int>> stack; // (index, depth), depth-first
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        if (placed[index])
            continue;
        placed[index] = true;
        ProviderRecord record = std::move(providers[index]);
        record.depth = depth;
        ordered.append(std::move(record));
        const QVector<int> kids = children.value(index);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    // A parent cycle cannot come from Placement, but never drop a provider because of one.
    for (int i = 0; i < providers.size(); ++i) {
        if (!placed[i])
            ordered.append(std::move(providers[i]));
    }
    providers = std::move(ordered);

    rowByUuid->clear();
    rowByUuid->reserve(providers.size());
    for (int row = 0; row < providers.size(); ++row)
        rowByUuid->insert(providers.at(row).uuid.toLower(), row);
}

int MembershipStore::internAggregate(const QString &aggregate, bool *created)
{
    *created = false;
    const auto found = m_aggregateIdByUuid.constFind(aggregate);
    if (found != m_aggregateIdByUuid.cend())
        return found.value();
    const int id = int(m_aggregateUuids.size());
    m_aggregateUuids.append(aggregate);
    m_aggregateKeys.append(Uuids::key(aggregate));
    const auto position =
        std::lower_bound(m_columnIds.cbegin(), m_columnIds.cend(), id,
                         [this](int columnId, int added) { return identityLess(columnId, added); });
    const int column = int(position - m_columnIds.cbegin());
    emit aggregateAboutToBeInserted(column);
    m_aggregateIdByUuid.insert(aggregate, id);
    m_idsByKey[m_aggregateKeys.constLast()].append(id);
    m_memberCounts.append(0);
    m_columnIds.insert(column, id);
    emit aggregateInserted(column);
    *created = true;
    return id;
}

int MembershipStore::addAggregate(const QString &aggregateUuid)
{
    const QString canonical = Uuids::canonical(aggregateUuid);
    if (canonical.isNull())
        return -1;
    // An aggregate the server has in any spelling is that column: a new column for the same UUID in
    // another spelling would become another aggregate on the server.
    if (const int existing = columnForInput(aggregateUuid); existing >= 0)
        return existing;
    return ensureColumn(canonical);
}

int MembershipStore::ensureColumn(const QString &aggregate)
{
    if (aggregate.isEmpty())
        return -1;
    bool created = false;
    internAggregate(aggregate, &created);
    return columnOf(aggregate);
}

void MembershipStore::setAggregates(const AggregatesResult &result)
{
    if (rowOf(result.providerUuid) < 0)
        return;
    confirmServerState(result.providerUuid, result.aggregates, result.generation, true);
}

void MembershipStore::setCachedAggregates(const AggregatesResult &result)
{
    if (rowOf(result.providerUuid) < 0)
        return;
    applyServerState(result.providerUuid, result.aggregates, result.generation, true,
                     ProviderRecord::State::Cached);
}

void MembershipStore::markVerified(const QString &providerUuid)
{
    const int row = rowOf(providerUuid);
    if (row < 0 || m_providers.at(row).state != ProviderRecord::State::Cached)
        return;
    m_providers[row].state = ProviderRecord::State::Loaded;
    emit providerChanged(row);
}

void MembershipStore::markUnverified(const QString &providerUuid)
{
    const int row = rowOf(providerUuid);
    if (row < 0 || m_providers.at(row).state != ProviderRecord::State::Loaded)
        return;
    m_providers[row].state = ProviderRecord::State::Cached;
    emit providerChanged(row);
}

void MembershipStore::setProviderFailed(const QString &providerUuid, const ApiError &error)
{
    const int row = rowOf(providerUuid);
    if (row < 0)
        return;
    ProviderRecord &record = m_providers[row];
    record.state = error.isNotFound() ? ProviderRecord::State::Deleted : ProviderRecord::State::Failed;
    record.error = error;
    emit providerChanged(row);
}

void MembershipStore::setProviderCanceled(const QString &providerUuid)
{
    const int row = rowOf(providerUuid);
    if (row < 0 || m_providers.at(row).state != ProviderRecord::State::Listed)
        return;
    m_providers[row].state = ProviderRecord::State::Canceled;
    emit providerChanged(row);
}

int MembershipStore::countInState(ProviderRecord::State state) const
{
    return int(std::count_if(m_providers.cbegin(), m_providers.cend(),
                             [state](const ProviderRecord &record) { return record.state == state; }));
}

QVector<int> MembershipStore::idsOf(const QStringList &aggregates)
{
    // Exact strings: Placement stores them verbatim, and each spelling is its own aggregate.
    QVector<int> ids;
    ids.reserve(aggregates.size());
    bool created = false;
    for (const QString &aggregate : aggregates)
        ids.append(internAggregate(aggregate, &created));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QStringList MembershipStore::spelled(const QVector<int> &ids) const
{
    QVector<int> ordered = ids;
    std::sort(ordered.begin(), ordered.end(), [this](int a, int b) { return identityLess(a, b); });
    QStringList aggregates;
    aggregates.reserve(ordered.size());
    for (int id : std::as_const(ordered))
        aggregates.append(m_aggregateUuids.at(id));
    return aggregates;
}

QVector<int> MembershipStore::desiredIds(const ProviderRecord &record) const
{
    QVector<int> desired;
    desired.reserve(record.aggregates.size() + record.added.size());
    std::set_difference(record.aggregates.cbegin(), record.aggregates.cend(), record.removed.cbegin(),
                        record.removed.cend(), std::back_inserter(desired));
    QVector<int> result;
    result.reserve(desired.size() + record.added.size());
    std::set_union(desired.cbegin(), desired.cend(), record.added.cbegin(), record.added.cend(),
                   std::back_inserter(result));
    return result;
}

void MembershipStore::emitRowChanged(int row, bool editsChanged)
{
    emit providerChanged(row);
    if (editsChanged)
        emit pendingEditsChanged(row);
}

bool MembershipStore::setEdits(int row, const QVector<int> &desired)
{
    ProviderRecord &record = m_providers[row];
    QVector<int> added;
    QVector<int> removed;
    std::set_difference(desired.cbegin(), desired.cend(), record.aggregates.cbegin(),
                        record.aggregates.cend(), std::back_inserter(added));
    std::set_difference(record.aggregates.cbegin(), record.aggregates.cend(), desired.cbegin(),
                        desired.cend(), std::back_inserter(removed));
    if (added == record.added && removed == record.removed)
        return false;
    const bool hadEdits = record.hasPendingEdits();
    m_pendingEdits -= int(record.added.size() + record.removed.size());
    record.added = std::move(added);
    record.removed = std::move(removed);
    m_pendingEdits += int(record.added.size() + record.removed.size());
    m_pendingProviders += int(record.hasPendingEdits()) - int(hadEdits);
    if (!record.hasPendingEdits() && record.submitState != ProviderRecord::SubmitState::Submitting) {
        record.submitState = ProviderRecord::SubmitState::Idle;
        record.submitError = {};
    }
    return true;
}

bool MembershipStore::isEditable(int row) const
{
    // Rows on the wire are frozen so the server's answer can be matched against what was sent.
    return row >= 0 && row < m_providers.size() &&
           m_providers.at(row).state == ProviderRecord::State::Loaded &&
           m_providers.at(row).submitState != ProviderRecord::SubmitState::Submitting;
}

bool MembershipStore::wantsMember(int row, int column) const
{
    return m_providers.at(row).wantsAggregate(m_columnIds.at(column));
}

MembershipStore::PendingChange MembershipStore::pendingChange(int row, int column) const
{
    const ProviderRecord &record = m_providers.at(row);
    const int id = m_columnIds.at(column);
    if (std::binary_search(record.added.cbegin(), record.added.cend(), id))
        return PendingChange::Added;
    if (std::binary_search(record.removed.cbegin(), record.removed.cend(), id))
        return PendingChange::Removed;
    return PendingChange::None;
}

bool MembershipStore::setWantsMember(int row, int column, bool member)
{
    if (!isEditable(row) || column < 0 || column >= m_columnIds.size() || wantsMember(row, column) == member)
        return false;
    const int id = m_columnIds.at(column);
    QVector<int> desired = desiredIds(m_providers.at(row));
    if (member)
        desired.insert(std::lower_bound(desired.begin(), desired.end(), id), id);
    else
        desired.removeOne(id);
    setEdits(row, desired);
    emitRowChanged(row, true);
    return true;
}

bool MembershipStore::setDesiredAggregates(int row, const QStringList &desired)
{
    if (row < 0 || row >= m_providers.size())
        return false;
    const bool changed = setEdits(row, idsOf(desired));
    if (changed)
        emitRowChanged(row, true);
    return changed;
}

void MembershipStore::applyEdits(int row, const QStringList &adds, const QStringList &removes)
{
    if (row < 0 || row >= m_providers.size())
        return;
    const QVector<int> desired = desiredIds(m_providers.at(row));
    const QVector<int> addIds = idsOf(adds);
    const QVector<int> removeIds = idsOf(removes);
    QVector<int> withAdds;
    std::set_union(desired.cbegin(), desired.cend(), addIds.cbegin(), addIds.cend(),
                   std::back_inserter(withAdds));
    QVector<int> result;
    std::set_difference(withAdds.cbegin(), withAdds.cend(), removeIds.cbegin(), removeIds.cend(),
                        std::back_inserter(result));
    if (setEdits(row, result))
        emitRowChanged(row, true);
}

QStringList MembershipStore::loadedAggregates(int row) const
{
    const ProviderRecord &record = m_providers.at(row);
    return spelled(record.aggregates);
}

QStringList MembershipStore::desiredAggregates(int row) const
{
    const ProviderRecord &record = m_providers.at(row);
    return spelled(desiredIds(record));
}

QStringList MembershipStore::addedAggregates(int row) const
{
    const ProviderRecord &record = m_providers.at(row);
    return spelled(record.added);
}

QStringList MembershipStore::removedAggregates(int row) const
{
    const ProviderRecord &record = m_providers.at(row);
    return spelled(record.removed);
}

void MembershipStore::discardEdits(int row)
{
    if (row < 0 || row >= m_providers.size() || !m_providers.at(row).hasPendingEdits() ||
        m_providers.at(row).submitState == ProviderRecord::SubmitState::Submitting)
        return;
    setEdits(row, m_providers.at(row).aggregates);
    m_providers[row].submitState = ProviderRecord::SubmitState::Idle;
    m_providers[row].submitError = {};
    emitRowChanged(row, true);
}

void MembershipStore::discardAllEdits()
{
    const QList<int> rows = rowsWithPendingEdits();
    for (int row : rows)
        discardEdits(row);
}

QList<int> MembershipStore::rowsWithPendingEdits() const
{
    QList<int> rows;
    if (m_pendingProviders == 0)
        return rows;
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).hasPendingEdits())
            rows.append(row);
    }
    return rows;
}

void MembershipStore::confirmServerState(const QString &providerUuid, const QStringList &serverAggregates,
                                         qint64 generation, bool keepEdits)
{
    applyServerState(providerUuid, serverAggregates, generation, keepEdits, ProviderRecord::State::Loaded);
}

void MembershipStore::applyServerState(const QString &providerUuid, const QStringList &serverAggregates,
                                       qint64 generation, bool keepEdits, ProviderRecord::State state)
{
    const int row = rowOf(providerUuid);
    if (row < 0)
        return;
    // Intern first: new columns may be inserted, which must not happen while we hold a reference.
    const QVector<int> ids = idsOf(serverAggregates);

    ProviderRecord &record = m_providers[row];
    // Pending edits are deltas: re-base them on the server's set (adds on top, removes taken out).
    QVector<int> desired = ids;
    if (keepEdits) {
        QVector<int> withAdds;
        std::set_union(ids.cbegin(), ids.cend(), record.added.cbegin(), record.added.cend(),
                       std::back_inserter(withAdds));
        desired.clear();
        std::set_difference(withAdds.cbegin(), withAdds.cend(), record.removed.cbegin(),
                            record.removed.cend(), std::back_inserter(desired));
    }
    const bool hadEdits = record.hasPendingEdits();
    for (int id : std::as_const(record.aggregates))
        --m_memberCounts[id];
    for (int id : ids)
        ++m_memberCounts[id];
    // Edits are relative to the loaded set: drop them from the counters before the base moves.
    m_pendingEdits -= int(record.added.size() + record.removed.size());
    m_pendingProviders -= int(hadEdits);
    record.added.clear();
    record.removed.clear();
    record.aggregates = ids;
    record.aggregatesGeneration = generation;
    if (generation >= 0)
        record.generation = generation;
    record.state = state;
    record.error = {};
    // The loaded set is the server's now: nothing is held for Submit's conflict flow any more (the
    // changedOnServer mark stays until the operator has seen the row).
    record.changeHeld = false;
    record.heldGeneration = -1;
    if (record.submitState == ProviderRecord::SubmitState::Submitting)
        record.submitState = ProviderRecord::SubmitState::Idle;
    setEdits(row, desired);
    emitRowChanged(row, hadEdits || m_providers.at(row).hasPendingEdits());
}

void MembershipStore::setSubmitState(const QString &providerUuid, ProviderRecord::SubmitState state,
                                     const ApiError &error)
{
    const int row = rowOf(providerUuid);
    if (row < 0)
        return;
    ProviderRecord &record = m_providers[row];
    record.submitState = state;
    record.submitError = error;
    if (error.isNotFound()) {
        record.state = ProviderRecord::State::Deleted; // edits stay visible; nothing to retry
        record.error = error;
    }
    emit providerChanged(row);
}

QStringList MembershipStore::mergeListing(const QList<ProviderInfo> &listed, int *vanished)
{
    QHash<QString, const ProviderInfo *> byKey;
    byKey.reserve(listed.size());
    for (const ProviderInfo &info : listed)
        byKey.insert(info.uuid.toLower(), &info);

    QStringList added;
    int gone = 0;
    bool rowsMove = false;
    for (const ProviderRecord &record : std::as_const(m_providers)) {
        if (!byKey.contains(record.uuid.toLower()) && record.state != ProviderRecord::State::Deleted) {
            rowsMove = true;
            break;
        }
    }
    for (const ProviderInfo &info : listed) {
        if (!m_rowByUuid.contains(info.uuid.toLower())) {
            added.append(info.uuid);
            rowsMove = true;
        }
    }
    if (!rowsMove) {
        // The same rows: names, parents and generations in place (a parent change would move a row
        // in the tree; it comes with a reset below only when rows come or go too, which is rare).
        for (int row = 0; row < m_providers.size(); ++row) {
            ProviderRecord &record = m_providers[row];
            const ProviderInfo *info = byKey.value(record.uuid.toLower());
            if (!info)
                continue; // Deleted and not listed: stays as it is
            if (record.name == info->name && record.generation == info->generation)
                continue;
            record.name = info->name;
            record.generation = info->generation;
            emit providerChanged(row);
        }
        if (vanished)
            *vanished = 0;
        return added;
    }

    m_resetKeepsEdits = true;
    emit providersAboutToBeReset();
    QVector<ProviderRecord> records;
    records.reserve(listed.size() + m_pendingProviders);
    for (ProviderRecord &record : m_providers) {
        const ProviderInfo *info = byKey.value(record.uuid.toLower());
        if (info) {
            record.name = info->name;
            record.generation = info->generation;
            record.parentUuid = info->parentUuid;
            record.rootUuid = info->rootUuid;
            records.append(std::move(record));
            continue;
        }
        if (record.hasPendingEdits() || record.state == ProviderRecord::State::Deleted) {
            // Its edits stay visible (and journaled) until the operator discards them, as for a 404.
            if (record.state != ProviderRecord::State::Deleted)
                ++gone;
            record.state = ProviderRecord::State::Deleted;
            records.append(std::move(record));
            continue;
        }
        ++gone;
        for (int id : std::as_const(record.aggregates))
            --m_memberCounts[id];
        m_changedOnServer -= int(record.changedOnServer);
    }
    for (const QString &uuid : std::as_const(added)) {
        const ProviderInfo &info = *byKey.value(uuid.toLower());
        ProviderRecord record;
        record.uuid = info.uuid;
        record.name = info.name;
        record.generation = info.generation;
        record.parentUuid = info.parentUuid;
        record.rootUuid = info.rootUuid;
        records.append(std::move(record));
    }
    m_providers = std::move(records);
    orderAsTree();
    emit providersReset();
    m_resetKeepsEdits = false;
    if (vanished)
        *vanished = gone;
    return added;
}

void MembershipStore::applyLiveChange(const AggregatesResult &result, bool rebase)
{
    const int row = rowOf(result.providerUuid);
    if (row < 0)
        return;
    const QVector<int> ids = idsOf(result.aggregates); // may insert columns: before any reference
    const ProviderRecord &current = m_providers.at(row);
    if (ids == current.aggregates) {
        // Only the generation moved (inventory, traits, allocations): nothing to show or hold.
        if (current.state == ProviderRecord::State::Loaded || current.state == ProviderRecord::State::Cached)
            applyServerState(result.providerUuid, result.aggregates, result.generation, true, current.state);
        return;
    }
    QVector<int> serverAdded;
    QVector<int> serverRemoved;
    std::set_difference(ids.cbegin(), ids.cend(), current.aggregates.cbegin(), current.aggregates.cend(),
                        std::back_inserter(serverAdded));
    std::set_difference(current.aggregates.cbegin(), current.aggregates.cend(), ids.cbegin(), ids.cend(),
                        std::back_inserter(serverRemoved));
    const bool wasMarked = current.changedOnServer;
    const bool hold = !rebase && current.hasPendingEdits();
    if (!hold)
        applyServerState(result.providerUuid, result.aggregates, result.generation, true,
                         ProviderRecord::State::Loaded);
    ProviderRecord &record = m_providers[row];
    if (hold) {
        record.changeHeld = true;
        record.heldGeneration = result.generation;
    }
    record.changedOnServer = true;
    record.serverAdded = std::move(serverAdded);
    record.serverRemoved = std::move(serverRemoved);
    m_changedOnServer += int(!wasMarked);
    emit providerChanged(row);
}

void MembershipStore::markSeen(int row)
{
    if (row < 0 || row >= m_providers.size() || !m_providers.at(row).changedOnServer)
        return;
    ProviderRecord &record = m_providers[row];
    record.changedOnServer = false;
    record.serverAdded.clear();
    record.serverRemoved.clear();
    --m_changedOnServer;
    emit providerChanged(row);
}

void MembershipStore::markAllSeen()
{
    for (int row = 0; row < m_providers.size() && m_changedOnServer > 0; ++row)
        markSeen(row);
}
