#include "membership/submitter.h"

#include "api/getaggregatesjob.h"
#include "api/placementclient.h"
#include "api/putaggregatesjob.h"
#include "api/requestqueue.h"
#include "api/retrypolicy.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/threewaymerge.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSubmit, "placementdesk.membership.submit", QtInfoMsg)

Submitter::Submitter(PlacementClient *client, MembershipStore *store, ConflictResolver *resolver,
                     QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_resolver(resolver), m_queue(new RequestQueue(this))
{
    // The load's learned level: a submit starts where the server is known to serve well.
    m_queue->setLimiter(client->concurrency());
}

void Submitter::setParallelism(int count)
{
    m_queue->setMaxParallel(count);
}

bool Submitter::needsLegacyConfirmation() const
{
    return !m_client->microversion().hasAggregateGenerations();
}

bool Submitter::start(bool legacyConfirmed)
{
    if (m_running || m_store->pendingProviderCount() == 0)
        return false;
    m_legacy = needsLegacyConfirmation();
    if (m_legacy && !legacyConfirmed)
        return false;
    m_running = true;
    m_canceled = false;
    m_forced = false;
    m_summary = {};
    m_done = 0;
    m_active.clear();
    m_resolver->reset();

    const QList<int> rows = m_store->rowsWithPendingEdits();
    for (int row : rows) {
        const ProviderRecord &record = m_store->provider(row);
        if (record.state != ProviderRecord::State::Loaded)
            continue; // deleted on the server: its edits stay visible, nothing to retry
        Submission submission;
        submission.uuid = record.uuid;
        submission.name = record.name;
        submission.base = m_store->loadedAggregates(row);
        submission.mine = m_store->desiredAggregates(row);
        submission.generation = record.aggregatesGeneration;
        m_active.insert(record.uuid, submission);
    }
    m_summary.total = int(m_active.size());
    // One retry per provider on average, at least 10: enough for a flaky server, bounded for a dead one.
    m_retryBudget = m_client->startRetryBudget(std::max(10, m_summary.total));
    emit progress(0, m_summary.total);
    if (m_active.isEmpty()) {
        m_running = false;
        emit finished(m_summary);
        return true;
    }
    const QStringList uuids = m_active.keys();
    for (const QString &uuid : uuids) {
        const bool unknown =
            m_store->provider(m_store->rowOf(uuid)).submitState == ProviderRecord::SubmitState::Unknown;
        m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Submitting);
        // An aborted PUT may have been applied: read first (and resend with the fresh generation).
        if (m_legacy || unknown)
            read(uuid, true);
        else
            put(uuid);
    }
    return true;
}

void Submitter::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    m_summary.wasCanceled = true;
    m_queue->cancel(RequestQueue::CancelMode::FinishRunning);
    m_resolver->cancelPending();
}

void Submitter::forceCancel()
{
    if (!m_running)
        return;
    // Only PUTs that are running now may have reached the server; queued ones never did.
    for (Submission &submission : m_active)
        submission.onTheWire = submission.putJob && submission.putJob->isRunning();
    cancel();
    m_forced = true;
    m_queue->cancel(RequestQueue::CancelMode::AbortRunning);
}

void Submitter::put(const QString &uuid)
{
    Submission &submission = m_active[uuid];
    PutAggregatesJob *job =
        m_client->putAggregates(uuid, submission.mine, m_legacy ? -1 : submission.generation);
    submission.putJob = job;
    connect(job, &PutAggregatesJob::finished, this, [this, uuid, job](const AggregatesResult &result) {
        onPutFinished(uuid, result, job->requestId());
    });
    connect(job, &PlacementJob::failed, this,
            [this, uuid](const ApiError &error) { onFailed(uuid, error, true); });
    m_queue->enqueue(job);
}

void Submitter::read(const QString &uuid, bool legacyBeforePut)
{
    GetAggregatesJob *job = m_client->getAggregates(uuid);
    connect(job, &GetAggregatesJob::finished, this,
            [this, uuid, legacyBeforePut](const AggregatesResult &result) {
                onRead(uuid, result, legacyBeforePut);
            });
    connect(job, &PlacementJob::failed, this,
            [this, uuid](const ApiError &error) { onFailed(uuid, error, false); });
    m_queue->enqueue(job);
}

void Submitter::onPutFinished(const QString &uuid, const AggregatesResult &result, const QString &requestId)
{
    const Submission submission = m_active.value(uuid);
    // Keeps any edit made while the PUT was on the wire: only what the server now holds is confirmed.
    m_store->confirmServerState(uuid, result.aggregates, result.generation, true);
    if (submission.hadConflict)
        ++m_summary.conflictsResolved;
    else
        ++m_summary.applied;
    confirmed(submission, result, requestId,
              submission.hadConflict
                  ? submission.resolution
                  : (submission.resent ? HistoryEntry::How::Resent : HistoryEntry::How::Applied));
    finishProvider(uuid);
}

bool Submitter::isConcurrentUpdate(const ApiError &error) const
{
    if (error.kind() != ApiError::Kind::Http || error.httpStatus() != 409)
        return false;
    // Error codes exist from 1.23; before that every 409 on this call is a generation conflict.
    if (m_client->microversion() < Microversion(1, 23))
        return true;
    return error.isConcurrentUpdate();
}

void Submitter::onFailed(const QString &uuid, const ApiError &error, bool fromPut)
{
    const bool wasOnTheWire = fromPut && std::exchange(m_active[uuid].onTheWire, false);
    if (error.isCanceled() && wasOnTheWire && m_forced) {
        // Aborted mid-flight: the server may or may not have applied it.
        ++m_summary.canceled;
        m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Unknown,
                                ApiError(ApiError::Kind::Canceled,
                                         tr("The submit was stopped while this provider's update was on its "
                                            "way; it is read again before the next submit.")));
        finishProvider(uuid);
        return;
    }
    if (error.isCanceled()) {
        ++m_summary.canceled;
        m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Idle);
        finishProvider(uuid);
        return;
    }
    if (fromPut && !m_legacy && isConcurrentUpdate(error)) {
        if (m_canceled) {
            // The PUT was on the wire when the operator canceled: the server changed the provider,
            // so the edits wait for a decision next time; that is a conflict, not a failure.
            ++m_summary.deferred;
            m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Conflict,
                                    ApiError(ApiError::Kind::Http,
                                             tr("Changed on the server too; your edits are still pending.")));
            finishProvider(uuid);
            return;
        }
        read(uuid, false);
        return;
    }
    fail(uuid, error);
}

void Submitter::fail(const QString &uuid, const ApiError &error)
{
    const Submission submission = m_active.value(uuid);
    ++m_summary.failed;
    m_summary.failures.append(tr("%1: %2").arg(submission.name, error.fullText()));
    // 404 marks the row deleted on the server; its edits stay visible and are not retried.
    m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Failed, error);
    finishProvider(uuid);
}

void Submitter::onRead(const QString &uuid, const AggregatesResult &result, bool legacyBeforePut)
{
    Submission &submission = m_active[uuid];
    const QStringList &theirs = result.aggregates;
    ++submission.rounds;

    if (sameAggregateSet(theirs, submission.mine)) {
        // The server already holds exactly what I want (e.g. an earlier PUT whose answer was lost).
        m_store->confirmServerState(uuid, theirs, result.generation, true);
        ++(submission.hadConflict ? m_summary.conflictsResolved : m_summary.applied);
        if (!sameAggregateSet(submission.base, theirs))
            confirmed(submission, result, {}, HistoryEntry::How::AlreadyApplied);
        finishProvider(uuid);
        return;
    }
    if (sameAggregateSet(theirs, submission.base)) {
        // Membership untouched: only the generation moved (inventory, traits, allocations). Resend.
        if (m_canceled) {
            ++m_summary.canceled;
            m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Idle);
            finishProvider(uuid);
            return;
        }
        if (submission.rounds > m_maxAutomaticResends + 1) {
            ApiError error(ApiError::Kind::Http,
                           tr("The provider kept changing on the server; gave up after %n "
                              "automatic resend(s). Try again later.",
                              nullptr, m_maxAutomaticResends));
            fail(uuid, error);
            return;
        }
        if (!legacyBeforePut) {
            ++m_summary.automaticResends;
            const QString message =
                tr("%1: generation moved from %2 to %3 without membership changes; resending.")
                    .arg(submission.name)
                    .arg(submission.generation)
                    .arg(result.generation);
            qCInfo(lcSubmit).noquote() << message;
            emit logMessage(message);
        }
        submission.generation = result.generation;
        submission.resent = submission.resent || !legacyBeforePut;
        m_store->confirmServerState(uuid, theirs, result.generation, true);
        put(uuid);
        return;
    }

    // The server's membership changed since load: three-way merge and a decision. Against an automated
    // writer that changes it again after every merge, stop after a few rounds and leave it pending.
    if (submission.hadConflict && submission.rounds > m_maxAutomaticResends + 1) {
        ++m_summary.deferred;
        m_store->setSubmitState(
            uuid, ProviderRecord::SubmitState::Conflict,
            ApiError(ApiError::Kind::Http,
                     tr("The provider's aggregates changed on the server again after each "
                        "of %n merge(s); your edits are left pending.",
                        nullptr, submission.rounds - 1)));
        finishProvider(uuid);
        return;
    }
    ProviderConflict conflict;
    conflict.providerUuid = uuid;
    conflict.providerName = submission.name;
    conflict.base = submission.base;
    conflict.mine = submission.mine;
    conflict.theirs = theirs;
    conflict.serverGeneration = result.generation;
    conflict.merge = threeWayMerge(submission.base, submission.mine, theirs);
    submission.hadConflict = true;
    m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Conflict);
    if (m_canceled) {
        applyResolution(uuid, conflict, ConflictResolution::Skip);
        return;
    }
    m_resolver->resolve(conflict, [this, uuid, conflict](ConflictResolution resolution) {
        if (m_active.contains(uuid))
            applyResolution(uuid, conflict, resolution);
    });
}

void Submitter::applyResolution(const QString &uuid, const ProviderConflict &conflict,
                                ConflictResolution resolution)
{
    Submission &submission = m_active[uuid];
    const int row = m_store->rowOf(uuid);
    switch (resolution) {
    case ConflictResolution::Skip: {
        ++m_summary.deferred;
        ApiError error(ApiError::Kind::Http, tr("Changed on the server too; your edits are still pending."));
        m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Conflict, error);
        finishProvider(uuid);
        return;
    }
    case ConflictResolution::KeepServer:
        m_store->confirmServerState(uuid, conflict.theirs, conflict.serverGeneration, false);
        emit logMessage(
            tr("%1: kept the server's aggregates; your edits were dropped.").arg(submission.name));
        ++m_summary.conflictsResolved;
        finishProvider(uuid);
        return;
    case ConflictResolution::Merge:
    case ConflictResolution::Overwrite:
        break;
    }
    if (m_canceled) {
        applyResolution(uuid, conflict, ConflictResolution::Skip);
        return;
    }
    // Rebase the row on the server's set so the table shows what will be sent, then send it.
    const QStringList target = ConflictResolver::resultingSet(conflict, resolution);
    m_store->confirmServerState(uuid, conflict.theirs, conflict.serverGeneration, false);
    m_store->setDesiredAggregates(row, target);
    m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Submitting);
    emit logMessage(resolution == ConflictResolution::Merge
                        ? tr("%1: merged your changes with the server's.").arg(submission.name)
                        : tr("%1: overwriting the server's aggregates with yours.").arg(submission.name));
    submission.base = conflict.theirs;
    submission.mine = target;
    submission.resolution =
        resolution == ConflictResolution::Merge ? HistoryEntry::How::Merged : HistoryEntry::How::Overwritten;
    submission.generation = conflict.serverGeneration;
    if (sameAggregateSet(target, conflict.theirs)) {
        ++m_summary.conflictsResolved; // merging changed nothing on the server
        m_store->setSubmitState(uuid, ProviderRecord::SubmitState::Idle);
        finishProvider(uuid);
        return;
    }
    put(uuid);
}

void Submitter::confirmed(const Submission &submission, const AggregatesResult &result,
                          const QString &requestId, HistoryEntry::How how)
{
    HistoryEntry entry;
    entry.providerUuid = submission.uuid;
    entry.providerName = submission.name;
    entry.before = submission.base;
    entry.after = result.aggregates;
    entry.generation = result.generation;
    entry.requestId = requestId;
    entry.how = how;
    emit changeConfirmed(entry);
}

void Submitter::finishProvider(const QString &uuid)
{
    if (!m_active.remove(uuid))
        return;
    ++m_done;
    emit progress(m_done, m_summary.total);
    if (m_active.isEmpty()) {
        m_running = false;
        m_summary.retries = m_retryBudget ? m_retryBudget->used() : 0;
        emit finished(m_summary);
    }
}
