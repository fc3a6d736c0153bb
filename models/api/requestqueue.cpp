#include "api/requestqueue.h"

#include "api/placementjob.h"

RequestQueue::RequestQueue(QObject *parent) : QObject(parent), m_maxParallel(defaultParallelism()) {}

int RequestQueue::defaultParallelism()
{
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per host; more would only queue inside it.
    return 6;
}

void RequestQueue::setMaxParallel(int count)
{
    m_maxParallel = qBound(1, count, 64);
    startMore();
}

void RequestQueue::enqueue(PlacementJob *job)
{
    if (isIdle()) {
        m_total = 0;
        m_completed = 0;
    }
    ++m_total;
    m_pending.append(job);
    connect(job, &PlacementJob::done, this, [this, job] { onJobDone(job); });
    startMore();
}

void RequestQueue::startMore()
{
    while (!m_pending.isEmpty() && m_running.size() < m_maxParallel) {
        PlacementJob *job = m_pending.takeFirst();
        m_running.append(job);
        job->start();
    }
}

void RequestQueue::cancel(CancelMode mode)
{
    const QList<PlacementJob *> pending = std::exchange(m_pending, {});
    for (PlacementJob *job : pending) {
        m_running.append(job); // counted as running until its canceled report arrives
        job->abort();
    }
    if (mode == CancelMode::AbortRunning) {
        const QList<QPointer<PlacementJob>> running = m_running;
        for (const QPointer<PlacementJob> &job : running) {
            if (job && job->isRunning())
                job->abort();
        }
    }
}

void RequestQueue::onJobDone(PlacementJob *job)
{
    m_running.removeOne(job);
    ++m_completed;
    emit progress(m_completed, m_total);
    startMore();
    if (isIdle())
        emit drained();
}
