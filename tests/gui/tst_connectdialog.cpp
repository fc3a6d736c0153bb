#include "auth/cloudconfig.h"
#include "auth/keystonesession.h"
#include "auth/securitywarning.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "support/keystoneserver.h"
#include "support/placementserver.h"
#include "ui/connectdialog.h"
#include "ui/connectionbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

// The Connect dialog and the window's persistent security warnings, offscreen and without a keyring.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsCloudsWithTheirSourceFile();
    void selectedCloudResolves();
    void badYamlShowsFileAndLine();
    void rememberPasswordDisabledWithoutKeyring();
    void manualEntryProducesProfile();
    void remembersChoicesButNoSecrets();
    void everyControlIsNamed();
    void httpWarningIsPersistentForRemoteHostsOnly();
    void cloudSessionConfiguresClientAndLoads();
    void keystoneFailureShowsErrorBanner();
    void endToEndWithKeystone();

private:
    CloudConfig configFor(const QString &cloudsYaml);

    QTemporaryDir m_dir;
    int m_fileCounter = 0;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
    QVERIFY(m_dir.isValid());
}

void TestConnectDialog::init()
{
    QSettings().clear();
    QDir(ProviderCache::defaultDirectory()).removeRecursively(); // no warm start from an earlier test
}

CloudConfig TestConnectDialog::configFor(const QString &cloudsYaml)
{
    // A fresh directory per case: nothing from the developer's own clouds.yaml or OS_* leaks in.
    const QString dir = m_dir.filePath(QString::number(++m_fileCounter));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/clouds.yaml");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(cloudsYaml.toUtf8());
    file.close();
    CloudConfig::Environment environment;
    environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), path);
    environment.insert(QStringLiteral("HOME"), dir);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    CloudConfig config(environment);
    config.setWorkingDirectory(dir);
    config.setSystemConfigDirectory(dir + QStringLiteral("/etc"));
    return config;
}

static const char TwoClouds[] = "clouds:\n"
                                "  alpha:\n"
                                "    auth:\n"
                                "      auth_url: https://keystone.alpha.example:5000/v3\n"
                                "      username: admin\n"
                                "      project_name: admin\n"
                                "      user_domain_name: Default\n"
                                "      project_domain_name: Default\n"
                                "      password: from-yaml\n"
                                "    region_name: RegionOne\n"
                                "  beta:\n"
                                "    auth:\n"
                                "      auth_url: https://keystone.beta.example/identity\n"
                                "      username: demo\n"
                                "      project_name: demo\n"
                                "      password: x\n";

void TestConnectDialog::listsCloudsWithTheirSourceFile()
{
    const CloudConfig config = configFor(QString::fromLatin1(TwoClouds));
    ConnectDialog dialog(config);
    QTreeWidget *list = dialog.cloudList();
    QCOMPARE(list->topLevelItemCount(), 3); // alpha, beta, Manual
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("alpha"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("beta"));
    QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("keystone.alpha.example")));
    QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("admin")));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("RegionOne"));
    const QString file = QDir::toNativeSeparators(m_dir.filePath(QString::number(m_fileCounter)) +
                                                  QStringLiteral("/clouds.yaml"));
    QCOMPARE(list->topLevelItem(0)->text(4), file);
    QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Manual"));
    QVERIFY(!dialog.errorLabel()->isVisibleTo(&dialog));
}

void TestConnectDialog::selectedCloudResolves()
{
    ConnectDialog dialog(configFor(QString::fromLatin1(TwoClouds)));
    dialog.selectCloud(QStringLiteral("alpha"));
    QVERIFY(!dialog.isManualSelected());
    QVERIFY(!dialog.authUrlEdit()->isEnabled() || !dialog.authUrlEdit()->parentWidget()->isEnabled());
    QString problem;
    const ConnectionProfile profile = dialog.profile(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(profile.cloudName, QStringLiteral("alpha"));
    QCOMPARE(profile.authUrl, QUrl(QStringLiteral("https://keystone.alpha.example:5000/v3")));
    QCOMPARE(profile.password, QStringLiteral("from-yaml"));
    // A typed password wins over the file's.
    dialog.passwordEdit()->setText(QStringLiteral("typed"));
    QCOMPARE(dialog.profile().password, QStringLiteral("typed"));
}

void TestConnectDialog::badYamlShowsFileAndLine()
{
    ConnectDialog dialog(configFor(QStringLiteral("clouds:\n  alpha:\n    auth: [unclosed\n    x: {\n")));
    QVERIFY(dialog.loadError().isError());
    QVERIFY(dialog.loadError().line() > 0);
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    // The file once, and the line (ConfigError::text()).
    const QString text = dialog.errorLabel()->text();
    QVERIFY2(text.count(dialog.loadError().file()) == 1, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line %1").arg(dialog.loadError().line())), qPrintable(text));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("clouds.yaml")));
    // Manual still works.
    QCOMPARE(dialog.cloudList()->topLevelItemCount(), 1);
    QVERIFY(dialog.isManualSelected());
}

void TestConnectDialog::rememberPasswordDisabledWithoutKeyring()
{
    ConnectDialog dialog(configFor(QString::fromLatin1(TwoClouds)));
    // Off until a keyring answers; offscreen there is none, so it stays off, with the reason.
    QVERIFY(!dialog.rememberPasswordCheck()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keyringProbed(), 20000);
    QVERIFY(!dialog.keyringAvailable());
    QVERIFY(!dialog.rememberPasswordCheck()->isEnabled());
    QVERIFY(dialog.rememberPasswordCheck()->toolTip().contains(QStringLiteral("keyring")));
}

void TestConnectDialog::manualEntryProducesProfile()
{
    ConnectDialog dialog(configFor(QString::fromLatin1(TwoClouds)));
    dialog.selectCloud(QString());
    QVERIFY(dialog.isManualSelected());
    dialog.authTypeCombo()->setCurrentIndex(0); // password
    dialog.authUrlEdit()->setText(QStringLiteral("https://keystone.example:5000/v3"));
    dialog.usernameEdit()->setText(QStringLiteral("operator"));
    dialog.userDomainEdit()->setText(QStringLiteral("Users"));
    dialog.projectEdit()->setText(QStringLiteral("ops"));
    dialog.projectDomainEdit()->setText(QStringLiteral("Projects"));
    dialog.passwordEdit()->setText(QStringLiteral("hunter2"));
    dialog.regionEdit()->setText(QStringLiteral("RegionTwo"));
    dialog.interfaceCombo()->setCurrentIndex(dialog.interfaceCombo()->findText(QStringLiteral("internal")));
    dialog.verifyCheck()->setChecked(false);
    dialog.caFileEdit()->setText(QStringLiteral("/etc/ssl/ca.pem"));

    QString problem;
    const ConnectionProfile profile = dialog.profile(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(profile.authType, ConnectionProfile::AuthType::Password);
    QCOMPARE(profile.authUrl, QUrl(QStringLiteral("https://keystone.example:5000/v3")));
    QCOMPARE(profile.username, QStringLiteral("operator"));
    QCOMPARE(profile.userDomainName, QStringLiteral("Users"));
    QCOMPARE(profile.projectName, QStringLiteral("ops"));
    QCOMPARE(profile.projectDomainName, QStringLiteral("Projects"));
    QCOMPARE(profile.password, QStringLiteral("hunter2"));
    QCOMPARE(profile.regionName, QStringLiteral("RegionTwo"));
    QCOMPARE(profile.interface, QStringLiteral("internal"));
    QVERIFY(!profile.tls.verify);
    QCOMPARE(profile.tls.caFile, QStringLiteral("/etc/ssl/ca.pem"));
    QVERIFY(profile.usesKeystone());

    // Application credential.
    dialog.authTypeCombo()->setCurrentIndex(1);
    QVERIFY(dialog.credentialIdEdit()->isEnabled());
    QVERIFY(!dialog.usernameEdit()->isEnabled());
    dialog.credentialIdEdit()->setText(QStringLiteral("cred-id"));
    dialog.credentialSecretEdit()->setText(QStringLiteral("cred-secret"));
    const ConnectionProfile credential = dialog.profile(&problem);
    QCOMPARE(credential.authType, ConnectionProfile::AuthType::ApplicationCredential);
    QCOMPARE(credential.applicationCredentialId, QStringLiteral("cred-id"));
    QCOMPARE(credential.applicationCredentialSecret, QStringLiteral("cred-secret"));
    QVERIFY(credential.password.isEmpty());

    // None: a fixed endpoint, no Keystone.
    dialog.authTypeCombo()->setCurrentIndex(3);
    dialog.endpointEdit()->setText(QStringLiteral("http://127.0.0.1:8778"));
    problem.clear();
    const ConnectionProfile none = dialog.profile(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(none.authType, ConnectionProfile::AuthType::None);
    QCOMPARE(none.fixedPlacementUrl(), QUrl(QStringLiteral("http://127.0.0.1:8778")));
    QVERIFY(!none.usesKeystone());

    // Missing values are reported, not accepted.
    dialog.authTypeCombo()->setCurrentIndex(0);
    dialog.authUrlEdit()->clear();
    problem.clear();
    dialog.profile(&problem);
    QVERIFY(!problem.isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectDialog::remembersChoicesButNoSecrets()
{
    {
        ConnectDialog dialog(configFor(QString::fromLatin1(TwoClouds)));
        dialog.selectCloud(QString());
        dialog.authTypeCombo()->setCurrentIndex(0);
        dialog.authUrlEdit()->setText(QStringLiteral("https://keystone.example:5000/v3"));
        dialog.usernameEdit()->setText(QStringLiteral("operator"));
        dialog.projectEdit()->setText(QStringLiteral("ops"));
        dialog.passwordEdit()->setText(QStringLiteral("TopSecretPassword42"));
        dialog.credentialSecretEdit()->setText(QStringLiteral("TopSecretCredential42"));
        dialog.regionEdit()->setText(QStringLiteral("RegionTwo"));
        dialog.verifyCheck()->setChecked(false);
        dialog.certFileEdit()->setText(QStringLiteral("/tmp/client.pem"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QSettings().fileName()));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("operator"));
    QVERIFY(!contents.contains("TopSecretPassword42"));
    QVERIFY(!contents.contains("TopSecretCredential42"));

    ConnectDialog again(configFor(QString::fromLatin1(TwoClouds)));
    QVERIFY(again.isManualSelected());
    QCOMPARE(again.authUrlEdit()->text(), QStringLiteral("https://keystone.example:5000/v3"));
    QCOMPARE(again.usernameEdit()->text(), QStringLiteral("operator"));
    QCOMPARE(again.projectEdit()->text(), QStringLiteral("ops"));
    QCOMPARE(again.regionEdit()->text(), QStringLiteral("RegionTwo"));
    QVERIFY(!again.verifyCheck()->isChecked());
    QCOMPARE(again.certFileEdit()->text(), QStringLiteral("/tmp/client.pem"));
    QVERIFY(again.passwordEdit()->text().isEmpty());
    QVERIFY(again.credentialSecretEdit()->text().isEmpty());

    // The last cloud is remembered too.
    again.selectCloud(QStringLiteral("beta"));
    again.accept();
    ConnectDialog third(configFor(QString::fromLatin1(TwoClouds)));
    QVERIFY(!third.isManualSelected());
    QCOMPARE(third.cloudList()->currentItem()->text(0), QStringLiteral("beta"));
}

void TestConnectDialog::everyControlIsNamed()
{
    ConnectDialog dialog(configFor(QString::fromLatin1(TwoClouds)));
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    QStringList unnamed;
    for (QWidget *widget : widgets) {
        const QByteArray className = widget->metaObject()->className();
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
                             qobject_cast<QComboBox *>(widget) || qobject_cast<QTreeWidget *>(widget);
        if (!control || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            unnamed << QString::fromLatin1(className) + QLatin1Char(' ') + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestConnectDialog::httpWarningIsPersistentForRemoteHostsOnly()
{
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    QVERIFY(!window.securityBanner()->isVisibleTo(&window));

    window.connectTo(QUrl(QStringLiteral("http://example.invalid:8778")), QStringLiteral("SecretToken99"));
    QCOMPARE(window.securityWarnings().size(), 1);
    QCOMPARE(window.securityWarnings().constFirst().kind(), SecurityWarning::Kind::UnencryptedConnection);
    QVERIFY(window.securityBanner()->isVisibleTo(&window));
    QVERIFY(window.securityBanner()->text().contains(QStringLiteral("example.invalid")));
    // Not dismissable while the condition holds, and separate from the error banner.
    QVERIFY(!window.securityBanner()->closeButton()->isVisibleTo(&window));
    QVERIFY(window.securityBanner() != window.messageBanner());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("SecretToken99")));
    // A failed load (no such host) leaves the warning in place.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    QVERIFY(window.securityBanner()->isVisibleTo(&window));

    window.connectTo(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("SecretToken99"));
    QVERIFY(window.securityWarnings().isEmpty());
    QVERIFY(!window.securityBanner()->isVisibleTo(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);

    window.connectTo(QUrl(QStringLiteral("http://localhost:9")), QStringLiteral("SecretToken99"));
    QVERIFY(!window.securityBanner()->isVisibleTo(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
}

void TestConnectDialog::cloudSessionConfiguresClientAndLoads()
{
    // admin_token needs no Keystone: the session path (configureClient, read-only endpoint, load)
    // against a real Placement in noauth mode.
    PlacementServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(!server.createProvider(QStringLiteral("compute-01")).isEmpty());

    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    ConnectionProfile profile;
    profile.cloudName = QStringLiteral("lab");
    profile.authType = ConnectionProfile::AuthType::AdminToken;
    profile.token = QStringLiteral("admin");
    profile.endpoint = server.baseUrl();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.connectToCloud(profile);
    QVERIFY(window.keystoneSession());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(window.lastError().fullText()));
    QCOMPARE(window.store()->providerCount(), 1);
    QVERIFY(window.connectionBar()->endpointEdit()->isReadOnly());
    QCOMPARE(QUrl(window.connectionBar()->endpointEdit()->text()).adjusted(QUrl::StripTrailingSlash),
             server.baseUrl().adjusted(QUrl::StripTrailingSlash));
    QVERIFY(window.windowTitle().contains(QStringLiteral("lab")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("admin")));
    QVERIFY(window.securityWarnings().isEmpty()); // loopback

    // Refresh reloads through the session.
    finished.clear();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY(failed.isEmpty());

    window.endCloudSession();
    QVERIFY(!window.keystoneSession());
    QVERIFY(!window.connectionBar()->endpointEdit()->isReadOnly());
}

void TestConnectDialog::keystoneFailureShowsErrorBanner()
{
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::Password;
    profile.authUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v3"));
    profile.username = QStringLiteral("admin");
    profile.userDomainName = QStringLiteral("Default");
    profile.password = QStringLiteral("NotInTheBanner77");
    profile.projectName = QStringLiteral("admin");
    profile.projectDomainName = QStringLiteral("Default");
    window.connectToCloud(profile);
    QVERIFY(window.keystoneSession());
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBanner()->isVisibleTo(&window), 30000);
    QCOMPARE(window.messageBanner()->level(), MessageBanner::Level::Error);
    QVERIFY(!window.messageBanner()->text().isEmpty());
    QVERIFY(!window.messageBanner()->text().contains(QStringLiteral("NotInTheBanner77")));
    QVERIFY(window.lastError().isError());
}

void TestConnectDialog::endToEndWithKeystone()
{
    // A real Keystone and a Placement behind keystonemiddleware: clouds.yaml -> dialog -> window.
    KeystoneServer keystone;
    QString error;
    QVERIFY2(keystone.start(&error), qPrintable(error));
    const QString servicePassword = QStringLiteral("placement-Pa55-gui");
    QVERIFY2(keystone.createServiceUser(QStringLiteral("placement"), servicePassword),
             qPrintable(keystone.lastError()));
    PlacementServer placement;
    PlacementServer::KeystoneSettings settings;
    settings.authUrl = keystone.authUrl();
    settings.serviceUser = QStringLiteral("placement");
    settings.servicePassword = servicePassword;
    settings.adminToken = [&keystone] { return keystone.adminToken(); };
    placement.setKeystone(settings);
    QVERIFY2(placement.start(&error), qPrintable(error));
    QVERIFY(!placement.createProvider(QStringLiteral("compute-ks-01")).isEmpty());
    QCOMPARE(keystone.registerPlacement({{QStringLiteral("public"), placement.baseUrl()}}).size(), 1);

    const QString yaml = QStringLiteral("clouds:\n"
                                        "  lab:\n"
                                        "    auth:\n"
                                        "      auth_url: %1\n"
                                        "      username: %2\n"
                                        "      project_name: %3\n"
                                        "      user_domain_name: Default\n"
                                        "      project_domain_id: default\n"
                                        "    region_name: %4\n")
                             .arg(keystone.authUrl().toString(), KeystoneServer::adminUser(),
                                  KeystoneServer::adminProject(), KeystoneServer::region());
    ConnectDialog dialog(configFor(yaml));
    dialog.selectCloud(QStringLiteral("lab"));
    QString problem;
    dialog.profile(&problem);
    QVERIFY(!problem.isEmpty()); // no password in clouds.yaml and none typed
    dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
    problem.clear();
    QVERIFY(dialog.profile(&problem).usesKeystone());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    window.connectToCloud(dialog.profile());
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBanner()->isVisibleTo(&window), 60000);
    QCOMPARE(window.messageBanner()->level(), MessageBanner::Level::Error);
    QVERIFY(!window.messageBanner()->text().contains(QStringLiteral("wrong-password")));

    dialog.passwordEdit()->setText(keystone.adminPassword());
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.connectToCloud(dialog.profile());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(window.lastError().fullText()));
    QCOMPARE(window.store()->providerCount(), 1);
    QVERIFY(!window.messageBanner()->isVisibleTo(&window));
    QCOMPARE(QUrl(window.connectionBar()->endpointEdit()->text()).adjusted(QUrl::StripTrailingSlash),
             placement.baseUrl().adjusted(QUrl::StripTrailingSlash));
    QVERIFY(window.connectionBar()->endpointEdit()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("lab")));
    window.endCloudSession();
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
