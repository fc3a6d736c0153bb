// The pure parts of a Keystone login, data-driven: the URLs and JSON bodies Placement Desk sends
// (KeystoneRequests), what it reads from Keystone's answers (KeystoneToken) and the sentences it says
// about failures (KeystoneStatus). No network.
#include "api/apierror.h"
#include "auth/connectionprofile.h"
#include "auth/keystonerequests.h"
#include "auth/keystonestatus.h"
#include "auth/keystonetoken.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

#include <time.h>

namespace {

const QString KeystoneUrl = QStringLiteral("https://keystone.example:5000/v3/auth/tokens");

ConnectionProfile passwordProfile()
{
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::Password;
    profile.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    profile.username = QStringLiteral("admin");
    profile.password = QStringLiteral("s3cret");
    return profile;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

class TestKeystoneRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokensUrl_data();
    void tokensUrl();
    void projectsUrl_data();
    void projectsUrl();
    void authRequestBody_data();
    void authRequestBody();
    void parseToken_data();
    void parseToken();
    void tokenLifetime_data();
    void tokenLifetime();
    void parseTime_data();
    void parseTime();
    void parseProjects_data();
    void parseProjects();
    void loginFailure_data();
    void loginFailure();
    void explain_data();
    void explain();
};

void TestKeystoneRequests::initTestCase()
{
    // A local zone that is not UTC and has daylight saving time (New York's rules, in POSIX form so no
    // time zone database is needed): times read as local instead of UTC come out hours off.
    qputenv("TZ", "EST5EDT,M3.2.0,M11.1.0");
    tzset();
    QVERIFY(QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::LocalTime).offsetFromUtc() != 0);
}

void TestKeystoneRequests::tokensUrl_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("host only") << "https://k.example:5000"
                               << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("host and slash") << "https://k.example:5000/"
                                    << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("v3") << "https://k.example:5000/v3"
                        << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("v3 and slashes") << "https://k.example:5000/v3//"
                                    << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("path prefix") << "https://cloud.example/identity"
                                 << "https://cloud.example/identity/v3/auth/tokens";
    QTest::newRow("path prefix and v3") << "https://cloud.example/identity/v3/"
                                        << "https://cloud.example/identity/v3/auth/tokens";
    QTest::newRow("v2.0 becomes v3") << "http://k:5000/v2.0"
                                     << "http://k:5000/v3/auth/tokens";
    QTest::newRow("prefix and v2.0/") << "http://cloud.example/identity/v2.0/"
                                      << "http://cloud.example/identity/v3/auth/tokens";
    QTest::newRow("query and fragment dropped") << "https://k.example/v3?region=one#top"
                                                << "https://k.example/v3/auth/tokens";
    // Some clouds.yaml files name the token URL itself.
    QTest::newRow("already the tokens URL") << "https://k.example:5000/v3/auth/tokens"
                                            << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("tokens URL and slash") << "https://k.example:5000/v3/auth/tokens/"
                                          << "https://k.example:5000/v3/auth/tokens";
    QTest::newRow("prefix and tokens URL") << "https://cloud.example/identity/v3/auth/tokens"
                                           << "https://cloud.example/identity/v3/auth/tokens";
}

void TestKeystoneRequests::tokensUrl()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneRequests::tokensUrl(QUrl(authUrl)).toString(), expected);
}

void TestKeystoneRequests::projectsUrl_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("host only") << "https://k.example:5000"
                               << "https://k.example:5000/v3/auth/projects";
    QTest::newRow("v3") << "https://k.example:5000/v3/"
                        << "https://k.example:5000/v3/auth/projects";
    QTest::newRow("path prefix") << "https://cloud.example/identity"
                                 << "https://cloud.example/identity/v3/auth/projects";
    QTest::newRow("v2.0") << "http://k:5000/v2.0/"
                          << "http://k:5000/v3/auth/projects";
    QTest::newRow("query dropped") << "https://k.example/v3?x=1"
                                   << "https://k.example/v3/auth/projects";
    QTest::newRow("from the tokens URL") << "https://k.example/v3/auth/tokens/"
                                         << "https://k.example/v3/auth/projects";
}

void TestKeystoneRequests::projectsUrl()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneRequests::projectsUrl(QUrl(authUrl)).toString(), expected);
}

void TestKeystoneRequests::authRequestBody_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<bool>("unscoped");
    QTest::addColumn<QByteArray>("expected"); // JSON, compared parsed

    const QByteArray passwordIdentity =
        R"("identity":{"methods":["password"],"password":{"user":{"name":"admin","password":"s3cret",)"
        R"("domain":{"id":"default"}}}})";

    ConnectionProfile p = passwordProfile();
    p.projectName = QStringLiteral("demo");
    QTest::newRow("password, project name, default domains")
        << p << false
        << QByteArray(R"({"auth":{)" + passwordIdentity +
                      R"(,"scope":{"project":{"name":"demo","domain":{"id":"default"}}}}})");

    p.userDomainName = QStringLiteral("Users");
    p.projectDomainName = QStringLiteral("Projects");
    QTest::newRow("password, project name, domain names")
        << p << false
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin",)"
                      R"("password":"s3cret","domain":{"name":"Users"}}}},)"
                      R"("scope":{"project":{"name":"demo","domain":{"name":"Projects"}}}}})");

    p.userDomainId = QStringLiteral("ud1");
    p.projectDomainId = QStringLiteral("pd1");
    QTest::newRow("password, domain ids win over names")
        << p << false
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin",)"
                      R"("password":"s3cret","domain":{"id":"ud1"}}}},)"
                      R"("scope":{"project":{"name":"demo","domain":{"id":"pd1"}}}}})");

    p = passwordProfile();
    p.projectId = QStringLiteral("p1");
    p.projectName = QStringLiteral("demo");
    p.projectDomainName = QStringLiteral("Projects");
    QTest::newRow("password, project id wins over name")
        << p << false
        << QByteArray(R"({"auth":{)" + passwordIdentity + R"(,"scope":{"project":{"id":"p1"}}}})");

    p = passwordProfile();
    p.userId = QStringLiteral("u1");
    p.userDomainName = QStringLiteral("ignored with a user id");
    p.projectId = QStringLiteral("p1");
    QTest::newRow("password, user id")
        << p << false
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"u1",)"
                      R"("password":"s3cret"}}},"scope":{"project":{"id":"p1"}}}})");

    p = passwordProfile();
    p.domainName = QStringLiteral("Ops");
    QTest::newRow("password, domain scope by name")
        << p << false
        << QByteArray(R"({"auth":{)" + passwordIdentity + R"(,"scope":{"domain":{"name":"Ops"}}}})");

    p.domainId = QStringLiteral("d1");
    QTest::newRow("password, domain scope by id")
        << p << false
        << QByteArray(R"({"auth":{)" + passwordIdentity + R"(,"scope":{"domain":{"id":"d1"}}}})");

    p = passwordProfile();
    p.systemScope = true;
    QTest::newRow("password, system scope")
        << p << false
        << QByteArray(R"({"auth":{)" + passwordIdentity + R"(,"scope":{"system":{"all":true}}}})");

    p = passwordProfile();
    QTest::newRow("password, no scope at all")
        << p << false << QByteArray(R"({"auth":{)" + passwordIdentity + "}}");

    p.projectName = QStringLiteral("demo");
    p.systemScope = true;
    QTest::newRow("password, unscoped despite a project")
        << p << true << QByteArray(R"({"auth":{)" + passwordIdentity + R"(,"scope":"unscoped"}})");

    ConnectionProfile a;
    a.authType = ConnectionProfile::AuthType::ApplicationCredential;
    a.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    a.applicationCredentialId = QStringLiteral("ac1");
    a.applicationCredentialSecret = QStringLiteral("app-secret");
    a.projectName = QStringLiteral("an application credential carries its own scope");
    a.username = QStringLiteral("not sent with an id");
    QTest::newRow("application credential by id")
        << a << false
        << QByteArray(R"({"auth":{"identity":{"methods":["application_credential"],)"
                      R"("application_credential":{"id":"ac1","secret":"app-secret"}}}})");
    QTest::newRow("application credential, unscoped asks for no scope either")
        << a << true
        << QByteArray(R"({"auth":{"identity":{"methods":["application_credential"],)"
                      R"("application_credential":{"id":"ac1","secret":"app-secret"}}}})");

    a.applicationCredentialId.clear();
    a.applicationCredentialName = QStringLiteral("mycred");
    a.username = QStringLiteral("bob");
    a.userDomainName = QStringLiteral("Users");
    QTest::newRow("application credential by name and user name")
        << a << false
        << QByteArray(R"({"auth":{"identity":{"methods":["application_credential"],)"
                      R"("application_credential":{"name":"mycred","secret":"app-secret",)"
                      R"("user":{"name":"bob","domain":{"name":"Users"}}}}}})");

    a.userId = QStringLiteral("u7");
    QTest::newRow("application credential by name and user id")
        << a << false
        << QByteArray(
               R"({"auth":{"identity":{"methods":["application_credential"],)"
               R"("application_credential":{"name":"mycred","secret":"app-secret","user":{"id":"u7"}}}}})");

    ConnectionProfile t;
    t.authType = ConnectionProfile::AuthType::Token;
    t.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    t.token = QStringLiteral("gAAAA-token");
    t.projectId = QStringLiteral("p9");
    QTest::newRow("token, rescoped to a project")
        << t << false
        << QByteArray(R"({"auth":{"identity":{"methods":["token"],"token":{"id":"gAAAA-token"}},)"
                      R"("scope":{"project":{"id":"p9"}}}})");
    QTest::newRow("token, unscoped")
        << t << true
        << QByteArray(R"({"auth":{"identity":{"methods":["token"],"token":{"id":"gAAAA-token"}},)"
                      R"("scope":"unscoped"}})");
}

void TestKeystoneRequests::authRequestBody()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(bool, unscoped);
    QFETCH(QByteArray, expected);

    QJsonParseError expectedError;
    const QJsonDocument expectedDocument = QJsonDocument::fromJson(expected, &expectedError);
    QVERIFY2(expectedError.error == QJsonParseError::NoError && expectedDocument.isObject(),
             qPrintable(QStringLiteral("the row's own JSON is broken: ") + expectedError.errorString()));

    const QByteArray body = KeystoneRequests::authRequestBody(profile, unscoped);
    QJsonParseError bodyError;
    const QJsonDocument actual = QJsonDocument::fromJson(body, &bodyError);
    QVERIFY2(bodyError.error == QJsonParseError::NoError, body.constData());
    QVERIFY2(actual.isObject(), body.constData());
    QVERIFY2(actual.object() == expectedDocument.object(),
             qPrintable(QStringLiteral("\n   Actual: %1\n Expected: %2")
                            .arg(QString::fromUtf8(actual.toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(expectedDocument.toJson(QJsonDocument::Compact)))));
}

void TestKeystoneRequests::parseToken_data()
{
    QTest::addColumn<QByteArray>("subjectToken");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("issuedAt");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QStringList>("roleNames");
    QTest::addColumn<QStringList>("serviceTypes");

    const QByteArray full =
        R"({"token": {"methods": ["password"], "issued_at": "2026-11-21T02:45:54.000000Z",)"
        R"( "expires_at": "2026-11-22T02:45:54.123456Z", "audit_ids": ["x"],)"
        R"( "user": {"id": "u1", "name": "admin", "domain": {"id": "default", "name": "Default"}},)"
        R"( "project": {"id": "p1", "name": "demo", "domain": {"id": "default", "name": "Default"}},)"
        R"( "roles": [{"id": "r1", "name": "admin"}, {"id": "r2", "name": "reader"}],)"
        R"( "catalog": [{"id": "s1", "type": "identity", "name": "keystone", "endpoints": []},)"
        R"( {"id": "s2", "type": "placement", "name": "placement", "endpoints": [{"id": "e1",)"
        R"( "interface": "public", "region_id": "RegionOne", "region": "RegionOne",)"
        R"( "url": "https://cloud.example/placement"}]}]}})";

    QTest::newRow("valid body and header")
        << QByteArray("gAAAA-subject") << full << true << utc(2026, 11, 21, 2, 45, 54)
        << utc(2026, 11, 22, 2, 45, 54, 123) << "admin"
        << "u1"
        << "demo"
        << "p1" << QStringList{QStringLiteral("admin"), QStringLiteral("reader")}
        << QStringList{QStringLiteral("identity"), QStringLiteral("placement")};
    QTest::newRow("unscoped token: no project, roles or catalog")
        << QByteArray("gAAAA-unscoped")
        << QByteArray(
               R"({"token": {"expires_at": "2026-11-22T02:45:54.000000Z", "user": {"id": "u1", "name": "admin"}}})")
        << true << QDateTime() << utc(2026, 11, 22, 2, 45, 54) << "admin"
        << "u1"
        << ""
        << "" << QStringList() << QStringList();
    QTest::newRow("missing X-Subject-Token header")
        << QByteArray() << full << false << QDateTime() << QDateTime() << ""
        << ""
        << ""
        << "" << QStringList() << QStringList();
    QTest::newRow("missing token object")
        << QByteArray("gAAAA-subject")
        << QByteArray(R"({"versions": {"values": [{"id": "v3.14", "status": "stable"}]}})") << false
        << QDateTime() << QDateTime() << ""
        << ""
        << ""
        << "" << QStringList() << QStringList();
    QTest::newRow("token is not an object")
        << QByteArray("gAAAA-subject") << QByteArray(R"({"token": "gAAAA"})") << false << QDateTime()
        << QDateTime() << ""
        << ""
        << ""
        << "" << QStringList() << QStringList();
    QTest::newRow("not JSON") << QByteArray("gAAAA-subject")
                              << QByteArray("<html><body><h1>It works!</h1></body></html>") << false
                              << QDateTime() << QDateTime() << ""
                              << ""
                              << ""
                              << "" << QStringList() << QStringList();
    QTest::newRow("truncated JSON") << QByteArray("gAAAA-subject") << full.left(full.size() / 2) << false
                                    << QDateTime() << QDateTime() << ""
                                    << ""
                                    << ""
                                    << "" << QStringList() << QStringList();
    QTest::newRow("empty body") << QByteArray("gAAAA-subject") << QByteArray() << false << QDateTime()
                                << QDateTime() << ""
                                << ""
                                << ""
                                << "" << QStringList() << QStringList();
}

void TestKeystoneRequests::parseToken()
{
    QFETCH(QByteArray, subjectToken);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QDateTime, issuedAt);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QString, userName);
    QFETCH(QString, userId);
    QFETCH(QString, projectName);
    QFETCH(QString, projectId);
    QFETCH(QStringList, roleNames);
    QFETCH(QStringList, serviceTypes);

    // Filled in beforehand, so a failed parse can be seen to leave it alone.
    KeystoneToken result;
    result.token = "previous-token";
    result.userName = QStringLiteral("previous-user");
    result.projectId = QStringLiteral("previous-project");
    result.expiresAt = utc(2000, 1, 1, 0, 0, 0);

    QCOMPARE(KeystoneToken::parse(subjectToken, body, &result), ok);
    if (!ok) {
        QCOMPARE(result.token, QByteArray("previous-token"));
        QCOMPARE(result.userName, QStringLiteral("previous-user"));
        QCOMPARE(result.projectId, QStringLiteral("previous-project"));
        QCOMPARE(result.expiresAt, utc(2000, 1, 1, 0, 0, 0));
        return;
    }
    QCOMPARE(result.token, subjectToken);
    QCOMPARE(result.issuedAt.isValid(), issuedAt.isValid());
    if (issuedAt.isValid()) {
        QCOMPARE(result.issuedAt, issuedAt);
        QCOMPARE(result.issuedAt.timeSpec(), Qt::UTC);
    }
    QVERIFY(result.expiresAt.isValid());
    QCOMPARE(result.expiresAt, expiresAt);
    QCOMPARE(result.expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(result.userName, userName);
    QCOMPARE(result.userId, userId);
    QCOMPARE(result.projectName, projectName);
    QCOMPARE(result.projectId, projectId);
    QCOMPARE(result.roleNames, roleNames);
    QCOMPARE(result.catalog.serviceTypes(), serviceTypes);
    if (serviceTypes.contains(QStringLiteral("placement"))) {
        QString problem;
        QCOMPARE(result.catalog.endpointUrl(QStringLiteral("placement"), QStringLiteral("public"),
                                            QStringLiteral("RegionOne"), &problem),
                 QUrl(QStringLiteral("https://cloud.example/placement")));
    }
}

void TestKeystoneRequests::tokenLifetime_data()
{
    QTest::addColumn<QString>("issuedAt"); // empty: absent
    QTest::addColumn<QString>("expiresAt");
    QTest::addColumn<bool>("usable");

    QTest::newRow("an hour") << "2026-11-21T02:45:54.000000Z"
                             << "2026-11-21T03:45:54.000000Z" << true;
    QTest::newRow("one millisecond") << "2026-11-21T02:45:54.000000Z"
                                     << "2026-11-21T02:45:54.001000Z" << true;
    QTest::newRow("expires when issued") << "2026-11-21T02:45:54.000000Z"
                                         << "2026-11-21T02:45:54.000000Z" << false;
    QTest::newRow("expires before issued") << "2026-11-21T02:45:54.000000Z"
                                           << "2026-11-20T02:45:54.000000Z" << false;
    QTest::newRow("zone-less expiry before a zoned issue time") << "2026-11-21T04:45:54.000000+02:00"
                                                                << "2026-11-21T02:45:53" << false;
    QTest::newRow("no issue time") << ""
                                   << "2000-01-01T00:00:00.000000Z" << true;
    QTest::newRow("no expiry") << "2026-11-21T02:45:54.000000Z"
                               << "" << true;
}

void TestKeystoneRequests::tokenLifetime()
{
    QFETCH(QString, issuedAt);
    QFETCH(QString, expiresAt);
    QFETCH(bool, usable);

    QJsonObject token{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("admin")}}}};
    if (!issuedAt.isEmpty())
        token.insert(QStringLiteral("issued_at"), issuedAt);
    if (!expiresAt.isEmpty())
        token.insert(QStringLiteral("expires_at"), expiresAt);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson();
    KeystoneToken result;
    // Parsing still succeeds: it is the session that refuses the token, with this sentence.
    QVERIFY(KeystoneToken::parse("gAAAA-subject-secret", body, &result));
    const QString problem = result.problem();
    QCOMPARE(problem.isEmpty(), usable);
    if (usable)
        return;
    QVERIFY2(problem.startsWith(QLatin1String("Keystone issued a token that expires before it was issued")),
             qPrintable(problem));
    QVERIFY2(problem.contains(result.issuedAt.toString(Qt::ISODate)), qPrintable(problem));
    QVERIFY2(problem.contains(result.expiresAt.toString(Qt::ISODate)), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1String("gAAAA")), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1Char('%')), qPrintable(problem));
}

void TestKeystoneRequests::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // UTC; invalid: rejected

    QTest::newRow("Keystone's six digits, Z")
        << "2026-11-22T02:45:54.000000Z" << utc(2026, 11, 22, 2, 45, 54);
    QTest::newRow("six digits keep the milliseconds")
        << "2026-11-22T02:45:54.123456Z" << utc(2026, 11, 22, 2, 45, 54, 123);
    QTest::newRow("digits beyond milliseconds are cut, not rounded")
        << "2026-11-22T02:45:54.999999Z" << utc(2026, 11, 22, 2, 45, 54, 999);
    QTest::newRow("nine digits") << "2026-11-22T02:45:54.123456789Z" << utc(2026, 11, 22, 2, 45, 54, 123);
    QTest::newRow("milliseconds only") << "2026-11-22T02:45:54.250Z" << utc(2026, 11, 22, 2, 45, 54, 250);
    QTest::newRow("no fraction") << "2026-11-22T02:45:54Z" << utc(2026, 11, 22, 2, 45, 54);
    QTest::newRow("positive offset, converted to UTC")
        << "2026-11-22T04:45:54.000000+02:00" << utc(2026, 11, 22, 2, 45, 54);
    QTest::newRow("negative offset across midnight")
        << "2026-11-21T21:45:54.500000-05:00" << utc(2026, 11, 22, 2, 45, 54, 500);
    QTest::newRow("surrounding spaces") << "  2026-11-22T02:45:54.000000Z\n" << utc(2026, 11, 22, 2, 45, 54);
    // Keystone's times are UTC; some deployments leave the Z out. (initTestCase() sets a local zone
    // that is not UTC, so reading these as local time shows.)
    QTest::newRow("no zone is UTC") << "2026-12-02T15:00:00.000000" << utc(2026, 12, 2, 15, 0, 0);
    QTest::newRow("no zone, no fraction") << "2026-12-02T15:00:00" << utc(2026, 12, 2, 15, 0, 0);
    QTest::newRow("no zone, summer") << "2026-07-01T23:30:00.500000" << utc(2026, 7, 1, 23, 30, 0, 500);
    QTest::newRow("no zone, in a local daylight-saving gap")
        << "2026-03-08T02:30:00.000000" << utc(2026, 3, 8, 2, 30, 0);
    QTest::newRow("no zone, space for T") << "2026-12-02 15:00:00.000000" << utc(2026, 12, 2, 15, 0, 0);
    QTest::newRow("date only is midnight UTC") << "2026-12-02" << utc(2026, 12, 2, 0, 0, 0);
    QTest::newRow("lower-case z") << "2026-12-02T15:00:00.000000z" << utc(2026, 12, 2, 15, 0, 0);
    QTest::newRow("offset without colon") << "2026-12-02T17:00:00+0200" << utc(2026, 12, 2, 15, 0, 0);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("garbage") << "yesterday at noon" << QDateTime();
    QTest::newRow("month 13") << "2026-13-22T02:45:54.000000Z" << QDateTime();
    QTest::newRow("hour 25") << "2026-11-22T25:45:54.000000Z" << QDateTime();
    QTest::newRow("date missing") << "T02:45:54.000000Z" << QDateTime();
}

void TestKeystoneRequests::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime actual = KeystoneToken::parseTime(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void TestKeystoneRequests::parseProjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two projects, sorted")
        << QByteArray(R"({"links": {"self": "x"}, "projects": [)"
                      R"({"id": "p2", "name": "ops", "domain_id": "d2", "enabled": true},)"
                      R"({"id": "p1", "name": "demo", "domain_id": "default", "enabled": true}]})")
        << QStringList{QStringLiteral("demo (domain default)"), QStringLiteral("ops (domain d2)")};
    QTest::newRow("same name in two domains")
        << QByteArray(
               R"({"projects": [{"name": "demo", "domain_id": "d2"}, {"name": "demo", "domain_id": "d1"}]})")
        << QStringList{QStringLiteral("demo (domain d1)"), QStringLiteral("demo (domain d2)")};
    QTest::newRow("case does not decide the order")
        << QByteArray(
               R"({"projects": [{"name": "beta", "domain_id": "d"}, {"name": "Gamma", "domain_id": "d"},)"
               R"( {"name": "alpha", "domain_id": "d"}, {"name": "Alpha", "domain_id": "d"}]})")
        << QStringList{QStringLiteral("Alpha (domain d)"), QStringLiteral("alpha (domain d)"),
                       QStringLiteral("beta (domain d)"), QStringLiteral("Gamma (domain d)")};
    QTest::newRow("no projects") << QByteArray(R"({"projects": []})") << QStringList();
    QTest::newRow("no projects key") << QByteArray(R"({"error": {"code": 401}})") << QStringList();
    QTest::newRow("not JSON") << QByteArray("Unauthorized") << QStringList();
    QTest::newRow("empty") << QByteArray() << QStringList();
}

void TestKeystoneRequests::parseProjects()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QCOMPARE(KeystoneToken::parseProjects(body), expected);
}

void TestKeystoneRequests::loginFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("mentions");

    const QString tokens = KeystoneUrl;
    const auto mentions = [](const char *status, const char *extra) {
        return QStringList{QStringLiteral("keystone.example:5000"),
                           QStringLiteral("HTTP %1").arg(QLatin1String(status)), QString::fromUtf8(extra)};
    };
    QTest::newRow("400") << 400 << tokens << mentions("400", "invalid");
    QTest::newRow("403") << 403 << tokens << mentions("403", "refused");
    QTest::newRow("404") << 404 << tokens << mentions("404", "no Keystone v3 API");
    QTest::newRow("405") << 405 << tokens << mentions("405", "no Keystone v3 API");
    QTest::newRow("301") << 301 << tokens << mentions("301", "redirected");
    QTest::newRow("307") << 307 << tokens << mentions("307", "redirected");
    QTest::newRow("500") << 500 << tokens << mentions("500", "failed to handle");
    QTest::newRow("503") << 503 << tokens << mentions("503", "failed to handle");
    QTest::newRow("418") << 418 << tokens << mentions("418", "Keystone");
    QTest::newRow("500, default port")
        << 500 << QStringLiteral("https://cloud.example/identity/v3/auth/tokens")
        << QStringList{QStringLiteral("Keystone at cloud.example "), QStringLiteral("HTTP 500")};
    QTest::newRow("404 never shows user info")
        << 404 << QStringLiteral("https://bob:hunter2@keystone.example:5000/v3/auth/tokens")
        << mentions("404", "keystone.example:5000/v3/auth/tokens");
}

void TestKeystoneRequests::loginFailure()
{
    QFETCH(int, status);
    QFETCH(QString, url);
    QFETCH(QStringList, mentions);
    const QString text = KeystoneStatus::loginFailure(status, QUrl(url));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(text.contains(mention), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(mention, text)));
    QVERIFY2(!text.contains(QLatin1String("hunter2")) && !text.contains(QLatin1String("bob")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text)); // every placeholder filled
}

void TestKeystoneRequests::explain_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("qtMessage");
    QTest::addColumn<QString>("summary");

    const QUrl url(KeystoneUrl);
    const QString refused = QStringLiteral("Connection refused");
    QTest::newRow("refused")
        << ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError, refused, url) << refused
        << "Cannot reach Keystone at keystone.example:5000: Connection refused. Check auth_url "
           "and that Keystone is running.";
    const QString notFound = QStringLiteral("Host keystone.example not found");
    QTest::newRow("host not found")
        << ApiError::fromNetworkError(QNetworkReply::HostNotFoundError, notFound, url) << notFound
        << "Cannot reach Keystone at keystone.example:5000: Host keystone.example not "
           "found. Check auth_url and that Keystone is running.";
    const ApiError http = ApiError::fromHttp(500, QByteArray("Internal Server Error"), {}, url);
    QTest::newRow("http names Keystone, not Placement")
        << http << QString() << "Keystone at keystone.example:5000 answered HTTP 500.";
    QTest::newRow("not placement keeps its words")
        << ApiError(ApiError::Kind::NotPlacement, QStringLiteral("Not it.")) << QString() << "Not it.";
    const ApiError timeout =
        ApiError::fromNetworkError(QNetworkReply::TimeoutError, QStringLiteral("timed out"), url);
    QTest::newRow("timeout") << timeout << QStringLiteral("timed out")
                             << "Keystone: keystone.example:5000 did not answer in time.";
    QTest::newRow("timeout that names Keystone already")
        << ApiError(ApiError::Kind::Timeout, QStringLiteral("Keystone did not answer in time.")) << QString()
        << "Keystone did not answer in time.";
    const QString handshake = QStringLiteral("Handshake failed");
    QTest::newRow("tls without certificate errors")
        << ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, handshake, url) << handshake
        << "The secure connection to Keystone at keystone.example:5000 failed: Handshake failed";
    QTest::newRow("canceled") << ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, QString(),
                                                            url)
                              << QString() << "Canceled.";
}

void TestKeystoneRequests::explain()
{
    QFETCH(ApiError, error);
    QFETCH(QString, qtMessage);
    QFETCH(QString, summary);
    QCOMPARE(error.service(), ApiError::Service::Placement); // what every error starts as

    const ApiError explained = KeystoneStatus::explain(error, QUrl(KeystoneUrl), qtMessage);
    QCOMPARE(explained.service(), ApiError::Service::Keystone);
    QCOMPARE(explained.kind(), error.kind());
    QCOMPARE(explained.httpStatus(), error.httpStatus());
    QCOMPARE(explained.networkError(), error.networkError());
    QCOMPARE(explained.summary(), summary);
    if (error.kind() == ApiError::Kind::Timeout)
        QVERIFY2(explained.summary().contains(QLatin1String("Keystone")), qPrintable(explained.summary()));
}

QTEST_GUILESS_MAIN(TestKeystoneRequests)
#include "tst_keystonerequests.moc"
