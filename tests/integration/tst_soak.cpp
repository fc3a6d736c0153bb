// The short version of the concurrent-writer soak (tests/benchmarks/soak_concurrent): the app's
// Submitter, always merging, against a real Placement while other writers change the same providers.
// No update may be lost. The full run (>= 1,000 edits) is the program.
#include "benchmarks/soakrun.h"
#include "support/placementserver.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inProcessWritersLoseNothing();
    void checkNoticesOverwrittenChanges();
    void cliWriterLosesNothing();

private:
    static SoakOptions shortOptions();
    static QString describe(const SoakResult &result);

    PlacementServer m_server;
};

void TestSoak::initTestCase()
{
    // The app logs every automatic resend; a soak makes dozens.
    QLoggingCategory::setFilterRules(QStringLiteral("placementdesk.*.info=false"));
    // Connections: the app's six, one per other writer and the helpers' own.
    m_server.setThreadsPerProcess(8);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSoak::cleanupTestCase()
{
    m_server.stop();
}

SoakOptions TestSoak::shortOptions()
{
    SoakOptions options;
    options.edits = 60;
    options.providers = 6;
    options.seed = 8;
    options.pauseMs = 60;
    options.moverIntervalMs = 60;
    options.writerIntervalMs = 150;
    options.reloadEvery = 8;
    options.timeLimitSeconds = 20;
    return options;
}

QString TestSoak::describe(const SoakResult &result)
{
    return result.report().join(QLatin1Char('\n'));
}

void TestSoak::inProcessWritersLoseNothing()
{
    // Membership writes and generation moves over HTTP, and 5 % of the app's PUTs failing with 500
    // (half of them applied, the answer lost), so merges, resends and retries all happen.
    SoakOptions options = shortOptions();
    options.faultPercent = 5;
    const SoakResult result = runSoak(options, &m_server);
    qInfo().noquote() << describe(result);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.lostUpdates, 0);
    QVERIFY(result.edits >= options.edits);
    // The premises: the other writers really got in the app's way.
    QVERIFY2(result.conflicts > 0, "no membership conflict happened");
    QVERIFY2(result.silentResends > 0, "no generation-only move hit a submit");
    QVERIFY2(result.suspicious.isEmpty(), qPrintable(result.suspicious.join(QLatin1Char('\n'))));
}

void TestSoak::checkNoticesOverwrittenChanges()
{
    // The same run answering conflicts with Overwrite undoes the other writer's changes: the check
    // must count them as lost, or a passing soak would mean nothing.
    SoakOptions options = shortOptions();
    options.edits = 30;
    options.seed = 9;
    options.resolution = QStringLiteral("overwrite");
    const SoakResult result = runSoak(options, &m_server);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    if (result.conflicts == 0)
        QSKIP("no conflict happened in this run, so nothing could be overwritten");
    QVERIFY2(result.lostUpdates > 0, qPrintable(describe(result)));
}

void TestSoak::cliWriterLosesNothing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openstack")).isEmpty())
        QSKIP("openstack CLI not installed (Debian: python3-osc-placement; scripts/setup installs it)");
    // A handful of real `openstack resource provider aggregate set --generation` writes in between
    // the app's submits, plus the generation mover. Each CLI step is a python start-up, so the app
    // edits slowly here: every write to a provider between the CLI's read and its write makes the
    // CLI's write fail with 409.
    SoakOptions options = shortOptions();
    options.edits = 30;
    options.seed = 10;
    options.providers = 8;
    options.cli = true;
    options.cliWriters = 2;
    options.httpWriter = false;
    options.minCliWrites = 2;
    options.maxEditsPerRound = 2;
    options.pauseMs = 600;
    options.moverIntervalMs = 3000;
    options.timeLimitSeconds = 16;
    const SoakResult result = runSoak(options, &m_server);
    qInfo().noquote() << describe(result);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.lostUpdates, 0);
    // 409s only mean the CLI lost its races; errors mean it could not talk to Placement at all.
    QVERIFY2(result.cliWrites > 0 || result.cliErrors == 0, qPrintable(describe(result)));
    if (result.cliWrites == 0)
        qWarning("no CLI write landed in time (each one refused with 409): the CLI part checked nothing");
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
