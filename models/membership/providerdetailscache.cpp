#include "membership/providerdetailscache.h"

#include "api/getinventoriesjob.h"
#include "api/gettraitsjob.h"
#include "api/getusagesjob.h"
#include "api/placementclient.h"

#include <algorithm>

ProviderDetailsCache::ProviderDetailsCache(PlacementClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ProviderDetailsCache::~ProviderDetailsCache()
{
    abortRead();
}

const ProviderDetails *ProviderDetailsCache::details(const QString &uuid) const
{
    const auto it = m_details.constFind(uuid);
    return it == m_details.constEnd() ? nullptr : &it.value();
}

bool ProviderDetailsCache::isCurrent(const QString &uuid, qint64 generation) const
{
    const ProviderDetails *known = details(uuid);
    return known && generation >= 0 && known->generation >= generation;
}

void ProviderDetailsCache::request(const QString &uuid, qint64 generation, bool force)
{
    if (uuid.isEmpty())
        return;
    if (!force && isCurrent(uuid, generation))
        return;
    if (m_read.uuid == uuid && !force)
        return; // already on its way
    abortRead();
    m_read = Read();
    m_read.uuid = uuid;
    ++m_readsStarted;
    startRead();
}

void ProviderDetailsCache::startRead()
{
    ++m_read.attempt;
    m_read.details = ProviderDetails();
    m_read.details.providerUuid = m_read.uuid;
    m_read.generations.clear();
    m_read.jobs.clear();

    GetInventoriesJob *inventories = m_client->getInventories(m_read.uuid);
    connect(inventories, &GetInventoriesJob::finished, this,
            [this](const QVector<ProviderInventory> &list, qint64 generation) {
                m_read.details.inventories = list;
                partDone(generation);
            });
    GetUsagesJob *usages = m_client->getUsages(m_read.uuid);
    connect(usages, &GetUsagesJob::finished, this,
            [this](const QHash<QString, qint64> &list, qint64 generation) {
                m_read.details.usages = list;
                partDone(generation);
            });
    m_read.jobs = {inventories, usages};
    // Traits exist from 1.6; below that the pane says so instead of asking.
    if (m_client->microversion() >= Microversion::providerTraits()) {
        GetTraitsJob *traits = m_client->getTraits(m_read.uuid);
        connect(traits, &GetTraitsJob::finished, this, [this](const QStringList &list, qint64 generation) {
            m_read.details.traits = list;
            m_read.details.traitsKnown = true;
            partDone(generation);
        });
        m_read.jobs.append(traits);
    }
    m_read.pending = static_cast<int>(m_read.jobs.size());
    const QList<QPointer<PlacementJob>> jobs = m_read.jobs;
    for (const QPointer<PlacementJob> &job : jobs) {
        connect(job, &PlacementJob::failed, this, [this](const ApiError &error) { partFailed(error); });
        job->start();
    }
}

void ProviderDetailsCache::partDone(qint64 generation)
{
    m_read.generations.append(generation);
    if (--m_read.pending > 0)
        return;
    m_read.jobs.clear();
    const auto [lowest, highest] =
        std::minmax_element(m_read.generations.cbegin(), m_read.generations.cend());
    if (*lowest != *highest && m_read.attempt < MaxAttempts) {
        startRead(); // someone wrote between the answers: they describe different moments
        return;
    }
    ProviderDetails details = m_read.details;
    details.generation = *highest;
    const QString uuid = m_read.uuid;
    m_read = Read();
    store(details);
    emit ready(uuid);
}

void ProviderDetailsCache::partFailed(const ApiError &error)
{
    const QString uuid = m_read.uuid;
    abortRead(); // the other parts are of no use without this one
    m_read = Read();
    emit failed(uuid, error);
}

void ProviderDetailsCache::abortRead()
{
    const QList<QPointer<PlacementJob>> jobs = std::exchange(m_read.jobs, {});
    for (const QPointer<PlacementJob> &job : jobs) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->abort();
        }
    }
}

void ProviderDetailsCache::clear()
{
    abortRead();
    m_read = Read();
    m_details.clear();
    m_order.clear();
}

void ProviderDetailsCache::store(const ProviderDetails &details)
{
    if (m_details.contains(details.providerUuid))
        m_order.removeOne(details.providerUuid);
    m_details.insert(details.providerUuid, details);
    m_order.append(details.providerUuid);
    while (m_order.size() > MaxEntries)
        m_details.remove(m_order.takeFirst());
}
