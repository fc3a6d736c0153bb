// PlacementClient and its jobs against a real Placement (discovery, listing, aggregate shapes, HTTP
// errors), against tiny local TCP servers (refused, not Placement, hanging, truncated, oversized) and
// against the fake network layer for faults that are awkward to produce on a real socket.
#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/providerquery.h"
#include "support/fakeerrorreply.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fakepayloadreply.h"
#include "support/jobrunner.h"
#include "support/placementserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

using JobRunner::Outcome;
using JobRunner::run;

// A throw-away HTTP/1.1 server on 127.0.0.1: `respond` gets each request's head and returns the raw
// answer (status line, headers, body). An empty answer leaves the connection open and silent.
class TinyHttpServer : public QObject
{
public:
    using Responder = std::function<QByteArray(const QByteArray &requestHead)>;

    explicit TinyHttpServer(Responder respond, bool closeAfterAnswer = true)
        : m_respond(std::move(respond)), m_close(closeAfterAnswer)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TinyHttpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<QByteArray> requestHeads() const { return m_heads; }

    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &contentType,
                             const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
               body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                m_heads.append(head);
                const QByteArray response = m_respond(head);
                if (response.isEmpty())
                    return;
                socket->write(response);
                if (m_close)
                    socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    Responder m_respond;
    bool m_close;
    QList<QByteArray> m_heads;
};

// The value of a header line in a raw request head; empty if absent.
QByteArray headerOf(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool hasHeaderLine(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed on return: nobody listens there
}

QSet<QString> namesOf(const QList<ProviderInfo> &providers)
{
    QSet<QString> names;
    for (const ProviderInfo &info : providers)
        names.insert(info.name);
    return names;
}

QStringList sortedLower(QStringList list)
{
    for (QString &item : list)
        item = item.toLower();
    list.sort();
    return list;
}

const QByteArray PlacementVersionDocument =
    R"({"versions":[{"id":"v1.0","max_version":"1.39","min_version":"1.0","status":"CURRENT",)"
    R"("links":[{"rel":"self","href":""}]}]})";

} // namespace

class TestPlacementClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    // Real Placement.
    void discovery();
    void discoveryCappedByClientMaximum_data();
    void discoveryCappedByClientMaximum();
    void listing_data();
    void listing();
    void listingFilters_data();
    void listingFilters();
    void aggregateShapes_data();
    void aggregateShapes();
    void unknownProviderIsNotFound();
    void missingTokenIsUnauthorized();
    void nonAdminTokenIsForbidden_data();
    void nonAdminTokenIsForbidden();
    void notAcceptable_data();
    void notAcceptable();
    void requestHeaders();
    void requestHeadersOnTheWire();
    void realResponseTooLarge();

    // Servers that are not (working) Placement.
    void connectionRefused();
    void notPlacement_data();
    void notPlacement();
    void silentServerTimesOut();
    void truncatedBodyIsNetworkError();
    void chunkedBodyAboveLimit();
    void announcedLengthAboveLimitRefusedEarly();
    void limitsArePerKindAndNamed();
    void aggregatesWithoutGenerationAreRejectedFrom119();

    // Fake network layer.
    void fakeHangingReplyTimesOut();
    void abortIsCanceledNotTimeout();
    void fakeResetMidBody();
    void fakeGarbageBody_data();
    void fakeGarbageBody();
    void fakeAnnouncedLengthAboveLimit();

private:
    std::unique_ptr<PlacementClient> makeClient(const QUrl &url, const QByteArray &token = "admin");
    QString seedProvider(const QString &name, const QStringList &aggregates, const QString &parent = {});

    std::unique_ptr<PlacementServer> m_server;
    // Fresh per test (init/cleanup): closing it frees the uwsgi threads its keep-alive connections hold.
    std::unique_ptr<FakeNetworkAccessManager> m_nam;

    // Filter topology, with aggregates only these providers use.
    QString m_aggX;
    QString m_aggY;
    QString m_filterA;
    QString m_filterAChild;
    QString m_filterB;
    QString m_filterC;
};

void TestPlacementClient::initTestCase()
{
    m_server = std::make_unique<PlacementServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_aggX = PlacementServer::newUuid();
    m_aggY = PlacementServer::newUuid();
    m_filterA = seedProvider(QStringLiteral("filter-a"), {m_aggX});
    m_filterAChild = seedProvider(QStringLiteral("filter-a-child"), {m_aggY}, m_filterA);
    m_filterB = seedProvider(QStringLiteral("filter-b"), {m_aggX, m_aggY});
    m_filterC = seedProvider(QStringLiteral("filter-c"), {});
    QVERIFY(!m_filterA.isEmpty() && !m_filterAChild.isEmpty() && !m_filterB.isEmpty() &&
            !m_filterC.isEmpty());
}

void TestPlacementClient::cleanupTestCase()
{
    m_nam.reset();
    m_server.reset(); // stops uwsgi and removes its data directory
}

void TestPlacementClient::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>(); // passes everything through unless a test says
                                                          // otherwise
}

void TestPlacementClient::cleanup()
{
    m_nam.reset();
}

std::unique_ptr<PlacementClient> TestPlacementClient::makeClient(const QUrl &url, const QByteArray &token)
{
    auto client = std::make_unique<PlacementClient>(m_nam.get());
    client->setBaseUrl(url);
    client->setToken(token);
    return client;
}

QString TestPlacementClient::seedProvider(const QString &name, const QStringList &aggregates,
                                          const QString &parent)
{
    const QString uuid = m_server->createProvider(name, {}, parent);
    if (uuid.isEmpty() || (!aggregates.isEmpty() && !m_server->setAggregates(uuid, aggregates)))
        return {};
    return uuid;
}

// ---- real Placement -----------------------------------------------------------------------------

void TestPlacementClient::discovery()
{
    auto client = makeClient(m_server->baseUrl());
    const auto outcome = run<VersionInfo>(client->discoverVersions());
    QVERIFY2(outcome.succeeded, outcome.describe());
    QCOMPARE(outcome.result.minimum, Microversion(1, 0));
    QCOMPARE(outcome.result.maximum, Microversion(1, 39));
    QCOMPARE(outcome.result.status, QStringLiteral("CURRENT"));
    QCOMPARE(outcome.result.negotiated, Microversion(1, 39));
    QCOMPARE(outcome.result.negotiated, Microversion::clientMaximum());
}

void TestPlacementClient::discoveryCappedByClientMaximum_data()
{
    QTest::addColumn<Microversion>("cap");
    QTest::addColumn<Microversion>("expected");
    QTest::newRow("1.18") << Microversion(1, 18) << Microversion(1, 18);
    QTest::newRow("1.1") << Microversion(1, 1) << Microversion(1, 1);
    QTest::newRow("above the client's own maximum") << Microversion(1, 99) << Microversion(1, 39);
}

void TestPlacementClient::discoveryCappedByClientMaximum()
{
    QFETCH(Microversion, cap);
    QFETCH(Microversion, expected);
    auto client = makeClient(m_server->baseUrl());
    client->setMaximumMicroversion(cap);
    const auto outcome = run<VersionInfo>(client->discoverVersions());
    QVERIFY2(outcome.succeeded, outcome.describe());
    QCOMPARE(outcome.result.maximum, Microversion(1, 39)); // what the server offers is reported unchanged
    QCOMPARE(outcome.result.negotiated, expected);
}

void TestPlacementClient::listing_data()
{
    QTest::addColumn<Microversion>("version");
    QTest::addColumn<bool>("hasTrees");
    QTest::newRow("1.1") << Microversion(1, 1) << false;
    QTest::newRow("1.13") << Microversion(1, 13) << false;
    QTest::newRow("1.14") << Microversion(1, 14) << true;
    QTest::newRow("1.39") << Microversion(1, 39) << true;
}

void TestPlacementClient::listing()
{
    QFETCH(Microversion, version);
    QFETCH(bool, hasTrees);
    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(version);
    const auto outcome = run<QList<ProviderInfo>>(client->listProviders({}));
    QVERIFY2(outcome.succeeded, outcome.describe());

    // Same providers, names and generations as the server lists at that version.
    const auto raw =
        m_server->request("GET", QStringLiteral("/resource_providers"), {}, "admin", version.toString());
    QCOMPARE(raw.status, 200);
    const QJsonArray expected = raw.json().value(QLatin1String("resource_providers")).toArray();
    QCOMPARE(outcome.result.size(), expected.size());
    QVERIFY(outcome.result.size() >= 4);
    QHash<QString, ProviderInfo> byUuid;
    for (const ProviderInfo &info : outcome.result)
        byUuid.insert(info.uuid, info);
    for (const QJsonValue &value : expected) {
        const QJsonObject object = value.toObject();
        const QString uuid = object.value(QLatin1String("uuid")).toString();
        QVERIFY2(byUuid.contains(uuid), qPrintable(uuid));
        const ProviderInfo &info = byUuid[uuid];
        QCOMPARE(info.name, object.value(QLatin1String("name")).toString());
        QCOMPARE(info.generation, object.value(QLatin1String("generation")).toInteger());
        QCOMPARE(object.contains(QLatin1String("parent_provider_uuid")), hasTrees);
    }

    const ProviderInfo child = byUuid.value(m_filterAChild);
    const ProviderInfo root = byUuid.value(m_filterA);
    QCOMPARE(child.name, QStringLiteral("filter-a-child"));
    QCOMPARE(child.generation, 1); // one aggregate PUT
    QCOMPARE(byUuid.value(m_filterC).generation, 0);
    if (hasTrees) {
        QCOMPARE(child.parentUuid, m_filterA);
        QCOMPARE(child.rootUuid, m_filterA);
        QCOMPARE(root.parentUuid, QString()); // JSON null
        QCOMPARE(root.rootUuid, m_filterA);
    } else {
        QCOMPARE(child.parentUuid, QString());
        QCOMPARE(child.rootUuid, QString());
        QCOMPARE(root.rootUuid, QString());
    }
}

void TestPlacementClient::listingFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("memberOf"); // "X", "Y", "in:X,Y" are replaced by the seeded UUIDs
    QTest::addColumn<QString>("inTree");   // "A" is replaced by filter-a's UUID
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << QStringLiteral("filter-b") << QString() << QString()
                          << QStringList{QStringLiteral("filter-b")};
    QTest::newRow("name, no match") << QStringLiteral("filter-zzz") << QString() << QString()
                                    << QStringList();
    QTest::newRow("member_of X") << QString() << QStringLiteral("X") << QString()
                                 << QStringList{QStringLiteral("filter-a"), QStringLiteral("filter-b")};
    QTest::newRow("member_of in:X,Y")
        << QString() << QStringLiteral("in:X,Y") << QString()
        << QStringList{QStringLiteral("filter-a"), QStringLiteral("filter-a-child"),
                       QStringLiteral("filter-b")};
    QTest::newRow("in_tree A") << QString() << QString() << QStringLiteral("A")
                               << QStringList{QStringLiteral("filter-a"), QStringLiteral("filter-a-child")};
    QTest::newRow("in_tree A and member_of Y") << QString() << QStringLiteral("Y") << QStringLiteral("A")
                                               << QStringList{QStringLiteral("filter-a-child")};
    // Load Only's other shapes: "all of" is repeated member_of (1.24), "none of" is ! (1.32).
    QTest::newRow("member_of X and member_of Y")
        << QString() << QStringLiteral("X|Y") << QString() << QStringList{QStringLiteral("filter-b")};
    QTest::newRow("in_tree A, not member_of Y") << QString() << QStringLiteral("!Y") << QStringLiteral("A")
                                                << QStringList{QStringLiteral("filter-a")};
    QTest::newRow("in_tree A, member_of !in:X,Y")
        << QString() << QStringLiteral("!in:X,Y") << QStringLiteral("A") << QStringList();
    QTest::newRow("name and resources VCPU:1 (no inventory)")
        << QStringLiteral("filter-b") << QStringLiteral("resources=VCPU:1") << QString() << QStringList();
}

void TestPlacementClient::listingFilters()
{
    QFETCH(QString, name);
    QFETCH(QString, memberOf);
    QFETCH(QString, inTree);
    QFETCH(QStringList, expected);
    ProviderQuery query;
    query.name = name;
    if (memberOf.startsWith(QLatin1String("resources="))) {
        query.resources = memberOf.mid(10);
    } else {
        QStringList memberOfs = memberOf.split(QLatin1Char('|'));
        for (QString &parameter : memberOfs)
            parameter.replace(QLatin1Char('X'), m_aggX).replace(QLatin1Char('Y'), m_aggY);
        query.memberOf = memberOfs.takeFirst();
        query.moreMemberOf = memberOfs;
    }
    query.inTree = inTree == QLatin1String("A") ? m_filterA : inTree;

    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(Microversion(1, 39));
    const auto outcome = run<QList<ProviderInfo>>(client->listProviders(query));
    QVERIFY2(outcome.succeeded, outcome.describe());
    QCOMPARE(namesOf(outcome.result), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(outcome.result.size(), expected.size());
}

void TestPlacementClient::aggregateShapes_data()
{
    QTest::addColumn<Microversion>("version");
    QTest::addColumn<bool>("hasGeneration");
    QTest::newRow("1.1") << Microversion(1, 1) << false;
    QTest::newRow("1.18") << Microversion(1, 18) << false;
    QTest::newRow("1.19") << Microversion(1, 19) << true;
    QTest::newRow("1.39") << Microversion(1, 39) << true;
}

void TestPlacementClient::aggregateShapes()
{
    QFETCH(Microversion, version);
    QFETCH(bool, hasGeneration);
    const QStringList aggregates{PlacementServer::newUuid(), PlacementServer::newUuid()};
    const QString uuid = seedProvider(QStringLiteral("shape-%1").arg(version.toString()), aggregates);
    QVERIFY2(!uuid.isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY(m_server->bumpGeneration(uuid)); // generation 2, so it cannot be mistaken for a default
    const int generation = m_server->providerGeneration(uuid);
    QCOMPARE(generation, 2);

    // What Placement actually sends at that version.
    const auto raw = m_server->request("GET", QStringLiteral("/resource_providers/%1/aggregates").arg(uuid),
                                       {}, "admin", version.toString());
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("openstack-api-version"), "placement " + version.toString().toLatin1());
    QStringList expectedKeys{QStringLiteral("aggregates")};
    if (hasGeneration)
        expectedKeys.append(QStringLiteral("resource_provider_generation"));
    QCOMPARE(raw.json().keys(), expectedKeys);
    if (hasGeneration)
        QCOMPARE(raw.json().value(QLatin1String("resource_provider_generation")).toInt(), generation);

    // And what the job makes of it.
    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(version);
    const auto outcome = run<AggregatesResult>(client->getAggregates(uuid));
    QVERIFY2(outcome.succeeded, outcome.describe());
    QCOMPARE(outcome.result.providerUuid, uuid);
    QCOMPARE(sortedLower(outcome.result.aggregates), sortedLower(aggregates));
    QCOMPARE(outcome.result.generation, hasGeneration ? qint64(generation) : qint64(-1));
}

void TestPlacementClient::unknownProviderIsNotFound()
{
    const QString unknown = PlacementServer::newUuid();
    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(Microversion(1, 39));
    const auto outcome = run<AggregatesResult>(client->getAggregates(unknown));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    const ApiError &error = outcome.error;
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 404);
    QVERIFY(error.isNotFound());
    // Placement's own words, with the uuid, survive; and so does its request id.
    QVERIFY2(error.shortDetail().contains(unknown), qPrintable(error.detail()));
    QVERIFY2(error.requestId().startsWith(QLatin1String("req-")), qPrintable(error.requestId()));
    QCOMPARE(error.code(), QStringLiteral("placement.undefined_code"));
    QVERIFY(error.fullText().contains(error.shortDetail()));
    QVERIFY(error.fullText().contains(error.requestId()));
    QCOMPARE(error.url().path(), QStringLiteral("/resource_providers/%1/aggregates").arg(unknown));
}

void TestPlacementClient::missingTokenIsUnauthorized()
{
    auto client = makeClient(m_server->baseUrl(), QByteArray());
    client->setMicroversion(Microversion(1, 39));
    const auto outcome = run<QList<ProviderInfo>>(client->listProviders({}));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QVERIFY(!m_nam->lastRequest().hasHeader("X-Auth-Token")); // not even an empty one
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 401);
    QVERIFY2(outcome.error.summary().contains(QLatin1String("token")), qPrintable(outcome.error.summary()));
    QVERIFY2(outcome.error.requestId().startsWith(QLatin1String("req-")),
             qPrintable(outcome.error.fullText()));
}

void TestPlacementClient::nonAdminTokenIsForbidden_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("policy");
    QTest::newRow("list providers") << QStringLiteral("list")
                                    << QStringLiteral("placement:resource_providers:list");
    QTest::newRow("get aggregates") << QStringLiteral("aggregates")
                                    << QStringLiteral("placement:resource_providers:aggregates:list");
}

void TestPlacementClient::nonAdminTokenIsForbidden()
{
    QFETCH(QString, request);
    QFETCH(QString, policy);
    // noauth2: any token but "admin" is a user without roles.
    auto client = makeClient(m_server->baseUrl(), "user:project");
    client->setMicroversion(Microversion(1, 39));
    ApiError error;
    if (request == QLatin1String("list")) {
        const auto outcome = run<QList<ProviderInfo>>(client->listProviders({}));
        QVERIFY(outcome.reported && !outcome.succeeded);
        error = outcome.error;
    } else {
        const auto outcome = run<AggregatesResult>(client->getAggregates(m_filterA));
        QVERIFY(outcome.reported && !outcome.succeeded);
        error = outcome.error;
    }
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 403);
    // The summary explains what is missing; Placement's policy text stays available.
    QVERIFY2(error.summary().contains(QLatin1String("Permission denied")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("admin")), qPrintable(error.summary()));
    QVERIFY2(error.shortDetail().contains(policy), qPrintable(error.detail()));
    QVERIFY2(error.requestId().startsWith(QLatin1String("req-")), qPrintable(error.fullText()));
}

void TestPlacementClient::notAcceptable_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<Microversion>("version");
    QTest::addColumn<QString>("detail");
    QTest::newRow("microversion above the server's")
        << QByteArray() << Microversion(1, 99) << QStringLiteral("Unacceptable version header: 1.99");
    // webob formats that error for the Accept it got, i.e. as HTML: no Placement detail to keep.
    QTest::newRow("Accept: text/html") << QByteArray("text/html") << Microversion(1, 39) << QString();
}

void TestPlacementClient::notAcceptable()
{
    QFETCH(QByteArray, accept);
    QFETCH(Microversion, version);
    QFETCH(QString, detail);
    // A bad Accept cannot come out of makeRequest(): the fake layer rewrites the request and sends it
    // through a second, ordinary manager to the real server.
    QNetworkAccessManager rewriter;
    if (!accept.isEmpty()) {
        m_nam->setHandler([&rewriter, accept](QNetworkAccessManager::Operation,
                                              const QNetworkRequest &request,
                                              QIODevice *) -> QNetworkReply * {
            QNetworkRequest rewritten(request);
            rewritten.setRawHeader("Accept", accept);
            return rewriter.get(rewritten);
        });
    }
    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(version);
    const auto outcome = run<AggregatesResult>(client->getAggregates(m_filterA));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    const ApiError &error = outcome.error;
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 406);
    QVERIFY2(error.summary().contains(QLatin1String("API version or media type")),
             qPrintable(error.summary()));
    if (!detail.isEmpty()) {
        QVERIFY2(error.shortDetail().contains(detail), qPrintable(error.detail()));
        QVERIFY2(error.fullText().contains(detail), qPrintable(error.fullText()));
    }
    m_nam->clearHandler();
}

void TestPlacementClient::requestHeaders()
{
    auto client = makeClient(m_server->baseUrl());
    client->setTransferTimeout(12345);
    const auto discovered = run<VersionInfo>(client->discoverVersions());
    QVERIFY2(discovered.succeeded, discovered.describe());
    client->setMicroversion(discovered.result.negotiated);
    QVERIFY(run<QList<ProviderInfo>>(client->listProviders({})).succeeded);
    QVERIFY(run<AggregatesResult>(client->getAggregates(m_filterB)).succeeded);

    const auto requests = m_nam->requests();
    QCOMPARE(requests.size(), 3);
    for (const auto &recorded : requests) {
        const bool isDiscovery = recorded.url.path() == QLatin1String("/");
        const QByteArray what = recorded.verb + ' ' + recorded.url.toEncoded();
        QCOMPARE(recorded.verb, QByteArray("GET"));
        QVERIFY2(recorded.header("Accept") == "application/json", what.constData());
        QVERIFY2(recorded.header("User-Agent").startsWith("placement-desk/" PLACEMENT_DESK_VERSION),
                 what.constData());
        QVERIFY2(recorded.request.transferTimeout() == 12345, what.constData());
        if (isDiscovery) {
            // GET / needs no token: it is not handed to a URL that may turn out not to be Placement.
            QVERIFY2(!recorded.hasHeader("X-Auth-Token"), what.constData());
        } else {
            QVERIFY2(recorded.header("X-Auth-Token") == "admin", what.constData());
            QVERIFY2(recorded.header("OpenStack-API-Version") == "placement 1.39", what.constData());
        }
    }
    QCOMPARE(requests.at(0).url.path(), QStringLiteral("/"));
    QCOMPARE(requests.at(1).url.path(), QStringLiteral("/resource_providers"));
    QCOMPARE(requests.at(2).url.path(), QStringLiteral("/resource_providers/%1/aggregates").arg(m_filterB));
}

void TestPlacementClient::requestHeadersOnTheWire()
{
    // The same check on the bytes a server receives, with a server that speaks just enough Placement.
    TinyHttpServer server([](const QByteArray &head) {
        if (head.startsWith("GET / "))
            return TinyHttpServer::answer(200, "OK", "application/json", PlacementVersionDocument);
        return TinyHttpServer::answer(200, "OK", "application/json",
                                      R"({"aggregates":[],"resource_provider_generation":0})");
    });
    QVERIFY(server.listen());
    auto client = makeClient(server.url(), "secret-token");
    const auto discovered = run<VersionInfo>(client->discoverVersions());
    QVERIFY2(discovered.succeeded, discovered.describe());
    client->setMicroversion(discovered.result.negotiated);
    const QString uuid = PlacementServer::newUuid();
    QVERIFY(run<AggregatesResult>(client->getAggregates(uuid)).succeeded);

    const QList<QByteArray> heads = server.requestHeads();
    QCOMPARE(heads.size(), 2);
    QVERIFY2(heads.at(0).startsWith("GET / HTTP/1.1"), heads.at(0).constData());
    QVERIFY2(!hasHeaderLine(heads.at(0), "X-Auth-Token"), heads.at(0).constData());
    QVERIFY2(heads.at(1).startsWith(
                 QByteArray("GET /resource_providers/" + uuid.toLatin1() + "/aggregates HTTP/1.1")),
             heads.at(1).constData());
    QCOMPARE(headerOf(heads.at(1), "X-Auth-Token"), QByteArray("secret-token"));
    QCOMPARE(headerOf(heads.at(1), "OpenStack-API-Version"), QByteArray("placement 1.39"));
    for (const QByteArray &head : heads) {
        QCOMPARE(headerOf(head, "Accept"), QByteArray("application/json"));
        QVERIFY2(headerOf(head, "User-Agent").startsWith("placement-desk/"), head.constData());
    }
}

void TestPlacementClient::realResponseTooLarge()
{
    // Placement announces its Content-Length; a limit below it refuses the answer.
    auto client = makeClient(m_server->baseUrl());
    client->setMicroversion(Microversion(1, 39));
    client->setMaxResponseBytes(200);
    const auto outcome = run<QList<ProviderInfo>>(client->listProviders({}));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::ResponseTooLarge);
    QVERIFY2(outcome.error.summary().contains(QLatin1String("Placement endpoint")),
             qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.error.url().path(), QStringLiteral("/resource_providers"));
}

// ---- servers that are not (working) Placement ---------------------------------------------------

void TestPlacementClient::connectionRefused()
{
    const int port = freePort();
    QVERIFY(port > 0);
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto outcome = run<VersionInfo>(client->discoverVersions());
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
    QCOMPARE(outcome.error.networkError(), QNetworkReply::ConnectionRefusedError);
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(outcome.error.summary().contains(hostPort), qPrintable(outcome.error.summary()));
    QVERIFY2(outcome.error.summary().contains(QLatin1String("refused")), qPrintable(outcome.error.summary()));
}

void TestPlacementClient::notPlacement_data()
{
    QTest::addColumn<QByteArray>("response");
    const QByteArray html = "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head>"
                            "<body><h1>It works</h1></body></html>";
    QTest::newRow("HTML page") << TinyHttpServer::answer(200, "OK", "text/html", html);
    QTest::newRow("HTML 404") << TinyHttpServer::answer(404, "Not Found", "text/html", html);
    QTest::newRow("Keystone /v3") << TinyHttpServer::answer(
        200, "OK", "application/json",
        R"({"version": {"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",)"
        R"( "links": [{"rel": "self", "href": "http://127.0.0.1/v3/"}],)"
        R"( "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]}})");
    // Keystone's root answers 300 Multiple Choices with every version it has.
    QTest::newRow("Keystone root (300)") << TinyHttpServer::answer(
        300, "Multiple Choices", "application/json",
        R"({"versions": {"values": [{"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",)"
        R"( "links": [{"rel": "self", "href": "http://127.0.0.1/v3/"}]}]}})");
    QTest::newRow("Nova-like versions without a 1.x max")
        << TinyHttpServer::answer(200, "OK", "application/json",
                                  R"({"versions": [{"id": "v2.1", "status": "CURRENT", "version": "2.95",)"
                                  R"( "min_version": "2.1"}]})");
    QTest::newRow("plain text") << TinyHttpServer::answer(200, "OK", "text/plain", "OK\n");
    QTest::newRow("empty body") << TinyHttpServer::answer(200, "OK", "application/json", {});
    QTest::newRow("JSON array") << TinyHttpServer::answer(200, "OK", "application/json", "[1, 2, 3]");
    QTest::newRow("500 without Placement body") << TinyHttpServer::answer(
        500, "Internal Server Error", "text/html", "<h1>Internal Server Error</h1>");
}

void TestPlacementClient::notPlacement()
{
    QFETCH(QByteArray, response);
    TinyHttpServer server([response](const QByteArray &) { return response; });
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    const auto outcome = run<VersionInfo>(client->discoverVersions());
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.error.kind() == ApiError::Kind::NotPlacement,
             qPrintable(
                 QStringLiteral("kind %1: %2").arg(int(outcome.error.kind())).arg(outcome.error.fullText())));
    QVERIFY2(outcome.error.summary().contains(QLatin1String("Placement")),
             qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.error.url().port(), server.url().port());
}

void TestPlacementClient::silentServerTimesOut()
{
    // Accepts the connection and never answers: the transfer timeout ends it as Timeout, not Canceled.
    TinyHttpServer server([](const QByteArray &) { return QByteArray(); }, false);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setTransferTimeout(500);
    const auto outcome = run<VersionInfo>(client->discoverVersions(), 10000);
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(!outcome.error.isCanceled());
    QVERIFY2(outcome.error.summary().contains(QStringLiteral("127.0.0.1:%1").arg(server.url().port())),
             qPrintable(outcome.error.summary()));
    QVERIFY2(outcome.elapsedMs >= 400 && outcome.elapsedMs < 5000,
             qPrintable(QString::number(outcome.elapsedMs)));
}

void TestPlacementClient::truncatedBodyIsNetworkError()
{
    // Announces 1000 bytes, sends 20 and closes: the connection broke mid-body.
    TinyHttpServer server([](const QByteArray &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                          R"({"aggregates": ["a)");
    });
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setMicroversion(Microversion(1, 39));
    const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.error.kind() == ApiError::Kind::Network, outcome.describe());
    QCOMPARE(outcome.error.networkError(), QNetworkReply::RemoteHostClosedError);
    QVERIFY2(outcome.error.summary().contains(QStringLiteral("127.0.0.1:%1").arg(server.url().port())),
             qPrintable(outcome.error.summary()));
}

void TestPlacementClient::chunkedBodyAboveLimit()
{
    // No Content-Length (chunked): the limit is enforced while reading.
    QByteArray chunked =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray piece(1000, ' ');
    chunked += "1\r\n{\r\n";
    for (int i = 0; i < 64; ++i)
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    chunked += "1\r\n}\r\n0\r\n\r\n";
    TinyHttpServer server([chunked](const QByteArray &) { return chunked; });
    QVERIFY(server.listen());

    auto client = makeClient(server.url());
    client->setMicroversion(Microversion(1, 39));
    client->setMaxResponseBytes(16 * 1024);
    const auto refused = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(refused.reported);
    QVERIFY(!refused.succeeded);
    QCOMPARE(refused.error.kind(), ApiError::Kind::ResponseTooLarge);

    // Below the limit the same answer is read whole (and is then not Placement's shape).
    client->setMaxResponseBytes(1024 * 1024);
    const auto accepted = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(accepted.reported);
    QCOMPARE(accepted.error.kind(), ApiError::Kind::InvalidResponse);
}

void TestPlacementClient::announcedLengthAboveLimitRefusedEarly()
{
    // Announces 1 GiB and then sends nothing more: only the Content-Length check can end this before
    // the transfer timeout.
    TinyHttpServer server(
        [](const QByteArray &) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n"
                R"({"aggregates": [)");
        },
        false);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setMicroversion(Microversion(1, 39));
    client->setTransferTimeout(20000);
    client->setMaxResponseBytes(1024 * 1024);
    const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()), 30000);
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::ResponseTooLarge);
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestPlacementClient::aggregatesWithoutGenerationAreRejectedFrom119()
{
    // Issue 8.9: a missing generation must not become -1 and be sent back in the next PUT.
    TinyHttpServer server([](const QByteArray &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n"
                          R"({"aggregates":[]})");
    });
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setMicroversion(Microversion(1, 39));
    const auto modern = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(!modern.succeeded);
    QCOMPARE(modern.error.kind(), ApiError::Kind::InvalidResponse);
    client->setMicroversion(Microversion(1, 18)); // before generations: none is expected
    const auto legacy = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY2(legacy.succeeded, legacy.describe().constData());
    QCOMPARE(legacy.result.generation, qint64(-1));
}

void TestPlacementClient::limitsArePerKindAndNamed()
{
    // Issue 8.7: with the client's default cap (256 MiB) one provider's aggregates may take 16 MiB and
    // the version document 1 MiB; the error says which limit was hit.
    TinyHttpServer server(
        [](const QByteArray &) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{");
        },
        false);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setMicroversion(Microversion(1, 39));
    const auto aggregates = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()), 30000);
    QCOMPARE(aggregates.error.kind(), ApiError::Kind::ResponseTooLarge);
    QVERIFY2(aggregates.error.summary().contains(QLatin1String("one provider's aggregates")),
             qPrintable(aggregates.error.summary()));
    const auto versions = run<VersionInfo>(client->discoverVersions(), 30000);
    QCOMPARE(versions.error.kind(), ApiError::Kind::ResponseTooLarge);
    QVERIFY2(versions.error.summary().contains(QLatin1String("the version document")),
             qPrintable(versions.error.summary()));
    // 20 MB is fine for a provider list.
    const auto list = run<QList<ProviderInfo>>(client->listProviders(ProviderQuery()), 3000);
    QVERIFY(list.error.kind() != ApiError::Kind::ResponseTooLarge);
}

// ---- fake network layer ------------------------------------------------------------------------

void TestPlacementClient::fakeHangingReplyTimesOut()
{
    m_nam->setPassThroughEnabled(false);
    m_nam->setHandler(
        [this](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
               QIODevice *) -> QNetworkReply * { return new FakeHangingReply(op, request, m_nam.get()); });
    auto client = makeClient(QUrl(QStringLiteral("http://placement.test:8778")));
    client->setMicroversion(Microversion(1, 39));
    client->setTransferTimeout(200);
    const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()), 10000);
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(!outcome.error.isCanceled());
    QCOMPARE(outcome.error.networkError(), QNetworkReply::TimeoutError);
    QVERIFY2(outcome.error.summary().contains(QLatin1String("placement.test:8778")),
             qPrintable(outcome.error.summary()));
    QVERIFY2(outcome.elapsedMs >= 150 && outcome.elapsedMs < 5000,
             qPrintable(QString::number(outcome.elapsedMs)));
}

void TestPlacementClient::abortIsCanceledNotTimeout()
{
    m_nam->setPassThroughEnabled(false);
    m_nam->setHandler(
        [this](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
               QIODevice *) -> QNetworkReply * { return new FakeHangingReply(op, request, m_nam.get()); });
    auto client = makeClient(QUrl(QStringLiteral("http://placement.test:8778")));
    client->setMicroversion(Microversion(1, 39));
    client->setTransferTimeout(10000);
    GetAggregatesJob *job = client->getAggregates(PlacementServer::newUuid());
    QTimer::singleShot(50, job, [job] { job->abort(); });
    const auto outcome = run<AggregatesResult>(job, 5000);
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Canceled);
    QVERIFY(outcome.error.isCanceled());
}

void TestPlacementClient::fakeResetMidBody()
{
    m_nam->setPassThroughEnabled(false);
    m_nam->setHandler([this](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                             QIODevice *) -> QNetworkReply * {
        auto *reply = new FakeErrorReply(op, request, QNetworkReply::RemoteHostClosedError, m_nam.get());
        reply->setPartialResponse(200, R"({"aggregates": ["0b2d)",
                                  {{"Content-Type", "application/json"}, {"Content-Length", "400"}});
        return reply;
    });
    auto client = makeClient(QUrl(QStringLiteral("http://placement.test:8778")));
    client->setMicroversion(Microversion(1, 39));
    const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
    QCOMPARE(outcome.error.networkError(), QNetworkReply::RemoteHostClosedError);
    QVERIFY2(outcome.error.summary().contains(QLatin1String("placement.test:8778")),
             qPrintable(outcome.error.summary()));
}

void TestPlacementClient::fakeGarbageBody_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<int>("kind"); // ApiError::Kind
    QTest::newRow("aggregates") << QStringLiteral("aggregates") << int(ApiError::Kind::InvalidResponse);
    QTest::newRow("providers") << QStringLiteral("providers") << int(ApiError::Kind::InvalidResponse);
    QTest::newRow("discovery") << QStringLiteral("discovery") << int(ApiError::Kind::NotPlacement);
}

void TestPlacementClient::fakeGarbageBody()
{
    QFETCH(QString, job);
    QFETCH(int, kind);
    m_nam->setPassThroughEnabled(false);
    m_nam->setHandler([this](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                             QIODevice *) -> QNetworkReply * {
        return FakePayloadReply::garbage(op, request, 4096, 200, m_nam.get());
    });
    auto client = makeClient(QUrl(QStringLiteral("http://placement.test:8778")));
    client->setMicroversion(Microversion(1, 39));
    ApiError error;
    if (job == QLatin1String("aggregates")) {
        const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
        QVERIFY(outcome.reported && !outcome.succeeded);
        error = outcome.error;
    } else if (job == QLatin1String("providers")) {
        const auto outcome = run<QList<ProviderInfo>>(client->listProviders({}));
        QVERIFY(outcome.reported && !outcome.succeeded);
        error = outcome.error;
    } else {
        const auto outcome = run<VersionInfo>(client->discoverVersions());
        QVERIFY(outcome.reported && !outcome.succeeded);
        error = outcome.error;
    }
    QVERIFY2(int(error.kind()) == kind,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(error.kind())).arg(error.fullText())));
    QVERIFY(!error.summary().isEmpty());
}

void TestPlacementClient::fakeAnnouncedLengthAboveLimit()
{
    // The body would arrive in 1 KiB pieces; none may be read once the length is known to be too big.
    qint64 delivered = 0;
    m_nam->setPassThroughEnabled(false);
    m_nam->setHandler([this, &delivered](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                                         QIODevice *) -> QNetworkReply * {
        auto *reply = FakePayloadReply::json(op, request, 200, QByteArray(64 * 1024, ' '), m_nam.get());
        reply->setChunkSize(1024);
        connect(reply, &QNetworkReply::downloadProgress, m_nam.get(),
                [&delivered](qint64 received, qint64) { delivered = received; });
        return reply;
    });
    auto client = makeClient(QUrl(QStringLiteral("http://placement.test:8778")));
    client->setMicroversion(Microversion(1, 39));
    client->setMaxResponseBytes(4096);
    const auto outcome = run<AggregatesResult>(client->getAggregates(PlacementServer::newUuid()));
    QVERIFY(outcome.reported);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::ResponseTooLarge);
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestPlacementClient)
#include "tst_placementclient.moc"
