#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;
class ServerProcess;

// A real OpenStack Keystone (Debian python3-keystone under uwsgi) on a private PostgreSQL cluster, for
// one test executable: start it once in initTestCase() (about 15-30 s), stop it in cleanupTestCase().
// Fernet tokens with a configurable lifetime; `admin` is bootstrapped in project `admin`, region
// RegionOne, with the identity service registered at authUrl(). Everything lives in a temporary
// directory that goes away with the object; every process runs in its own process group with
// PR_SET_PDEATHSIG, so nothing outlives the test, even when it crashes.
//
// PostgreSQL refuses to run as root, so when the test runs as root the cluster runs as the `postgres`
// user (Debian's postgresql package creates it). Keystone on SQLite fails "database is locked" when
// the catalog is filled, hence PostgreSQL.
//
// The helpers are synchronous (they spin a local event loop) and use their own network manager: they
// are for seeding and checking in tests, never for the code under test. Paths are below /v3.
class KeystoneServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 0; // 0 when no HTTP answer arrived
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray body;

        bool isSuccess() const;
        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QString describe() const;
    };

    struct ApplicationCredential
    {
        QString id;
        QString name;
        QString secret;
        bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
    };

    explicit KeystoneServer(QObject *parent = nullptr);
    ~KeystoneServer() override;

    // Settings; they take effect at start().
    void setTokenLifetime(int seconds); // [token] expiration, default 3600
    int tokenLifetime() const { return m_tokenLifetime; }
    void setStartTimeout(int msecs); // per stage, default 120 s

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl authUrl() const; // http://127.0.0.1:PORT/v3
    static QString region() { return QStringLiteral("RegionOne"); }
    static QString adminUser() { return QStringLiteral("admin"); }
    static QString adminProject() { return QStringLiteral("admin"); }
    QString adminPassword() const { return m_adminPassword; }
    QString dataDirectory() const;
    QString logTail(int lines = 40) const;                 // Keystone's log, then PostgreSQL's
    qint64 setupMsecs() const { return m_setupMsecs; }     // PostgreSQL + keystone-manage steps
    qint64 startupMsecs() const { return m_startupMsecs; } // uwsgi launch until GET /v3 answered
    QString lastError() const { return m_lastError; }

    // Generic synchronous request below /v3. `token` empty: no X-Auth-Token.
    Response request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                     const QByteArray &token = {}, const QList<QNetworkReply::RawHeaderPair> &headers = {});

    // A project-scoped admin token, reused until a third of its lifetime (at most 30 s) is left.
    QByteArray adminToken();
    // POST /v3/auth/tokens with a password, scoped to `project` in the default domain (unscoped if
    // empty). Returns the token, or empty (and lastError()).
    QByteArray issueToken(const QString &user, const QString &password, const QString &project,
                          Response *response = nullptr);
    // DELETE /v3/auth/tokens: the token stops working at once.
    bool revokeToken(const QByteArray &token);

    // Ids, or empty on failure. The ensure* helpers return the existing one if present.
    QString ensureProject(const QString &name);
    QString ensureRole(const QString &name);
    QString ensureRegion(const QString &id);
    QString ensureService(const QString &type, const QString &name);
    QString createUser(const QString &name, const QString &password, const QString &defaultProjectId = {});
    bool assignRole(const QString &userId, const QString &projectId, const QString &roleName);
    // A user with `roleName` on `projectName` (both created as needed). Returns the user id.
    QString createUserWithRole(const QString &name, const QString &password, const QString &projectName,
                               const QString &roleName = QStringLiteral("member"));
    // The user's own application credential (created with the user's project-scoped token).
    ApplicationCredential createApplicationCredential(const QString &user, const QString &password,
                                                      const QString &project, const QString &name);
    // A service user as keystonemiddleware needs: in project "service" with roles admin and service.
    bool createServiceUser(const QString &name, const QString &password);

    QString addEndpoint(const QString &serviceId, const QString &interface, const QUrl &url,
                        const QString &region = KeystoneServer::region());
    // Registers service type "placement" with an endpoint per given interface ("public", "internal",
    // "admin") in `region`. Returns the endpoint ids.
    QStringList registerPlacement(const QList<QPair<QString, QUrl>> &interfaceUrls,
                                  const QString &region = KeystoneServer::region());
    // Keystone's endpoint filter: tokens scoped to the project list only these endpoints.
    bool restrictProjectToEndpoints(const QString &projectId, const QStringList &endpointIds);
    QString identityEndpointId(const QString &interface = QStringLiteral("public")) const;

private:
    bool prepareDatabase(QString *error);
    bool startDatabase(QString *error);
    bool setUpKeystone(QString *error);
    bool launchKeystone(QString *error);
    bool registerIdentity(QString *error);
    QString findId(const QString &collection, const QString &key, const QString &name);
    QString createAndGetId(const QString &collection, const QString &key, const QJsonObject &object);
    void fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_postgres;
    std::unique_ptr<ServerProcess> m_keystone;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_postgresBin;
    int m_databasePort = 0;
    int m_port = 0;
    int m_tokenLifetime = 3600;
    int m_startTimeout = 120000;
    QString m_adminPassword;
    QByteArray m_adminToken;
    qint64 m_adminTokenIssuedMsecs = 0;
    qint64 m_adminTokenLifetimeMsecs = 0;
    QStringList m_identityEndpoints; // public, internal, admin
    qint64 m_setupMsecs = -1;
    qint64 m_startupMsecs = -1;
    QString m_lastError;
};
