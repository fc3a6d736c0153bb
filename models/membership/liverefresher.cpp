#include "membership/liverefresher.h"

#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/requestqueue.h"
#include "api/retrypolicy.h"
#include "membership/membershipstore.h"
#include "membership/threewaymerge.h"

#include <QLoggingCategory>

// Counts only.
Q_LOGGING_CATEGORY(lcLive, "placementdesk.membership.live", QtInfoMsg)

LiveRefresher::LiveRefresher(PlacementClient *client, MembershipStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
}

bool LiveRefresher::start(const ProviderQuery &query)
{
    if (m_running)
        return false;
    if (!m_client->microversion().hasAggregateGenerations()) {
        emit failed(ApiError(
            ApiError::Kind::UnsupportedVersion,
            tr("The live view needs microversion 1.19 (generations on aggregates); this server offers %1.")
                .arg(m_client->microversion().toString())));
        return false;
    }
    ++m_round;
    m_running = true;
    m_summary = {};
    m_reading.clear();
    m_timer.start();
    m_retryBudget = m_client->startRetryBudget(5);
    if (m_queue)
        m_queue->deleteLater();
    m_queue = new RequestQueue(this);
    m_queue->setMaxParallel(m_parallelism);
    m_queue->setLimiter(m_client->concurrency());
    const quint64 round = m_round;
    connect(m_queue, &RequestQueue::drained, this, [this, round] {
        if (round == m_round && m_running && !m_listing)
            finish();
    });

    ++m_summary.requests;
    ListProvidersJob *job = m_client->listProviders(query);
    m_listing = job;
    connect(job, &ListProvidersJob::finished, this, [this, round](const QList<ProviderInfo> &listed) {
        if (round != m_round)
            return;
        m_listing = nullptr;
        onListed(listed);
    });
    connect(job, &PlacementJob::failed, this, [this, round](const ApiError &error) {
        if (round != m_round)
            return;
        m_listing = nullptr;
        m_running = false;
        if (error.isCanceled()) {
            m_summary.canceled = true;
            emit finished(m_summary);
            return;
        }
        emit failed(error);
    });
    job->start();
    return true;
}

void LiveRefresher::onListed(const QList<ProviderInfo> &listed)
{
    // Only providers we can address, once each (as ProviderLoader does).
    const QList<ProviderInfo> providers = ListProvidersJob::addressable(listed);
    m_summary.providers = int(providers.size());
    const QStringList added = m_store->mergeListing(providers, &m_summary.vanished);
    m_summary.added = int(added.size());

    for (const ProviderInfo &info : std::as_const(providers)) {
        const int row = m_store->rowOf(info.uuid);
        if (row < 0)
            continue;
        const ProviderRecord &record = m_store->provider(row);
        if (record.submitState == ProviderRecord::SubmitState::Submitting)
            continue; // a submit owns it (the session does not run both, but never race one)
        if (!record.membershipKnown() || record.state == ProviderRecord::State::Deleted) {
            enqueueGet(info.uuid, false); // new, failed or never read: an ordinary read
            continue;
        }
        const qint64 seenAt =
            record.heldGeneration >= 0 ? record.heldGeneration : record.aggregatesGeneration;
        if (seenAt != info.generation)
            enqueueGet(info.uuid, true);
    }

    // A few known aggregates per round, continuing where the last round stopped.
    const QStringList known = m_store->aggregateUuids();
    const qsizetype count = std::min<qsizetype>(m_sweepsPerRound, known.size());
    for (qsizetype i = 0; i < count; ++i)
        enqueueSweep(known.at((m_sweepAt + i) % known.size()));
    m_sweepAt = known.isEmpty() ? 0 : (m_sweepAt + count) % known.size();

    if (m_queue->isIdle())
        finish();
}

void LiveRefresher::enqueueGet(const QString &uuid, bool known)
{
    if (m_reading.contains(uuid))
        return;
    m_reading.insert(uuid);
    const quint64 round = m_round;
    GetAggregatesJob *job = m_client->getAggregates(uuid);
    connect(job, &GetAggregatesJob::finished, this, [this, round, known](const AggregatesResult &result) {
        if (round == m_round)
            onAggregates(result, known);
    });
    connect(job, &PlacementJob::failed, this, [this, round, uuid](const ApiError &error) {
        if (round != m_round || error.isCanceled())
            return;
        if (error.isNotFound()) {
            m_store->setProviderFailed(uuid, error); // Deleted; pending edits stay visible
            ++m_summary.vanished;
            return;
        }
        // The row keeps what it showed; the next round reads it again (its generation still differs).
        ++m_summary.failed;
        qCInfo(lcLive).noquote() << "live refresh: reading a provider failed:" << error.shortDetail();
    });
    ++m_summary.requests;
    ++m_summary.reread;
    m_queue->enqueue(job);
}

void LiveRefresher::onAggregates(const AggregatesResult &result, bool known)
{
    const int row = m_store->rowOf(result.providerUuid);
    if (row < 0)
        return;
    const ProviderRecord &record = m_store->provider(row);
    if (!known || !record.membershipKnown() || record.state == ProviderRecord::State::Deleted) {
        m_store->setAggregates(result);
        return;
    }
    if (!sameAggregateSet(m_store->loadedAggregates(row), result.aggregates)) {
        ++m_summary.changed;
        if (!m_rebase && record.hasPendingEdits())
            ++m_summary.held;
    }
    m_store->applyLiveChange(result, m_rebase);
}

void LiveRefresher::enqueueSweep(const QString &aggregate)
{
    const quint64 round = m_round;
    ProviderQuery query;
    query.memberOf = aggregate;
    ListProvidersJob *job = m_client->listProviders(query);
    connect(job, &ListProvidersJob::finished, this,
            [this, round, aggregate](const QList<ProviderInfo> &members) {
                if (round != m_round)
                    return;
                QSet<QString> listed;
                listed.reserve(members.size());
                for (const ProviderInfo &member : members)
                    listed.insert(member.uuid);
                const int column = m_store->columnOf(aggregate);
                if (column < 0)
                    return;
                for (int row = 0; row < m_store->providerCount(); ++row) {
                    const ProviderRecord &record = m_store->provider(row);
                    // Only rows whose loaded set claims to be the server's: not a held change, not
                    // one being read, not one without a known set.
                    if (record.state != ProviderRecord::State::Loaded || record.changeHeld ||
                        record.submitState == ProviderRecord::SubmitState::Submitting ||
                        m_reading.contains(record.uuid))
                        continue;
                    if (m_store->isMember(row, column) == listed.contains(record.uuid))
                        continue;
                    ++m_summary.sweepCorrections;
                    qCInfo(lcLive).noquote() << "member_of sweep: provider" << record.uuid
                                             << "changed without a generation move; reading it again";
                    enqueueGet(record.uuid, true);
                }
            });
    ++m_summary.requests;
    ++m_summary.sweeps;
    m_queue->enqueue(job, false);
}

void LiveRefresher::cancel()
{
    if (!m_running)
        return;
    ++m_round; // every answer still on its way is dropped
    if (m_listing)
        m_listing->abort();
    m_listing = nullptr;
    if (m_queue)
        m_queue->cancel(RequestQueue::CancelMode::AbortRunning);
    m_running = false;
    m_summary.canceled = true;
    m_summary.elapsedMs = m_timer.elapsed();
    emit finished(m_summary);
}

void LiveRefresher::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.elapsedMs = m_timer.elapsed();
    qCInfo(lcLive).noquote() << "live refresh:" << m_summary.providers << "listed," << m_summary.added
                             << "new," << m_summary.vanished << "gone," << m_summary.changed << "changed ("
                             << m_summary.held << "held)," << m_summary.requests << "requests in"
                             << m_summary.elapsedMs << "ms";
    emit finished(m_summary);
}
