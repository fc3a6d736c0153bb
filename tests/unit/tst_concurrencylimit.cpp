#include "api/concurrencylimit.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

// ConcurrencyLimit against simulated servers: a discrete-event model of the shapes issue 11 names,
// driven the way RequestQueue drives it (keep `limit()` in flight, report answers, report a request
// as stalled when it is older than stallAfterUs() while stallPeers() others were answered, and send
// it again). The real servers are in tst_providerloader and bench_load --shapes.
namespace {

struct Shape
{
    int workers = 2;
    qint64 serviceUs = 3000; // one request's time in a worker
    // Keep-alive: a connection is tied to one worker for good, so the connection beyond the
    // workers is never served (uwsgi --http11-socket). Otherwise the server queues requests for the
    // next free worker (a connection-closing server, or a roomy one with a backlog).
    bool keepAlive = true;
};

struct Run
{
    int answered = 0;
    int stalls = 0;
    int lastChangeAt = 0; // answer number at which the limit last moved
    qint64 elapsedUs = 0;
    QList<int> limits; // limit() after each answer
};

class Simulator
{
public:
    Simulator(ConcurrencyLimit *limit, Shape shape) : m_limit(limit), m_shape(shape) {}

    // `change(answered)` may alter the shape mid-run.
    Run run(int requests, const std::function<void(int, Shape *)> &change = {})
    {
        struct Flight
        {
            qint64 sentUs;
            qint64 doneUs; // max(): never (a connection no worker serves)
            int connection;
            int inFlightAtSend;
            int answeredAtSend;
        };
        Run result;
        QList<Flight> flights;
        QList<qint64> workerFree(64, 0);
        qint64 now = 0;
        int remaining = requests;
        int previousLimit = m_limit->limit();
        constexpr qint64 Never = std::numeric_limits<qint64>::max();
        while (remaining > 0 || !flights.isEmpty()) {
            while (remaining > 0 && int(flights.size()) < m_limit->limit()) {
                QList<bool> used(64, false);
                for (const Flight &flight : std::as_const(flights))
                    used[flight.connection] = true;
                const int connection = int(std::find(used.begin(), used.end(), false) - used.begin());
                qint64 done = Never;
                if (!m_shape.keepAlive) {
                    auto worker = std::min_element(workerFree.begin(), workerFree.begin() + m_shape.workers);
                    done = std::max(now, *worker) + m_shape.serviceUs;
                    *worker = done;
                } else if (connection < m_shape.workers) {
                    done = std::max(now, workerFree[connection]) + m_shape.serviceUs;
                    workerFree[connection] = done;
                }
                flights.append({now, done, connection, int(flights.size()) + 1, result.answered});
                --remaining;
            }
            // The next event: an answer, or the next stall check (every 25 ms, as RequestQueue).
            const auto next =
                std::min_element(flights.begin(), flights.end(),
                                 [](const Flight &a, const Flight &b) { return a.doneUs < b.doneUs; });
            if (next->doneUs != Never) {
                now = next->doneUs;
                const Flight flight = *next;
                flights.erase(next);
                ++result.answered;
                if (remaining > 0)
                    m_limit->completed(now, now - flight.sentUs);
                if (change)
                    change(result.answered, &m_shape);
            } else {
                now += 25000;
            }
            const qint64 threshold = m_limit->stallAfterUs();
            for (qsizetype i = 0; threshold >= 0 && i < flights.size(); ++i) {
                const Flight &flight = flights.at(i);
                if (flight.doneUs == Never && now - flight.sentUs >= threshold &&
                    result.answered - flight.answeredAtSend >= ConcurrencyLimit::stallPeers()) {
                    m_limit->stalled(flight.inFlightAtSend);
                    ++result.stalls;
                    flights.removeAt(i--);
                    ++remaining; // sent again when a slot frees
                }
            }
            if (m_limit->limit() != previousLimit) {
                previousLimit = m_limit->limit();
                result.lastChangeAt = result.answered;
            }
            result.limits.append(m_limit->limit());
        }
        result.elapsedUs = now;
        return result;
    }

private:
    ConcurrencyLimit *m_limit;
    Shape m_shape;
};

} // namespace

class TestConcurrencyLimit : public QObject
{
    Q_OBJECT

private slots:
    void startsAtOneAndClampsToCap();
    void findsTheServersLevel_data();
    void findsTheServersLevel();
    void aStallCapsTheLevelForGood();
    void aSoloRequestIsNoStall();
    void aStallAtASustainedLevelIsASlowRequest();
    void backsOffWhenTheServerSlowsDown();
    void probesAgainWhenTheServerGrows();
    void stallThresholdFollowsLatency();
    void resetStartsOver();
    void theTailOfAQueueDoesNotCount();
};

void TestConcurrencyLimit::startsAtOneAndClampsToCap()
{
    ConcurrencyLimit limit(6);
    QCOMPARE(limit.limit(), 1);
    QCOMPARE(limit.phase(), ConcurrencyLimit::Phase::Probing);
    Simulator(&limit, {16, 3000, false}).run(400);
    QCOMPARE(limit.limit(), 6);
    limit.setCap(3);
    QCOMPARE(limit.limit(), 3);
    limit.setCap(0);
    QCOMPARE(limit.cap(), 1);
    QCOMPARE(limit.limit(), 1);
}

void TestConcurrencyLimit::findsTheServersLevel_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("mayStall");
    // The shapes of issue 11: a stalled keep-alive connection may cost one stall while probing.
    QTest::newRow("1x1 keep-alive") << 1 << true << 6 << 1 << true;
    QTest::newRow("2x1 keep-alive") << 2 << true << 6 << 2 << true;
    QTest::newRow("4x2 keep-alive, cap 6") << 8 << true << 6 << 6 << false;
    QTest::newRow("2 closing") << 2 << false << 6 << 2 << false;
    QTest::newRow("roomy, cap 12") << 16 << false << 12 << 12 << false;
    QTest::newRow("--parallel 1") << 8 << true << 1 << 1 << false;
}

void TestConcurrencyLimit::findsTheServersLevel()
{
    QFETCH(int, workers);
    QFETCH(bool, keepAlive);
    QFETCH(int, cap);
    QFETCH(int, expected);
    QFETCH(bool, mayStall);
    ConcurrencyLimit limit(cap);
    const int requests = 1000;
    const Run run = Simulator(&limit, {workers, 3000, keepAlive}).run(requests);
    QCOMPARE(run.answered, requests);
    QCOMPARE(limit.limit(), expected);
    QCOMPARE(limit.phase(), ConcurrencyLimit::Phase::Steady);
    // Found within the first few percent of the load (issue 11: 8 % of this short load, 1,000
    // answers; 12 % to reach a cap of 12), and kept: never below, and above only for the
    // occasional one-step re-probe.
    const int found = requests * (cap > 6 ? 12 : 8) / 100;
    int atLevel = 0;
    for (int i = found; i < run.limits.size(); ++i) {
        QVERIFY2(run.limits.at(i) >= expected && run.limits.at(i) <= expected + 1,
                 qPrintable(QStringLiteral("limit %1 after %2 answers").arg(run.limits.at(i)).arg(i)));
        atLevel += run.limits.at(i) == expected ? 1 : 0;
    }
    QVERIFY2(atLevel >= (run.limits.size() - found) * 85 / 100, qPrintable(QString::number(atLevel)));
    if (!mayStall)
        QCOMPARE(run.stalls, 0);
    QVERIFY(run.stalls <= 2); // doubling from 2 to 4 sends two requests to unserved connections
    // Close to the server's best: every served worker busy for nearly the whole run (starting at one
    // request costs most against a roomy server on a short load: 1,000 answers in 0.25 s).
    const double ideal = double(requests) * 3000.0 / double(std::min({workers, cap, expected}));
    QVERIFY2(double(run.elapsedUs) < ideal * (cap > 6 ? 1.35 : 1.12),
             qPrintable(QStringLiteral("%1 us vs ideal %2 us").arg(run.elapsedUs).arg(ideal)));
}

void TestConcurrencyLimit::aStallCapsTheLevelForGood()
{
    ConcurrencyLimit limit(6);
    Simulator(&limit, {2, 3000, true}).run(300);
    QCOMPARE(limit.limit(), 2);
    QCOMPARE(limit.stallLevel(), 3);
    // Thousands of answers later the level is tried again only once per StallForgetWindows
    // windows (a served request can look stalled on a busy machine, so not forever), each time
    // costing one stall, and the limit is at 2 nearly all the time.
    const int answers = 5000;
    const Run run = Simulator(&limit, {2, 3000, true}).run(answers);
    const int windows = answers / 13; // 12 answers and the one that opens each window, at level 2
    QVERIFY2(run.stalls <= windows / ConcurrencyLimit::StallForgetWindows + 1,
             qPrintable(QString::number(run.stalls)));
    QCOMPARE(*std::max_element(run.limits.cbegin(), run.limits.cend()), 3);
    const auto atTwo = std::count(run.limits.cbegin(), run.limits.cend(), 2);
    QVERIFY2(atTwo >= qsizetype(run.limits.size()) * 97 / 100, qPrintable(QString::number(atTwo)));
    QCOMPARE(limit.limit(), 2);
}

void TestConcurrencyLimit::aSoloRequestIsNoStall()
{
    ConcurrencyLimit limit(6);
    limit.stalled(1);
    QCOMPARE(limit.stalls(), 1);
    QCOMPARE(limit.stallLevel(), 0);
    QCOMPARE(limit.limit(), 1);
    Simulator(&limit, {8, 3000, false}).run(400);
    QCOMPARE(limit.limit(), 6);
}

void TestConcurrencyLimit::aStallAtASustainedLevelIsASlowRequest()
{
    ConcurrencyLimit limit(6);
    Simulator(&limit, {2, 3000, true}).run(1000);
    QCOMPARE(limit.limit(), 2);
    QCOMPARE(limit.stallLevel(), 3);
    // Level 2 ran clean for far longer than a stall takes to show: a request stuck with two in
    // flight is a slow one (or QNAM opened a connection a moment early); it is sent again, the level
    // stays.
    limit.stalled(2);
    QCOMPARE(limit.limit(), 2);
    QCOMPARE(limit.stallLevel(), 3);
    // The same on a roomy server at its cap: a busy machine must not ratchet the limit down.
    ConcurrencyLimit roomy(6);
    Simulator(&roomy, {8, 3000, false}).run(1000);
    QCOMPARE(roomy.limit(), 6);
    for (int i = 0; i < 5; ++i)
        roomy.stalled(6 - i % 2);
    QCOMPARE(roomy.limit(), 6);
    QCOMPARE(roomy.stallLevel(), 0);
    // A level that never ran long enough is the server's limit at once.
    ConcurrencyLimit fresh(6);
    fresh.stalled(2);
    QCOMPARE(fresh.stallLevel(), 2);
}

void TestConcurrencyLimit::backsOffWhenTheServerSlowsDown()
{
    ConcurrencyLimit limit(6);
    // A roomy server that, after 500 answers, gets five times slower per request and serves only
    // two at a time (another client took the rest).
    const Run run = Simulator(&limit, {8, 3000, false}).run(3000, [](int answered, Shape *shape) {
        if (answered == 500) {
            shape->serviceUs = 15000;
            shape->workers = 2;
        }
    });
    QCOMPARE(run.limits.at(450), 6);
    QVERIFY2(limit.limit() <= 3, qPrintable(limit.describe()));
    QVERIFY(limit.changes() > 5);
}

void TestConcurrencyLimit::probesAgainWhenTheServerGrows()
{
    ConcurrencyLimit limit(6);
    // Two workers at first; after 300 answers the server has eight (scaled out, or another client
    // stopped).
    const Run run = Simulator(&limit, {2, 3000, false}).run(6000, [](int answered, Shape *shape) {
        if (answered == 300)
            shape->workers = 8;
    });
    QCOMPARE(run.limits.at(250), 2);
    QCOMPARE(limit.limit(), 6);
}

void TestConcurrencyLimit::stallThresholdFollowsLatency()
{
    ConcurrencyLimit limit(6);
    QCOMPARE(limit.stallAfterUs(), qint64(-1)); // nothing measured: nothing is a stall...
    QCOMPARE(limit.suspectAfterUs(), ConcurrencyLimit::UnmeasuredSuspectUs); // ...but a hang is suspect
    for (int i = 0; i <= 14; ++i) // two warm-up answers, then one window: 12 intervals at level 1
        limit.completed(qint64(i) * 3000, 3000);
    QCOMPARE(limit.stallAfterUs(), ConcurrencyLimit::MinStallUs); // 10 x 3 ms is below the floor
    QCOMPARE(limit.suspectAfterUs(), qint64(-1));                 // measured: the stall check's business
    ConcurrencyLimit slow(1);                                     // cap 1: windows keep closing at level 1
    for (int i = 0; i <= 14; ++i)
        slow.completed(qint64(i) * 40000, 40000);
    QCOMPARE(slow.stallAfterUs(), qint64(400000));
    ConcurrencyLimit fixed(6);
    fixed.setAdaptive(false); // a fixed limit takes nothing back
    QCOMPARE(fixed.suspectAfterUs(), qint64(-1));
    QCOMPARE(fixed.stallAfterUs(), qint64(-1));
}

void TestConcurrencyLimit::resetStartsOver()
{
    ConcurrencyLimit limit(6);
    Simulator(&limit, {2, 3000, true}).run(500);
    QCOMPARE(limit.stallLevel(), 3);
    limit.reset();
    QCOMPARE(limit.limit(), 1);
    QCOMPARE(limit.stallLevel(), 0);
    QCOMPARE(limit.stallAfterUs(), qint64(-1));
    Simulator(&limit, {8, 3000, false}).run(400);
    QCOMPARE(limit.limit(), 6);
}

void TestConcurrencyLimit::theTailOfAQueueDoesNotCount()
{
    ConcurrencyLimit limit(6);
    Simulator(&limit, {8, 3000, false}).run(400);
    QCOMPARE(limit.limit(), 6);
    // Half a window, then the queue runs dry for a minute: the next load's first answers must not be
    // measured against answers from before the pause (that would read as a collapse).
    for (int i = 0; i < 5; ++i)
        limit.completed(1000000 + qint64(i) * 500, 3000);
    limit.discardWindow();
    // ...whose first answers are slower (fresh connections, a cold server cache).
    for (int i = 0; i < 40; ++i)
        limit.completed(61000000 + qint64(i) * 500, 7000);
    QCOMPARE(limit.limit(), 6);
}

QTEST_APPLESS_MAIN(TestConcurrencyLimit)
#include "tst_concurrencylimit.moc"
