// KeystoneSession against a simulated Keystone (FakeNetworkAccessManager): request bodies, token URLs,
// catalog lookup, 401 diagnosis, renewal timing and coalescing, admin_token/none, security warnings,
// and that no secret ever reaches a log line or an error text.
#include "api/apierror.h"
#include "api/placementclient.h"
#include "auth/keystonesession.h"
#include "auth/securitywarning.h"
#include "auth/servicecatalog.h"
#include "support/fakeerrorreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fakepayloadreply.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const char *const Password = "pa55-Secret-word";
const char *const Token = "gAAAAAB-fake-token-0001";
const char *const RenewedToken = "gAAAAAB-fake-token-0002";
const char *const UnscopedToken = "gAAAAAB-fake-unscoped-0003";
const char *const AppSecret = "app-Secret-0004";

// A short "recent token" window (KeystoneSession::setRecentTokenWindow) instead of the default 2 s, so
// tests can wait it out quickly. Long enough that a refresh() right after a renewal still falls inside
// it on a loaded machine.
const qint64 RecentTokenWindowMsecs = 200;
const int PastRecentTokenWindowMsecs = 250;

QJsonArray catalog()
{
    const auto endpoint = [](const char *interface, const char *region, const char *url) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("e")},
                           {QStringLiteral("interface"), QLatin1String(interface)},
                           {QStringLiteral("region_id"), QLatin1String(region)},
                           {QStringLiteral("region"), QLatin1String(region)},
                           {QStringLiteral("url"), QLatin1String(url)}};
    };
    return QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("identity")},
                    {QStringLiteral("name"), QStringLiteral("keystone")},
                    {QStringLiteral("endpoints"),
                     QJsonArray{endpoint("public", "RegionOne", "https://cloud.example/identity/v3")}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("placement")},
                    {QStringLiteral("name"), QStringLiteral("placement")},
                    {QStringLiteral("endpoints"),
                     QJsonArray{endpoint("public", "RegionOne", "https://cloud.example/placement/"),
                                endpoint("internal", "RegionOne", "http://10.0.0.5:8778"),
                                endpoint("public", "RegionTwo", "https://two.example:8778")}}}};
}

// `withIssuedAt` false: no issued_at, as some Keystone-alikes answer.
QByteArray tokenBody(int lifetimeSeconds, const QJsonArray &catalogArray = catalog(),
                     bool withIssuedAt = true)
{
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const auto stamp = [](const QDateTime &time) {
        return QString(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                       QStringLiteral("000Z")); // microseconds
    };
    QJsonObject token{
        {QStringLiteral("expires_at"), stamp(issued.addSecs(lifetimeSeconds))},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                             {QStringLiteral("name"), QStringLiteral("admin")}}},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                                                {QStringLiteral("name"), QStringLiteral("admin")}}},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("admin")}}}},
        {QStringLiteral("catalog"), catalogArray}};
    if (withIssuedAt)
        token.insert(QStringLiteral("issued_at"), stamp(issued));
    return QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact);
}

ConnectionProfile passwordProfile()
{
    ConnectionProfile profile;
    profile.authUrl = QUrl(QStringLiteral("https://cloud.example/identity"));
    profile.username = QStringLiteral("admin");
    profile.password = QLatin1String(Password);
    profile.projectName = QStringLiteral("admin");
    profile.regionName = QStringLiteral("RegionOne");
    return profile;
}

// The simulated Keystone: scoped logins succeed (or fail with `scopedStatus`), unscoped ones succeed
// with the right password, /auth/projects lists two projects.
struct FakeKeystone
{
    int scopedStatus = 201;
    int lifetimeSeconds = 3600; // <= 0 with issued_at: a token that expires before it was issued
    bool withIssuedAt = true;
    QJsonArray catalogArray = catalog();
    int logins = 0;
    const char *nextToken = Token;

    void install(FakeNetworkAccessManager *nam)
    {
        nam->setPassThroughEnabled(false);
        nam->setHandler([this, nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                                    QIODevice *body) { return reply(nam, op, request, body); });
    }

    QNetworkReply *reply(QObject *parent, QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                         QIODevice *body)
    {
        static const QByteArray Unauthorized =
            R"({"error":{"code":401,"title":"Unauthorized","message":"The request you have made requires authentication."}})";
        const QString path = request.url().path();
        if (path.endsWith(QLatin1String("/v3/auth/projects")))
            return FakePayloadReply::json(
                op, request, 200,
                QByteArray(
                    R"({"projects":[{"name":"demo","domain_id":"default"},{"name":"ops","domain_id":"d2"}]})"),
                parent);
        if (!path.endsWith(QLatin1String("/v3/auth/tokens")) || op != QNetworkAccessManager::PostOperation)
            return nullptr;

        const QJsonObject auth = QJsonDocument::fromJson(body->peek(body->bytesAvailable()))
                                     .object()
                                     .value(QLatin1String("auth"))
                                     .toObject();
        const bool unscoped = auth.value(QLatin1String("scope")).toString() == QLatin1String("unscoped");
        const QString password = auth.value(QLatin1String("identity"))
                                     .toObject()
                                     .value(QLatin1String("password"))
                                     .toObject()
                                     .value(QLatin1String("user"))
                                     .toObject()
                                     .value(QLatin1String("password"))
                                     .toString();
        const bool passwordOk = password == QLatin1String(Password) || password.isEmpty();
        if (unscoped) {
            if (!passwordOk)
                return FakePayloadReply::json(op, request, 401, Unauthorized, parent);
            return new FakePayloadReply(
                op, request, 201, tokenBody(lifetimeSeconds, {}),
                {{"X-Subject-Token", UnscopedToken}, {"Content-Type", "application/json"}}, parent);
        }
        ++logins;
        if (!passwordOk || scopedStatus == 401)
            return FakePayloadReply::json(op, request, 401, Unauthorized, parent);
        if (scopedStatus != 201)
            return FakePayloadReply::json(
                op, request, scopedStatus,
                QByteArray(R"({"error":{"code":500,"title":"Internal Server Error","message":"boom"}})"),
                parent);
        return new FakePayloadReply(op, request, 201, tokenBody(lifetimeSeconds, catalogArray, withIssuedAt),
                                    {{"X-Subject-Token", nextToken}, {"Content-Type", "application/json"}},
                                    parent);
    }
};

ApiError login(KeystoneSession *session)
{
    QSignalSpy ok(session, &KeystoneSession::authenticated);
    QSignalSpy failed(session, &KeystoneSession::authenticationFailed);
    session->authenticate();
    QDeadlineTimer deadline(5000);
    while (ok.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    if (ok.isEmpty() && failed.isEmpty())
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no answer"));
    if (!failed.isEmpty())
        return failed.first().first().value<ApiError>();
    return {};
}

} // namespace

class TestKeystoneSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokensUrl_data();
    void tokensUrl();
    void requestBody_data();
    void requestBody();
    void catalogLookup_data();
    void catalogLookup();
    void renewMargin_data();
    void renewMargin();
    void loginFindsPlacementAndConfiguresClient();
    void wrongPasswordIsDiagnosed();
    void secondFactorIsNamedNotProbed();
    void unknownProjectListsTheUsersProjects();
    void refreshIsCoalescedAndReportsFailures();
    void tokenExpiringBeforeIssueIsRefused_data();
    void tokenExpiringBeforeIssueIsRefused();
    void renewalOfATokenExpiredOnArrivalBacksOff();
    void failedRenewalBacksOff();
    void unreachableKeystone();
    void adminTokenAndNoneNeedNoKeystone();
    void securityWarnings_data();
    void securityWarnings();
    void noSecretInLogsOrErrors();
};

void TestKeystoneSession::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.qpa.*=false"));
}

void TestKeystoneSession::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestKeystoneSession::tokensUrl_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "https://k.example:5000"
                          << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("v3") << "https://k.example:5000/v3"
                        << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("v3 slash") << "https://k.example:5000/v3/"
                              << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("prefix") << "https://cloud.example/identity"
                            << "https://cloud.example/identity/v3/auth/tokens";
    QTest::newRow("prefix v3") << "https://cloud.example/identity/v3"
                               << "https://cloud.example/identity/v3/auth/tokens";
    QTest::newRow("v2.0") << "http://k:5000/v2.0/"
                          << "http://k:5000/v3/auth/tokens";
    QTest::newRow("tokens URL") << "https://k.example:5000/v3/auth/tokens"
                                << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("tokens URL slash") << "https://k.example:5000/v3/auth/tokens/"
                                      << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("prefix tokens URL") << "https://cloud.example/identity/v3/auth/tokens"
                                       << "https://cloud.example/identity/v3/auth/tokens";
}

void TestKeystoneSession::tokensUrl()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneSession::tokensUrl(QUrl(authUrl)).toString(), expected);
}

void TestKeystoneSession::requestBody_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QByteArray>("expected");

    ConnectionProfile p = passwordProfile();
    p.userDomainName = QStringLiteral("Users");
    p.projectDomainId = QStringLiteral("proj-dom");
    QTest::newRow("password, names")
        << p
        << QByteArray(
               R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"Users"},"name":"admin","password":"pa55-Secret-word"}}},"scope":{"project":{"domain":{"id":"proj-dom"},"name":"admin"}}}})");
    p = passwordProfile();
    p.userId = QStringLiteral("u1");
    p.projectId = QStringLiteral("p1");
    QTest::newRow("password, ids")
        << p
        << QByteArray(
               R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"u1","password":"pa55-Secret-word"}}},"scope":{"project":{"id":"p1"}}}})");
    p = passwordProfile();
    p.projectName.clear();
    QTest::newRow("password, default domain, no scope")
        << p
        << QByteArray(
               R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"id":"default"},"name":"admin","password":"pa55-Secret-word"}}}}})");
    p.systemScope = true;
    QTest::newRow("system scope")
        << p
        << QByteArray(
               R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"id":"default"},"name":"admin","password":"pa55-Secret-word"}}},"scope":{"system":{"all":true}}}})");
    ConnectionProfile a;
    a.authType = ConnectionProfile::AuthType::ApplicationCredential;
    a.applicationCredentialId = QStringLiteral("ac1");
    a.applicationCredentialSecret = QLatin1String(AppSecret);
    a.projectName = QStringLiteral("ignored: an application credential has its own scope");
    QTest::newRow("application credential by id")
        << a
        << QByteArray(
               R"({"auth":{"identity":{"application_credential":{"id":"ac1","secret":"app-Secret-0004"},"methods":["application_credential"]}}})");
    a.applicationCredentialId.clear();
    a.applicationCredentialName = QStringLiteral("mycred");
    a.username = QStringLiteral("bob");
    QTest::newRow("application credential by name")
        << a
        << QByteArray(
               R"({"auth":{"identity":{"application_credential":{"name":"mycred","secret":"app-Secret-0004","user":{"domain":{"id":"default"},"name":"bob"}},"methods":["application_credential"]}}})");
    ConnectionProfile t;
    t.authType = ConnectionProfile::AuthType::Token;
    t.token = QLatin1String(Token);
    t.projectId = QStringLiteral("p9");
    QTest::newRow("token rescoped")
        << t
        << QByteArray(
               R"({"auth":{"identity":{"methods":["token"],"token":{"id":"gAAAAAB-fake-token-0001"}},"scope":{"project":{"id":"p9"}}}})");
}

void TestKeystoneSession::requestBody()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QByteArray, expected);
    QCOMPARE(KeystoneSession::authRequestBody(profile), expected);
}

void TestKeystoneSession::catalogLookup_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("public RegionOne, trailing slash dropped")
        << "public"
        << "RegionOne"
        << "https://cloud.example/placement" << QStringList();
    QTest::newRow("publicURL spelling") << "publicURL"
                                        << "RegionOne"
                                        << "https://cloud.example/placement" << QStringList();
    QTest::newRow("internal") << "internal"
                              << "RegionOne"
                              << "http://10.0.0.5:8778" << QStringList();
    QTest::newRow("any region: first") << "public"
                                       << ""
                                       << "https://cloud.example/placement" << QStringList();
    QTest::newRow("RegionTwo") << "public"
                               << "RegionTwo"
                               << "https://two.example:8778" << QStringList();
    QTest::newRow("unknown region") << "public"
                                    << "RegionNine"
                                    << ""
                                    << QStringList{QStringLiteral("RegionNine"),
                                                   QStringLiteral("RegionOne, RegionTwo")};
    QTest::newRow("interface missing in region")
        << "internal"
        << "RegionTwo"
        << ""
        << QStringList{QStringLiteral("\"internal\""), QStringLiteral("there it has public"),
                       QStringLiteral("RegionOne")};
    QTest::newRow("admin nowhere") << "admin"
                                   << ""
                                   << "" << QStringList{QStringLiteral("internal, public")};
}

void TestKeystoneSession::catalogLookup()
{
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QFETCH(QStringList, mentions);
    const ServiceCatalog serviceCatalog = ServiceCatalog::fromJson(catalog());
    QString problem;
    const QUrl url = serviceCatalog.endpointUrl(QStringLiteral("placement"), interface, region, &problem);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(problem.isEmpty(), !expected.isEmpty());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(problem.contains(mention), qPrintable(problem));

    QString missing;
    QVERIFY(ServiceCatalog::fromJson({})
                .endpointUrl(QStringLiteral("placement"), interface, region, &missing)
                .isEmpty());
    QVERIFY2(missing.contains(QLatin1String("empty")), qPrintable(missing));
}

void TestKeystoneSession::renewMargin_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("margin");
    QTest::newRow("1 h: 5 min cap") << 3600000ll << 300000ll;
    QTest::newRow("20 min: 10 %") << 1200000ll << 120000ll;
    QTest::newRow("20 s: 2 s") << 20000ll << 2000ll;
    QTest::newRow("nonsense") << -5ll << 0ll;
}

void TestKeystoneSession::renewMargin()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, margin);
    QCOMPARE(KeystoneSession::renewMarginMsecs(lifetime), margin);
}

void TestKeystoneSession::loginFindsPlacementAndConfiguresClient()
{
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.install(&nam);
    ConnectionProfile profile = passwordProfile();
    profile.placementApiVersion = QStringLiteral("1.20");
    auto session = std::make_shared<KeystoneSession>(&nam);
    session->setProfile(profile);
    QSignalSpy states(session.get(), &KeystoneSession::stateChanged);
    const ApiError error = login(session.get());
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(session->token(), QByteArray(Token));
    QCOMPARE(session->placementUrl(), QUrl(QStringLiteral("https://cloud.example/placement")));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(session->expiresAt()) - 3600) < 5);
    QCOMPARE(session->userName(), QStringLiteral("admin"));
    QCOMPARE(session->roleNames(), QStringList{QStringLiteral("admin")});
    QCOMPARE(states.count(), 2); // Authenticating, Authenticated
    QVERIFY(session->canRefresh());

    const FakeNetworkAccessManager::RecordedRequest request = nam.lastRequest();
    QCOMPARE(request.url.toString(), QStringLiteral("https://cloud.example/identity/v3/auth/tokens"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));

    PlacementClient client(&nam);
    KeystoneSession::configureClient(session, &client);
    QCOMPARE(client.baseUrl(), session->placementUrl());
    QCOMPARE(client.token(), QByteArray(Token));
    QCOMPARE(client.maximumMicroversion(), Microversion(1, 20));
    const QNetworkRequest placementRequest = client.makeRequest(QStringLiteral("/resource_providers"));
    QCOMPARE(placementRequest.url().toString(),
             QStringLiteral("https://cloud.example/placement/resource_providers"));
    QCOMPARE(placementRequest.rawHeader("X-Auth-Token"), QByteArray(Token));
    QCOMPARE(placementRequest.sslConfiguration().peerVerifyMode(),
             session->sslConfiguration().peerVerifyMode());
}

void TestKeystoneSession::secondFactorIsNamedNotProbed()
{
    // A 401 with an auth receipt means "MFA wanted": say so, and do not probe with an unscoped login.
    FakeNetworkAccessManager nam;
    nam.setPassThroughEnabled(false);
    nam.setHandler([&nam](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        return new FakePayloadReply(
            op, request, 401, QByteArrayLiteral(R"({"error":{"code":401}})"),
            {{"Openstack-Auth-Receipt", "receipt"}, {"Content-Type", "application/json"}}, &nam);
    });
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    const ApiError error = login(&session);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY2(error.summary().contains(QLatin1String("second factor")), qPrintable(error.summary()));
    QCOMPARE(nam.requestsTo(QStringLiteral("/auth/tokens")).size(), 1);
}

void TestKeystoneSession::wrongPasswordIsDiagnosed()
{
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.install(&nam);
    ConnectionProfile profile = passwordProfile();
    profile.password = QStringLiteral("wrong-one");
    KeystoneSession session(&nam);
    session.setProfile(profile);
    const ApiError error = login(&session);
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.service(), ApiError::Service::Keystone);
    QVERIFY2(error.summary().contains(QLatin1String("password is wrong")), qPrintable(error.summary()));
    QVERIFY(error.fullText().contains(QLatin1String("Keystone says:")));
    QCOMPARE(nam.requestsTo(QStringLiteral("/auth/tokens")).size(), 2); // scoped, then the unscoped probe
    QVERIFY(session.token().isEmpty());
    QCOMPARE(session.state(), KeystoneSession::State::Failed);
}

void TestKeystoneSession::unknownProjectListsTheUsersProjects()
{
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.scopedStatus = 401;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    const ApiError error = login(&session);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY2(error.summary().contains(QLatin1String("project \"admin\"")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("demo (domain default), ops (domain d2)")),
             qPrintable(error.summary()));
    // The probe's unscoped token was used for the listing only.
    const auto listing = nam.requestsTo(QStringLiteral("/auth/projects"));
    QCOMPARE(listing.size(), 1);
    QCOMPARE(listing.first().header("X-Auth-Token"), QByteArray(UnscopedToken));
    QVERIFY(session.token().isEmpty());
}

void TestKeystoneSession::refreshIsCoalescedAndReportsFailures()
{
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setRecentTokenWindow(RecentTokenWindowMsecs);
    session.setProfile(passwordProfile());
    QVERIFY(!login(&session).isError());
    QCOMPARE(keystone.logins, 1);

    // A 401 right after the login: the token was revoked at once, so log in again. Several callers
    // share that one renewal.
    keystone.nextToken = RenewedToken;
    QSignalSpy refreshed(&session, &TokenSource::refreshed);
    QSignalSpy renewed(&session, &KeystoneSession::tokenRenewed);
    session.refresh();
    session.refresh();
    session.refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(keystone.logins, 2);
    QCOMPARE(renewed.count(), 1);
    QCOMPARE(session.token(), QByteArray(RenewedToken));

    // Just after that renewal, 401s of requests sent with the old token reuse the new one.
    refreshed.clear();
    session.refresh();
    QVERIFY(refreshed.wait(1000));
    QCOMPARE(keystone.logins, 2);

    // A failed renewal is reported, keeps the current token, and is not retried for each caller.
    QTest::qWait(PastRecentTokenWindowMsecs);
    keystone.scopedStatus = 500;
    QSignalSpy failed(&session, &TokenSource::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(keystone.logins, 3);
    session.refresh();
    QVERIFY(failed.wait(1000));
    QCOMPARE(keystone.logins, 3);
    const ApiError error = failed.last().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 500);
    QVERIFY2(error.summary().contains(QLatin1String("Keystone")), qPrintable(error.summary()));
    QCOMPARE(session.token(), QByteArray(RenewedToken));
    QVERIFY(session.isAuthenticated());
}

void TestKeystoneSession::tokenExpiringBeforeIssueIsRefused_data()
{
    QTest::addColumn<int>("lifetimeSeconds");
    QTest::newRow("expires when issued") << 0;
    QTest::newRow("expired an hour before it was issued") << -3600;
}

void TestKeystoneSession::tokenExpiringBeforeIssueIsRefused()
{
    // Renewing such a token "before it expires" means at once, again and again: refuse it instead.
    QFETCH(int, lifetimeSeconds);
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.lifetimeSeconds = lifetimeSeconds;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    const ApiError error = login(&session);
    QVERIFY(error.isError());
    QCOMPARE(error.service(), ApiError::Service::Keystone);
    QVERIFY2(error.summary().startsWith(QLatin1String("Keystone issued a token that expires before it was "
                                                      "issued")),
             qPrintable(error.summary()));
    QCOMPARE(session.state(), KeystoneSession::State::Failed);
    QVERIFY(session.token().isEmpty());
    QCOMPARE(session.msecsUntilRenewal(), -1);
    QCOMPARE(keystone.logins, 1);

    // The same answer to a renewal keeps the current token, and the timer waits before asking again.
    keystone.lifetimeSeconds = 3600;
    QVERIFY(!login(&session).isError());
    QCOMPARE(keystone.logins, 2);
    keystone.lifetimeSeconds = lifetimeSeconds;
    keystone.nextToken = RenewedToken;
    QSignalSpy failed(&session, &TokenSource::refreshFailed);
    QSignalSpy renewed(&session, &KeystoneSession::tokenRenewed);
    session.refresh();
    QVERIFY(failed.wait(5000));
    const ApiError renewError = failed.first().first().value<ApiError>();
    QVERIFY2(renewError.summary().contains(QLatin1String("expires before it was issued")),
             qPrintable(renewError.summary()));
    QCOMPARE(session.token(), QByteArray(Token));
    QVERIFY(session.isAuthenticated());
    QCOMPARE(renewed.count(), 0);
    QVERIFY2(session.msecsUntilRenewal() > 25000, qPrintable(QString::number(session.msecsUntilRenewal())));
    QCOMPARE(keystone.logins, 3);
}

void TestKeystoneSession::renewalOfATokenExpiredOnArrivalBacksOff()
{
    // Without issued_at the lifetime is measured with the local clock; one that is ahead of Keystone's
    // sees every token expired. The timer must not then renew every second.
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.withIssuedAt = false;
    keystone.lifetimeSeconds = -60;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    const ApiError error = login(&session);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QVERIFY2(session.msecsUntilRenewal() > 25000, qPrintable(QString::number(session.msecsUntilRenewal())));

    // A token with a future expiry and no issued_at is renewed before it expires, as usual.
    keystone.lifetimeSeconds = 3600;
    QVERIFY(!login(&session).isError());
    const int due = session.msecsUntilRenewal();
    QVERIFY2(due > 3000000 && due <= 3300000, qPrintable(QString::number(due)));
}

void TestKeystoneSession::failedRenewalBacksOff()
{
    // Keystone fails a renewal while the token has 4 s left: trying again every second or two until
    // then only adds load to a Keystone in trouble.
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.lifetimeSeconds = 4;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    QVERIFY(!login(&session).isError());
    const int due = session.msecsUntilRenewal(); // 4 s less the 10 % margin
    QVERIFY2(due > 3000 && due <= 3600, qPrintable(QString::number(due)));
    keystone.scopedStatus = 500;
    QSignalSpy failed(&session, &TokenSource::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(keystone.logins, 2);
    QVERIFY2(session.msecsUntilRenewal() > 25000, qPrintable(QString::number(session.msecsUntilRenewal())));

    // Off, the timer stays off after a failure too.
    session.setAutoRenew(false);
    QCOMPARE(session.msecsUntilRenewal(), -1);
}

void TestKeystoneSession::unreachableKeystone()
{
    FakeNetworkAccessManager nam;
    nam.setPassThroughEnabled(false); // every request: connection refused
    KeystoneSession session(&nam);
    session.setProfile(passwordProfile());
    const ApiError error = login(&session);
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QVERIFY2(error.summary().contains(QLatin1String("Cannot reach Keystone at cloud.example")),
             qPrintable(error.summary()));
}

void TestKeystoneSession::adminTokenAndNoneNeedNoKeystone()
{
    FakeNetworkAccessManager nam;
    nam.setPassThroughEnabled(false);
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::AdminToken;
    profile.token = QStringLiteral("admin");
    profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8778/"));
    KeystoneSession session(&nam);
    session.setProfile(profile);
    QVERIFY(!login(&session).isError());
    QCOMPARE(session.token(), QByteArray("admin"));
    QCOMPARE(session.placementUrl(), profile.endpoint);
    QVERIFY(!session.canRefresh());
    QCOMPARE(nam.requestCount(), 0);

    profile.authType = ConnectionProfile::AuthType::None;
    profile.token.clear();
    session.setProfile(profile);
    QVERIFY(!login(&session).isError());
    QVERIFY(session.token().isEmpty());

    // A token that cannot be renewed says so instead of hanging a job.
    QSignalSpy failed(&session, &TokenSource::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait(1000));
}

void TestKeystoneSession::securityWarnings_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("placement");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QStringList>("expected"); // kind:host

    QTest::newRow("https, verified") << "https://k.example/v3"
                                     << "https://cloud.example/placement" << true << QStringList();
    QTest::newRow("http loopback") << "http://127.0.0.1:5000/v3"
                                   << "http://localhost:8778" << true << QStringList();
    QTest::newRow("http ::1") << "http://[::1]:5000/v3"
                              << "http://127.0.0.2:8778" << true << QStringList();
    QTest::newRow("http remote placement")
        << "https://k.example/v3"
        << "http://10.0.0.5:8778" << true << QStringList{QStringLiteral("http:10.0.0.5")};
    QTest::newRow("http remote keystone")
        << "http://k.example:5000/v3"
        << "https://cloud.example/placement" << true << QStringList{QStringLiteral("http:k.example")};
    QTest::newRow("verify false, one warning per host")
        << "https://cloud.example/identity/v3"
        << "https://cloud.example/placement" << false
        << QStringList{QStringLiteral("noverify:cloud.example")};
}

void TestKeystoneSession::securityWarnings()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, placement);
    QFETCH(bool, verify);
    QFETCH(QStringList, expected);

    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.catalogArray = {};
    keystone.install(&nam);
    ConnectionProfile profile = passwordProfile();
    profile.authUrl = QUrl(authUrl);
    profile.placementEndpointOverride = QUrl(placement);
    profile.tls.verify = verify;
    KeystoneSession session(&nam);
    session.setProfile(profile);
    QSignalSpy changed(&session, &KeystoneSession::securityWarningsChanged);
    const ApiError error = login(&session);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QStringList actual;
    for (const SecurityWarning &warning : session.securityWarnings()) {
        actual << (warning.kind() == SecurityWarning::Kind::UnencryptedConnection
                       ? QStringLiteral("http:")
                       : QStringLiteral("noverify:")) +
                      warning.host();
        QVERIFY(warning.text().contains(warning.host()));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(changed.count(), expected.isEmpty() ? 0 : 1);
    QCOMPARE(session.sslConfiguration().peerVerifyMode(),
             verify ? QSslSocket::AutoVerifyPeer : QSslSocket::VerifyNone);
}

void TestKeystoneSession::noSecretInLogsOrErrors()
{
    // Everything above ran with every logging category on; add failures and renewals, then look.
    FakeNetworkAccessManager nam;
    FakeKeystone keystone;
    keystone.install(&nam);
    KeystoneSession session(&nam);
    session.setRecentTokenWindow(RecentTokenWindowMsecs);
    session.setProfile(passwordProfile());
    QVERIFY(!login(&session).isError());
    QDebug(QtDebugMsg) << session.profile();

    QStringList texts;
    keystone.scopedStatus = 401;
    QTest::qWait(PastRecentTokenWindowMsecs);
    QSignalSpy failed(&session, &TokenSource::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait(5000));
    const ApiError renewError = failed.first().first().value<ApiError>();
    texts << renewError.fullText() << renewError.title() << renewError.detail();
    ConnectionProfile app;
    app.authType = ConnectionProfile::AuthType::ApplicationCredential;
    app.authUrl = QUrl(QStringLiteral("https://cloud.example/identity"));
    app.applicationCredentialId = QStringLiteral("ac1");
    app.applicationCredentialSecret = QLatin1String(AppSecret);
    session.setProfile(app);
    const ApiError appError = login(&session);
    texts << appError.fullText() << appError.title() << appError.detail();

    QStringList log;
    {
        QMutexLocker locker(&g_logMutex);
        log = g_log;
    }
    QVERIFY(!log.isEmpty());
    for (const char *secret : {Password, Token, RenewedToken, UnscopedToken, AppSecret}) {
        for (const QString &line : std::as_const(log))
            QVERIFY2(!line.contains(QLatin1String(secret)),
                     qPrintable(QStringLiteral("log line leaks a secret: ") + line));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(QLatin1String(secret)),
                     qPrintable(QStringLiteral("error text leaks a secret: ") + text));
    }
}

QTEST_GUILESS_MAIN(TestKeystoneSession)
#include "tst_keystonesession.moc"
