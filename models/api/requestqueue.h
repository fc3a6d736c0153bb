#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ConcurrencyLimit;
class PlacementJob;

// Runs jobs with bounded parallelism and reports progress. Jobs are queued unstarted; each reports its
// own result through its own signals, the queue only schedules and counts.
//
// With a ConcurrencyLimit (the client's, shared by every queue against one server) the number in
// flight is the lower of maxParallel() and what the limit has learned; the queue feeds it every
// answer's latency and watches for stalled requests: one that runs far longer than its peers while
// they keep being answered (a kept-alive connection the server has no worker for). A stalled GET is
// taken off the wire (which closes its connection) and sent again when a slot frees, on a connection
// that is served; a stalled write is left alone but lowers the limit all the same.
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    enum class CancelMode {
        AbortRunning,  // safe for reads
        FinishRunning, // for writes: requests on the wire complete and their results are recorded
    };

    explicit RequestQueue(QObject *parent = nullptr);
    ~RequestQueue() override;

    static int defaultParallelism();
    // The most in flight (1..64); also the cap of the limiter, if one is set.
    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    void setLimiter(std::shared_ptr<ConcurrencyLimit> limiter);
    ConcurrencyLimit *limiter() const { return m_limiter.get(); }
    // What may be in flight now.
    int currentLimit() const;

    // `measured`: the job is one of many alike (one provider's aggregates), so its latency tells the
    // limit about the server and a long wait is a stall. A listing that may take seconds by its
    // size (a member_of sweep) is false: scheduled like the others, but neither.
    void enqueue(PlacementJob *job, bool measured = true);
    // Jobs that never started fail with ApiError::Kind::Canceled.
    void cancel(CancelMode mode = CancelMode::AbortRunning);

    int total() const { return m_total; }
    int completed() const { return m_completed; }
    int running() const { return int(m_running.size()); }
    int pending() const { return int(m_pending.size()); }
    bool isIdle() const { return m_pending.isEmpty() && m_running.isEmpty(); }
    // Stalled requests seen since the queue was created (or resetStatistics()).
    int stalls() const { return m_stalls; }
    // The longest time a request took from send to answer, in ms (resends after a stall included).
    qint64 longestMs() const { return m_longestUs / 1000; }
    // Starts the counts above over (a new load on the same queue).
    void resetStatistics()
    {
        m_stalls = 0;
        m_longestUs = 0;
    }

    // Microseconds on the monotonic clock every queue and limiter shares.
    static qint64 nowUs();

signals:
    void progress(int completed, int total);
    // Every queued job has reported (including canceled ones).
    void drained();
    // A request got no answer while `peers` others did; `restarted`: taken off the wire to be sent
    // again. For the log.
    void stalled(int inFlightAtSend, bool restarted, qint64 ageMs);

private:
    struct Running
    {
        QPointer<PlacementJob> job;
        qint64 sentUs = 0;
        qint64 firstSentUs = 0;
        int inFlightAtSend = 0;
        int answeredAtSend = 0; // m_answered when it was sent
        bool parked = false;
        bool stallSeen = false;
        bool measured = true;
    };

    void startMore();
    void send(qsizetype index);
    void onJobDone(PlacementJob *job);
    void checkStalls();
    int activeCount() const;

    QList<QPair<PlacementJob *, bool>> m_pending; // job, measured
    QList<Running> m_running;
    std::shared_ptr<ConcurrencyLimit> m_limiter;
    QTimer m_stallTimer;
    int m_maxParallel;
    bool m_starting = false;
    int m_total = 0;
    int m_completed = 0;
    int m_answered = 0; // answers ever, for the stall check's "peers answered meanwhile"
    int m_stalls = 0;
    qint64 m_longestUs = 0;
    qint64 m_lastAnswerUs = 0;
};
