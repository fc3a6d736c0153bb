// The command line and its environment fallbacks (CommandLineOptions::parse with an injected
// environment), and the endpoint text both it and the connection bar accept (EndpointUrl::parse).
#include "api/endpointurl.h"
#include "api/requestqueue.h"
#include "app/commandlineoptions.h"

#include <QTest>

Q_DECLARE_METATYPE(CommandLineOptions::Result)

namespace {

using Result = CommandLineOptions::Result;

// "NAME=value" entries; everything after the first '=' is the value.
QHash<QString, QString> makeEnvironment(const QStringList &entries)
{
    QHash<QString, QString> result;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        result.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return result;
}

QStringList withProgram(const QStringList &arguments)
{
    return QStringList{QStringLiteral("placement-desk")} + arguments;
}

// "key=value", sorted, so a hash compares with readable output.
QStringList entries(const QHash<QString, QString> &hash)
{
    QStringList result;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        result << it.key() + QLatin1Char('=') + it.value();
    result.sort();
    return result;
}

} // namespace

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private slots:
    void results_data();
    void results();
    void endpoint_data();
    void endpoint();
    void token_data();
    void token();
    void emptyToken_data();
    void emptyToken();
    void connectOnStart_data();
    void connectOnStart();
    void parallelism_data();
    void parallelism();
    void timeout_data();
    void timeout();
    void cloudOverrides_data();
    void cloudOverrides();
    void endpointUrl_data();
    void endpointUrl();
    void computeEndpoint();
};

void TestCommandLineOptions::results_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Result>("expected");
    QTest::addColumn<QString>("error"); // part of errorText(); empty: no error

    QTest::newRow("nothing") << QStringList() << Result::Run << QString();
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << Result::ShowHelp << QString();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << Result::ShowHelp << QString();
    QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")} << Result::ShowHelp << QString();
    QTest::newRow("--help before a bad --parallel")
        << QStringList{QStringLiteral("--help"), QStringLiteral("--parallel"), QStringLiteral("0")}
        << Result::ShowHelp << QString();
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << Result::ShowVersion
                               << QString();
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << Result::ShowVersion << QString();
    QTest::newRow("unexpected positional argument")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://controller:8778"),
                       QStringLiteral("controller")}
        << Result::Error << QStringLiteral("Unexpected argument: controller");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << Result::Error
                                    << QStringLiteral("bogus");
    QTest::newRow("--endpoint without a value")
        << QStringList{QStringLiteral("--endpoint")} << Result::Error << QStringLiteral("endpoint");
    QTest::newRow("Qt's GUI options are accepted")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style"),
                       QStringLiteral("fusion"), QStringLiteral("-reverse")}
        << Result::Run << QString();
}

void TestCommandLineOptions::results()
{
    QFETCH(QStringList, arguments);
    QFETCH(Result, expected);
    QFETCH(QString, error);

    CommandLineOptions options;
    QCOMPARE(options.parse(withProgram(arguments), {}), expected);
    if (error.isEmpty())
        QVERIFY2(options.errorText().isEmpty(), qPrintable(options.errorText()));
    else
        QVERIFY2(options.errorText().contains(error), qPrintable(options.errorText()));
    if (expected == Result::ShowHelp) {
        const QString help = options.helpText();
        QVERIFY2(help.contains(QLatin1String("--endpoint <URL>")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("--os-cloud")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("OS_PLACEMENT_ENDPOINT")), qPrintable(help));
        QVERIFY2(!help.contains(QLatin1String("qwindowgeometry")), qPrintable(help)); // Qt's, hidden
    }
    if (expected == Result::ShowVersion) {
        const QString version = CommandLineOptions::versionText();
        QVERIFY2(version.startsWith(QLatin1String("Placement Desk ")), qPrintable(version));
        QVERIFY2(version.contains(QLatin1String(qVersion())), qPrintable(version));
    }
}

void TestCommandLineOptions::endpoint_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected"); // empty: none
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("error"); // part of errorText(); empty: Result::Run

    const QStringList bothVariables{QStringLiteral("OS_PLACEMENT_ENDPOINT=http://placement.env:8778"),
                                    QStringLiteral("OS_ENDPOINT=http://generic.env:8778")};
    QTest::newRow("none") << QStringList() << QStringList() << QString() << QString() << QString();
    QTest::newRow("--endpoint wins over both variables")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("https://cli.example/placement")}
        << bothVariables << "https://cli.example/placement"
        << "--endpoint" << QString();
    QTest::newRow("-e, no scheme means http")
        << QStringList{QStringLiteral("-e"), QStringLiteral("controller:8778")} << QStringList()
        << "http://controller:8778"
        << "--endpoint" << QString();
    QTest::newRow("--endpoint=URL, trimmed")
        << QStringList{QStringLiteral("--endpoint=  http://controller:8778  ")} << QStringList()
        << "http://controller:8778"
        << "--endpoint" << QString();
    QTest::newRow("OS_PLACEMENT_ENDPOINT over OS_ENDPOINT")
        << QStringList() << bothVariables << "http://placement.env:8778"
        << "OS_PLACEMENT_ENDPOINT" << QString();
    QTest::newRow("OS_ENDPOINT alone")
        << QStringList() << QStringList{QStringLiteral("OS_ENDPOINT=generic.env:8778")}
        << "http://generic.env:8778"
        << "OS_ENDPOINT" << QString();
    QTest::newRow("blank OS_PLACEMENT_ENDPOINT falls back to OS_ENDPOINT")
        << QStringList()
        << QStringList{QStringLiteral("OS_PLACEMENT_ENDPOINT=   "),
                       QStringLiteral("OS_ENDPOINT=http://g:8778")}
        << "http://g:8778"
        << "OS_ENDPOINT" << QString();
    QTest::newRow("bad --endpoint is an error even with good variables")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("ftp://controller")} << bothVariables
        << QString() << "--endpoint" << QStringLiteral("--endpoint: ");
    QTest::newRow("empty --endpoint is an error")
        << QStringList{QStringLiteral("--endpoint="), QStringLiteral("--token"), QStringLiteral("t")}
        << bothVariables << QString() << "--endpoint" << QStringLiteral("--endpoint: ");
    QTest::newRow("bad variable names the variable")
        << QStringList() << QStringList{QStringLiteral("OS_PLACEMENT_ENDPOINT=ftp://controller")} << QString()
        << "OS_PLACEMENT_ENDPOINT" << QStringLiteral("OS_PLACEMENT_ENDPOINT: ");
}

void TestCommandLineOptions::endpoint()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QFETCH(QString, source);
    QFETCH(QString, error);

    CommandLineOptions options;
    const Result result = options.parse(withProgram(arguments), makeEnvironment(environment));
    if (!error.isEmpty()) {
        QCOMPARE(result, Result::Error);
        QVERIFY2(options.errorText().startsWith(error), qPrintable(options.errorText()));
        // The reason follows the source: what EndpointUrl says about the text.
        QVERIFY2(options.errorText().size() > error.size() + 10, qPrintable(options.errorText()));
        QVERIFY(!options.endpoint().isValid());
        QCOMPARE(options.endpointSource(), source);
        return;
    }
    QCOMPARE(result, Result::Run);
    QVERIFY2(options.errorText().isEmpty(), qPrintable(options.errorText()));
    QCOMPARE(options.endpoint().isValid(), !expected.isEmpty());
    QCOMPARE(options.endpoint().toString(), expected);
    QCOMPARE(options.endpointSource(), source);
    if (expected.isEmpty())
        QVERIFY(options.endpointText().isEmpty());
    else
        QVERIFY(!options.endpointText().isEmpty());
}

void TestCommandLineOptions::token_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");

    const QStringList bothVariables{QStringLiteral("OS_TOKEN=env-token"),
                                    QStringLiteral("OS_AUTH_TOKEN=env-auth-token")};
    QTest::newRow("none") << QStringList() << QStringList() << QString();
    QTest::newRow("--token wins over both variables")
        << QStringList{QStringLiteral("--token"), QStringLiteral("cli-token")} << bothVariables
        << "cli-token";
    QTest::newRow("-t, trimmed") << QStringList{QStringLiteral("-t"), QStringLiteral(" cli-token\n")}
                                 << QStringList() << "cli-token";
    QTest::newRow("OS_TOKEN over OS_AUTH_TOKEN") << QStringList() << bothVariables << "env-token";
    QTest::newRow("OS_AUTH_TOKEN alone")
        << QStringList() << QStringList{QStringLiteral("OS_AUTH_TOKEN=env-auth-token")} << "env-auth-token";
    QTest::newRow("blank OS_TOKEN falls back to OS_AUTH_TOKEN")
        << QStringList() << QStringList{QStringLiteral("OS_TOKEN= "), QStringLiteral("OS_AUTH_TOKEN=a")}
        << "a";
    QTest::newRow("other variables are not tokens")
        << QStringList() << QStringList{QStringLiteral("OS_PASSWORD=secret"), QStringLiteral("TOKEN=x")}
        << QString();
}

void TestCommandLineOptions::token()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);

    CommandLineOptions options;
    QCOMPARE(options.parse(withProgram(arguments), makeEnvironment(environment)), Result::Run);
    QCOMPARE(options.token(), expected);
    QCOMPARE(options.hasToken(), !expected.isEmpty());
}

void TestCommandLineOptions::emptyToken_data()
{
    QTest::addColumn<QStringList>("arguments");

    // Typically `--token "$TOKEN"` with TOKEN unset: say so rather than quietly using $OS_TOKEN
    // (possibly someone else's) or connecting without a token.
    QTest::newRow("--token=") << QStringList{QStringLiteral("--token=")};
    QTest::newRow("--token \"\"") << QStringList{QStringLiteral("--token"), QString()};
    QTest::newRow("-t with blanks") << QStringList{QStringLiteral("-t"), QStringLiteral("  \n")};
    QTest::newRow("with an endpoint") << QStringList{QStringLiteral("-e"), QStringLiteral("controller:8778"),
                                                     QStringLiteral("--token"), QString()};
}

void TestCommandLineOptions::emptyToken()
{
    QFETCH(QStringList, arguments);

    const QHash<QString, QString> environment = makeEnvironment(
        {QStringLiteral("OS_TOKEN=env-token"), QStringLiteral("OS_AUTH_TOKEN=env-auth-token")});
    CommandLineOptions options;
    QCOMPARE(options.parse(withProgram(arguments), environment), Result::Error);
    const QString error = options.errorText();
    QVERIFY2(error.startsWith(QLatin1String("--token: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("OS_TOKEN")), qPrintable(error)); // how to use it instead
    QVERIFY2(!error.contains(QLatin1String("env-token")), qPrintable(error));
    QVERIFY(!options.hasToken());
    QVERIFY(!options.shouldConnectOnStart());

    // --help says so.
    CommandLineOptions help;
    QCOMPARE(help.parse(withProgram({QStringLiteral("--help")}), {}), Result::ShowHelp);
    const QString text = help.helpText().simplified(); // descriptions are wrapped
    const qsizetype at = text.indexOf(QLatin1String("--token <TOKEN>"));
    QVERIFY2(at >= 0, qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("An empty TOKEN is an error"), at) > at, qPrintable(text));
}

void TestCommandLineOptions::connectOnStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing") << QStringList() << QStringList() << false;
    QTest::newRow("endpoint only") << QStringList{QStringLiteral("--endpoint"),
                                                  QStringLiteral("controller:8778")}
                                   << QStringList() << false;
    QTest::newRow("token only") << QStringList{QStringLiteral("--token"), QStringLiteral("t")}
                                << QStringList() << false;
    QTest::newRow("both on the command line")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("controller:8778"),
                       QStringLiteral("--token"), QStringLiteral("t")}
        << QStringList() << true;
    QTest::newRow("both from the environment")
        << QStringList()
        << QStringList{QStringLiteral("OS_ENDPOINT=controller:8778"), QStringLiteral("OS_AUTH_TOKEN=t")}
        << true;
    QTest::newRow("command-line endpoint, environment token")
        << QStringList{QStringLiteral("-e"), QStringLiteral("http://controller:8778")}
        << QStringList{QStringLiteral("OS_TOKEN=t")} << true;
    QTest::newRow("a cloud is not an endpoint")
        << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("devstack"), QStringLiteral("--token"),
                       QStringLiteral("t")}
        << QStringList() << false;
}

void TestCommandLineOptions::connectOnStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, expected);

    CommandLineOptions options;
    QCOMPARE(options.parse(withProgram(arguments), makeEnvironment(environment)), Result::Run);
    QCOMPARE(options.shouldConnectOnStart(), expected);
}

void TestCommandLineOptions::parallelism_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected"); // 0: an error naming --parallel and the value

    QTest::newRow("default") << QStringList() << RequestQueue::defaultParallelism();
    QTest::newRow("1") << QStringList{QStringLiteral("--parallel"), QStringLiteral("1")} << 1;
    QTest::newRow("12") << QStringList{QStringLiteral("--parallel=12")} << 12;
    QTest::newRow("maximum") << QStringList{QStringLiteral("--parallel"),
                                            QString::number(CommandLineOptions::MaxParallelism)}
                             << CommandLineOptions::MaxParallelism;
    QTest::newRow("0") << QStringList{QStringLiteral("--parallel"), QStringLiteral("0")} << 0;
    QTest::newRow("65") << QStringList{QStringLiteral("--parallel"), QStringLiteral("65")} << 0;
    QTest::newRow("negative") << QStringList{QStringLiteral("--parallel=-3")} << 0;
    QTest::newRow("abc") << QStringList{QStringLiteral("--parallel"), QStringLiteral("abc")} << 0;
    QTest::newRow("fraction") << QStringList{QStringLiteral("--parallel"), QStringLiteral("2.5")} << 0;
    QTest::newRow("empty") << QStringList{QStringLiteral("--parallel=")} << 0;
}

void TestCommandLineOptions::parallelism()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QCOMPARE(CommandLineOptions::MaxParallelism, 64);

    CommandLineOptions options;
    const Result result = options.parse(withProgram(arguments), {});
    if (expected == 0) {
        QCOMPARE(result, Result::Error);
        const QString text = options.errorText();
        QVERIFY2(text.startsWith(QLatin1String("--parallel: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 to 64")), qPrintable(text));
        const QString value = arguments.constLast().section(QLatin1Char('='), -1);
        QVERIFY2(text.contains(QStringLiteral("“%1”").arg(value)), qPrintable(text));
        return;
    }
    QCOMPARE(result, Result::Run);
    QCOMPARE(options.parallelism(), expected);
}

void TestCommandLineOptions::timeout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected"); // 0: an error naming --timeout and the value

    QTest::newRow("default") << QStringList() << int(CommandLineOptions::DefaultTimeoutSeconds);
    QTest::newRow("1") << QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} << 1;
    QTest::newRow("90") << QStringList{QStringLiteral("--timeout=90")} << 90;
    QTest::newRow("an hour") << QStringList{QStringLiteral("--timeout"), QStringLiteral("3600")} << 3600;
    QTest::newRow("0") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")} << 0;
    QTest::newRow("over an hour") << QStringList{QStringLiteral("--timeout"), QStringLiteral("3601")} << 0;
    QTest::newRow("with unit") << QStringList{QStringLiteral("--timeout"), QStringLiteral("30s")} << 0;
}

void TestCommandLineOptions::timeout()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QCOMPARE(int(CommandLineOptions::DefaultTimeoutSeconds), 30);

    CommandLineOptions options;
    const Result result = options.parse(withProgram(arguments), {});
    if (expected == 0) {
        QCOMPARE(result, Result::Error);
        const QString text = options.errorText();
        QVERIFY2(text.startsWith(QLatin1String("--timeout: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“%1”").arg(arguments.constLast())), qPrintable(text));
        return;
    }
    QCOMPARE(result, Result::Run);
    QCOMPARE(options.timeoutSeconds(), expected);
}

void TestCommandLineOptions::cloudOverrides_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("expected"); // key=value, sorted

    QTest::newRow("none") << QStringList() << QStringList() << QStringList();
    QTest::newRow("--os-cloud") << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("devstack")}
                                << QStringList() << QStringList{QStringLiteral("cloud=devstack")};
    QTest::newRow("a whole login") << QStringList{QStringLiteral("--os-auth-url=https://k.example:5000/v3"),
                                                  QStringLiteral("--os-username"),
                                                  QStringLiteral("admin"),
                                                  QStringLiteral("--os-password"),
                                                  QStringLiteral("pw"),
                                                  QStringLiteral("--os-project-name"),
                                                  QStringLiteral("demo"),
                                                  QStringLiteral("--os-user-domain-name"),
                                                  QStringLiteral("Default"),
                                                  QStringLiteral("--os-region-name"),
                                                  QStringLiteral("RegionOne"),
                                                  QStringLiteral("--os-interface"),
                                                  QStringLiteral("internal")}
                                   << QStringList()
                                   << QStringList{QStringLiteral("auth_url=https://k.example:5000/v3"),
                                                  QStringLiteral("interface=internal"),
                                                  QStringLiteral("password=pw"),
                                                  QStringLiteral("project_name=demo"),
                                                  QStringLiteral("region_name=RegionOne"),
                                                  QStringLiteral("user_domain_name=Default"),
                                                  QStringLiteral("username=admin")};
    QTest::newRow("application credential and TLS")
        << QStringList{QStringLiteral("--os-auth-type"),
                       QStringLiteral("v3applicationcredential"),
                       QStringLiteral("--os-application-credential-id"),
                       QStringLiteral("ac1"),
                       QStringLiteral("--os-cacert"),
                       QStringLiteral("/etc/ssl/ca.pem"),
                       QStringLiteral("--insecure")}
        << QStringList()
        << QStringList{QStringLiteral("application_credential_id=ac1"),
                       QStringLiteral("auth_type=v3applicationcredential"),
                       QStringLiteral("cacert=/etc/ssl/ca.pem"), QStringLiteral("insecure=true")};
    QTest::newRow("placement overrides")
        << QStringList{QStringLiteral("--os-placement-endpoint-override"), QStringLiteral("http://p:8778"),
                       QStringLiteral("--os-placement-api-version"), QStringLiteral("1.20")}
        << QStringList()
        << QStringList{QStringLiteral("placement_api_version=1.20"),
                       QStringLiteral("placement_endpoint_override=http://p:8778")};
    // OS_* variables are CloudConfig's to read; the command line's overrides hold only what it said.
    QTest::newRow("variables are not overrides")
        << QStringList()
        << QStringList{QStringLiteral("OS_CLOUD=devstack"), QStringLiteral("OS_USERNAME=admin")}
        << QStringList();
    QTest::newRow("--endpoint and --token are not cloud overrides")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("controller:8778"),
                       QStringLiteral("--token"),    QStringLiteral("t"),
                       QStringLiteral("--os-cloud"), QStringLiteral("devstack")}
        << QStringList() << QStringList{QStringLiteral("cloud=devstack")};
}

void TestCommandLineOptions::cloudOverrides()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, expected);

    CommandLineOptions options;
    QCOMPARE(options.parse(withProgram(arguments), makeEnvironment(environment)), Result::Run);
    QCOMPARE(entries(options.cloudOverrides()), expected);
}

void TestCommandLineOptions::endpointUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::addColumn<QString>("reason");   // part of *error when rejected

    QTest::newRow("host:port means http") << "controller:8778"
                                          << "http://controller:8778" << QString();
    QTest::newRow("host only") << "controller"
                               << "http://controller" << QString();
    QTest::newRow("address:port") << "10.0.0.5:8778"
                                  << "http://10.0.0.5:8778" << QString();
    QTest::newRow("IPv6") << "[::1]:8778"
                          << "http://[::1]:8778" << QString();
    QTest::newRow("http with path prefix kept") << "http://controller:8778/placement"
                                                << "http://controller:8778/placement" << QString();
    QTest::newRow("https kept") << "https://cloud.example/placement"
                                << "https://cloud.example/placement" << QString();
    QTest::newRow("scheme and host case") << "HTTPS://Cloud.Example:443/placement"
                                          << "https://cloud.example:443/placement" << QString();
    QTest::newRow("whitespace trimmed") << "  http://controller:8778 \n"
                                        << "http://controller:8778" << QString();
    QTest::newRow("query and fragment dropped") << "http://controller:8778/placement?x=1#top"
                                                << "http://controller:8778/placement" << QString();
    QTest::newRow("user info dropped") << "http://admin:s3cret@controller:8778/placement"
                                       << "http://controller:8778/placement" << QString();
    QTest::newRow("user info never echoed")
        << "http://admin:s3cret@contr oller:8778"
        << "" << QStringLiteral("“http://contr oller:8778” is not a valid URL");
    QTest::newRow("empty") << ""
                           << "" << QStringLiteral("Enter the Placement endpoint URL");
    QTest::newRow("only spaces") << "   "
                                 << "" << QStringLiteral("Enter the Placement endpoint URL");
    QTest::newRow("ftp") << "ftp://controller:21"
                         << "" << QStringLiteral("scheme “ftp”");
    QTest::newRow("file") << "file:///etc/passwd"
                          << "" << QStringLiteral("http:// or https://");
    QTest::newRow("missing host") << "http:///placement"
                                  << "" << QStringLiteral("no host name");
    QTest::newRow("space in host") << "http://contr oller:8778"
                                   << "" << QStringLiteral("not a valid URL");
    QTest::newRow("port not a number") << "controller:abc"
                                       << "" << QStringLiteral("not a valid URL");
}

void TestCommandLineOptions::endpointUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, reason);

    QString error = QStringLiteral("left over from before");
    const QUrl url = EndpointUrl::parse(text, &error);
    QCOMPARE(EndpointUrl::parse(text).toString(), url.toString()); // no error pointer needed
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY2(error.contains(reason), qPrintable(error));
        return;
    }
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCommandLineOptions::computeEndpoint()
{
    CommandLineOptions fromOption;
    QCOMPARE(fromOption.parse(
                 withProgram({QStringLiteral("--os-compute-endpoint-override"),
                              QStringLiteral("http://nova.example:8774/v2.1")}),
                 makeEnvironment({QStringLiteral("OS_COMPUTE_ENDPOINT_OVERRIDE=http://other:8774/v2.1")})),
             CommandLineOptions::Result::Run);
    QCOMPARE(fromOption.computeEndpoint(), QUrl(QStringLiteral("http://nova.example:8774/v2.1")));
    CommandLineOptions fromEnvironment;
    QCOMPARE(fromEnvironment.parse(
                 withProgram({}),
                 makeEnvironment({QStringLiteral("OS_COMPUTE_ENDPOINT_OVERRIDE=http://other:8774/v2.1")})),
             CommandLineOptions::Result::Run);
    QCOMPARE(fromEnvironment.computeEndpoint(), QUrl(QStringLiteral("http://other:8774/v2.1")));
    CommandLineOptions none;
    QCOMPARE(none.parse(withProgram({}), {}), CommandLineOptions::Result::Run);
    QVERIFY(!none.computeEndpoint().isValid());
    CommandLineOptions bad;
    QCOMPARE(
        bad.parse(withProgram({QStringLiteral("--os-compute-endpoint-override"), QStringLiteral("ftp://x")}),
                  {}),
        CommandLineOptions::Result::Error);
    QVERIFY2(bad.errorText().contains(QLatin1String("--os-compute-endpoint-override")),
             qPrintable(bad.errorText()));
}

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
