// Self-test of the test-support library: the real-Placement fixture and the fake QNAM.
#include "support/fakeerrorreply.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fakepayloadreply.h"
#include "support/placementserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// Waits for a reply of any kind (real or fake) to finish.
bool waitFinished(QNetworkReply *reply, int msecs = 30000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(msecs);
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool portAcceptsConnections(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(1000);
}

// TCP connections this process holds open to 127.0.0.1:port (Linux /proc).
int establishedConnectionsTo(int port)
{
    QSet<QByteArray> inodes;
    QFile table(QStringLiteral("/proc/self/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray remote = "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st tx_queue:rx_queue tr:when retrnsmt uid timeout inode
        if (fields.size() > 9 && fields.at(2) == remote && fields.at(3) == "01")
            inodes.insert(fields.at(9));
    }
    int count = 0;
    const QFileInfoList fds = QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files);
    for (const QFileInfo &fd : fds) {
        const QString target = QFile::symLinkTarget(fd.filePath()); // "socket:[INODE]", made absolute
        const QString name = QFileInfo(target).fileName();
        if (name.startsWith(QLatin1String("socket:[")) && inodes.contains(name.mid(8).chopped(1).toLatin1()))
            ++count;
    }
    return count;
}

// Processes whose command line mentions the port: none may be left after stop()/kill().
QStringList processesUsingPort(int port)
{
    QStringList found;
    const QByteArray needle = "127.0.0.1:" + QByteArray::number(port);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray line = cmdline.readAll();
        line.replace('\0', ' ');
        if (line.contains(needle) || line.contains(QByteArray("--port " + QByteArray::number(port))))
            found.append(entry + QLatin1Char(' ') + QString::fromLocal8Bit(line));
    }
    return found;
}

const QString AggA = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString AggB = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString AggC = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QByteArray PayloadBody = R"({"aggregates":[],"resource_provider_generation":7})";

} // namespace

class TestPlacementServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Real server.
    void rootShowsVersionDocument();
    void aggregatesRoundTrip();
    void bumpGenerationKeepsAggregates();
    void childProviderAndDelete();
    void restartKeepsDataAndPort();
    void killThenStart();
    void killDuringRequest();
    void seedProviders();
    void seedProvidersDirect();
    void helpersReleaseConnections();
    void concurrentWritesDoNotFail();
    void seedThroughput();
    void wsgirefFallback();
    void httpErrorsMatchFakeReplies();

    // Fake network layer.
    void payloadReply();
    void payloadReplyChunked();
    void placementErrorReply();
    void garbageReply();
    void hangingReplyAbort();
    void hangingReplyTransferTimeout();
    void hangingReplyManagerTransferTimeout();
    void transferTimeoutMatchesRealQnam();
    void errorReply();
    void errorReplyAfterPartialBody();
    void fallThroughToRealServer();
    void passThroughDisabled();

private:
    std::unique_ptr<PlacementServer> m_server;
};

void TestPlacementServer::initTestCase()
{
    m_server = std::make_unique<PlacementServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->port() > 0);
    qInfo("db sync %lld ms, server start %lld ms", m_server->dbSyncMsecs(), m_server->startupMsecs());
}

void TestPlacementServer::cleanupTestCase()
{
    const int port = m_server->port();
    m_server.reset();
    QVERIFY(!portAcceptsConnections(port));
    QVERIFY2(processesUsingPort(port).isEmpty(),
             qPrintable(processesUsingPort(port).join(QLatin1Char('\n'))));
}

void TestPlacementServer::rootShowsVersionDocument()
{
    const auto response = m_server->request("GET", QStringLiteral("/"), {}, {}, {});
    QCOMPARE(response.status, 200);
    const QJsonObject version = response.json().value(QLatin1String("versions")).toArray().first().toObject();
    QCOMPARE(version.value(QLatin1String("max_version")).toString(), QStringLiteral("1.39"));
    QCOMPARE(version.value(QLatin1String("min_version")).toString(), QStringLiteral("1.0"));
    // Without a microversion header the server answers at 1.0.
    QCOMPARE(response.header("openstack-api-version"), QByteArray("placement 1.0"));
    // Keep-alive: uwsgi must be the HTTP/1.1 flavour.
    QCOMPARE(m_server->backend(), PlacementServer::Backend::Uwsgi);
}

void TestPlacementServer::aggregatesRoundTrip()
{
    const QString uuid = m_server->createProvider(QStringLiteral("round-trip"));
    QVERIFY2(!uuid.isEmpty(), qPrintable(m_server->lastError()));
    int generation = -1;
    QCOMPARE(m_server->aggregates(uuid, &generation), QStringList());
    QCOMPARE(generation, 0);

    QVERIFY2(m_server->setAggregates(uuid, {AggB, AggA}), qPrintable(m_server->lastError()));
    // GET returns database order, not the order of the PUT: compare as sets.
    QStringList actual = m_server->aggregates(uuid, &generation);
    actual.sort();
    QCOMPARE(actual, QStringList({AggA, AggB}));
    QCOMPARE(generation, 1);
    QCOMPARE(m_server->providerGeneration(uuid), 1);

    QVERIFY(m_server->setAggregates(uuid, {AggC}));
    QCOMPARE(m_server->aggregates(uuid, &generation), QStringList({AggC}));
    QCOMPARE(generation, 2);

    // The generic request() speaks the raw API: a stale generation is a 409 with its code.
    const QByteArray stale = QJsonDocument(QJsonObject{{QStringLiteral("aggregates"), QJsonArray{AggA}},
                                                       {QStringLiteral("resource_provider_generation"), 0}})
                                 .toJson();
    const auto conflict =
        m_server->request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(uuid), stale);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("placement.concurrent_update"));

    // Non-admin tokens are refused by policy.
    const auto forbidden = m_server->request(
        "GET", QStringLiteral("/resource_providers/%1/aggregates").arg(uuid), {}, "user:project");
    QCOMPARE(forbidden.status, 403);
    // Helpers report failures as warnings (and in lastError()).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^aggregates\\(0{8}-.*HTTP 404")));
    QCOMPARE(m_server->aggregates(QStringLiteral("00000000-0000-4000-8000-000000000000"), &generation),
             QStringList());
    QCOMPARE(generation, -1);
}

void TestPlacementServer::bumpGenerationKeepsAggregates()
{
    const QString uuid = m_server->createProvider(QStringLiteral("bump"), PlacementServer::newUuid());
    QVERIFY(!uuid.isEmpty());
    QVERIFY(m_server->setAggregates(uuid, {AggA}));
    const int before = m_server->providerGeneration(uuid);
    QVERIFY(m_server->bumpGeneration(uuid));
    QVERIFY(m_server->bumpGeneration(uuid));
    int generation = -1;
    QCOMPARE(m_server->aggregates(uuid, &generation), QStringList({AggA}));
    QCOMPARE(generation, before + 2);
    const auto inventory =
        m_server->request("GET", QStringLiteral("/resource_providers/%1/inventories/VCPU").arg(uuid));
    QCOMPARE(inventory.json().value(QLatin1String("total")).toInt(), 2);
}

void TestPlacementServer::childProviderAndDelete()
{
    const QString parent = m_server->createProvider(QStringLiteral("parent"));
    const QString child = m_server->createProvider(QStringLiteral("child"), {}, parent);
    QVERIFY(!child.isEmpty());
    const auto response = m_server->request("GET", QStringLiteral("/resource_providers/%1").arg(child));
    QCOMPARE(response.json().value(QLatin1String("parent_provider_uuid")).toString(), parent);
    QCOMPARE(response.json().value(QLatin1String("root_provider_uuid")).toString(), parent);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^deleteProvider.*HTTP 409")));
    QVERIFY(!m_server->deleteProvider(parent)); // it still has a child
    QVERIFY(m_server->lastError().contains(QLatin1String("cannot_delete_parent")));
    QVERIFY(m_server->deleteProvider(child));
    QVERIFY(m_server->deleteProvider(parent));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^providerGeneration.*HTTP 404")));
    QCOMPARE(m_server->providerGeneration(parent), -1);
}

void TestPlacementServer::restartKeepsDataAndPort()
{
    const QString uuid = m_server->createProvider(QStringLiteral("survives-restart"));
    QVERIFY(m_server->setAggregates(uuid, {AggB}));
    const int port = m_server->port();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    qInfo("restart took %lld ms", timer.elapsed());
    QCOMPARE(m_server->port(), port);
    QCOMPARE(m_server->aggregates(uuid), QStringList({AggB}));
}

void TestPlacementServer::killThenStart()
{
    const QString uuid = m_server->createProvider(QStringLiteral("survives-kill"));
    QVERIFY(!uuid.isEmpty());
    const int port = m_server->port();
    m_server->kill();
    QVERIFY(!m_server->isRunning());
    QVERIFY(!portAcceptsConnections(port));
    QVERIFY2(processesUsingPort(port).isEmpty(),
             qPrintable(processesUsingPort(port).join(QLatin1Char('\n'))));
    QCOMPARE(m_server->request("GET", QStringLiteral("/")).status, 0);

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->port(), port);
    QCOMPARE(m_server->providerGeneration(uuid), 0);
}

void TestPlacementServer::killDuringRequest()
{
    // A client with its own QNAM and a live keep-alive connection sees the server vanish.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/")));
    std::unique_ptr<QNetworkReply> warmUp(nam.get(request));
    QVERIFY(waitFinished(warmUp.get()));
    QCOMPARE(httpStatus(warmUp.get()), 200);

    m_server->kill();
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(reply->error() == QNetworkReply::ConnectionRefusedError ||
                 reply->error() == QNetworkReply::RemoteHostClosedError,
             qPrintable(reply->errorString()));

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    std::unique_ptr<QNetworkReply> again(nam.get(request));
    QVERIFY(waitFinished(again.get()));
    QCOMPARE(httpStatus(again.get()), 200);
}

void TestPlacementServer::seedProviders()
{
    const QStringList pool{AggA, AggB, AggC};
    QString error;
    const QStringList uuids = m_server->seedProviders(50, pool, 2, 8, &error);
    QVERIFY2(uuids.size() == 50, qPrintable(error));
    QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), 50);
    for (int i : {0, 1, 2, 17, 49}) {
        int generation = -1;
        QStringList actual = m_server->aggregates(uuids.at(i), &generation);
        QStringList expected = PlacementServer::seedAggregatesFor(i, pool, 2);
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(generation, 1);
    }
    // Other tests use AggA too: count only the seeded providers.
    int expectedMembers = 0;
    for (int i = 0; i < uuids.size(); ++i)
        expectedMembers += PlacementServer::seedAggregatesFor(i, pool, 2).contains(AggA) ? 1 : 0;
    QCOMPARE(expectedMembers, 33); // i % 3 == 0 or 2, for i < 50
    const auto members =
        m_server->request("GET", QStringLiteral("/resource_providers?member_of=%1").arg(AggA));
    const QJsonArray providers = members.json().value(QLatin1String("resource_providers")).toArray();
    int seededMembers = 0;
    for (const QJsonValue &provider : providers)
        seededMembers += uuids.contains(provider.toObject().value(QLatin1String("uuid")).toString()) ? 1 : 0;
    QCOMPARE(seededMembers, expectedMembers);
}

void TestPlacementServer::seedProvidersDirect()
{
    const QStringList pool{AggA, AggB, AggC, PlacementServer::newUuid()};
    QString error;
    const QStringList uuids = m_server->seedProvidersDirect(200, pool, 2, &error);
    QVERIFY2(uuids.size() == 200, qPrintable(error));
    // Through the API they look exactly like providers created through the API.
    for (int i : {0, 3, 199}) {
        int generation = -1;
        QStringList actual = m_server->aggregates(uuids.at(i), &generation);
        QStringList expected = PlacementServer::seedAggregatesFor(i, pool, 2);
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(generation, 1);
        const auto provider =
            m_server->request("GET", QStringLiteral("/resource_providers/%1").arg(uuids.at(i)));
        QCOMPARE(provider.json().value(QLatin1String("root_provider_uuid")).toString(), uuids.at(i));
    }
    const auto members =
        m_server->request("GET", QStringLiteral("/resource_providers?member_of=%1").arg(pool.constLast()));
    int seededMembers = 0;
    const QJsonArray providers = members.json().value(QLatin1String("resource_providers")).toArray();
    for (const QJsonValue &provider : providers)
        seededMembers += uuids.contains(provider.toObject().value(QLatin1String("uuid")).toString()) ? 1 : 0;
    QCOMPARE(seededMembers, 100); // pool index 3 is picked for i % 4 == 2 or 3
    // The API keeps working on them: the generation check and increment behave as usual.
    QVERIFY(m_server->setAggregates(uuids.constFirst(), {AggC}));
    QCOMPARE(m_server->providerGeneration(uuids.constFirst()), 2);
}

void TestPlacementServer::helpersReleaseConnections()
{
    // Seeding uses up to 6 keep-alive connections. Kept open, each would hold a uwsgi thread
    // until the 4 s idle timeout, and the code under test would stall behind them.
    QVERIFY(m_server->seedProviders(20, {AggA}, 1, 8).size() == 20);
    QCOMPARE(establishedConnectionsTo(m_server->port()), 0);
    QVERIFY(!m_server->aggregates(m_server->createProvider(QStringLiteral("idle"))).size());
    QCOMPARE(establishedConnectionsTo(m_server->port()), 0);

    // So 6 new connections (QNAM's limit per host) are all served at once.
    QNetworkAccessManager nam;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/resource_providers")));
        request.setRawHeader("X-Auth-Token", "admin");
        replies.emplace_back(nam.get(request));
    }
    for (const auto &reply : replies) {
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(httpStatus(reply.get()), 200);
    }
    QCOMPARE(establishedConnectionsTo(m_server->port()), 6);
}

void TestPlacementServer::concurrentWritesDoNotFail()
{
    // SQLite alone answers overlapping writes with 500 "database is locked"; the fixture must not.
    const QStringList uuids = m_server->seedProviders(24, {}, 0);
    QCOMPARE(uuids.size(), 24);
    QNetworkAccessManager nam;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (const QString &uuid : uuids) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() +
                                     QStringLiteral("/resource_providers/%1/aggregates").arg(uuid)));
        request.setRawHeader("X-Auth-Token", "admin");
        request.setRawHeader("OpenStack-API-Version", "placement 1.39");
        request.setRawHeader("Content-Type", "application/json");
        const QJsonObject body{{QStringLiteral("aggregates"), QJsonArray{AggA, AggB}},
                               {QStringLiteral("resource_provider_generation"), 0}};
        replies.emplace_back(nam.put(request, QJsonDocument(body).toJson()));
    }
    for (const auto &reply : replies) {
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(httpStatus(reply.get()) == 200, reply->readAll().constData());
    }
}

void TestPlacementServer::seedThroughput()
{
    // PD_SEED_COUNT=1000 [PD_SEED_PARALLEL=8] [PD_SEED_PROCESSES=2] [PD_SEED_DIRECT=1] runs a timed
    // seeding. Through the API, 10,000 providers outlast Qt Test's 5-minute limit per test function
    // on a busy machine: raise QTEST_FUNCTION_TIMEOUT (ms) or use PD_SEED_DIRECT=1.
    const int count = qEnvironmentVariableIntValue("PD_SEED_COUNT");
    if (count <= 0)
        QSKIP("set PD_SEED_COUNT to measure seeding throughput");
    const int parallel =
        qEnvironmentVariableIsSet("PD_SEED_PARALLEL") ? qEnvironmentVariableIntValue("PD_SEED_PARALLEL") : 8;
    const int processes = qEnvironmentVariableIsSet("PD_SEED_PROCESSES")
                              ? qEnvironmentVariableIntValue("PD_SEED_PROCESSES")
                              : 2;
    PlacementServer server;
    server.setProcessCount(processes);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QStringList pool;
    for (int i = 0; i < 20; ++i)
        pool.append(PlacementServer::newUuid());
    QElapsedTimer timer;
    timer.start();
    const bool direct = qEnvironmentVariableIntValue("PD_SEED_DIRECT") == 1;
    const QStringList uuids = direct ? server.seedProvidersDirect(count, pool, 3, &error)
                                     : server.seedProviders(count, pool, 3, parallel, &error);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(uuids.size() == count, qPrintable(error));
    qInfo("seeded %d providers in %lld ms = %.1f providers/s (processes %d, parallel %d, retries %d)", count,
          elapsed, count * 1000.0 / double(qMax<qint64>(1, elapsed)), processes, parallel,
          server.lastSeedRetries());
    timer.restart();
    const auto all = server.request("GET", QStringLiteral("/resource_providers"));
    QCOMPARE(all.json().value(QLatin1String("resource_providers")).toArray().size(), count);
    qInfo("GET /resource_providers with %d providers: %lld ms, %lld bytes", count, timer.elapsed(),
          qint64(all.body.size()));
}

void TestPlacementServer::wsgirefFallback()
{
    PlacementServer server;
    server.setBackend(PlacementServer::Backend::Wsgiref);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.backend(), PlacementServer::Backend::Wsgiref);
    const QString uuid = server.createProvider(QStringLiteral("wsgiref"));
    QVERIFY(server.setAggregates(uuid, {AggA}));
    QCOMPARE(server.aggregates(uuid), QStringList({AggA}));
    QCOMPARE(server.seedProviders(5, {AggA, AggB}, 1, 4).size(), 5);
    const int port = server.port();
    server.kill();
    QVERIFY(!portAcceptsConnections(port));
}

void TestPlacementServer::httpErrorsMatchFakeReplies()
{
    // What QNAM reports for real Placement errors must equal what FakePayloadReply reports.
    QNetworkAccessManager nam;
    const QString missing =
        QStringLiteral("/resource_providers/00000000-0000-4000-8000-000000000000/aggregates");
    const QString existing = QStringLiteral("/resource_providers/%1/aggregates")
                                 .arg(m_server->createProvider(QStringLiteral("errors")));
    struct Case
    {
        QByteArray verb;
        QString path;
        QByteArray token;
        QByteArray body;
        int status;
    };
    const QList<Case> cases{
        {"GET", missing, "admin", {}, 404},
        {"GET", missing, "user:project", {}, 403},
        {"GET", missing, {}, {}, 401},
        {"PUT", missing, "admin", "[]", 404}, // the provider is checked before the body
        {"PUT", existing, "admin", "not json", 400},
        {"PUT", existing, "admin", R"({"aggregates":[],"resource_provider_generation":99})", 409},
    };
    for (const Case &c : cases) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + c.path));
        request.setRawHeader("OpenStack-API-Version", "placement 1.39");
        if (!c.token.isEmpty())
            request.setRawHeader("X-Auth-Token", c.token);
        if (!c.body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        std::unique_ptr<QNetworkReply> real(nam.sendCustomRequest(request, c.verb, c.body));
        QSignalSpy realErrors(real.get(), &QNetworkReply::errorOccurred);
        QVERIFY(waitFinished(real.get()));
        QCOMPARE(httpStatus(real.get()), c.status);

        FakePayloadReply fake(QNetworkAccessManager::CustomOperation, request, c.status, "{}");
        QSignalSpy fakeErrors(&fake, &QNetworkReply::errorOccurred);
        QVERIFY(waitFinished(&fake));
        QCOMPARE(fake.error(), real->error());
        QCOMPARE(fake.errorString(), real->errorString());
        QCOMPARE(fake.attribute(QNetworkRequest::HttpReasonPhraseAttribute),
                 real->attribute(QNetworkRequest::HttpReasonPhraseAttribute));
        QCOMPARE(fakeErrors.size(), realErrors.size());
        QVERIFY(!real->readAll().isEmpty()); // the error body stays readable
    }
}

void TestPlacementServer::payloadReply()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([&nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        return new FakePayloadReply(
            op, request, 200, PayloadBody,
            {{"Content-Type", "application/json"}, {"OpenStack-API-Version", "placement 1.39"}}, &nam);
    });
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/resource_providers/x/aggregates")));
    request.setRawHeader("X-Auth-Token", "secret-token");
    request.setRawHeader("OpenStack-API-Version", "placement 1.19");
    QSignalSpy managerFinished(&nam, &QNetworkAccessManager::finished);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy metaData(reply.get(), &QNetworkReply::metaDataChanged);
    QSignalSpy readyRead(reply.get(), &QNetworkReply::readyRead);
    QSignalSpy errors(reply.get(), &QNetworkReply::errorOccurred);
    QVERIFY(!reply->isFinished()); // asynchronous, like the real thing
    QVERIFY(reply->isRunning());
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(metaData.size(), 1);
    QCOMPARE(readyRead.size(), 1);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(managerFinished.size(), 1);
    QCOMPARE(managerFinished.constFirst().constFirst().value<QNetworkReply *>(), reply.get());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(httpStatus(reply.get()), 200);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute), QVariant(QStringLiteral("OK")));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    QCOMPARE(reply->rawHeader("openstack-api-version"), QByteArray("placement 1.39"));
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(PayloadBody.size()));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), PayloadBody.size());
    QCOMPARE(reply->bytesAvailable(), PayloadBody.size());
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QLatin1String("resource_provider_generation")).toInt(), 7);
    QCOMPARE(reply->bytesAvailable(), 0);
    QCOMPARE(reply->read(1), QByteArray());

    QCOMPARE(nam.requestCount(), 1);
    const auto recorded = nam.lastRequest();
    QCOMPARE(recorded.verb, QByteArray("GET"));
    QCOMPARE(recorded.url, request.url());
    QCOMPARE(recorded.header("x-auth-token"), QByteArray("secret-token"));
    QCOMPARE(recorded.header("openstack-api-version"), QByteArray("placement 1.19"));
    QVERIFY(!recorded.hasHeader("Content-Type"));

    // Bodies are recorded too, and stay readable for the handler.
    QByteArray seenByHandler;
    nam.setHandler([&](QNetworkAccessManager::Operation op, const QNetworkRequest &req,
                       QIODevice *data) -> QNetworkReply * {
        seenByHandler = data ? data->readAll() : QByteArray();
        return new FakePayloadReply(op, req, 204, {}, {}, &nam);
    });
    std::unique_ptr<QNetworkReply> put(nam.sendCustomRequest(request, "PATCH", R"({"a":1})"));
    QVERIFY(waitFinished(put.get()));
    QCOMPARE(httpStatus(put.get()), 204);
    QCOMPARE(nam.lastRequest().verb, QByteArray("PATCH"));
    QCOMPARE(nam.lastRequest().body, QByteArray(R"({"a":1})"));
    QCOMPARE(seenByHandler, QByteArray(R"({"a":1})"));
    QCOMPARE(nam.requestsTo(QStringLiteral("/aggregates"), "GET").size(), 1);
}

void TestPlacementServer::payloadReplyChunked()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/resource_providers")));
    const QByteArray payload(10000, 'x');
    auto *reply = new FakePayloadReply(QNetworkAccessManager::GetOperation, request, 200, payload);
    std::unique_ptr<QNetworkReply> owner(reply);
    reply->setChunkSize(3000);
    reply->setDelay(50);
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QSignalSpy progress(reply, &QNetworkReply::downloadProgress);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFinished(reply));
    QVERIFY(timer.elapsed() >= 40);
    QCOMPARE(readyRead.size(), 4);
    QCOMPARE(progress.constLast().at(0).toLongLong(), 10000);
    QCOMPARE(progress.constLast().at(1).toLongLong(), 10000);
    QCOMPARE(reply->readAll(), payload);
}

void TestPlacementServer::placementErrorReply()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/resource_providers/x/aggregates")));
    std::unique_ptr<FakePayloadReply> reply(FakePayloadReply::placementError(
        QNetworkAccessManager::PutOperation, request, 409, QStringLiteral("generation changed"),
        QStringLiteral("placement.concurrent_update")));
    QSignalSpy errors(reply.get(), &QNetworkReply::errorOccurred);
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::ContentConflictError);
    QCOMPARE(httpStatus(reply.get()), 409);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1String("errors"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("placement.concurrent_update"));
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 409);
}

void TestPlacementServer::garbageReply()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/resource_providers")));
    const qint64 size = 8 * 1024 * 1024;
    std::unique_ptr<FakePayloadReply> reply(
        FakePayloadReply::garbage(QNetworkAccessManager::GetOperation, request, size));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), size);
    QCOMPARE(body, FakePayloadReply::garbageBytes(size)); // deterministic
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void TestPlacementServer::hangingReplyAbort()
{
    FakeNetworkAccessManager nam;
    nam.setHandler(
        [&nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
               QIODevice *) -> QNetworkReply * { return new FakeHangingReply(op, request, &nam); });
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://placement.invalid/")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QSignalSpy errors(reply.get(), &QNetworkReply::errorOccurred);
    QVERIFY(!finished.wait(300));
    QVERIFY(reply->isRunning());

    reply->abort();
    // Like QNAM: error then finished, synchronously inside abort().
    QCOMPARE(errors.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(reply->errorString(), QStringLiteral("Operation canceled"));
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isOpen());
    reply->abort(); // idempotent
    QCOMPARE(finished.size(), 1);
}

void TestPlacementServer::hangingReplyTransferTimeout()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/")));
    request.setTransferTimeout(200);
    FakeHangingReply reply(QNetworkAccessManager::GetOperation, request);
    QSignalSpy errors(&reply, &QNetworkReply::errorOccurred);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFinished(&reply, 5000));
    QVERIFY(timer.elapsed() >= 150);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(reply.error(), QNetworkReply::OperationCanceledError);

    // A delayed answer slower than the timeout is cut off the same way.
    FakePayloadReply slow(QNetworkAccessManager::GetOperation, request, 200, "{}");
    slow.setDelay(2000);
    QVERIFY(waitFinished(&slow, 5000));
    QCOMPARE(slow.error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(httpStatus(&slow), 0);
}

void TestPlacementServer::hangingReplyManagerTransferTimeout()
{
    // A request without its own timeout inherits the manager's, as with the real backend.
    FakeNetworkAccessManager nam;
    nam.setTransferTimeout(200);
    nam.setHandler(
        [&nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
               QIODevice *) -> QNetworkReply * { return new FakeHangingReply(op, request, &nam); });
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://placement.invalid/")))));
    QVERIFY(waitFinished(reply.get(), 5000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
}

void TestPlacementServer::transferTimeoutMatchesRealQnam()
{
    // A server that accepts and never answers, seen through the real backend...
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
    request.setTransferTimeout(300);
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> real(nam.get(request));
    QSignalSpy realErrors(real.get(), &QNetworkReply::errorOccurred);
    QVERIFY(waitFinished(real.get(), 5000));

    // ...and through a hanging fake: same error, same text, same signals.
    FakeHangingReply fake(QNetworkAccessManager::GetOperation, request);
    QSignalSpy fakeErrors(&fake, &QNetworkReply::errorOccurred);
    QVERIFY(waitFinished(&fake, 5000));
    QCOMPARE(real->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(fake.error(), real->error());
    QCOMPARE(fake.errorString(), real->errorString());
    QCOMPARE(fakeErrors.size(), realErrors.size());
}

void TestPlacementServer::errorReply()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([&nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        return new FakeErrorReply(op, request, QNetworkReply::ConnectionRefusedError, &nam);
    });
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://placement.invalid/")))));
    QSignalSpy metaData(reply.get(), &QNetworkReply::metaDataChanged);
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(reply->errorString(), QStringLiteral("Connection refused"));
    QCOMPARE(metaData.size(), 0);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
}

void TestPlacementServer::errorReplyAfterPartialBody()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://placement.invalid/resource_providers")));
    FakeErrorReply reply(QNetworkAccessManager::GetOperation, request, QNetworkReply::RemoteHostClosedError);
    reply.setPartialResponse(200, R"({"resource_providers":[{"uu)", {{"Content-Length", "5000"}});
    QSignalSpy readyRead(&reply, &QNetworkReply::readyRead);
    QVERIFY(waitFinished(&reply));
    QCOMPARE(readyRead.size(), 1);
    QCOMPARE(httpStatus(&reply), 200);
    QCOMPARE(reply.error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.errorString(), QStringLiteral("Connection closed"));
    QCOMPARE(reply.readAll(), QByteArray(R"({"resource_providers":[{"uu)"));
}

void TestPlacementServer::fallThroughToRealServer()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](QNetworkAccessManager::Operation, const QNetworkRequest &,
                      QIODevice *) -> QNetworkReply * { return nullptr; });
    const QString uuid = m_server->createProvider(QStringLiteral("through-fake"));
    QNetworkRequest request(
        QUrl(m_server->baseUrl().toString() + QStringLiteral("/resource_providers/%1/aggregates").arg(uuid)));
    request.setRawHeader("X-Auth-Token", "admin");
    request.setRawHeader("OpenStack-API-Version", "placement 1.39");
    request.setRawHeader("Content-Type", "application/json");
    const QByteArray body =
        R"({"aggregates":[")" + AggA.toLatin1() + R"("],"resource_provider_generation":0})";
    std::unique_ptr<QNetworkReply> reply(nam.put(request, body));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(httpStatus(reply.get()), 200);
    QCOMPARE(m_server->aggregates(uuid), QStringList({AggA}));
    QCOMPARE(nam.lastRequest().body, body); // peeked, not consumed: the server got it all
    QCOMPARE(nam.lastRequest().verb, QByteArray("PUT"));
}

void TestPlacementServer::passThroughDisabled()
{
    FakeNetworkAccessManager nam;
    nam.setPassThroughEnabled(false);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(m_server->baseUrl())));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(nam.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestPlacementServer)
#include "tst_placementserver.moc"
