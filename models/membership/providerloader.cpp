#include "membership/providerloader.h"

#include "api/concurrencylimit.h"
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/requestqueue.h"
#include "api/retrypolicy.h"
#include "api/uuids.h"
#include "membership/membershipstore.h"

#include <QLoggingCategory>
#include <QSet>

// Counts and timings only.
Q_LOGGING_CATEGORY(lcLoad, "placementdesk.membership.load", QtInfoMsg)

ProviderLoader::ProviderLoader(PlacementClient *client, MembershipStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    m_parallelism = RequestQueue::defaultParallelism();
    replaceQueue();
}

void ProviderLoader::replaceQueue()
{
    // A restarted load gets a fresh queue, so progress counts never mix two loads.
    if (m_queue) {
        m_queue->disconnect(this);
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning);
        if (m_queue->isIdle())
            m_queue->deleteLater();
        else
            connect(m_queue, &RequestQueue::drained, m_queue, &QObject::deleteLater);
    }
    m_queue = new RequestQueue(this);
    m_queue->setMaxParallel(m_parallelism);
    m_queue->setLimiter(m_client->concurrency());
    connect(m_queue, &RequestQueue::stalled, this, [this](int inFlight, bool restarted, qint64 ageMs) {
        qCInfo(lcLoad).noquote() << "a request sent with" << inFlight << "in flight got no answer in" << ageMs
                                 << "ms while others did" << (restarted ? "(sent again)" : "") << "->"
                                 << m_queue->limiter()->describe();
    });
    connect(m_queue, &RequestQueue::progress, this, &ProviderLoader::progress);
    connect(m_queue, &RequestQueue::drained, this, [this] {
        if (m_stage == Stage::FetchingAggregates)
            finish();
    });
}

void ProviderLoader::setParallelism(int count)
{
    m_queue->setMaxParallel(count);
    m_parallelism = m_queue->maxParallel();
}

int ProviderLoader::parallelism() const
{
    return m_parallelism;
}

void ProviderLoader::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void ProviderLoader::start(const ProviderQuery &query)
{
    if (isRunning()) {
        // A replaced load never reports: its late answers are ignored by generation.
        ++m_generation;
        if (m_singleJob)
            m_singleJob->abort();
        m_singleJob = nullptr;
        replaceQueue();
    }
    ++m_generation;
    m_query = query;
    m_summary = {};
    m_fatalError = {};
    m_timer.start();
    // Retries of transient faults share one allowance per load; it grows with the provider count.
    m_retryBudget = m_client->startRetryBudget(10);
    setStage(Stage::Discovering);

    // Discover on every load: it is one cheap GET and notices a server upgraded or replaced meanwhile.
    DiscoverVersionsJob *job = m_client->discoverVersions();
    m_singleJob = job;
    const quint64 generation = m_generation;
    connect(job, &DiscoverVersionsJob::finished, this, [this, generation](const VersionInfo &info) {
        if (generation != m_generation)
            return;
        m_client->setMicroversion(info.negotiated);
        emit versionNegotiated(info);
        listProviders();
    });
    connect(job, &PlacementJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            abortWith(error);
    });
    job->start();
}

void ProviderLoader::listProviders()
{
    setStage(Stage::Listing);
    ListProvidersJob *job = m_client->listProviders(m_query);
    m_singleJob = job;
    const quint64 generation = m_generation;
    connect(job, &ListProvidersJob::finished, this, [this, generation](const QList<ProviderInfo> &providers) {
        if (generation == m_generation)
            fetchAggregates(providers);
    });
    connect(job, &PlacementJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            abortWith(error);
    });
    job->start();
}

void ProviderLoader::fetchAggregates(const QList<ProviderInfo> &listed)
{
    m_singleJob = nullptr;
    QList<ProviderInfo> providers;
    providers.reserve(listed.size());
    QSet<QString> seen;
    for (const ProviderInfo &info : listed) {
        const QString key = Uuids::canonical(info.uuid);
        if (key.isNull() || seen.contains(key)) {
            m_summary.rejected.append(info.uuid.left(64));
            continue;
        }
        seen.insert(key);
        providers.append(info);
    }
    if (!m_summary.rejected.isEmpty())
        qCWarning(lcLoad) << "the provider list has" << m_summary.rejected.size()
                          << "entries without a valid, unique UUID; they are not shown";
    m_store->resetProviders(providers);
    m_summary.providers = int(providers.size());
    m_retryBudget->grant(int(providers.size()) / 2);
    setStage(Stage::FetchingAggregates);
    emit progress(0, m_summary.providers);
    if (providers.isEmpty()) {
        finish();
        return;
    }
    const quint64 generation = m_generation;
    for (const ProviderInfo &info : providers) {
        GetAggregatesJob *job = m_client->getAggregates(info.uuid);
        const QString uuid = info.uuid;
        connect(job, &GetAggregatesJob::finished, this, [this, generation](const AggregatesResult &result) {
            if (generation != m_generation)
                return;
            m_store->setAggregates(result);
            ++m_summary.loaded;
        });
        connect(job, &PlacementJob::failed, this, [this, generation, uuid](const ApiError &error) {
            if (generation == m_generation)
                onAggregatesFailed(uuid, error);
        });
        m_queue->enqueue(job);
    }
}

void ProviderLoader::onAggregatesFailed(const QString &providerUuid, const ApiError &error)
{
    if (error.isCanceled()) {
        m_store->setProviderCanceled(providerUuid);
        return;
    }
    m_store->setProviderFailed(providerUuid, error);
    if (error.isNotFound()) {
        ++m_summary.deleted; // deleted between list and fetch: that row only
        return;
    }
    ++m_summary.failed;
    // No token, no permission, or Keystone failing to renew the token applies to every request:
    // stop instead of failing thousands of rows.
    const bool authFailure =
        error.kind() == ApiError::Kind::Http && (error.httpStatus() == 401 || error.httpStatus() == 403);
    if ((authFailure || error.service() == ApiError::Service::Keystone) && !m_fatalError.isError()) {
        m_fatalError = error;
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning);
    }
}

void ProviderLoader::cancel()
{
    if (!isRunning())
        return;
    m_summary.canceled = true;
    if (m_stage == Stage::FetchingAggregates) {
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning); // drained() finishes
        return;
    }
    ++m_generation; // the aborted job's late report is ignored
    if (m_singleJob)
        m_singleJob->abort();
    m_singleJob = nullptr;
    m_summary.elapsedMs = m_timer.elapsed();
    setStage(Stage::Idle);
    m_summary.retries = m_retryBudget ? m_retryBudget->used() : 0;
    m_summary.stalls = m_queue->stalls();
    m_summary.longestRequestMs = m_queue->longestMs();
    m_summary.parallelism = m_queue->currentLimit();
    emit finished(m_summary);
}

void ProviderLoader::finish()
{
    m_summary.elapsedMs = m_timer.elapsed();
    setStage(Stage::Idle);
    if (m_fatalError.isError()) {
        m_summary.canceled = true;
        emit failed(m_fatalError);
        return;
    }
    qCInfo(lcLoad) << "providers" << m_summary.providers << "read" << m_summary.loaded << "failed"
                   << m_summary.failed << "deleted" << m_summary.deleted << "canceled" << m_summary.canceled
                   << "in" << m_summary.elapsedMs << "ms;" << m_queue->stalls() << "stalled;"
                   << qPrintable(m_queue->limiter()->describe());
    m_summary.retries = m_retryBudget ? m_retryBudget->used() : 0;
    m_summary.stalls = m_queue->stalls();
    m_summary.longestRequestMs = m_queue->longestMs();
    m_summary.parallelism = m_queue->currentLimit();
    emit finished(m_summary);
}

void ProviderLoader::abortWith(const ApiError &error)
{
    m_singleJob = nullptr;
    m_summary.elapsedMs = m_timer.elapsed();
    setStage(Stage::Idle);
    if (error.isCanceled()) {
        m_summary.canceled = true;
        m_summary.retries = m_retryBudget ? m_retryBudget->used() : 0;
        emit finished(m_summary);
        return;
    }
    emit failed(error);
}
