// TLS as Placement Desk applies it: a real Placement (noauth2) behind Debian's nginx with certificates
// made by the test. Untrusted or wrong-host certificates are refused with the reason and the host;
// cacert makes the test CA trusted; verify: false connects but leaves a persistent warning; a client
// certificate (cert/key) satisfies a server that demands one.
#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/providerquery.h"
#include "auth/keystonesession.h"
#include "support/jobrunner.h"
#include "support/placementserver.h"
#include "support/testpki.h"
#include "support/tlsproxy.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// Signs in, then lists providers through the session's token and catalog URL.
ApiError connectAndList(const std::shared_ptr<KeystoneSession> &session, QNetworkAccessManager *nam,
                        QList<ProviderInfo> *providers)
{
    ApiError error(ApiError::Kind::Timeout, QStringLiteral("no answer from Keystone"));
    bool signedIn = false;
    QEventLoop loop;
    QObject::connect(session.get(), &KeystoneSession::authenticated, &loop, [&] {
        signedIn = true;
        loop.quit();
    });
    QObject::connect(session.get(), &KeystoneSession::authenticationFailed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    session->authenticate();
    loop.exec();
    if (!signedIn)
        return error;
    PlacementClient client(nam);
    KeystoneSession::configureClient(session, &client);
    return JobRunner::discoverAndList(&client, providers);
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void untrustedCertificateIsRejectedWithReasonAndHost();
    void acceptedWithCacert();
    void verifyFalseConnectsWithPersistentWarning();
    void wrongHostIsRejectedEvenWithCacert();
    void clientCertificate();
    void unreadableCacertIsAConfigurationError();

private:
    ConnectionProfile profileFor(int listener, const QString &host = QStringLiteral("127.0.0.1")) const;
    std::shared_ptr<KeystoneSession> newSession(const ConnectionProfile &profile);

    PlacementServer m_placement;
    TlsProxy m_proxy;
    TestPki m_pki;
    QTemporaryDir m_files;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_trusted = -1;
    int m_wrongHost = -1;
    int m_clientAuth = -1;
    QString m_provider;
};

void TestTls::initTestCase()
{
    QString error;
    QVERIFY2(m_placement.start(&error), qPrintable(error));
    m_provider = m_placement.createProvider(QStringLiteral("tls-node"));
    QVERIFY(!m_provider.isEmpty());
    QVERIFY2(m_pki.create(m_files.filePath(QStringLiteral("pki")), &error), qPrintable(error));
    m_trusted = m_proxy.addListener({m_pki.serverCertificate(), m_pki.serverKey(), {}});
    m_wrongHost = m_proxy.addListener({m_pki.wrongHostCertificate(), m_pki.wrongHostKey(), {}});
    m_clientAuth = m_proxy.addListener({m_pki.serverCertificate(), m_pki.serverKey(), m_pki.caCertificate()});
    m_proxy.addRoute(QStringLiteral("/placement/"), m_placement.baseUrl());
    QVERIFY2(m_proxy.start(&error), qPrintable(error));
}

void TestTls::cleanupTestCase()
{
    m_proxy.stop();
    m_placement.stop();
}

void TestTls::init()
{
    // Qt reuses kept-alive connections by host and port whatever TLS settings opened them: one
    // manager per test, as one per connect in the application.
    m_nam = std::make_unique<QNetworkAccessManager>();
}

ConnectionProfile TestTls::profileFor(int listener, const QString &host) const
{
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::AdminToken;
    profile.token = QStringLiteral("admin");
    profile.placementEndpointOverride = m_proxy.url(listener, QStringLiteral("/placement"), host);
    return profile;
}

std::shared_ptr<KeystoneSession> TestTls::newSession(const ConnectionProfile &profile)
{
    auto session = std::make_shared<KeystoneSession>(m_nam.get());
    session->setProfile(profile);
    return session;
}

void TestTls::untrustedCertificateIsRejectedWithReasonAndHost()
{
    auto session = newSession(profileFor(m_trusted));
    QList<ProviderInfo> providers;
    const ApiError error = connectAndList(session, m_nam.get(), &providers);
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QCOMPARE(error.networkError(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!error.sslErrors().isEmpty());
    const QString host = QStringLiteral("127.0.0.1:%1").arg(m_proxy.port(m_trusted));
    QVERIFY2(error.summary().contains(host), qPrintable(error.summary()));
    // Qt's reason (the chain ends in a CA nobody trusts) and who issued the certificate.
    QVERIFY2(error.summary().contains(error.sslErrors().first().errorString()), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("Placement Desk Test CA")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("cacert")), qPrintable(error.summary()));
    QVERIFY(providers.isEmpty());
    qInfo("%s", qPrintable(error.summary()));
}

void TestTls::acceptedWithCacert()
{
    ConnectionProfile profile = profileFor(m_trusted);
    profile.tls.caFile = m_pki.caCertificate();
    auto session = newSession(profile);
    QList<ProviderInfo> providers;
    const ApiError error = connectAndList(session, m_nam.get(), &providers);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(providers.size(), 1);
    QCOMPARE(providers.first().uuid, m_provider);
    QVERIFY(session->securityWarnings().isEmpty());

    // By name too: the certificate names localhost as well.
    m_nam = std::make_unique<QNetworkAccessManager>();
    ConnectionProfile byName = profileFor(m_trusted, QStringLiteral("localhost"));
    byName.tls.caFile = m_pki.caCertificate();
    auto named = newSession(byName);
    const ApiError namedError = connectAndList(named, m_nam.get(), &providers);
    QVERIFY2(!namedError.isError(), qPrintable(namedError.fullText()));
}

void TestTls::verifyFalseConnectsWithPersistentWarning()
{
    ConnectionProfile profile = profileFor(m_wrongHost); // untrusted CA and the wrong name: both ignored
    profile.tls.verify = false;
    auto session = newSession(profile);
    QSignalSpy warnings(session.get(), &KeystoneSession::securityWarningsChanged);
    QList<ProviderInfo> providers;
    const ApiError error = connectAndList(session, m_nam.get(), &providers);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(providers.size(), 1);
    QCOMPARE(warnings.count(), 1);
    const QList<SecurityWarning> current = session->securityWarnings();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().kind(), SecurityWarning::Kind::CertificateVerificationDisabled);
    QCOMPARE(current.first().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(current.first().text().contains(QLatin1String("verify: false")));
}

void TestTls::wrongHostIsRejectedEvenWithCacert()
{
    ConnectionProfile profile = profileFor(m_wrongHost);
    profile.tls.caFile = m_pki.caCertificate();
    auto session = newSession(profile);
    QList<ProviderInfo> providers;
    const ApiError error = connectAndList(session, m_nam.get(), &providers);
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    bool mismatch = false;
    for (const QSslError &sslError : error.sslErrors())
        mismatch = mismatch || sslError.error() == QSslError::HostNameMismatch;
    QVERIFY(mismatch);
    QVERIFY2(error.summary().contains(QLatin1String("wrong.example")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QStringLiteral("127.0.0.1:%1").arg(m_proxy.port(m_wrongHost))),
             qPrintable(error.summary()));
}

void TestTls::clientCertificate()
{
    ConnectionProfile profile = profileFor(m_clientAuth);
    profile.tls.caFile = m_pki.caCertificate();
    auto without = newSession(profile);
    QList<ProviderInfo> providers;
    const ApiError refused = connectAndList(without, m_nam.get(), &providers);
    // nginx answers 400 "No required SSL certificate was sent" (an HTML page, which discovery reports
    // as "not a Placement endpoint"), or the handshake ends first.
    QVERIFY(refused.isError());
    QVERIFY2(refused.kind() == ApiError::Kind::NotPlacement || refused.kind() == ApiError::Kind::Tls ||
                 refused.kind() == ApiError::Kind::Network,
             qPrintable(refused.fullText()));
    qInfo("without a client certificate: %s", qPrintable(refused.fullText()));

    m_nam = std::make_unique<QNetworkAccessManager>();
    profile.tls.certFile = m_pki.clientCertificate();
    profile.tls.keyFile = m_pki.clientKey();
    auto with = newSession(profile);
    const ApiError error = connectAndList(with, m_nam.get(), &providers);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(providers.size(), 1);
}

void TestTls::unreadableCacertIsAConfigurationError()
{
    ConnectionProfile profile = profileFor(m_trusted);
    profile.tls.caFile = m_files.filePath(QStringLiteral("missing-ca.pem"));
    auto session = newSession(profile);
    QList<ProviderInfo> providers;
    const ApiError error = connectAndList(session, m_nam.get(), &providers);
    QCOMPARE(error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(error.summary().contains(QLatin1String("missing-ca.pem")), qPrintable(error.summary()));

    profile.tls.caFile.clear();
    profile.tls.certFile = m_pki.clientCertificate();
    profile.tls.keyFile = m_pki.caCertificate(); // not a key
    auto badKey = newSession(profile);
    const ApiError keyError = connectAndList(badKey, m_nam.get(), &providers);
    QCOMPARE(keyError.kind(), ApiError::Kind::Configuration);
    QVERIFY2(keyError.summary().contains(QLatin1String("private key")), qPrintable(keyError.summary()));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
