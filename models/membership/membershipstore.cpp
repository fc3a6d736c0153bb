#include "membershipstore.h"

#include "getaggregatesjob.h"
#include "listprovidersjob.h"
#include "uuids.h"

#include <algorithm>

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

} // namespace

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

int MembershipStore::columnOf(const QString &aggregateUuid) const
{
    const QString canonical = Uuids::canonical(aggregateUuid);
    const int id = m_aggregateIdByUuid.value(canonical, -1);
    if (id < 0)
        return -1;
    const auto it = std::lower_bound(m_columnIds.cbegin(), m_columnIds.cend(), canonical,
                                     [this](int columnId, const QString &uuid) {
                                         return m_aggregateUuids.at(columnId) < uuid;
                                     });
    return int(it - m_columnIds.cbegin());
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
    QStringList uuids;
    for (int id : m_providers.at(row).aggregates)
        uuids.append(m_aggregateUuids.at(id));
    uuids.sort();
    return uuids;
}

void MembershipStore::resetProviders(const QList<ProviderInfo> &providers)
{
    emit providersAboutToBeReset();
    // Columns come from the fresh answers: an aggregate nobody belongs to any more disappears.
    m_aggregateUuids.clear();
    m_aggregateIdByUuid.clear();
    m_columnIds.clear();
    m_memberCounts.clear();
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

void MembershipStore::clear()
{
    emit providersAboutToBeReset();
    m_providers.clear();
    m_rowByUuid.clear();
    m_aggregateUuids.clear();
    m_aggregateIdByUuid.clear();
    m_columnIds.clear();
    m_memberCounts.clear();
    emit providersReset();
}

void MembershipStore::orderAsTree()
{
    // Roots by name (numeric-aware, so node2 sorts before node10), each followed by its subtree.
    std::stable_sort(m_providers.begin(), m_providers.end(), [](const ProviderRecord &a, const ProviderRecord &b) {
        return naturalCompare(a.name, b.name) < 0;
    });

    QHash<QString, int> indexByUuid;
    indexByUuid.reserve(m_providers.size());
    for (int i = 0; i < m_providers.size(); ++i)
        indexByUuid.insert(m_providers.at(i).uuid.toLower(), i);
    QHash<int, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < m_providers.size(); ++i) {
        const int parent = indexByUuid.value(m_providers.at(i).parentUuid.toLower(), -1);
        if (parent >= 0 && parent != i)
            children[parent].append(i);
        else
            roots.append(i);
    }

    QVector<ProviderRecord> ordered;
    ordered.reserve(m_providers.size());
    QVector<bool> placed(m_providers.size(), false);
    QVector<QPair<int, int>> stack; // (index, depth), depth-first
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        if (placed[index])
            continue;
        placed[index] = true;
        ProviderRecord record = std::move(m_providers[index]);
        record.depth = depth;
        ordered.append(std::move(record));
        const QVector<int> kids = children.value(index);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    // A parent cycle cannot come from Placement, but never drop a provider because of one.
    for (int i = 0; i < m_providers.size(); ++i) {
        if (!placed[i])
            ordered.append(std::move(m_providers[i]));
    }
    m_providers = std::move(ordered);

    m_rowByUuid.clear();
    m_rowByUuid.reserve(m_providers.size());
    for (int row = 0; row < m_providers.size(); ++row)
        m_rowByUuid.insert(m_providers.at(row).uuid.toLower(), row);
}

int MembershipStore::internAggregate(const QString &canonicalUuid, bool *created)
{
    *created = false;
    const auto found = m_aggregateIdByUuid.constFind(canonicalUuid);
    if (found != m_aggregateIdByUuid.cend())
        return found.value();
    const int id = int(m_aggregateUuids.size());
    const auto position = std::lower_bound(m_columnIds.cbegin(), m_columnIds.cend(), canonicalUuid,
                                           [this](int columnId, const QString &uuid) {
                                               return m_aggregateUuids.at(columnId) < uuid;
                                           });
    const int column = int(position - m_columnIds.cbegin());
    emit aggregateAboutToBeInserted(column);
    m_aggregateUuids.append(canonicalUuid);
    m_aggregateIdByUuid.insert(canonicalUuid, id);
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
    bool created = false;
    internAggregate(canonical, &created);
    return columnOf(canonical);
}

void MembershipStore::setAggregates(const AggregatesResult &result)
{
    const int row = rowOf(result.providerUuid);
    if (row < 0)
        return;
    QVector<int> ids;
    QHash<int, QString> spellings;
    ids.reserve(result.aggregates.size());
    for (const QString &spelling : result.aggregates) {
        QString canonical = Uuids::canonical(spelling);
        if (canonical.isNull())
            canonical = spelling.toLower(); // Placement validates UUIDs; keep anything odd visible anyway
        bool created = false;
        const int id = internAggregate(canonical, &created);
        ids.append(id);
        if (spelling != canonical)
            spellings.insert(id, spelling);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    ProviderRecord &record = m_providers[row];
    for (int id : std::as_const(record.aggregates))
        --m_memberCounts[id];
    for (int id : std::as_const(ids))
        ++m_memberCounts[id];
    record.aggregates = std::move(ids);
    record.serverSpellings = std::move(spellings);
    record.aggregatesGeneration = result.generation;
    if (result.generation >= 0)
        record.generation = result.generation;
    record.state = ProviderRecord::State::Loaded;
    record.error = {};
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
