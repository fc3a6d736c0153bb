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
#include <QTimer>

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
        // Not while listed rows are still being handed to the queue (processListed() finishes).
        if (m_stage == Stage::FetchingAggregates && m_toProcess.isEmpty())
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
    m_summary.requests = 1; // discovery
    m_queue->resetStatistics();
    m_incremental = false;
    m_kept.clear();
    m_knownAggregates.clear();
    m_reusedRows.clear();
    m_unverified.clear();
    m_previous.clear();
    m_sweepsPending = 0;
    m_sweepFailed = false;
    m_toProcess.clear();
    m_processed = 0;
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
        // A filter the server cannot take would be ignored or refused: say which, and what it needs.
        const QList<ProviderQuery::Unsupported> unsupported = m_query.unsupportedAt(info.negotiated);
        if (!unsupported.isEmpty()) {
            QStringList parts;
            for (const ProviderQuery::Unsupported &entry : unsupported)
                parts << tr("%1 needs %2").arg(entry.parameter, entry.needed.toString());
            abortWith(ApiError(ApiError::Kind::UnsupportedVersion,
                               tr("This server speaks microversion %1 at most, too old for the filter: %2.")
                                   .arg(info.negotiated.toString(), parts.join(QLatin1String(", ")))));
            return;
        }
        listProviders();
    });
    connect(job, &PlacementJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            abortWith(error);
    });
    job->start();
}

void ProviderLoader::refresh(const ProviderQuery &query)
{
    // What the table holds now, before start() replaces anything: rows whose set was read at the
    // generation they are listed with (a set read before an inventory change moved the generation
    // cannot be told apart from a changed one, so it is read again).
    QHash<QString, Kept> kept;
    for (int row = 0; row < m_store->providerCount(); ++row) {
        const ProviderRecord &record = m_store->provider(row);
        const bool cached = record.state == ProviderRecord::State::Cached;
        if ((record.state != ProviderRecord::State::Loaded && !cached) || record.aggregatesGeneration < 0 ||
            record.aggregatesGeneration != record.generation)
            continue;
        kept.insert(record.uuid, {record.generation, m_store->loadedAggregates(row), !cached});
    }
    const QStringList known = m_store->aggregateUuids();
    start(query);
    if (kept.isEmpty())
        return; // nothing to keep: a plain load
    m_incremental = true;
    m_kept = std::move(kept);
    m_knownAggregates = known;
}

void ProviderLoader::listProviders()
{
    setStage(Stage::Listing);
    ++m_summary.requests;
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
    const QList<ProviderInfo> providers = ListProvidersJob::addressable(listed, &m_summary.rejected);
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
    // Below 1.19 a generation says nothing about the aggregates: read everything.
    if (m_incremental && !m_client->microversion().hasAggregateGenerations())
        m_incremental = false;
    m_summary.incremental = m_incremental;
    m_toProcess = providers;
    m_processed = 0;
    processListed(m_generation);
}

void ProviderLoader::processListed(quint64 generation)
{
    if (generation != m_generation || m_stage != Stage::FetchingAggregates)
        return;
    // A few thousand rows per turn of the event loop: creating 10,000 jobs (or keeping 10,000
    // rows' sets) at once would hold the window for tens of milliseconds.
    constexpr qsizetype Chunk = 2000;
    const qsizetype end = std::min(m_toProcess.size(), m_processed + Chunk);
    for (; m_processed < end; ++m_processed) {
        const ProviderInfo &info = m_toProcess.at(m_processed);
        const auto kept = m_incremental ? m_kept.constFind(info.uuid) : m_kept.constEnd();
        if (kept != m_kept.constEnd() && kept->generation == info.generation) {
            if (kept->verified) {
                m_store->setAggregates({info.uuid, kept->aggregates, info.generation});
            } else {
                m_store->setCachedAggregates({info.uuid, kept->aggregates, info.generation});
                m_unverified.insert(info.uuid);
            }
            m_reusedRows.insert(info.uuid);
            ++m_summary.reused;
            ++m_summary.loaded;
            continue;
        }
        if (kept != m_kept.constEnd())
            m_previous.insert(info.uuid, *kept); // its generation moved: read again
        enqueueGet(info.uuid);
    }
    if (m_processed < m_toProcess.size()) {
        QTimer::singleShot(0, this, [this, generation] { processListed(generation); });
        return;
    }
    m_toProcess.clear();
    m_kept.clear();
    if (m_incremental && !m_reusedRows.isEmpty()) {
        for (const QString &aggregate : std::as_const(m_knownAggregates))
            enqueueSweep(aggregate);
    }
    if (m_sweepsPending == 0)
        verifyKept(); // nothing to sweep: no kept row belongs to any aggregate the table knew
    if (m_queue->isIdle())
        finish(); // every row kept and nothing to sweep, or every answer already in
}

void ProviderLoader::dropUnprocessed()
{
    // Rows not handed to the queue yet: canceled, like the queue's unstarted jobs — but a refresh
    // puts back what such a row showed before (Loaded if it was and its generation did not move,
    // else greyed as unverified), so a stopped refresh never leaves less than it started with.
    for (qsizetype i = m_processed; i < m_toProcess.size(); ++i) {
        const ProviderInfo &info = m_toProcess.at(i);
        const auto kept = m_incremental ? m_kept.constFind(info.uuid) : m_kept.constEnd();
        if (kept == m_kept.constEnd())
            m_store->setProviderCanceled(info.uuid);
        else if (kept->verified && kept->generation == info.generation)
            m_store->setAggregates({info.uuid, kept->aggregates, info.generation});
        else
            m_store->setCachedAggregates({info.uuid, kept->aggregates, kept->generation});
    }
    m_toProcess.clear();
    m_processed = 0;
}

void ProviderLoader::enqueueGet(const QString &uuid)
{
    const quint64 generation = m_generation;
    GetAggregatesJob *job = m_client->getAggregates(uuid);
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
    ++m_summary.requests;
    m_queue->enqueue(job);
}

void ProviderLoader::enqueueSweep(const QString &aggregate)
{
    // GET /resource_providers?member_of=<exact string>: who the server says is in it now. A kept
    // row that disagrees was changed without a generation move; it is read again.
    const quint64 generation = m_generation;
    ProviderQuery query;
    query.memberOf = aggregate;
    ListProvidersJob *job = m_client->listProviders(query);
    connect(job, &ListProvidersJob::finished, this,
            [this, generation, aggregate](const QList<ProviderInfo> &members) {
                if (generation != m_generation)
                    return;
                QSet<QString> listed;
                listed.reserve(members.size());
                for (const ProviderInfo &member : members)
                    listed.insert(member.uuid);
                const int column = m_store->columnOf(aggregate);
                const QSet<QString> reused = m_reusedRows;
                for (const QString &uuid : reused) {
                    const int row = m_store->rowOf(uuid);
                    if (row < 0)
                        continue;
                    const bool member = column >= 0 && m_store->isMember(row, column);
                    if (member == listed.contains(uuid))
                        continue;
                    m_reusedRows.remove(uuid);
                    ++m_summary.sweepCorrections;
                    --m_summary.loaded; // counted again when the re-read answers
                    qCInfo(lcLoad).noquote()
                        << "member_of sweep: provider" << uuid << (member ? "left" : "joined")
                        << "an aggregate without a generation change; reading it again";
                    rereadKept(uuid);
                }
                if (--m_sweepsPending == 0 && !m_sweepFailed)
                    verifyKept();
            });
    connect(job, &PlacementJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        --m_sweepsPending;
        m_sweepFailed = true; // cached rows are verified by reading them now, or not at all
        if (error.isCanceled())
            return;
        // Without the sweep a kept set is unverified: read every kept row instead.
        qCWarning(lcLoad).noquote() << "a member_of sweep failed (" << error.shortDetail()
                                    << "); reading every kept row again";
        const QSet<QString> reused = std::exchange(m_reusedRows, {});
        for (const QString &uuid : reused) {
            --m_summary.loaded;
            rereadKept(uuid);
        }
    });
    ++m_summary.requests;
    ++m_summary.sweeps;
    ++m_sweepsPending;
    m_queue->enqueue(job, false); // its time grows with the aggregate's members: not a stall measure
}

void ProviderLoader::verifyKept()
{
    // Every sweep agreed with these cached rows (those it did not are being read again): the server
    // holds what the cache showed.
    for (const QString &uuid : std::as_const(m_unverified)) {
        if (m_reusedRows.contains(uuid))
            m_store->markVerified(uuid);
    }
    m_unverified.clear();
}

void ProviderLoader::rereadKept(const QString &uuid)
{
    // The kept set is in doubt (a sweep disagreed, or could not be asked): not editable until the
    // re-read answers, and greyed if it never does (a cancel).
    m_store->markUnverified(uuid);
    enqueueGet(uuid);
}

void ProviderLoader::cancelRow(const QString &uuid)
{
    const auto previous = m_previous.constFind(uuid);
    if (previous == m_previous.cend()) {
        m_store->setProviderCanceled(uuid);
        return;
    }
    // What the row showed before this refresh, at the generation it was read at (so the next
    // refresh reads it again), greyed as unverified.
    m_store->setCachedAggregates({uuid, previous->aggregates, previous->generation});
}

void ProviderLoader::onAggregatesFailed(const QString &providerUuid, const ApiError &error)
{
    if (error.isCanceled()) {
        cancelRow(providerUuid);
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
        dropUnprocessed();
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning);
    }
}

void ProviderLoader::cancel()
{
    if (!isRunning())
        return;
    m_summary.canceled = true;
    if (m_stage == Stage::FetchingAggregates) {
        dropUnprocessed();
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning); // drained() finishes
        // Nothing was on the wire, so no drained() came — or an abort drained the queue at once
        // and finish() ran already: once only (two finished() would offer the journal twice).
        if (isRunning() && m_queue->isIdle())
            finish();
        return;
    }
    ++m_generation; // the aborted job's late report is ignored
    if (m_singleJob)
        m_singleJob->abort();
    m_singleJob = nullptr;
    m_summary.elapsedMs = m_timer.elapsed();
    setStage(Stage::Idle);
    reportFinished();
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
    const QString refresh = m_summary.incremental
                                ? QStringLiteral(" (refresh: %1 kept, %2 member_of sweeps, %3 corrected)")
                                      .arg(m_summary.reused)
                                      .arg(m_summary.sweeps)
                                      .arg(m_summary.sweepCorrections)
                                : QString();
    qCInfo(lcLoad).noquote() << "providers" << m_summary.providers << "read" << m_summary.loaded << "failed"
                             << m_summary.failed << "deleted" << m_summary.deleted << "canceled"
                             << m_summary.canceled << "in" << m_summary.elapsedMs << "ms;"
                             << m_summary.requests << QStringLiteral("requests%1;").arg(refresh)
                             << m_queue->stalls() << "stalled;" << m_queue->limiter()->describe();
    reportFinished();
}

void ProviderLoader::reportFinished()
{
    // What the queue and the budget saw, and what is still shown unverified, at the end of any load.
    m_summary.retries = m_retryBudget ? m_retryBudget->used() : 0;
    m_summary.stalls = m_queue->stalls();
    m_summary.longestRequestMs = m_queue->longestMs();
    m_summary.parallelism = m_queue->currentLimit();
    m_summary.unverified = m_store->countInState(ProviderRecord::State::Cached);
    emit finished(m_summary);
}

void ProviderLoader::abortWith(const ApiError &error)
{
    m_singleJob = nullptr;
    m_summary.elapsedMs = m_timer.elapsed();
    setStage(Stage::Idle);
    if (error.isCanceled()) {
        m_summary.canceled = true;
        reportFinished();
        return;
    }
    emit failed(error);
}
