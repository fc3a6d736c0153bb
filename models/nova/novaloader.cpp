#include "nova/novaloader.h"

#include "nova/listhypervisorsjob.h"
#include "nova/listnovaaggregatesjob.h"
#include "nova/novaclient.h"
#include "nova/novadirectory.h"
#include "nova/novaversionsjob.h"

#include <QSet>
#include <QTimer>

NovaLoader::NovaLoader(NovaClient *client, NovaDirectory *directory, QObject *parent)
    : QObject(parent), m_client(client), m_directory(directory)
{
}

void NovaLoader::track(HttpJob *job)
{
    m_job = job;
    ++m_requests;
    const int generation = m_generation;
    connect(job, &HttpJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && !error.isCanceled())
            fail(error);
    });
}

void NovaLoader::start()
{
    cancel();
    const int generation = ++m_generation;
    m_aggregates.clear();
    m_hypervisors.clear();
    m_pages = 0;
    m_requests = 0;
    if (!m_client->isConfigured()) {
        m_directory->setNotConfigured();
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit finished();
        });
        return;
    }
    m_directory->setLoading();
    m_client->startRetryBudget(6);
    NovaVersionsJob *job = m_client->discoverVersions();
    track(job);
    connect(job, &NovaVersionsJob::finished, this, [this, generation](const NovaVersionInfo &info) {
        if (generation != m_generation)
            return;
        m_client->setMicroversion(info.negotiated);
        listAggregates();
    });
    job->start();
}

void NovaLoader::cancel()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void NovaLoader::listAggregates()
{
    const int generation = m_generation;
    ListNovaAggregatesJob *job = m_client->listAggregates();
    track(job);
    connect(job, &ListNovaAggregatesJob::finished, this,
            [this, generation](const QList<NovaAggregate> &aggregates) {
                if (generation != m_generation)
                    return;
                m_aggregates = aggregates;
                if (!m_client->hasHypervisorUuids()) {
                    // Names and AZs work; matching hosts to providers needs compute node UUIDs.
                    m_job = nullptr;
                    m_directory->setContents(m_aggregates, {}, false);
                    emit finished();
                    return;
                }
                listHypervisors({});
            });
    job->start();
}

void NovaLoader::listHypervisors(const QString &marker)
{
    const int generation = m_generation;
    ListHypervisorsJob *job = m_client->listHypervisors(m_pageSize, marker);
    track(job);
    connect(job, &ListHypervisorsJob::finished, this, [this, generation, marker](const HypervisorPage &page) {
        if (generation != m_generation)
            return;
        m_hypervisors += page.hypervisors;
        ++m_pages;
        // Nova sends a next link on every full page, so the last page may be an empty one.
        if (!page.nextMarker.isEmpty() && !page.hypervisors.isEmpty()) {
            if (page.nextMarker == marker || m_pages >= m_maxPages) {
                fail(NovaJob::explain(
                    ApiError(ApiError::Kind::InvalidResponse,
                             tr("Nova's hypervisor list does not end (%n page(s) read).", nullptr, m_pages)),
                    m_client->baseUrl()));
                return;
            }
            listHypervisors(page.nextMarker);
            return;
        }
        m_job = nullptr;
        m_directory->setContents(m_aggregates, m_hypervisors, true);
        emit finished();
    });
    job->start();
}

void NovaLoader::fail(const ApiError &error)
{
    ++m_generation;
    m_job = nullptr;
    m_directory->setUnavailable(error);
    emit failed(error);
}
