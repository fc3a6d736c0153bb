// KeystoneSession, CloudConfig and PlacementClient against a real Keystone (PostgreSQL, fernet tokens)
// and a real Placement behind keystonemiddleware (auth_strategy = keystone), plus an nginx TLS front
// with a path prefix. One Keystone serves the whole executable (setup takes 15-30 s).
#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/providerquery.h"
#include "api/requestlog.h"
#include "auth/cloudconfig.h"
#include "auth/keystonesession.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/jobrunner.h"
#include "support/keystoneserver.h"
#include "support/placementserver.h"
#include "support/testpki.h"
#include "support/tlsproxy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// Every message any code logs during the run, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log << QStringLiteral("[%1] %2").arg(QLatin1String(context.category ? context.category : "default"),
                                               message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const int TokenLifetimeSeconds = 20;

// Logs in and waits; returns the error (Kind::None on success).
ApiError login(KeystoneSession *session, int timeoutMs = 60000)
{
    ApiError error(ApiError::Kind::Timeout, QStringLiteral("no answer from KeystoneSession"));
    QEventLoop loop;
    QObject::connect(session, &KeystoneSession::authenticated, &loop, [&] {
        error = ApiError();
        loop.quit();
    });
    QObject::connect(session, &KeystoneSession::authenticationFailed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    session->authenticate();
    loop.exec();
    return error;
}

// Discovers the microversion (as the window does), then lists providers.
ApiError listProviders(PlacementClient *client, QList<ProviderInfo> *providers, int timeoutMs = 60000)
{
    return JobRunner::discoverAndList(client, providers, timeoutMs);
}

} // namespace

class TestKeystoneAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void passwordLoginFromCloudsYamlListsProviders();
    void applicationCredentialLogin_data();
    void applicationCredentialLogin();
    void wrongPassword();
    void projectWithoutRoleIsExplained();
    void nonAdminGets403ExplainedAsPermissions();
    void revokedTokenIsRenewedTransparently();
    void expiringTokenIsRenewed();
    void catalogWithoutPlacement();
    void regionNotInCatalog();
    void interfaceNotInCatalog();
    void unreachableAuthUrl();
    void tlsFrontWithCacertAndPathPrefix();
    void untrustedKeystoneCertificate();
    void noSecretInAnyLogLine();

private:
    ConnectionProfile adminProfile() const;
    std::shared_ptr<KeystoneSession> newSession(const ConnectionProfile &profile);
    void remember(const QByteArray &secret);

    KeystoneServer m_keystone;
    PlacementServer m_placement;
    TlsProxy m_proxy;
    TestPki m_pki;
    QTemporaryDir m_files;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QStringList m_providers;
    QString m_placementPassword;
    QString m_demoPassword = QStringLiteral("demo-Pa55-%1").arg(QDateTime::currentMSecsSinceEpoch());
    KeystoneServer::ApplicationCredential m_appCredential;
    QStringList m_secrets;           // every password and token of the run: none may show up in a log line
    QTemporaryFile m_requestLogFile; // --log-requests of every test's network manager
    QStringList m_requestLines;      // every request log entry as JSON and as curl, and its body
    QSet<QString> m_requestServices;
    int m_proxyListener = -1;
};

void TestKeystoneAuth::remember(const QByteArray &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(QString::fromUtf8(secret)))
        m_secrets << QString::fromUtf8(secret);
}

void TestKeystoneAuth::initTestCase()
{
    QVERIFY(m_requestLogFile.open());
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // Everything on, Qt's own categories included: a token must not leak through any of them.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.qpa.*=false"));

    QElapsedTimer timer;
    timer.start();
    m_keystone.setTokenLifetime(TokenLifetimeSeconds);
    QString error;
    QVERIFY2(m_keystone.start(&error), qPrintable(error));
    const qint64 keystoneMs = timer.elapsed();
    remember(m_keystone.adminPassword().toUtf8());

    m_placementPassword = QStringLiteral("placement-Pa55-%1").arg(QDateTime::currentMSecsSinceEpoch());
    remember(m_placementPassword.toUtf8());
    QVERIFY2(m_keystone.createServiceUser(QStringLiteral("placement"), m_placementPassword),
             qPrintable(m_keystone.lastError()));
    PlacementServer::KeystoneSettings settings;
    settings.authUrl = m_keystone.authUrl();
    settings.serviceUser = QStringLiteral("placement");
    settings.servicePassword = m_placementPassword;
    settings.adminToken = [this] { return m_keystone.adminToken(); };
    m_placement.setKeystone(settings);
    QVERIFY2(m_placement.start(&error), qPrintable(error));

    // nginx in front of both, with path prefixes, and a certificate from a test CA.
    QVERIFY2(m_pki.create(m_files.filePath(QStringLiteral("pki")), &error), qPrintable(error));
    m_proxyListener = m_proxy.addListener({m_pki.serverCertificate(), m_pki.serverKey(), {}});
    m_proxy.addRoute(QStringLiteral("/identity/"), m_keystone.baseUrl());
    m_proxy.addRoute(QStringLiteral("/placement/"), m_placement.baseUrl());
    QVERIFY2(m_proxy.start(&error), qPrintable(error));

    // RegionOne: public and internal (with a trailing slash) straight to Placement, admin through
    // the TLS front under /placement. RegionTwo: public only.
    const QStringList endpoints = m_keystone.registerPlacement(
        {{QStringLiteral("public"), m_placement.baseUrl()},
         {QStringLiteral("internal"), QUrl(m_placement.baseUrl().toString() + QStringLiteral("/"))},
         {QStringLiteral("admin"),
          m_proxy.url(m_proxyListener, QStringLiteral("/placement"), QStringLiteral("localhost"))}});
    QVERIFY2(endpoints.size() == 3, qPrintable(m_keystone.lastError()));
    QVERIFY(!m_keystone
                 .registerPlacement({{QStringLiteral("public"), m_placement.baseUrl()}},
                                    QStringLiteral("RegionTwo"))
                 .isEmpty());

    // A member of project demo (no admin role), and a project whose catalog omits Placement.
    remember(m_demoPassword.toUtf8());
    QVERIFY(!m_keystone.createUserWithRole(QStringLiteral("demo"), m_demoPassword, QStringLiteral("demo"))
                 .isEmpty());
    QVERIFY(
        !m_keystone.createUserWithRole(QStringLiteral("np"), m_demoPassword, QStringLiteral("noplacement"))
             .isEmpty());
    const QString noPlacement = m_keystone.ensureProject(QStringLiteral("noplacement"));
    QVERIFY(m_keystone.restrictProjectToEndpoints(noPlacement, {m_keystone.identityEndpointId()}));

    m_appCredential =
        m_keystone.createApplicationCredential(KeystoneServer::adminUser(), m_keystone.adminPassword(),
                                               KeystoneServer::adminProject(), QStringLiteral("pd-test"));
    QVERIFY2(m_appCredential.isValid(), qPrintable(m_keystone.lastError()));
    remember(m_appCredential.secret.toUtf8());

    for (int i = 0; i < 3; ++i) {
        const QString uuid = m_placement.createProvider(QStringLiteral("kvm-%1").arg(i));
        if (uuid.isEmpty()) {
            QFile log(m_placement.logFilePath());
            log.open(QIODevice::ReadOnly);
            const QList<QByteArray> lines = log.readAll().split('\n');
            for (const QByteArray &line : lines)
                if (line.contains("WARN") || line.contains("ERROR") || line.contains("rror"))
                    qWarning("%s", line.left(400).constData());
        }
        QVERIFY2(!uuid.isEmpty(), qPrintable(m_placement.lastError()));
        m_providers << uuid;
    }
    qInfo("setup: Keystone %lld ms (keystone-manage etc. %lld ms, uwsgi %lld ms), all %lld ms", keystoneMs,
          m_keystone.setupMsecs(), m_keystone.startupMsecs(), timer.elapsed());
}

void TestKeystoneAuth::cleanupTestCase()
{
    m_proxy.stop();
    m_placement.stop();
    m_keystone.stop();
    qInstallMessageHandler(g_previousHandler);
}

void TestKeystoneAuth::init()
{
    // A fresh manager per test: no kept-alive connection carries over. Its request log (what the
    // window's Requests panel and --log-requests show) is checked for secrets at the end.
    m_nam = std::make_unique<QNetworkAccessManager>();
    auto *log = new RequestLog(m_nam.get());
    QString error;
    QVERIFY2(log->setFile(m_requestLogFile.fileName(), &error), qPrintable(error));
}

void TestKeystoneAuth::cleanup()
{
    if (const RequestLog *log = RequestLog::of(m_nam.get())) {
        for (int i = 0; i < log->count(); ++i) {
            const RequestLogEntry &entry = log->entry(i);
            m_requestLines << QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact))
                           << entry.curlCommand() << QString::fromUtf8(entry.body);
            m_requestServices.insert(entry.service);
        }
    }
    m_nam.reset();
}

ConnectionProfile TestKeystoneAuth::adminProfile() const
{
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::Password;
    profile.authUrl = m_keystone.authUrl();
    profile.username = KeystoneServer::adminUser();
    profile.userDomainName = QStringLiteral("Default");
    profile.password = m_keystone.adminPassword();
    profile.projectName = KeystoneServer::adminProject();
    profile.projectDomainId = QStringLiteral("default");
    profile.regionName = KeystoneServer::region();
    return profile;
}

std::shared_ptr<KeystoneSession> TestKeystoneAuth::newSession(const ConnectionProfile &profile)
{
    auto session = std::make_shared<KeystoneSession>(m_nam.get());
    session->setProfile(profile);
    connect(session.get(), &KeystoneSession::refreshed, this,
            [this, raw = session.get()] { remember(raw->token()); });
    connect(session.get(), &KeystoneSession::authenticated, this,
            [this, raw = session.get()] { remember(raw->token()); });
    return session;
}

void TestKeystoneAuth::passwordLoginFromCloudsYamlListsProviders()
{
    // The operator's files: clouds.yaml without the password, secure.yaml with it.
    QTemporaryDir dir;
    QFile clouds(dir.filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    clouds.write(QStringLiteral("clouds:\n  test:\n    auth:\n      auth_url: %1\n      username: admin\n"
                                "      project_name: admin\n      user_domain_name: Default\n"
                                "      project_domain_name: Default\n    region_name: RegionOne\n")
                     .arg(m_keystone.authUrl().toString())
                     .toUtf8());
    clouds.close();
    QFile secure(dir.filePath(QStringLiteral("secure.yaml")));
    QVERIFY(secure.open(QIODevice::WriteOnly));
    secure.write(QStringLiteral("clouds:\n  test:\n    auth:\n      password: \"%1\"\n")
                     .arg(m_keystone.adminPassword())
                     .toUtf8());
    secure.close();

    CloudConfig config(
        {{QStringLiteral("HOME"), dir.path()}, {QStringLiteral("OS_CLOUD"), QStringLiteral("test")}});
    config.setWorkingDirectory(dir.path());
    config.setSystemConfigDirectory(dir.filePath(QStringLiteral("etc")));
    ConfigError configError;
    QVERIFY2(config.load(&configError), qPrintable(configError.message()));
    const ConnectionProfile profile = config.resolve(CloudConfig::Overrides(), &configError);
    QVERIFY2(!configError.isError(), qPrintable(configError.message()));

    auto session = newSession(profile);
    QSignalSpy warnings(session.get(), &KeystoneSession::securityWarningsChanged);
    QElapsedTimer timer;
    timer.start();
    const ApiError error = login(session.get());
    const qint64 loginMs = timer.elapsed();
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(session->state(), KeystoneSession::State::Authenticated);
    QCOMPARE(session->placementUrl(), m_placement.baseUrl());
    QCOMPARE(session->userName(), QStringLiteral("admin"));
    QCOMPARE(session->projectName(), QStringLiteral("admin"));
    QVERIFY(session->roleNames().contains(QStringLiteral("admin")));
    QVERIFY(session->expiresAt() > QDateTime::currentDateTimeUtc());
    QVERIFY(session->canRefresh());
    QVERIFY(session->securityWarnings().isEmpty()); // plain http, but loopback
    QCOMPARE(warnings.count(), 0);

    PlacementClient client(m_nam.get());
    KeystoneSession::configureClient(session, &client);
    QCOMPARE(client.tokenSource(), session.get());
    QList<ProviderInfo> providers;
    timer.restart();
    const ApiError listError = listProviders(&client, &providers);
    QVERIFY2(!listError.isError(), qPrintable(listError.fullText()));
    qInfo("password login %lld ms, discovery + list %lld ms", loginMs, timer.elapsed());
    QStringList uuids;
    for (const ProviderInfo &provider : std::as_const(providers))
        uuids << provider.uuid;
    for (const QString &uuid : std::as_const(m_providers))
        QVERIFY(uuids.contains(uuid));
}

void TestKeystoneAuth::applicationCredentialLogin_data()
{
    QTest::addColumn<bool>("byName");
    QTest::newRow("by id") << false;
    QTest::newRow("by name and user") << true;
}

void TestKeystoneAuth::applicationCredentialLogin()
{
    QFETCH(bool, byName);
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::ApplicationCredential;
    profile.authUrl = m_keystone.authUrl();
    profile.applicationCredentialSecret = m_appCredential.secret;
    if (byName) {
        profile.applicationCredentialName = m_appCredential.name;
        profile.username = KeystoneServer::adminUser();
        profile.userDomainId = QStringLiteral("default");
    } else {
        profile.applicationCredentialId = m_appCredential.id;
    }
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(session->projectName(), KeystoneServer::adminProject());
    QVERIFY(session->canRefresh());

    PlacementClient client(m_nam.get());
    KeystoneSession::configureClient(session, &client);
    QList<ProviderInfo> providers;
    const ApiError listError = listProviders(&client, &providers);
    QVERIFY2(!listError.isError(), qPrintable(listError.fullText()));
    QVERIFY(providers.size() >= m_providers.size());

    // A wrong secret is explained as such.
    profile.applicationCredentialSecret = QStringLiteral("not-the-secret");
    auto wrong = newSession(profile);
    const ApiError rejected = login(wrong.get());
    QCOMPARE(rejected.kind(), ApiError::Kind::Http);
    QCOMPARE(rejected.httpStatus(), 401);
    QVERIFY2(rejected.summary().contains(QLatin1String("application credential")),
             qPrintable(rejected.summary()));
    QVERIFY(!rejected.fullText().contains(QLatin1String("not-the-secret")));
}

void TestKeystoneAuth::wrongPassword()
{
    ConnectionProfile profile = adminProfile();
    profile.password = QStringLiteral("wrong-Pa55word");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.service(), ApiError::Service::Keystone);
    QCOMPARE(session->state(), KeystoneSession::State::Failed);
    QVERIFY(session->token().isEmpty());
    QVERIFY2(error.summary().contains(QLatin1String("\"admin\"")) &&
                 error.summary().contains(QLatin1String("password")),
             qPrintable(error.summary()));
    QVERIFY(!error.fullText().contains(QLatin1String("wrong-Pa55word")));
    remember("wrong-Pa55word");
}

void TestKeystoneAuth::projectWithoutRoleIsExplained()
{
    // Keystone answers the same 401 as for a wrong password; the session finds out the password was
    // right and lists the projects the user may use.
    ConnectionProfile profile = adminProfile();
    profile.projectName = QStringLiteral("no-such-project");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY2(error.summary().contains(QLatin1String("no-such-project")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("admin (domain default)")), qPrintable(error.summary()));

    // demo has a role on demo only: "noplacement" is refused with the same explanation.
    ConnectionProfile demo = adminProfile();
    demo.username = QStringLiteral("demo");
    demo.password = m_demoPassword;
    demo.projectName = QStringLiteral("admin");
    auto demoSession = newSession(demo);
    const ApiError noRole = login(demoSession.get());
    QCOMPARE(noRole.httpStatus(), 401);
    QVERIFY2(noRole.summary().contains(QLatin1String("demo (domain default)")), qPrintable(noRole.summary()));
}

void TestKeystoneAuth::nonAdminGets403ExplainedAsPermissions()
{
    ConnectionProfile profile = adminProfile();
    profile.username = QStringLiteral("demo");
    profile.password = m_demoPassword;
    profile.projectName = QStringLiteral("demo");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QVERIFY(!session->roleNames().contains(QStringLiteral("admin")));

    PlacementClient client(m_nam.get());
    KeystoneSession::configureClient(session, &client);
    QList<ProviderInfo> providers;
    const ApiError listError = listProviders(&client, &providers);
    QCOMPARE(listError.kind(), ApiError::Kind::Http);
    QCOMPARE(listError.httpStatus(), 403);
    QVERIFY2(listError.summary().contains(QLatin1String("Permission denied")),
             qPrintable(listError.summary()));
    QVERIFY2(listError.summary().contains(QLatin1String("admin")), qPrintable(listError.summary()));
    QVERIFY2(listError.fullText().contains(QLatin1String("placement:resource_providers:list")),
             qPrintable(listError.fullText()));
}

void TestKeystoneAuth::revokedTokenIsRenewedTransparently()
{
    auto session = newSession(adminProfile());
    QVERIFY(!login(session.get()).isError());
    PlacementClient client(m_nam.get());
    KeystoneSession::configureClient(session, &client);
    QList<ProviderInfo> providers;
    QVERIFY(!listProviders(&client, &providers).isError());

    const QByteArray revoked = session->token();
    QVERIFY(m_keystone.revokeToken(revoked));
    QSignalSpy renewed(session.get(), &KeystoneSession::tokenRenewed);
    providers.clear();
    QElapsedTimer timer;
    timer.start();
    const ApiError error = listProviders(&client, &providers); // 401, new token, replay
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    qInfo("401 -> re-authentication -> replay took %lld ms", timer.elapsed());
    QVERIFY(providers.size() >= m_providers.size());
    QCOMPARE(renewed.count(), 1);
    QVERIFY(session->token() != revoked);
}

void TestKeystoneAuth::expiringTokenIsRenewed()
{
    // Two sessions: one renews on its timer before expiry, one (timer off) lets the token expire and
    // renews after the 401. Both keep working.
    // The renewing session talks through a pass-through fake manager that timestamps its requests.
    FakeNetworkAccessManager recorder;
    auto renewing = std::make_shared<KeystoneSession>(&recorder);
    renewing->setProfile(adminProfile());
    connect(renewing.get(), &KeystoneSession::refreshed, this,
            [this, raw = renewing.get()] { remember(raw->token()); });
    auto expiring = newSession(adminProfile());
    expiring->setAutoRenew(false);
    QVERIFY(!login(renewing.get()).isError());
    remember(renewing->token());
    QVERIFY(!login(expiring.get()).isError());
    QList<QDateTime> renewalRequests;
    connect(&recorder, &FakeNetworkAccessManager::requestStarted, this,
            [&renewalRequests](const QUrl &url, const QByteArray &verb) {
                if (verb == "POST" && url.path().endsWith(QLatin1String("/auth/tokens")))
                    renewalRequests << QDateTime::currentDateTimeUtc();
            });
    const QDateTime firstExpiry = renewing->expiresAt();
    const QByteArray firstToken = renewing->token();
    const QDateTime expiredAt = expiring->expiresAt();
    QVERIFY(firstExpiry.isValid() && expiredAt.isValid());

    QSignalSpy renewed(renewing.get(), &KeystoneSession::tokenRenewed);
    // Wait until the second session's token is over (a second of slack for rounding).
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(expiredAt) + 1500;
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().msecsTo(expiredAt) < -1000, int(wait) + 5000);
    QVERIFY(renewed.count() >= 1);
    QVERIFY(!renewalRequests.isEmpty());
    // Scheduled 10 % of the lifetime (2 s) before expiry. A busy CI machine can fire the timer a second
    // or more late, so only "before expiry" is asserted: the point is that no 401 was needed.
    QVERIFY2(renewalRequests.first().msecsTo(firstExpiry) > 0,
             qPrintable(QStringLiteral("renewal requested %1 ms before expiry")
                            .arg(renewalRequests.first().msecsTo(firstExpiry))));
    QVERIFY(renewing->token() != firstToken);
    QVERIFY(renewing->expiresAt() > firstExpiry);

    // The renewed session needs no 401 round: its token is current.
    PlacementClient renewingClient(&recorder);
    KeystoneSession::configureClient(renewing, &renewingClient);
    QList<ProviderInfo> providers;
    const int tokenRequestsBefore = int(renewalRequests.size());
    const ApiError renewingError = listProviders(&renewingClient, &providers);
    QVERIFY2(!renewingError.isError(), qPrintable(renewingError.fullText()));
    // No 401 round: the next timer renewal is due about 15 s later, so any login here would be a refresh.
    QCOMPARE(int(renewalRequests.size()), tokenRequestsBefore);

    QSignalSpy expiredRenewed(expiring.get(), &KeystoneSession::tokenRenewed);
    const QByteArray expiredToken = expiring->token();
    PlacementClient expiringClient(m_nam.get());
    KeystoneSession::configureClient(expiring, &expiringClient);
    const ApiError expiringError = listProviders(&expiringClient, &providers);
    QVERIFY2(!expiringError.isError(), qPrintable(expiringError.fullText()));
    QCOMPARE(expiredRenewed.count(), 1);
    QVERIFY(expiring->token() != expiredToken);
}

void TestKeystoneAuth::catalogWithoutPlacement()
{
    ConnectionProfile profile = adminProfile();
    profile.username = QStringLiteral("np");
    profile.password = m_demoPassword;
    profile.projectName = QStringLiteral("noplacement");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(error.summary().contains(QLatin1String("no \"placement\" service")),
             qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("identity")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("placement_endpoint_override")),
             qPrintable(error.summary()));
    QCOMPARE(session->state(), KeystoneSession::State::Failed);

    // The endpoint override wins over the catalog.
    profile.placementEndpointOverride = m_placement.baseUrl();
    auto overridden = newSession(profile);
    const ApiError overrideError = login(overridden.get());
    QVERIFY2(!overrideError.isError(), qPrintable(overrideError.fullText()));
    QCOMPARE(overridden->placementUrl(), m_placement.baseUrl());
}

void TestKeystoneAuth::regionNotInCatalog()
{
    ConnectionProfile profile = adminProfile();
    profile.regionName = QStringLiteral("RegionThree");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(error.summary().contains(QLatin1String("RegionThree")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("RegionOne, RegionTwo")), qPrintable(error.summary()));
}

void TestKeystoneAuth::interfaceNotInCatalog()
{
    ConnectionProfile profile = adminProfile();
    profile.regionName = QStringLiteral("RegionTwo");
    profile.interface = QStringLiteral("internal");
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(error.summary().contains(QLatin1String("\"internal\"")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("public")), qPrintable(error.summary()));

    // internal in RegionOne exists (registered with a trailing slash, which is dropped).
    profile.regionName = KeystoneServer::region();
    auto internal = newSession(profile);
    const ApiError internalError = login(internal.get());
    QVERIFY2(!internalError.isError(), qPrintable(internalError.fullText()));
    QCOMPARE(internal->placementUrl(), m_placement.baseUrl());
}

void TestKeystoneAuth::unreachableAuthUrl()
{
    ConnectionProfile profile = adminProfile();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    profile.authUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(port));
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.service(), ApiError::Service::Keystone);
    QVERIFY2(error.summary().contains(QStringLiteral("Keystone at 127.0.0.1:%1").arg(port)),
             qPrintable(error.summary()));
}

void TestKeystoneAuth::tlsFrontWithCacertAndPathPrefix()
{
    // https://localhost:PORT/identity/v3 with the test CA, interface admin: the catalog's admin
    // endpoint is https://localhost:PORT/placement.
    ConnectionProfile profile = adminProfile();
    profile.authUrl =
        m_proxy.url(m_proxyListener, QStringLiteral("/identity/v3"), QStringLiteral("localhost"));
    profile.interface = QStringLiteral("admin");
    profile.tls.caFile = m_pki.caCertificate();
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(session->placementUrl().path(), QStringLiteral("/placement"));
    QCOMPARE(session->placementUrl().scheme(), QStringLiteral("https"));
    QVERIFY(session->securityWarnings().isEmpty());

    PlacementClient client(m_nam.get());
    KeystoneSession::configureClient(session, &client);
    QList<ProviderInfo> providers;
    const ApiError listError = listProviders(&client, &providers);
    QVERIFY2(!listError.isError(), qPrintable(listError.fullText()));
    QVERIFY(providers.size() >= m_providers.size());
}

void TestKeystoneAuth::untrustedKeystoneCertificate()
{
    ConnectionProfile profile = adminProfile();
    profile.authUrl =
        m_proxy.url(m_proxyListener, QStringLiteral("/identity/v3"), QStringLiteral("localhost"));
    auto session = newSession(profile);
    const ApiError error = login(session.get());
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY2(error.summary().contains(QStringLiteral("localhost:%1").arg(m_proxy.port(m_proxyListener))),
             qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("Placement Desk Test CA")), qPrintable(error.summary()));
    QVERIFY(!error.sslErrors().isEmpty());
}

void TestKeystoneAuth::noSecretInAnyLogLine()
{
    QStringList log;
    {
        QMutexLocker locker(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(m_secrets.size() >= 8, qPrintable(QString::number(m_secrets.size())));
    QVERIFY(!log.isEmpty()); // the capture works: the session logs its logins
    for (const QString &line : std::as_const(log)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("a secret leaked into: %1").arg(line.left(200))));
    }
    qInfo("%lld log lines checked against %lld secrets", qint64(log.size()), qint64(m_secrets.size()));

    // The request log: every login, catalog read and Placement request, in memory and in the file.
    QVERIFY(m_requestServices.contains(QStringLiteral("Keystone")));
    QVERIFY(m_requestServices.contains(QStringLiteral("Placement")));
    QFile file(m_requestLogFile.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QStringList fileLines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fileLines.size() >= m_requestLines.size() / 3);
    for (const QString &line : m_requestLines + fileLines) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(
                !line.contains(secret),
                qPrintable(QStringLiteral("a secret leaked into the request log: %1").arg(line.left(200))));
    }
    qInfo("%lld request log lines checked", qint64(m_requestLines.size() + fileLines.size()));
}

QTEST_GUILESS_MAIN(TestKeystoneAuth)
#include "tst_keystoneauth.moc"
