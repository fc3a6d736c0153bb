#include "app/cloudoptions.h"
#include "auth/cloudconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// clouds.yaml / secure.yaml / OS_* / command-line precedence, the openstacksdk search order and the
// errors a user sees. Every file lives in a temporary tree: working directory, HOME and /etc are
// injected, so the developer's own clouds.yaml never leaks in.
class TestCloudConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void precedence_data();
    void precedence();
    void searchOrder_data();
    void searchOrder();
    void secureFileIsFoundIndependently();
    void listsCloudsWithTheirFile();
    void authTypes_data();
    void authTypes();
    void errors_data();
    void errors();
    void badYamlNamesFileAndLine();
    void hostileYaml_data();
    void hostileYaml();
    void sharedAliasesAreFine();
    void commandLineOptions();
    void profileDebugOutputHidesSecrets();

private:
    QString writeFile(const QString &relativePath, const QByteArray &content);
    CloudConfig makeConfig(const CloudConfig::Environment &extra = {});

    std::unique_ptr<QTemporaryDir> m_root;
};

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

const QByteArray BaseClouds = R"(clouds:
  devstack:
    auth:
      auth_url: http://keystone.clouds.example:5000/v3
      username: clouds-user
      password: clouds-password
      project_name: clouds-project
      user_domain_name: CloudsDomain
    region_name: CloudsRegion
    interface: internal
    placement_api_version: "1.20"
  other:
    auth_type: admin_token
    auth:
      token: other-token
      endpoint: http://placement.other.example:8778
)";

QString valueOf(const ConnectionProfile &profile, const QString &key)
{
    if (key == QLatin1String("auth_url"))
        return profile.authUrl.toString();
    if (key == QLatin1String("username"))
        return profile.username;
    if (key == QLatin1String("password"))
        return profile.password;
    if (key == QLatin1String("project_name"))
        return profile.projectName;
    if (key == QLatin1String("project_id"))
        return profile.projectId;
    if (key == QLatin1String("user_domain_name"))
        return profile.userDomainName;
    if (key == QLatin1String("user_domain_id"))
        return profile.userDomainId;
    if (key == QLatin1String("project_domain_id"))
        return profile.projectDomainId;
    if (key == QLatin1String("region_name"))
        return profile.regionName;
    if (key == QLatin1String("interface"))
        return profile.interface;
    if (key == QLatin1String("placement_api_version"))
        return profile.placementApiVersion;
    if (key == QLatin1String("placement_endpoint_override"))
        return profile.placementEndpointOverride.toString();
    if (key == QLatin1String("compute_endpoint_override"))
        return profile.computeEndpointOverride.toString();
    if (key == QLatin1String("verify"))
        return profile.tls.verify ? QStringLiteral("true") : QStringLiteral("false");
    if (key == QLatin1String("cacert"))
        return QFileInfo(profile.tls.caFile).fileName();
    if (key == QLatin1String("auth_type"))
        return ConnectionProfile::authTypeName(profile.authType);
    return QStringLiteral("<unknown key %1>").arg(key);
}

CloudConfig::Environment toEnvironment(const QStringList &assignments)
{
    CloudConfig::Environment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

} // namespace

void TestCloudConfig::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    for (const char *dir : {"cwd", "home/.config/openstack", "etc/openstack", "xdg/openstack", "elsewhere"})
        QVERIFY(QDir(m_root->path()).mkpath(QLatin1String(dir)));
}

QString TestCloudConfig::writeFile(const QString &relativePath, const QByteArray &content)
{
    const QString path = m_root->filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

CloudConfig CloudConfig_make(const QString &root, const CloudConfig::Environment &extra)
{
    CloudConfig::Environment environment{{QStringLiteral("HOME"), root + QStringLiteral("/home")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    CloudConfig config(environment);
    config.setWorkingDirectory(root + QStringLiteral("/cwd"));
    config.setSystemConfigDirectory(root + QStringLiteral("/etc/openstack"));
    return config;
}

CloudConfig TestCloudConfig::makeConfig(const CloudConfig::Environment &extra)
{
    return CloudConfig_make(m_root->path(), extra);
}

void TestCloudConfig::precedence_data()
{
    QTest::addColumn<QByteArray>("secure");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("source");

    using S = ConnectionProfile::Source;
    const QByteArray securePassword = "clouds:\n  devstack:\n    auth:\n      password: secure-password\n";

    QTest::newRow("clouds.yaml alone") << QByteArray() << QStringList() << QStringList() << "password"
                                       << "clouds-password" << int(S::CloudsFile);
    QTest::newRow("secure.yaml over clouds.yaml")
        << securePassword << QStringList() << QStringList() << "password"
        << "secure-password" << int(S::SecureFile);
    QTest::newRow("secure.yaml keeps other keys")
        << securePassword << QStringList() << QStringList() << "username"
        << "clouds-user" << int(S::CloudsFile);
    QTest::newRow("environment over secure.yaml")
        << securePassword << strings({"OS_PASSWORD=env-password"}) << QStringList() << "password"
        << "env-password" << int(S::Environment);
    QTest::newRow("option over environment") << securePassword << strings({"OS_PASSWORD=env-password"})
                                             << strings({"password=cli-password"}) << "password"
                                             << "cli-password" << int(S::CommandLine);
    QTest::newRow("empty environment variable is unset")
        << QByteArray() << strings({"OS_REGION_NAME="}) << QStringList() << "region_name"
        << "CloudsRegion" << int(S::CloudsFile);
    QTest::newRow("environment region")
        << QByteArray() << strings({"OS_REGION_NAME=EnvRegion"}) << QStringList() << "region_name"
        << "EnvRegion" << int(S::Environment);
    QTest::newRow("option region over environment") << QByteArray() << strings({"OS_REGION_NAME=EnvRegion"})
                                                    << strings({"region_name=CliRegion"}) << "region_name"
                                                    << "CliRegion" << int(S::CommandLine);
    QTest::newRow("environment auth_url")
        << QByteArray() << strings({"OS_AUTH_URL=https://env.example/v3"}) << QStringList() << "auth_url"
        << "https://env.example/v3" << int(S::Environment);
    QTest::newRow("OS_TENANT_NAME alias")
        << QByteArray() << strings({"OS_TENANT_NAME=legacy"}) << QStringList() << "project_name"
        << "legacy" << int(S::Environment);
    QTest::newRow("OS_ENDPOINT_TYPE alias and publicURL")
        << QByteArray() << strings({"OS_ENDPOINT_TYPE=publicURL"}) << QStringList() << "interface"
        << "public" << int(S::Environment);
    QTest::newRow("placement_interface over interface")
        << QByteArray("clouds:\n  devstack:\n    placement_interface: admin\n") << QStringList()
        << QStringList() << "interface"
        << "admin" << int(S::SecureFile);
    QTest::newRow("placement_api_version from clouds.yaml")
        << QByteArray() << QStringList() << QStringList() << "placement_api_version"
        << "1.20" << int(S::CloudsFile);
    QTest::newRow("OS_PLACEMENT_API_VERSION") << QByteArray() << strings({"OS_PLACEMENT_API_VERSION=1.14"})
                                              << QStringList() << "placement_api_version"
                                              << "1.14" << int(S::Environment);
    QTest::newRow("endpoint override option")
        << QByteArray() << QStringList()
        << strings({"placement_endpoint_override=https://p.example/placement"})
        << "placement_endpoint_override"
        << "https://p.example/placement" << int(S::CommandLine);
    QTest::newRow("compute endpoint override option")
        << QByteArray() << QStringList() << strings({"compute_endpoint_override=https://nova.example/v2.1"})
        << "compute_endpoint_override"
        << "https://nova.example/v2.1" << int(S::CommandLine);
    QTest::newRow("OS_COMPUTE_ENDPOINT_OVERRIDE")
        << QByteArray() << strings({"OS_COMPUTE_ENDPOINT_OVERRIDE=http://nova.example:8774/v2.1"})
        << QStringList() << "compute_endpoint_override"
        << "http://nova.example:8774/v2.1" << int(S::Environment);
    QTest::newRow("compute_endpoint_override from clouds.yaml")
        << QByteArray("clouds:\n  devstack:\n    compute_endpoint_override: https://c.example/compute/v2.1\n")
        << QStringList() << QStringList() << "compute_endpoint_override"
        << "https://c.example/compute/v2.1" << int(S::SecureFile);
    QTest::newRow("user domain from clouds.yaml")
        << QByteArray() << QStringList() << QStringList() << "user_domain_name"
        << "CloudsDomain" << int(S::CloudsFile);
    QTest::newRow("project domain defaults to default")
        << QByteArray() << QStringList() << QStringList() << "project_domain_id"
        << "default" << int(S::Default);
    QTest::newRow("OS_DEFAULT_DOMAIN_ID fills the project domain")
        << QByteArray() << strings({"OS_DEFAULT_DOMAIN_ID=dom1"}) << QStringList() << "project_domain_id"
        << "dom1" << int(S::Default);
    QTest::newRow("verify default") << QByteArray() << QStringList() << QStringList() << "verify"
                                    << "true" << int(S::Default);
    QTest::newRow("verify false in secure.yaml") << QByteArray("clouds:\n  devstack:\n    verify: false\n")
                                                 << QStringList() << QStringList() << "verify"
                                                 << "false" << int(S::SecureFile);
    QTest::newRow("--insecure beats verify: true") << QByteArray("clouds:\n  devstack:\n    verify: true\n")
                                                   << QStringList() << strings({"insecure=true"}) << "verify"
                                                   << "false" << int(S::SecureFile);
    QTest::newRow("verify as a CA path") << QByteArray("clouds:\n  devstack:\n    verify: /etc/ssl/ca.pem\n")
                                         << QStringList() << QStringList() << "cacert"
                                         << "ca.pem" << int(S::SecureFile);
    QTest::newRow("OS_CACERT") << QByteArray() << strings({"OS_CACERT=/tmp/env-ca.pem"}) << QStringList()
                               << "cacert"
                               << "env-ca.pem" << int(S::Default);
    QTest::newRow("auth_type from environment")
        << QByteArray()
        << strings({"OS_AUTH_TYPE=v3applicationcredential", "OS_APPLICATION_CREDENTIAL_ID=abc",
                    "OS_APPLICATION_CREDENTIAL_SECRET=s"})
        << QStringList() << "auth_type"
        << "v3applicationcredential" << int(S::Environment);
}

void TestCloudConfig::precedence()
{
    QFETCH(QByteArray, secure);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, options);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QFETCH(int, source);

    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    if (!secure.isEmpty())
        writeFile(QStringLiteral("cwd/secure.yaml"), secure);
    CloudConfig::Environment env = toEnvironment(environment);
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("devstack"));
    CloudConfig config = makeConfig(env);
    ConfigError error;
    QVERIFY2(config.load(&error), qPrintable(error.message()));
    CloudConfig::Overrides overrides;
    for (const QString &option : std::as_const(options))
        overrides.insert(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    const ConnectionProfile profile = config.resolve(overrides, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(profile.cloudName, QStringLiteral("devstack"));
    QCOMPARE(valueOf(profile, key), expected);
    // cacert/verify record the key they were read from; check the source of the key itself otherwise.
    if (key != QLatin1String("cacert") && key != QLatin1String("verify"))
        QCOMPARE(int(profile.sourceOf(key)), source);
}

void TestCloudConfig::searchOrder_data()
{
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<bool>("useXdg");

    const char *explicitFile = "elsewhere/my-clouds.yaml";
    QTest::newRow("OS_CLIENT_CONFIG_FILE first")
        << strings({explicitFile, "cwd/clouds.yaml", "home/.config/openstack/clouds.yaml",
                    "etc/openstack/clouds.yaml"})
        << QString::fromUtf8(explicitFile) << false;
    QTest::newRow("working directory before home")
        << strings({"cwd/clouds.yaml", "home/.config/openstack/clouds.yaml", "etc/openstack/clouds.yaml"})
        << "cwd/clouds.yaml" << false;
    QTest::newRow("home before /etc")
        << strings({"home/.config/openstack/clouds.yaml", "etc/openstack/clouds.yaml"})
        << "home/.config/openstack/clouds.yaml" << false;
    QTest::newRow("/etc last") << strings({"etc/openstack/clouds.yaml"}) << "etc/openstack/clouds.yaml"
                               << false;
    QTest::newRow("clouds.yml accepted")
        << strings({"home/.config/openstack/clouds.yml", "etc/openstack/clouds.yaml"})
        << "home/.config/openstack/clouds.yml" << false;
    QTest::newRow("XDG_CONFIG_HOME before ~/.config")
        << strings({"xdg/openstack/clouds.yaml", "home/.config/openstack/clouds.yaml"})
        << "xdg/openstack/clouds.yaml" << true;
}

void TestCloudConfig::searchOrder()
{
    QFETCH(QStringList, locations);
    QFETCH(QString, winner);
    QFETCH(bool, useXdg);

    for (const QString &location : std::as_const(locations)) {
        // Each file names the same cloud with its own auth_url, so the winner is visible.
        writeFile(location, QStringLiteral("clouds:\n  c:\n    auth:\n      auth_url: http://%1.example/v3\n"
                                           "      username: u\n      password: p\n")
                                .arg(QString(location)
                                         .replace(QLatin1Char('/'), QLatin1Char('-'))
                                         .replace(QLatin1Char('.'), QLatin1Char('-')))
                                .toUtf8());
    }
    CloudConfig::Environment env;
    if (locations.first().startsWith(QLatin1String("elsewhere")))
        env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_root->filePath(locations.first()));
    if (useXdg)
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root->filePath(QStringLiteral("xdg")));
    CloudConfig config = makeConfig(env);
    ConfigError error;
    QVERIFY2(config.load(&error), qPrintable(error.message()));
    QCOMPARE(config.cloudsFile(), m_root->filePath(winner));
    const ConnectionProfile profile = config.resolve(QStringLiteral("c"), {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY2(profile.authUrl.host().startsWith(QString(winner)
                                                   .replace(QLatin1Char('/'), QLatin1Char('-'))
                                                   .replace(QLatin1Char('.'), QLatin1Char('-'))),
             qPrintable(profile.authUrl.toString()));
    QCOMPARE(profile.cloudsFile, m_root->filePath(winner));
}

void TestCloudConfig::secureFileIsFoundIndependently()
{
    // openstacksdk looks secure.yaml up on its own search path: clouds.yaml in the working directory,
    // the password in ~/.config/openstack/secure.yaml.
    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    writeFile(QStringLiteral("home/.config/openstack/secure.yaml"),
              "clouds:\n  devstack:\n    auth:\n      password: from-home-secure\n");
    CloudConfig config = makeConfig();
    ConfigError error;
    QVERIFY(config.load(&error));
    QCOMPARE(config.secureFile(), m_root->filePath(QStringLiteral("home/.config/openstack/secure.yaml")));
    const ConnectionProfile profile = config.resolve(QStringLiteral("devstack"), {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(profile.password, QStringLiteral("from-home-secure"));
    QCOMPARE(profile.secureFile, config.secureFile());
}

void TestCloudConfig::listsCloudsWithTheirFile()
{
    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    writeFile(QStringLiteral("cwd/secure.yaml"),
              "clouds:\n  devstack:\n    auth:\n      password: x\n  secret-only:\n    auth:\n"
              "      auth_url: https://s.example/v3\n");
    CloudConfig config = makeConfig();
    QVERIFY(config.load());
    const QList<CloudEntry> clouds = config.clouds();
    QCOMPARE(clouds.size(), 3);
    QCOMPARE(clouds.at(0).name, QStringLiteral("devstack"));
    QCOMPARE(clouds.at(0).file, config.cloudsFile());
    QVERIFY(clouds.at(0).inSecureFile);
    QCOMPARE(clouds.at(0).username, QStringLiteral("clouds-user"));
    QCOMPARE(clouds.at(0).regionName, QStringLiteral("CloudsRegion"));
    QCOMPARE(clouds.at(1).name, QStringLiteral("other"));
    QCOMPARE(clouds.at(1).authType, QStringLiteral("admin_token"));
    QVERIFY(!clouds.at(1).inSecureFile);
    QCOMPARE(clouds.at(2).name, QStringLiteral("secret-only"));
    QCOMPARE(clouds.at(2).file, config.secureFile());
}

void TestCloudConfig::authTypes_data()
{
    QTest::addColumn<QByteArray>("cloud");
    QTest::addColumn<int>("authType");
    QTest::addColumn<QString>("placementUrl");

    using A = ConnectionProfile::AuthType;
    QTest::newRow("default is password")
        << QByteArray("auth: {auth_url: 'https://k/v3', username: u, password: p, project_name: x}")
        << int(A::Password) << "";
    QTest::newRow("v3password") << QByteArray(
                                       "auth_type: v3password\nauth: {auth_url: 'https://k/v3', user_id: u1, "
                                       "password: p, project_id: p1}")
                                << int(A::Password) << "";
    QTest::newRow("application credential by id")
        << QByteArray(
               "auth_type: v3applicationcredential\nauth: {auth_url: 'https://k', application_credential_id: "
               "a1, application_credential_secret: s}")
        << int(A::ApplicationCredential) << "";
    QTest::newRow("application credential by name and user")
        << QByteArray("auth_type: v3applicationcredential\nauth: {auth_url: 'https://k', "
                      "application_credential_name: n, username: u, application_credential_secret: s}")
        << int(A::ApplicationCredential) << "";
    QTest::newRow("token")
        << QByteArray("auth_type: token\nauth: {auth_url: 'https://k/v3', token: t, project_id: p}")
        << int(A::Token) << "";
    QTest::newRow("v3token") << QByteArray("auth_type: v3token\nauth: {auth_url: 'https://k/v3', token: t}")
                             << int(A::Token) << "";
    QTest::newRow("admin_token with auth.endpoint")
        << QByteArray("auth_type: admin_token\nauth: {token: admin, endpoint: 'http://127.0.0.1:8778'}")
        << int(A::AdminToken) << "http://127.0.0.1:8778";
    QTest::newRow("none with placement_endpoint_override")
        << QByteArray("auth_type: none\nplacement_endpoint_override: 'https://p.example/placement'")
        << int(A::None) << "https://p.example/placement";
}

void TestCloudConfig::authTypes()
{
    QFETCH(QByteArray, cloud);
    QFETCH(int, authType);
    QFETCH(QString, placementUrl);

    QByteArray indented;
    const QList<QByteArray> lines = cloud.split('\n');
    for (const QByteArray &line : lines)
        indented += "    " + line + '\n';
    writeFile(QStringLiteral("cwd/clouds.yaml"), "clouds:\n  c:\n" + indented);
    CloudConfig config = makeConfig();
    ConfigError error;
    QVERIFY2(config.load(&error), qPrintable(error.message()));
    const ConnectionProfile profile = config.resolve(QStringLiteral("c"), {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(int(profile.authType), authType);
    QCOMPARE(profile.fixedPlacementUrl().toString(), placementUrl);
}

void TestCloudConfig::errors_data()
{
    QTest::addColumn<QByteArray>("clouds");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("mentions");

    using K = ConfigError::Kind;
    QTest::newRow("missing cloud lists the others")
        << BaseClouds << "nope" << QStringList() << int(K::CloudNotFound)
        << strings({"nope", "devstack", "other"});
    QTest::newRow("missing cloud without any file")
        << QByteArray() << "nope" << QStringList() << int(K::CloudNotFound)
        << strings({"nope", "clouds.yaml"});
    QTest::newRow("no cloud selected")
        << BaseClouds << "" << QStringList() << int(K::NoCloudSelected) << strings({"OS_CLOUD", "devstack"});
    QTest::newRow("nothing at all") << QByteArray() << "" << QStringList() << int(K::NoCloudSelected)
                                    << strings({"OS_AUTH_URL"});
    QTest::newRow("unknown auth_type")
        << QByteArray("clouds:\n  c:\n    auth_type: v2password\n    auth: {auth_url: 'http://k'}\n") << "c"
        << QStringList() << int(K::UnknownAuthType)
        << strings({"v2password", "clouds.yaml", "v3applicationcredential"});
    QTest::newRow("unknown auth_type from the environment")
        << BaseClouds << "devstack" << strings({"OS_AUTH_TYPE=saml2"}) << int(K::UnknownAuthType)
        << strings({"saml2", "environment"});
    QTest::newRow("password login without auth_url")
        << QByteArray("clouds:\n  c:\n    auth: {username: u, password: p}\n") << "c" << QStringList()
        << int(K::MissingValue) << strings({"auth_url"});
    QTest::newRow("application credential without secret")
        << QByteArray(
               "clouds:\n  c:\n    auth_type: v3applicationcredential\n    auth: {auth_url: 'http://k', "
               "application_credential_id: a}\n")
        << "c" << QStringList() << int(K::MissingValue) << strings({"application_credential_secret"});
    QTest::newRow("admin_token without endpoint")
        << QByteArray("clouds:\n  c:\n    auth_type: admin_token\n    auth: {token: t}\n") << "c"
        << QStringList() << int(K::MissingValue) << strings({"placement_endpoint_override"});
    QTest::newRow("invalid URL") << QByteArray(
                                        "clouds:\n  c:\n    auth: {auth_url: 'http//broken', username: u, "
                                        "password: p}\n")
                                 << "c" << QStringList() << int(K::InvalidValue)
                                 << strings({"auth_url", "http//broken"});
    QTest::newRow("bad interface")
        << QByteArray("clouds:\n  c:\n    interface: private\n    auth: {auth_url: 'http://k', username: u, "
                      "password: p}\n")
        << "c" << QStringList() << int(K::MissingValue) << strings({"private"});
}

void TestCloudConfig::errors()
{
    QFETCH(QByteArray, clouds);
    QFETCH(QString, cloud);
    QFETCH(QStringList, environment);
    QFETCH(int, kind);
    QFETCH(QStringList, mentions);

    if (!clouds.isEmpty())
        writeFile(QStringLiteral("cwd/clouds.yaml"), clouds);
    CloudConfig config = makeConfig(toEnvironment(environment));
    ConfigError error;
    QVERIFY2(config.load(&error), qPrintable(error.message()));
    const ConnectionProfile profile = config.resolve(cloud, {}, &error);
    QVERIFY(error.isError());
    QCOMPARE(int(error.kind()), kind);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.message().contains(mention), qPrintable(error.message()));
    QVERIFY(!profile.hasSecrets());
    QVERIFY2(!error.message().contains(QLatin1String("clouds-password")), qPrintable(error.message()));
}

void TestCloudConfig::badYamlNamesFileAndLine()
{
    // Line 4 has a tab-indented key after a mapping value: yaml-cpp stops there.
    const QString path =
        writeFile(QStringLiteral("cwd/clouds.yaml"),
                  "clouds:\n  c:\n    auth:\n      auth_url: [unclosed\n      username: u\n");
    CloudConfig config = makeConfig();
    ConfigError error;
    QVERIFY(!config.load(&error));
    QCOMPARE(error.kind(), ConfigError::Kind::InvalidYaml);
    QCOMPARE(error.file(), path);
    QVERIFY2(error.line() >= 4 && error.line() <= 6, qPrintable(error.message()));
    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("line %1").arg(error.line())),
             qPrintable(error.message()));

    // Valid YAML of the wrong shape is reported with its line too.
    writeFile(QStringLiteral("cwd/clouds.yaml"), "# comment\nclouds:\n  - a\n  - b\n");
    QVERIFY(!config.load(&error));
    QCOMPARE(error.kind(), ConfigError::Kind::InvalidStructure);
    QCOMPARE(error.line(), 3);
    QVERIFY2(error.message().contains(QLatin1String("clouds")), qPrintable(error.message()));

    // A broken secure.yaml is an error as well, and names that file.
    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    const QString secure =
        writeFile(QStringLiteral("cwd/secure.yaml"), "clouds:\n  devstack: {auth: {password: \"x}\n");
    QVERIFY(!config.load(&error));
    QCOMPARE(error.file(), secure);
}

namespace {

// "Billion laughs": each anchor's list holds the previous anchor `fanOut` times, so the last one
// expands to fanOut^levels values while the text stays a few hundred bytes.
QByteArray aliasBomb(int levels, int fanOut, const QByteArray &tail)
{
    QByteArray text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < levels; ++level) {
        QByteArrayList items;
        for (int i = 0; i < fanOut; ++i)
            items << "*l" + QByteArray::number(level - 1);
        text += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" +
                items.join(",") + "]\n";
    }
    return text + tail;
}

// Just under 1 MiB: one large mapping, then as many clouds as fit, each an alias of it.
QByteArray wideAliases()
{
    QByteArray text = "big: &big\n";
    for (int i = 0; i < 5000; ++i)
        text += "  k" + QByteArray::number(i) + ": v\n";
    text += "clouds:\n";
    for (int i = 0; text.size() < 1024 * 1024 - 32; ++i)
        text += "  c" + QByteArray::number(i) + ": *big\n";
    return text;
}

} // namespace

void TestCloudConfig::hostileYaml_data()
{
    QTest::addColumn<QString>("fileName"); // in cwd; a valid clouds.yaml is there when it is secure.yaml
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line"); // 0: no line; -1: some line
    QTest::addColumn<QString>("mention");

    using K = ConfigError::Kind;
    const QString clouds = QStringLiteral("clouds.yaml");
    // yaml-cpp builds a cyclic node graph for these; converting it naively never ends.
    QTest::newRow("alias inside its own mapping")
        << clouds << QByteArray("clouds:\n  x: &a\n    y: *a\n") << int(K::InvalidStructure) << 2
        << "aliases refer to themselves";
    QTest::newRow("alias inside its own list")
        << clouds
        << QByteArray("clouds:\n  c:\n    auth: {auth_url: 'http://k'}\n    regions: &r\n"
                      "      - one\n      - [two, *r]\n")
        << int(K::InvalidStructure) << 4 << "aliases refer to themselves";
    QTest::newRow("alias as a cloud's own auth")
        << clouds << QByteArray("clouds:\n  c: &c\n    auth: *c\n") << int(K::InvalidStructure) << 2
        << "aliases refer to themselves";
    QTest::newRow("secure.yaml is checked too")
        << QStringLiteral("secure.yaml")
        << QByteArray("clouds:\n  devstack:\n    auth: &a\n      password: x\n      again: *a\n")
        << int(K::InvalidStructure) << 3 << "aliases refer to themselves";
    // 9 levels of 9 aliases each: 9^9 values from about 600 bytes.
    const QByteArray bomb = aliasBomb(9, 9, "clouds:\n  bomb:\n    region_name: R\n    regions: *l8\n");
    QTest::newRow("billion laughs") << clouds << bomb << int(K::InvalidStructure) << 11
                                    << "too large after expanding aliases";
    QTest::newRow("billion laughs in secure.yaml")
        << QStringLiteral("secure.yaml") << bomb << int(K::InvalidStructure) << 11
        << "too large after expanding aliases";
    QTest::newRow("many aliases of a large mapping")
        << clouds << wideAliases() << int(K::InvalidStructure) << -1 << "too large after expanding aliases";
    // A long text repeated through aliases is as bad as many values.
    QTest::newRow("a long text through aliases")
        << clouds
        << QByteArray("t: &t " + QByteArray(100000, 'x') + "\nclouds:\n  c:\n    regions: [" +
                      QByteArrayList(200, "*t").join(",") + "]\n")
        << int(K::InvalidStructure) << 3 << "too large after expanding aliases";
    QByteArray deep = "clouds:\n  c:\n    regions: ";
    deep += QByteArray(100, '[') + QByteArray(100, ']') + '\n';
    QTest::newRow("too deeply nested")
        << clouds << deep << int(K::InvalidStructure) << 3 << "too deeply nested";
    // Deeper than yaml-cpp's own parser allows: it gives up with "bad file"; say what it means.
    QByteArray deeper = "clouds:\n  c:\n    regions: ";
    deeper += QByteArray(100000, '[') + '\n';
    QTest::newRow("too deeply nested for the parser")
        << clouds << deeper << int(K::InvalidYaml) << -1 << "too deeply nested";
    QTest::newRow("larger than 1 MiB")
        << clouds << QByteArray("clouds:\n  c: {}\n") + QByteArray(1024 * 1024, '#') << int(K::UnreadableFile)
        << 0 << "1 MiB";
}

void TestCloudConfig::hostileYaml()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(QString, mention);

    if (fileName != QLatin1String("clouds.yaml"))
        writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    const QString path = writeFile(QStringLiteral("cwd/") + fileName, content);
    CloudConfig config = makeConfig({{QStringLiteral("OS_CLOUD"), QStringLiteral("devstack")}});
    ConfigError error;
    QVERIFY(!config.load(&error));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.file(), path);
    if (line < 0)
        QVERIFY2(error.line() > 0, qPrintable(error.text()));
    else
        QCOMPARE(error.line(), line);
    QVERIFY2(error.message().contains(mention), qPrintable(error.message()));
    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(QLatin1Char('%')), qPrintable(error.message())); // all filled in
    // What the window shows names the file once, with the line.
    QVERIFY2(error.text().count(path) == 1, qPrintable(error.text()));
    if (error.line() > 0)
        QVERIFY2(error.text().contains(QString::number(error.line())), qPrintable(error.text()));
    QVERIFY(config.cloudNames().isEmpty()); // nothing half-read is kept
}

void TestCloudConfig::sharedAliasesAreFine()
{
    // The same node reached twice is not a cycle: anchors for shared settings are common.
    writeFile(
        QStringLiteral("cwd/clouds.yaml"),
        "clouds:\n  a: &a\n    auth: &auth {auth_url: 'http://k.example/v3', username: u, password: p}\n"
        "    regions: &r [One, Two]\n  b: *a\n  c:\n    auth: *auth\n    regions: [*r, *r]\n");
    CloudConfig config = makeConfig();
    ConfigError error;
    QVERIFY2(config.load(&error), qPrintable(error.text()));
    QCOMPARE(config.cloudNames(), strings({"a", "b", "c"}));
    for (const char *name : {"a", "b", "c"}) {
        const ConnectionProfile profile = config.resolve(QLatin1String(name), {}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.text()));
        QCOMPARE(profile.username, QStringLiteral("u"));
    }
    QCOMPARE(config.resolve(QStringLiteral("b"), {}, &error).regionName, QStringLiteral("One"));
}

void TestCloudConfig::commandLineOptions()
{
    QCommandLineParser parser;
    parser.addOptions(CloudOptions::options());
    QVERIFY(parser.parse({QStringLiteral("app"), QStringLiteral("--os-cloud"), QStringLiteral("devstack"),
                          QStringLiteral("--os-region-name"), QStringLiteral("CliRegion"),
                          QStringLiteral("--os-placement-api-version"), QStringLiteral("1.14"),
                          QStringLiteral("--insecure")}));
    const CloudConfig::Overrides overrides = CloudOptions::overrides(parser);
    QCOMPARE(overrides.value(QStringLiteral("cloud")), QStringLiteral("devstack"));
    QCOMPARE(overrides.value(QStringLiteral("region_name")), QStringLiteral("CliRegion"));
    QCOMPARE(overrides.value(QStringLiteral("insecure")), QStringLiteral("true"));
    QVERIFY(!overrides.contains(QStringLiteral("password")));

    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    CloudConfig config = makeConfig({{QStringLiteral("OS_CLOUD"), QStringLiteral("other")}});
    QVERIFY(config.load());
    QCOMPARE(config.selectedCloud(overrides), QStringLiteral("devstack")); // --os-cloud beats OS_CLOUD
    ConfigError error;
    const ConnectionProfile profile = config.resolve(overrides, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(profile.regionName, QStringLiteral("CliRegion"));
    QCOMPARE(profile.placementApiVersion, QStringLiteral("1.14"));
    QVERIFY(!profile.tls.verify);
}

void TestCloudConfig::profileDebugOutputHidesSecrets()
{
    writeFile(QStringLiteral("cwd/clouds.yaml"), BaseClouds);
    CloudConfig config = makeConfig();
    QVERIFY(config.load());
    ConfigError error;
    ConnectionProfile profile = config.resolve(QStringLiteral("devstack"), {}, &error);
    profile.token = QStringLiteral("token-value-123");
    profile.applicationCredentialSecret = QStringLiteral("app-secret-456");
    QString text;
    QDebug(&text) << profile;
    QVERIFY(text.contains(QLatin1String("clouds-user")));
    for (const char *secret : {"clouds-password", "token-value-123", "app-secret-456"})
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    QVERIFY(!profile.displayName().contains(QLatin1String("clouds-password")));
    QVERIFY(profile.hasSecrets());
    profile.clearSecrets();
    QVERIFY(!profile.hasSecrets());
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
