// Adaptive concurrency (issue 11) against real Placements of the shapes that break a fixed
// parallelism: uwsgi with one or two single-threaded workers and keep-alive, where every connection
// beyond the workers waits for another connection's keep-alive timeout (4 s), and a
// connection-closing server. A load must find the server's level, never leave a request waiting for
// that timeout, and a submit after it must start at that level. The figures (rates against bare
// bursts) are bench_load --shapes; this checks the decisions.
#include "api/concurrencylimit.h"
#include "api/placementclient.h"
#include "api/requestqueue.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/providerloader.h"
#include "membership/submitter.h"
#include "support/placementserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const int TimeoutMs = 120000;
// uwsgi's keep-alive timeout is 4 s: a request that waited for it took at least that long.
const qint64 KeepAliveWaitMs = 3500;
} // namespace

class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadFindsTheServersLevel_data();
    void loadFindsTheServersLevel();
    void aFixedParallelismWaitsForKeepAlive();
};

void TestAdaptiveConcurrency::initTestCase()
{
    qRegisterMetaType<LoadSummary>();
    qRegisterMetaType<ApiError>();
}

void TestAdaptiveConcurrency::loadFindsTheServersLevel_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("most");
    QTest::newRow("1x1 keep-alive") << 1 << true << 1;
    QTest::newRow("2x1 keep-alive") << 2 << true << 2;
    QTest::newRow("2x1 closing") << 2 << false << 6;
}

void TestAdaptiveConcurrency::loadFindsTheServersLevel()
{
    QFETCH(int, processes);
    QFETCH(bool, keepAlive);
    QFETCH(int, most);
    PlacementServer server;
    server.setProcessCount(processes);
    server.setThreadsPerProcess(1);
    server.setKeepAlive(keepAlive);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QStringList pool{PlacementServer::newUuid(), PlacementServer::newUuid(),
                           PlacementServer::newUuid()};
    const int count = 160;
    const QStringList providers = server.seedProvidersDirect(count, pool, 2, &error);
    QVERIFY2(providers.size() == count, qPrintable(error));

    QNetworkAccessManager network;
    PlacementClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setToken("admin");
    MembershipStore store;
    ProviderLoader loader(&client, &store);
    QSignalSpy finished(&loader, &ProviderLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, TimeoutMs);
    const LoadSummary summary = finished.at(0).at(0).value<LoadSummary>();
    QCOMPARE(summary.loaded, count);
    QCOMPARE(summary.failed, 0);
    const ConcurrencyLimit &limit = *client.concurrency();
    const QString state = QStringLiteral("%1; %2 stalled; longest request %3 ms")
                              .arg(limit.describe())
                              .arg(summary.stalls)
                              .arg(summary.longestRequestMs);
    qInfo("%s", qPrintable(state));
    // Never more in flight than the workers can serve at once over kept-alive connections...
    QVERIFY2(limit.limit() <= most, qPrintable(state));
    QCOMPARE(summary.parallelism, limit.limit());
    // ...and a request that landed on an unserved connection was taken back long before the
    // keep-alive timeout would have freed it.
    QVERIFY2(summary.longestRequestMs < KeepAliveWaitMs, qPrintable(state));
    if (!keepAlive) {
        // A closing server queues requests; none is stuck. On a busy machine its unfair accept()
        // can still keep one waiting while 8 others are served (seen once in CI): at most one such
        // false stall, and only a stall may keep the limit below the two workers.
        QVERIFY2(summary.stalls <= 1, qPrintable(state));
        QVERIFY2(limit.limit() >= 2 || summary.stalls == 1, qPrintable(state));
    }

    // A submit on the same client starts at the load's level.
    ConflictResolver resolver;
    Submitter submitter(&client, &store, &resolver);
    const int before = limit.limit();
    const QString added = PlacementServer::newUuid();
    store.addAggregate(added);
    for (int i = 0; i < 20; ++i)
        store.applyEdits(store.rowOf(providers.at(i)), {added}, {});
    QSignalSpy submitted(&submitter, &Submitter::finished);
    QVERIFY(submitter.start(false));
    QTRY_COMPARE_WITH_TIMEOUT(int(submitted.size()), 1, TimeoutMs);
    QCOMPARE(store.pendingProviderCount(), 0);
    QVERIFY2(limit.limit() <= std::max(before, most), qPrintable(limit.describe()));
    for (int i = 0; i < 20; ++i)
        QVERIFY(server.aggregates(providers.at(i)).contains(added));
}

void TestAdaptiveConcurrency::aFixedParallelismWaitsForKeepAlive()
{
    // The defect the limiter answers, shown on the same server: six fixed connections to two
    // single-threaded workers leave some request waiting for a keep-alive timeout. If this ever
    // stops failing, uwsgi changed and the shapes above need a new look.
    PlacementServer server;
    server.setProcessCount(2);
    server.setThreadsPerProcess(1);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QStringList pool{PlacementServer::newUuid()};
    const QStringList providers = server.seedProvidersDirect(60, pool, 1, &error);
    QVERIFY2(providers.size() == 60, qPrintable(error));

    QNetworkAccessManager network;
    PlacementClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setToken("admin");
    client.concurrency()->setAdaptive(false);
    MembershipStore store;
    ProviderLoader loader(&client, &store);
    QSignalSpy finished(&loader, &ProviderLoader::finished);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, TimeoutMs);
    const LoadSummary summary = finished.at(0).at(0).value<LoadSummary>();
    QCOMPARE(summary.loaded, 60);
    QCOMPARE(summary.parallelism, RequestQueue::defaultParallelism());
    QVERIFY2(summary.longestRequestMs >= KeepAliveWaitMs,
             qPrintable(QString::number(summary.longestRequestMs)));
}

QTEST_MAIN(TestAdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
