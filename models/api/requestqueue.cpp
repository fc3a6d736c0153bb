#include "api/requestqueue.h"

#include "api/concurrencylimit.h"
#include "api/placementjob.h"

#include <chrono>

namespace {
// How often running requests are checked for a stall: small against the shortest stall
// (ConcurrencyLimit::MinStallUs), negligible in CPU.
constexpr int StallCheckMs = 25;
} // namespace

RequestQueue::RequestQueue(QObject *parent) : QObject(parent), m_maxParallel(defaultParallelism())
{
    m_stallTimer.setInterval(StallCheckMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &RequestQueue::checkStalls);
}

RequestQueue::~RequestQueue() = default;

int RequestQueue::defaultParallelism()
{
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per host; more would only queue inside it.
    return 6;
}

qint64 RequestQueue::nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void RequestQueue::setMaxParallel(int count)
{
    m_maxParallel = qBound(1, count, 64);
    if (m_limiter)
        m_limiter->setCap(m_maxParallel);
    startMore();
}

void RequestQueue::setLimiter(std::shared_ptr<ConcurrencyLimit> limiter)
{
    // The limiter keeps its cap (another queue, or the session, may have set it); setMaxParallel()
    // sets both.
    m_limiter = std::move(limiter);
    startMore();
}

int RequestQueue::currentLimit() const
{
    return m_limiter ? std::min(m_maxParallel, m_limiter->limit()) : m_maxParallel;
}

int RequestQueue::activeCount() const
{
    // Parked requests have nothing on the wire. A suspect is not counted either: before anything
    // is measured, a request that hangs must not hold the whole load at one request until its
    // deadline. (Measured suspects are left to the stall check: counting them out sent requests
    // onto new, unserved connections and left the served ones idle.)
    const qint64 suspectAfter = m_limiter ? m_limiter->suspectAfterUs() : -1;
    const qint64 now = suspectAfter >= 0 ? nowUs() : 0;
    int count = 0;
    for (const Running &entry : m_running) {
        if (entry.parked)
            continue;
        if (suspectAfter >= 0 && entry.sentUs > 0 && now - entry.sentUs > suspectAfter)
            continue;
        ++count;
    }
    return count;
}

void RequestQueue::enqueue(PlacementJob *job, bool measured)
{
    if (isIdle()) {
        m_total = 0;
        m_completed = 0;
        if (m_limiter)
            m_limiter->discardWindow(); // a window must not span the pause before this
    }
    ++m_total;
    m_pending.append({job, measured});
    connect(job, &PlacementJob::done, this, [this, job] { onJobDone(job); });
    startMore();
}

void RequestQueue::send(qsizetype index)
{
    Running &entry = m_running[index];
    const bool parked = entry.parked;
    entry.inFlightAtSend = activeCount() + (parked ? 1 : 0);
    entry.sentUs = nowUs();
    entry.answeredAtSend = m_answered;
    entry.stallSeen = false;
    entry.parked = false;
    PlacementJob *job = entry.job;
    // Last: a job may report at once (canceled, deadline passed), which removes the entry.
    if (parked)
        job->unpark();
    else
        job->start();
}

void RequestQueue::startMore()
{
    if (m_starting)
        return; // re-entered from a job that reported at once; the outer loop goes on
    m_starting = true;
    while (activeCount() < currentLimit()) {
        // Stalled reads first: they have waited longest.
        qsizetype parked = -1;
        for (qsizetype i = 0; i < m_running.size() && parked < 0; ++i) {
            if (m_running.at(i).parked && m_running.at(i).job)
                parked = i;
        }
        if (parked >= 0) {
            send(parked);
            continue;
        }
        if (m_pending.isEmpty())
            break;
        Running entry;
        const auto [job, measured] = m_pending.takeFirst();
        entry.job = job;
        entry.measured = measured;
        m_running.append(entry);
        send(m_running.size() - 1);
    }
    m_starting = false;
    if (m_limiter && !m_running.isEmpty() && !m_stallTimer.isActive())
        m_stallTimer.start();
}

void RequestQueue::cancel(CancelMode mode)
{
    const QList<QPair<PlacementJob *, bool>> pending = std::exchange(m_pending, {});
    for (const auto &[job, measured] : pending) {
        Running entry; // counted as running until its canceled report arrives
        entry.job = job;
        entry.measured = measured;
        m_running.append(entry);
        job->abort();
    }
    if (mode == CancelMode::AbortRunning) {
        const QList<Running> running = m_running;
        for (const Running &entry : running) {
            if (entry.job && entry.job->isRunning())
                entry.job->abort();
        }
    } else {
        // Parked reads have nothing on the wire: nothing to finish.
        const QList<Running> running = m_running;
        for (const Running &entry : running) {
            if (entry.parked && entry.job)
                entry.job->abort();
        }
    }
}

void RequestQueue::onJobDone(PlacementJob *job)
{
    const qint64 now = nowUs();
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).job != job)
            continue;
        const Running entry = m_running.takeAt(i);
        if (!entry.parked && entry.sentUs > 0) {
            ++m_answered;
            m_lastAnswerUs = now;
            m_longestUs = std::max(m_longestUs, now - entry.sentUs);
            // Only answers while more work waits tell the server's rate; the tail of a queue does not.
            if (m_limiter && entry.measured && !m_pending.isEmpty())
                m_limiter->completed(now, now - entry.sentUs);
        }
        break;
    }
    ++m_completed;
    emit progress(m_completed, m_total);
    startMore();
    if (m_running.isEmpty())
        m_stallTimer.stop();
    if (isIdle()) {
        if (m_limiter)
            m_limiter->discardWindow();
        emit drained();
    }
}

void RequestQueue::checkStalls()
{
    if (!m_limiter || m_running.isEmpty()) {
        m_stallTimer.stop();
        return;
    }
    startMore(); // suspects no longer count (see activeCount()): their slots are free
    const qint64 threshold = m_limiter->stallAfterUs();
    if (threshold < 0)
        return;
    const qint64 now = nowUs();
    bool restarted = false;
    int onWire = 0;
    for (const Running &entry : std::as_const(m_running))
        onWire += entry.parked ? 0 : 1;
    for (Running &entry : m_running) {
        if (entry.parked || entry.stallSeen || !entry.job || entry.sentUs == 0 || !entry.measured)
            continue;
        if (now - entry.sentUs < threshold)
            continue;
        // Peers kept being answered meanwhile; or it is the only request on the wire and either
        // a peer was answered after it was sent or this server is known to leave connections
        // unserved (then its connection is likely the unserved one, opened by the network layer
        // a moment before a served one was free, and the served ones idle until the server's
        // keep-alive timeout would free a worker).
        const int peers = m_answered - entry.answeredAtSend;
        const int stallLevel = m_limiter->stallLevel(); // an earlier stall in this pass may set it
        const bool alone = onWire == 1 && (peers >= 1 || stallLevel > 0);
        // Or it was sent at or above a level known to stall, the server answered something after it
        // was sent, and nothing at all for a whole threshold since: the requests on the wire are
        // stuck on the unserved connections a probe opened, and the limit allows none that could be
        // answered. (Only then: on any server a pause of all answers happens now and then.)
        const bool quiet = stallLevel > 0 && entry.inFlightAtSend >= stallLevel && peers >= 1 &&
                           m_lastAnswerUs > 0 && now - m_lastAnswerUs >= threshold;
        if (peers < ConcurrencyLimit::stallPeers() && !alone && !quiet)
            continue;
        entry.stallSeen = true;
        ++m_stalls;
        m_limiter->stalled(entry.inFlightAtSend);
        const bool parked = entry.job->park();
        if (parked) {
            entry.parked = true;
            --onWire;
            restarted = true;
        }
        emit stalled(entry.inFlightAtSend, parked, (now - entry.sentUs) / 1000);
    }
    if (restarted)
        startMore();
}
