// The session engine's flows, headless: against a REAL Placement (connect, reload, submit and
// continue, the journal offer, a cloud profile without Keystone) and with the fake network layer
// for what a real server cannot do on demand (a redirect to another host, a hang).
#include "api/placementclient.h"
#include "api/requestlog.h"
#include "auth/connectionprofile.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "session/desksession.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fakepayloadreply.h"
#include "support/placementserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace {

const QString AggregateA = QStringLiteral("a99a0000-0000-4000-8000-00000000000a");
const QString AggregateB = QStringLiteral("a99a0000-0000-4000-8000-00000000000b");

} // namespace

class TestDeskSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void connectLoadsAndOffersNoJournal();
    void reloadNeedsAConnection();
    void submitThenReloadContinues();
    void submitThenCloseContinuesOnlyWhenApplied();
    void journalIsOfferedAndRestored();
    void declinedJournalIsSetAside();
    void cloudProfileWithoutKeystoneLoads();
    void endCloudSessionForgetsToken();
    void redirectIsNotFollowedToAnotherHost();
    void listedEntriesWithoutAUsableUuidAreNotShown();
    void secondInstanceIsTold();
    void cancelStopsAHangingLoad();
    void warmStartShowsTheCacheThenVerifies();
    void unusableCacheIsNotedAndIgnored();
    void noCacheNeitherReadsNorWrites();
    void requestLogHasEveryRequest();

private:
    bool load(DeskSession *session);
    QString journalDirectory() const;

    PlacementServer m_server;
    QString m_one;
    QString m_two;
};

void TestDeskSession::initTestCase()
{
    qRegisterMetaType<LoadSummary>();
    qRegisterMetaType<SubmitSummary>();
    qRegisterMetaType<ApiError>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desksession"));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_one = m_server.createProvider(QStringLiteral("session-01"));
    m_two = m_server.createProvider(QStringLiteral("session-02"));
    QVERIFY(!m_one.isEmpty() && !m_two.isEmpty());
}

void TestDeskSession::init()
{
    QVERIFY(m_server.setAggregates(m_one, {AggregateA}));
    QVERIFY(m_server.setAggregates(m_two, {}));
    // No journal from an earlier test function.
    EditJournal scratch(nullptr);
    QDir(scratch.directory()).removeRecursively();
    QDir(ProviderCache::defaultDirectory()).removeRecursively(); // no warm start from an earlier test
}

bool TestDeskSession::load(DeskSession *session)
{
    QSignalSpy handled(session, &DeskSession::journalHandled);
    QSignalSpy failed(session, &DeskSession::loadFailed);
    session->connectToEndpoint(m_server.baseUrl(), "admin");
    return QTest::qWaitFor([&] { return !handled.isEmpty() || !failed.isEmpty(); }, 30000) &&
           failed.isEmpty();
}

void TestDeskSession::connectLoadsAndOffersNoJournal()
{
    DeskSession session;
    QVERIFY(!session.hasConnected());
    QSignalSpy states(&session, &DeskSession::stateChanged);
    QSignalSpy versions(&session, &DeskSession::versionNegotiated);
    QSignalSpy finished(&session, &DeskSession::loadFinished);
    QSignalSpy found(&session, &DeskSession::journalFound);
    QVERIFY(load(&session));
    QVERIFY(session.hasConnected());
    QCOMPARE(session.state(), DeskSession::State::Idle);
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.first().first().value<DeskSession::State>(), DeskSession::State::Loading);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(found.isEmpty());
    QVERIFY(session.editJournal()->isRecording());
    QVERIFY(session.store()->rowOf(m_one) >= 0);
    QVERIFY(session.store()->isMember(session.store()->rowOf(m_one), session.store()->columnOf(AggregateA)));
    QVERIFY(session.securityWarnings().isEmpty()); // http:// to loopback is not a warning
}

void TestDeskSession::reloadNeedsAConnection()
{
    DeskSession session;
    QVERIFY(!session.reload());
    QVERIFY(load(&session));
    QSignalSpy finished(&session, &DeskSession::loadFinished);
    QVERIFY(session.reload());
    QVERIFY(finished.wait(30000));
}

void TestDeskSession::submitThenReloadContinues()
{
    DeskSession session;
    QVERIFY(load(&session));
    MembershipStore *store = session.store();
    const int column = store->addAggregate(AggregateB);
    QVERIFY(store->setWantsMember(store->rowOf(m_two), column, true));
    QSignalSpy submitted(&session, &DeskSession::submitFinished);
    QSignalSpy reloaded(&session, &DeskSession::loadFinished);
    QSignalSpy continued(&session, &DeskSession::continueAfterSubmit);
    QVERIFY(session.submit(false, DeskSession::AfterSubmit::Reload));
    QCOMPARE(session.state(), DeskSession::State::Submitting);
    QVERIFY(!session.submit()); // one at a time
    QVERIFY(submitted.wait(30000));
    QCOMPARE(submitted.first().first().value<SubmitSummary>().applied, 1);
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(continued.size(), 1);
    QCOMPARE(continued.first().first().value<DeskSession::AfterSubmit>(), DeskSession::AfterSubmit::Reload);
    QCOMPARE(m_server.aggregates(m_two), QStringList{AggregateB});
}

void TestDeskSession::submitThenCloseContinuesOnlyWhenApplied()
{
    DeskSession session;
    QVERIFY(load(&session));
    MembershipStore *store = session.store();
    const int column = store->addAggregate(AggregateB);
    QVERIFY(store->setWantsMember(store->rowOf(m_one), column, true));
    // The server fails the PUT: the edit stays pending, so the close must not go on.
    m_server.kill();
    QSignalSpy submitted(&session, &DeskSession::submitFinished);
    QSignalSpy continued(&session, &DeskSession::continueAfterSubmit);
    QVERIFY(session.submit(false, DeskSession::AfterSubmit::Close));
    QVERIFY(submitted.wait(60000));
    QCoreApplication::processEvents();
    QVERIFY(continued.isEmpty());
    QCOMPARE(store->pendingEditCount(), 1);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));

    QVERIFY(session.submit(false, DeskSession::AfterSubmit::Close));
    QVERIFY(continued.wait(30000));
    QCOMPARE(continued.first().first().value<DeskSession::AfterSubmit>(), DeskSession::AfterSubmit::Close);
    QCOMPARE(store->pendingEditCount(), 0);
}

void TestDeskSession::journalIsOfferedAndRestored()
{
    {
        DeskSession first;
        QVERIFY(load(&first));
        MembershipStore *store = first.store();
        const int column = store->addAggregate(AggregateB);
        QVERIFY(store->setWantsMember(store->rowOf(m_two), column, true));
        first.flushJournal();
    } // destroyed with the edit unsubmitted: it waits in the journal

    DeskSession second;
    QSignalSpy found(&second, &DeskSession::journalFound);
    QSignalSpy handled(&second, &DeskSession::journalHandled);
    second.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(found.wait(30000));
    QVERIFY(handled.isEmpty()); // waits for the answer
    QVERIFY(!second.editJournal()->isRecording());
    QCOMPARE(found.first().at(1).toInt(), 1);
    const auto entries = found.first().first().value<QList<JournalEntry>>();
    const JournalRestoreReport report = second.restoreJournal(entries);
    QCOMPARE(report.restored, 1);
    QCOMPARE(handled.size(), 1);
    QVERIFY(second.editJournal()->isRecording());
    QCOMPARE(second.store()->pendingEditCount(), 1);
    QVERIFY(DeskSession::restoreReportText(report).contains(QLatin1String("1 provider")));
}

void TestDeskSession::declinedJournalIsSetAside()
{
    {
        DeskSession first;
        QVERIFY(load(&first));
        MembershipStore *store = first.store();
        QVERIFY(store->setWantsMember(store->rowOf(m_one), store->columnOf(AggregateA), false));
        first.flushJournal();
    }
    DeskSession second;
    QSignalSpy found(&second, &DeskSession::journalFound);
    second.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(found.wait(30000));
    second.declineJournal();
    QVERIFY(!second.editJournal()->hasSavedEdits());
    QCOMPARE(second.store()->pendingEditCount(), 0);
    // The declined edits are kept aside, not deleted.
    QVERIFY(!QDir(second.editJournal()->directory())
                 .entryList({QStringLiteral("*declined*")}, QDir::Files)
                 .isEmpty());
}

void TestDeskSession::cloudProfileWithoutKeystoneLoads()
{
    ConnectionProfile profile;
    profile.cloudName = QStringLiteral("lab");
    profile.authType = ConnectionProfile::AuthType::AdminToken;
    profile.token = QStringLiteral("admin");
    profile.endpoint = m_server.baseUrl();
    DeskSession session;
    QSignalSpy started(&session, &DeskSession::signInStarted);
    QSignalSpy signedIn(&session, &DeskSession::signedIn);
    QSignalSpy handled(&session, &DeskSession::journalHandled);
    session.connectToCloud(profile);
    QVERIFY(session.hasCloudSession());
    QCOMPARE(session.cloudName(), QStringLiteral("lab"));
    QCOMPARE(started.size(), 1);
    QVERIFY(handled.wait(30000));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.first().first().toUrl(), m_server.baseUrl());
    QVERIFY(session.store()->rowOf(m_one) >= 0);
    // A reload goes through the session, without signing in again.
    QSignalSpy reloaded(&session, &DeskSession::loadFinished);
    QVERIFY(session.reload());
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(started.size(), 1);
}

void TestDeskSession::endCloudSessionForgetsToken()
{
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::AdminToken;
    profile.token = QStringLiteral("admin");
    profile.endpoint = m_server.baseUrl();
    profile.placementApiVersion = QStringLiteral("1.18");
    profile.tls.verify = false;
    DeskSession session;
    QSignalSpy handled(&session, &DeskSession::journalHandled);
    session.connectToCloud(profile);
    QVERIFY(handled.wait(30000));
    QCOMPARE(session.client()->token(), QByteArray("admin"));
    QCOMPARE(session.client()->microversion(), Microversion(1, 18)); // the profile's cap
    QSignalSpy changed(&session, &DeskSession::connectionChanged);
    session.endCloudSession();
    QVERIFY(!session.hasCloudSession());
    QVERIFY(session.client()->token().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.cloudName().isEmpty());
    // Issue 8.8: neither the cap nor the TLS settings outlive the cloud session.
    QVERIFY(!session.client()->maximumMicroversion().isValid());
    QVERIFY(!session.client()->microversion().isValid());
    QCOMPARE(session.client()->sslConfiguration().peerVerifyMode(),
             QSslConfiguration::defaultConfiguration().peerVerifyMode());
    QSignalSpy plain(&session, &DeskSession::journalHandled);
    session.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(plain.wait(30000));
    QVERIFY(session.client()->microversion() > Microversion(1, 18));
}

void TestDeskSession::redirectIsNotFollowedToAnotherHost()
{
    FakeNetworkAccessManager nam;
    nam.setPassThroughEnabled(false);
    nam.setHandler([&](auto op, const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (request.url().host() == QLatin1String("placement.example"))
            return new FakePayloadReply(op, request, 307, {},
                                        {{"Location", "http://elsewhere.example/resource_providers"}}, &nam);
        return new FakePayloadReply(op, request, 200, "{}", {}, &nam);
    });
    DeskSession session(&nam);
    QSignalSpy failed(&session, &DeskSession::loadFailed);
    session.connectToEndpoint(QUrl(QStringLiteral("http://placement.example")), "secret-token");
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY2(error.summary().contains(QLatin1String("elsewhere.example")), qPrintable(error.summary()));
    QVERIFY(!error.summary().contains(QLatin1String("secret-token")));
    for (const auto &request : nam.requests())
        QCOMPARE(request.url.host(), QStringLiteral("placement.example"));
}

void TestDeskSession::listedEntriesWithoutAUsableUuidAreNotShown()
{
    // The real server answers everything but the listing, which a broken proxy garbles: a provider
    // twice (once in upper case) and one entry whose "uuid" is no UUID.
    FakeNetworkAccessManager nam;
    nam.setHandler([&](auto op, const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (!request.url().path().endsWith(QLatin1String("/resource_providers")))
            return nullptr;
        const QByteArray body = QStringLiteral(R"({"resource_providers": [
            {"uuid": "%1", "name": "one", "generation": 1},
            {"uuid": "%2", "name": "one again", "generation": 1},
            {"uuid": "../../etc", "name": "evil", "generation": 1}]})")
                                    .arg(m_one, m_one.toUpper())
                                    .toUtf8();
        return FakePayloadReply::json(op, request, 200, body, &nam);
    });
    DeskSession session(&nam);
    QSignalSpy finished(&session, &DeskSession::loadFinished);
    QSignalSpy notice(&session, &DeskSession::notice);
    session.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(finished.wait(30000));
    const LoadSummary summary = finished.first().first().value<LoadSummary>();
    QCOMPARE(summary.providers, 1);
    QCOMPARE(summary.rejected, (QStringList{m_one.toUpper(), QStringLiteral("../../etc")}));
    QCOMPARE(session.store()->providerCount(), 1);
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QLatin1String("2 entr")));
    for (const auto &request : nam.requests())
        QVERIFY2(!request.url.path().contains(QLatin1String("etc")), qPrintable(request.url.path()));
}

void TestDeskSession::secondInstanceIsTold()
{
    // Two sessions on one endpoint in one process: the second one's journal is its own, and it says so.
    DeskSession first;
    QSignalSpy firstLoaded(&first, &DeskSession::journalHandled);
    first.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(firstLoaded.wait(30000));
    DeskSession second;
    QSignalSpy notice(&second, &DeskSession::notice);
    QSignalSpy secondLoaded(&second, &DeskSession::journalHandled);
    second.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(secondLoaded.wait(30000));
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QLatin1String("Another Placement Desk window")));
    QVERIFY(second.editJournal()->filePath() != first.editJournal()->filePath());
}

void TestDeskSession::cancelStopsAHangingLoad()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([&](auto op, const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (request.url().path().endsWith(QLatin1String("/aggregates")))
            return new FakeHangingReply(op, request, &nam);
        return nullptr; // the real server answers discovery and the listing
    });
    DeskSession session(&nam);
    QSignalSpy finished(&session, &DeskSession::loadFinished);
    session.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(QTest::qWaitFor([&] { return !nam.requestsTo(QStringLiteral("/aggregates")).isEmpty(); }, 30000));
    QCOMPARE(session.state(), DeskSession::State::Loading);
    session.cancel();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
    QVERIFY(finished.first().first().value<LoadSummary>().canceled);
    QCOMPARE(session.state(), DeskSession::State::Idle);
}

void TestDeskSession::warmStartShowsTheCacheThenVerifies()
{
    {
        DeskSession first;
        QVERIFY(load(&first));
        first.providerCache()->waitForWrites();
        QVERIFY(first.providerCache()->exists());
    }
    // Someone changes a provider while no window is open.
    QVERIFY(m_server.setAggregates(m_two, {AggregateB}));

    DeskSession session;
    QSignalSpy shown(&session, &DeskSession::cacheShown);
    QSignalSpy finished(&session, &DeskSession::loadFinished);
    bool cachedWhenShown = false;
    bool refusedWhenShown = false;
    connect(&session, &DeskSession::cacheShown, this, [&](int providers, const QDateTime &savedAt) {
        MembershipStore *store = session.store();
        const int one = store->rowOf(m_one);
        const int two = store->rowOf(m_two);
        cachedWhenShown = providers == store->providerCount() && one >= 0 && two >= 0 && savedAt.isValid() &&
                          store->countInState(ProviderRecord::State::Cached) == store->providerCount() &&
                          store->isMember(one, store->columnOf(AggregateA)) &&
                          store->aggregatesOf(two).isEmpty(); // the cache's, not yet the server's
        refusedWhenShown = session.state() == DeskSession::State::Loading && !store->isEditable(one) &&
                           !store->setWantsMember(one, store->columnOf(AggregateA), false) &&
                           !session.submit();
    });
    session.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(session.providerCache()->isReading()); // off the caller's thread
    QCOMPARE(session.state(), DeskSession::State::Loading);
    QVERIFY(finished.wait(30000));
    QCOMPARE(shown.size(), 1);
    QVERIFY(cachedWhenShown);
    QVERIFY(refusedWhenShown);
    const LoadSummary summary = finished.first().first().value<LoadSummary>();
    QVERIFY(summary.incremental);
    QCOMPARE(summary.unverified, 0);
    MembershipStore *store = session.store();
    QCOMPARE(store->countInState(ProviderRecord::State::Cached), 0);
    QCOMPARE(store->aggregatesOf(store->rowOf(m_two)), QStringList{AggregateB}); // the server's now
    QVERIFY(store->isEditable(store->rowOf(m_one)));

    // A cancel while the cache is still being read ends the load at once; nothing is shown.
    session.providerCache()->waitForWrites();
    DeskSession canceled;
    QSignalSpy canceledFinished(&canceled, &DeskSession::loadFinished);
    QSignalSpy canceledShown(&canceled, &DeskSession::cacheShown);
    canceled.connectToEndpoint(m_server.baseUrl(), "admin");
    QVERIFY(canceled.providerCache()->isReading());
    canceled.cancel();
    QCOMPARE(canceledFinished.size(), 1);
    QVERIFY(canceledFinished.first().first().value<LoadSummary>().canceled);
    QCOMPARE(canceled.state(), DeskSession::State::Idle);
    QTest::qWait(200);
    QCOMPARE(canceledShown.size(), 0);
    QCOMPARE(canceled.store()->providerCount(), 0);
}

void TestDeskSession::unusableCacheIsNotedAndIgnored()
{
    ProviderCache probe;
    probe.setEndpoint(m_server.baseUrl());
    QVERIFY(QDir().mkpath(probe.directory()));
    QFile file(probe.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"placement-desk-provider-cache\", \"version\": 1, \"providers\": 7}");
    file.close();
    QFile::setPermissions(probe.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    DeskSession session;
    QSignalSpy shown(&session, &DeskSession::cacheShown);
    QSignalSpy notices(&session, &DeskSession::notice);
    QVERIFY(load(&session));
    QCOMPARE(shown.size(), 0);
    QVERIFY(!notices.isEmpty());
    QVERIFY2(notices.first().first().toString().contains(QLatin1String("cache was not used")),
             qPrintable(notices.first().first().toString()));
    QVERIFY(session.store()->rowOf(m_one) >= 0);
    // The complete load replaced the bad file with a good one.
    session.providerCache()->waitForWrites();
    QSignalSpy read(&probe, &ProviderCache::readFinished);
    probe.read();
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).toString(), QString());
    QCOMPARE(int(read.first().at(0).value<ProviderCacheData>().rows.size()),
             session.store()->providerCount());
}

void TestDeskSession::noCacheNeitherReadsNorWrites()
{
    DeskSession session;
    session.setCacheEnabled(false);
    QVERIFY(load(&session));
    session.providerCache()->waitForWrites();
    QVERIFY(!session.providerCache()->exists());
    {
        DeskSession writer;
        QVERIFY(load(&writer));
        writer.providerCache()->waitForWrites();
    }
    DeskSession reader;
    reader.setCacheEnabled(false);
    QSignalSpy shown(&reader, &DeskSession::cacheShown);
    QVERIFY(load(&reader));
    QCOMPARE(shown.size(), 0);
}

void TestDeskSession::requestLogHasEveryRequest()
{
    DeskSession session;
    QVERIFY(load(&session));
    MembershipStore *store = session.store();
    QVERIFY(store->setWantsMember(store->rowOf(m_two), store->addAggregate(AggregateB), true));
    QSignalSpy submitted(&session, &DeskSession::submitFinished);
    QVERIFY(session.submit());
    QVERIFY(submitted.wait(30000));

    const RequestLog *log = session.requestLog();
    QVERIFY(log);
    // Discovery, listing, one aggregate GET per provider, the PUT.
    const int providers = store->providerCount();
    QCOMPARE(log->count(), 2 + providers + 1);
    const RequestLogEntry &put = log->entry(log->count() - 1);
    QCOMPARE(put.service, QStringLiteral("Placement"));
    QCOMPARE(put.method, QStringLiteral("PUT"));
    QCOMPARE(put.status, 200);
    QCOMPARE(put.url.path(), QStringLiteral("/resource_providers/%1/aggregates").arg(m_two));
    QVERIFY2(put.microversion.startsWith(QLatin1String("placement 1.")), qPrintable(put.microversion));
    QVERIFY2(put.requestId.startsWith(QLatin1String("req-")), qPrintable(put.requestId)); // Placement's own
    QVERIFY(put.body.contains(AggregateB.toUtf8()));
    const RequestLogEntry &discovery = log->entry(0);
    QCOMPARE(discovery.url.path(), QStringLiteral("/"));
    QVERIFY(discovery.microversion.isEmpty()); // discovery asks for no version
    for (int i = 0; i < log->count(); ++i) {
        const QString curl = log->entry(i).curlCommand();
        QVERIFY2(!curl.contains(QLatin1String("admin")), qPrintable(curl)); // the token is $OS_TOKEN
    }
}

QTEST_GUILESS_MAIN(TestDeskSession)
#include "tst_desksession.moc"
