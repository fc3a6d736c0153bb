#pragma once

#include <QList>
#include <QString>

// How many requests to keep in flight against one server, learned from the answers (issue 11).
//
// A fixed number is wrong somewhere: a roomy Placement wants six connections, but one with two
// single-threaded uwsgi workers and keep-alive serves exactly two; a third connection holds no
// worker and waits for another connection's keep-alive timeout (seconds), so six in flight run ten
// times slower than two. So the limit starts at 1 and doubles while throughput grows (each level
// measured over a window of answers), settles back on the level it came from when a step brought no
// real gain (same rate with fewer connections is the safer place), and never goes above the cap
// (`--parallel`). Once settled it starts over from one request when two windows in a row are much
// slower and answers take much longer than at settling, and now and then probes one level up again
// (one step), as load on the server changes. A request that runs far longer than its peers while they keep
// being answered is a connection the server does not serve: the queue reports it (stalled()), and the limit
// drops below the level at which it was sent and never probes there again (a first stall at a level that had
// measured faster than the one below is taken for a race in the network layer, a second is not).
//
// Pure arithmetic on the times the caller passes (microseconds on one monotonic clock), so the
// decisions are unit-tested with simulated servers; RequestQueue feeds it.
class ConcurrencyLimit
{
public:
    enum class Phase {
        Probing, // growing one level per window while throughput grows
        Steady,  // settled; backs off on slowdowns, re-probes now and then
    };

    explicit ConcurrencyLimit(int cap = 6);

    // The most requests in flight ever allowed (1..64). Lowering it clamps the limit.
    void setCap(int cap);
    int cap() const { return m_cap; }
    // Requests to keep in flight now (1..cap).
    int limit() const { return m_adaptive ? m_limit : m_cap; }
    // false: always the cap, nothing learned (a fixed parallelism, for comparisons). Default true.
    void setAdaptive(bool adaptive) { m_adaptive = adaptive; }
    bool isAdaptive() const { return m_adaptive; }
    Phase phase() const { return m_phase; }
    // The lowest in-flight level at which a request stalled (the limit stays below it); 0: none.
    int stallLevel() const { return m_stallLevel; }
    int stalls() const { return m_stalls; }
    // Levels moved so far (for the log and tests).
    int changes() const { return m_changes; }

    // Forgets everything learned: another server (or the same one after a restart of the session).
    void reset();

    // One request was answered `latencyUs` after it was sent, at `nowUs`. Only answers while more
    // work was waiting tell the server's rate (the tail of a queue does not), so the queue passes
    // only those.
    void completed(qint64 nowUs, qint64 latencyUs);
    // The queue ran dry: a window must not span the pause until the next request.
    void discardWindow();
    // A request sent while `inFlightAtSend` requests (itself included) were in flight got no answer
    // while its peers did: that level is more than the server serves.
    void stalled(int inFlightAtSend);
    // A running request older than this, while at least stallPeers() others were answered after it
    // was sent, counts as stalled; -1 while there are too few answers to judge.
    qint64 stallAfterUs() const;
    static int stallPeers() { return 8; }
    // Before anything is measured, a running request older than UnmeasuredSuspectUs is a suspect:
    // the queue stops counting it against the limit, so one request that hangs at the start
    // cannot hold a load at one request until its deadline. -1 once measured (the stall check
    // takes over) and for a fixed limit.
    qint64 suspectAfterUs() const;
    static constexpr qint64 UnmeasuredSuspectUs = 1000 * 1000;

    // One line for the log: "limit 2 (steady; stalled at 3)".
    QString describe() const;

    // Tuning, public for the tests' arithmetic.
    static constexpr double GainNeeded = 1.10;     // a level must be 10 % faster to be kept
    static constexpr double SlowdownRate = 0.5;    // a window at half the settled rate...
    static constexpr double SlowdownLatency = 2.0; // ...with answers taking twice as long: back off
    // A level that ran this many stall thresholds without a stall has every connection served.
    static constexpr int SustainedStallThresholds = 3;
    // Steady windows after a stall before its level may be tried again.
    static constexpr int StallForgetWindows = 100;
    static constexpr int ReprobeAfterWindows = 8;    // steady windows before trying one level up
    static constexpr qint64 MinStallUs = 150 * 1000; // never call a request stalled before this
    static constexpr int StallLatencyFactor = 10;    // ...nor before this many median latencies

private:
    int windowSize() const;
    void setLimit(int limit, Phase phase);
    void closeWindow();

    int m_cap;
    int m_limit = 1;
    Phase m_phase = Phase::Probing;
    int m_stallLevel = 0;
    int m_stalls = 0;
    int m_changes = 0;
    // Answers to let pass after a change: they were sent under the previous level.
    int m_skip = 0;
    // The current window: answer times and latencies.
    qint64 m_firstUs = -1;
    qint64 m_lastUs = -1;
    int m_count = 0;
    QList<qint64> m_latencies;
    // What was measured: throughput per level while probing, and the settled baseline.
    QList<double> m_rateAt; // index = level; 0 = not measured
    double m_steadyRate = 0;
    qint64 m_steadyLatencyUs = 0;
    qint64 m_medianLatencyUs = -1; // of the last closed window
    int m_steadyWindows = 0;
    int m_probedFrom = 0;         // the level a probe started from (0: none)
    bool m_growByDoubling = true; // until the first settling
    bool m_adaptive = true;
    int m_slowWindows = 0;      // steady windows in a row that were much slower
    int m_sustainedLevel = 0;   // the highest level that ran clean for SustainedStallThresholds
    qint64 m_levelSinceUs = -1; // first answer at this level since it was set or stalled
    int m_windowsSinceStall = 0;
};
