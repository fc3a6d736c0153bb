#include "membership/providerrereader.h"

#include "api/getaggregatesjob.h"
#include "api/placementclient.h"
#include "membership/membershipstore.h"

#include <QTimer>

namespace {
constexpr int Parallel = 2; // a handful of rows: no need to compete with anyone for the server
}

ProviderRereader::ProviderRereader(PlacementClient *client, MembershipStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
}

void ProviderRereader::start(const QStringList &providerUuids)
{
    cancel();
    ++m_generation;
    m_failures.clear();
    m_read = 0;
    for (const QString &uuid : providerUuids) {
        if (m_store->rowOf(uuid) >= 0 && !m_queue.contains(uuid))
            m_queue << uuid;
    }
    if (m_queue.isEmpty()) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit finished();
        });
        return;
    }
    pump();
}

void ProviderRereader::cancel()
{
    ++m_generation;
    m_queue.clear();
    const QList<QPointer<GetAggregatesJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<GetAggregatesJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void ProviderRereader::pump()
{
    const int generation = m_generation;
    while (m_jobs.size() < Parallel && !m_queue.isEmpty()) {
        const QString uuid = m_queue.takeFirst();
        GetAggregatesJob *job = m_client->getAggregates(uuid);
        m_jobs << job;
        connect(job, &GetAggregatesJob::finished, this,
                [this, job, generation](const AggregatesResult &result) {
                    if (generation != m_generation)
                        return;
                    m_store->setAggregates(result);
                    ++m_read;
                    done(job);
                });
        connect(job, &HttpJob::failed, this, [this, job, generation, uuid](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_failures.insert(uuid, error);
            done(job);
        });
        job->start();
    }
}

void ProviderRereader::done(GetAggregatesJob *job)
{
    m_jobs.removeAll(job);
    pump();
    if (m_jobs.isEmpty() && m_queue.isEmpty())
        emit finished();
}
