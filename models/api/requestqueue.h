#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class PlacementJob;

// Runs jobs with bounded parallelism and reports progress. Jobs are queued unstarted; each reports its
// own result through its own signals, the queue only schedules and counts.
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    enum class CancelMode {
        AbortRunning,  // safe for reads
        FinishRunning, // for writes: requests on the wire complete and their results are recorded
    };

    explicit RequestQueue(QObject *parent = nullptr);

    static int defaultParallelism();
    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }

    void enqueue(PlacementJob *job);
    // Jobs that never started fail with ApiError::Kind::Canceled.
    void cancel(CancelMode mode = CancelMode::AbortRunning);

    int total() const { return m_total; }
    int completed() const { return m_completed; }
    int running() const { return int(m_running.size()); }
    int pending() const { return int(m_pending.size()); }
    bool isIdle() const { return m_pending.isEmpty() && m_running.isEmpty(); }

signals:
    void progress(int completed, int total);
    // Every queued job has reported (including canceled ones).
    void drained();

private:
    void startMore();
    void onJobDone(PlacementJob *job);

    QList<PlacementJob *> m_pending;
    QList<QPointer<PlacementJob>> m_running;
    int m_maxParallel;
    int m_total = 0;
    int m_completed = 0;
};
