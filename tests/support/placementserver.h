#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class ServerProcess;
class QTemporaryDir;

// A real OpenStack Placement (python3-placement under uwsgi, SQLite, noauth2) for one test.
// Everything lives in a QTemporaryDir that goes away with the object. The server runs in its own
// process group with PR_SET_PDEATHSIG, so no uwsgi master or worker outlives the test process,
// even when the test crashes.
//
// Two deviations from a bare "uwsgi --wsgi-file placement-api", both measured here:
// - SQLite refuses overlapping write transactions at once ("database is locked", HTTP 500, about
//   10-25% of concurrent writes with 2 processes). A production Placement on MySQL does not, so
//   by default a small WSGI wrapper serializes non-GET requests with flock() (setSerializeWrites).
//   Generation conflicts (409) still happen exactly as on a real cloud.
// - --http11-socket ties a worker thread to a keep-alive connection until the client closes it
//   or it idles for uwsgi's socket timeout (4 s). With fewer threads than open client
//   connections, requests stall for seconds. Hence 2 processes x 4 threads by default, and the
//   helpers below close their own idle connections after use.
//
// The admin helpers are synchronous (they spin a local QEventLoop): they are for seeding and
// verifying in tests, never for the code under test. They send token "admin" and
// "OpenStack-API-Version: placement 1.39" unless told otherwise.
class PlacementServer : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        Auto,   // uwsgi if installed, else wsgiref with a warning
        Uwsgi,  // uwsgi, preforking, HTTP/1.1 keep-alive
        Wsgiref // placement-api's own single-threaded HTTP/1.0 server
    };

    struct Response
    {
        int status = 0; // 0 when no HTTP answer arrived (see networkError)
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray body;

        bool isSuccess() const;                          // 2xx
        QByteArray header(const QByteArray &name) const; // case-insensitive
        QJsonObject json() const;                        // empty unless the body is a JSON object
        QString errorCode() const;                       // errors[0].code of a Placement error
        QString describe() const;                        // one line for failure messages
    };

    explicit PlacementServer(QObject *parent = nullptr);
    ~PlacementServer() override;

    // Settings; they take effect at the next start().
    void setProcessCount(int count); // uwsgi worker processes, default 2
    int processCount() const;
    void setThreadsPerProcess(int threads); // default 4; keep processes x threads >= client connections
    void setSerializeWrites(bool enabled);  // default true, see above
    // false: --http-socket, which closes the connection after every answer (a proxy in front or a
    // small deployment); default true: --http11-socket, keep-alive (see above).
    void setKeepAlive(bool enabled);
    void setBackend(Backend backend);
    Backend backend() const;         // after start(): the one actually used
    void setStartTimeout(int msecs); // default 30 s

    // Keystone instead of noauth2: auth_strategy = keystone, keystonemiddleware validating every token
    // against `authUrl` (token caching off, so a revoked token fails at once). Set before the first
    // start(). The helpers then send the token adminToken() returns wherever they would send "admin".
    struct KeystoneSettings
    {
        QUrl authUrl; // e.g. http://127.0.0.1:PORT/v3
        QString serviceUser;
        QString servicePassword;
        QString serviceProject = QStringLiteral("service");
        std::function<QByteArray()> adminToken;
        // keystonemiddleware's token_cache_time: -1 validates every request's token with Keystone
        // (tests of revocation need that); deployments cache (default 300).
        int tokenCacheSeconds = -1;
    };
    void setKeystone(const KeystoneSettings &settings);
    void setRequestLogging(bool enabled); // Placement's per-request log lines, default off

    // Creates the database on first use; later calls reuse database and port. Returns true when
    // GET / answers with Placement's version document; otherwise `error` gets the log tail.
    bool start(QString *error = nullptr);
    // SIGTERM, then SIGKILL to the whole process group if it lingers.
    void stop();
    // SIGKILL to master and workers at once (a server dying mid-request). Returns once no
    // process of the group is left, so the port is free again.
    void kill();
    // stop() + start(): same port, same database.
    bool restart(QString *error = nullptr);
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash)
    int port() const;
    QString dataDirectory() const;
    QString databasePath() const;
    QString logFilePath() const;
    QString logTail(int lines = 40) const;
    qint64 dbSyncMsecs() const;  // last "placement-manage db sync"
    qint64 startupMsecs() const; // last launch until GET / answered
    QString lastError() const;   // why the last helper call failed

    // Generic synchronous request; `path` is relative to baseUrl() and may carry a query.
    // An empty token or microversion leaves that header out.
    Response request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                     const QByteArray &token = "admin", const QString &microversion = QStringLiteral("1.39"),
                     int timeoutMsecs = 60000);

    // Returns the provider's uuid, or an empty string on failure.
    QString createProvider(const QString &name, const QString &uuid = {}, const QString &parentUuid = {});
    // Reads the current generation, then replaces the set (retrying on 409).
    bool setAggregates(const QString &rpUuid, const QStringList &aggregates);
    // `generation` gets -1 on failure.
    QStringList aggregates(const QString &rpUuid, int *generation = nullptr);
    bool deleteProvider(const QString &uuid);
    // Moves the generation without touching aggregates (raises the VCPU inventory total by one).
    bool bumpGeneration(const QString &uuid);
    int providerGeneration(const QString &uuid); // -1 on failure

    // Creates `count` providers named seed-NNNNNN, `parallel` requests at a time, each in the
    // aggregates seedAggregatesFor(i, ...) picks; retries 5xx and "database is locked". Returns
    // the uuids in creation order, or an empty list (and `error`) on failure.
    QStringList seedProviders(int count, const QStringList &aggregatePool, int aggregatesPerProvider,
                              int parallel = 8, QString *error = nullptr);
    int lastSeedRetries() const;
    // Same result as seedProviders() (names, aggregates, generation 1, or 0 without aggregates),
    // but written straight into the SQLite database in one transaction: thousands per second
    // instead of tens. For benchmarks that need 10,000 providers; it relies on the table layout of
    // Debian's Placement 8.0.0 and bypasses the API, so tests of API behaviour should use
    // seedProviders(). Safe while the server runs (it takes the same write lock).
    QStringList seedProvidersDirect(int count, const QStringList &aggregatePool, int aggregatesPerProvider,
                                    QString *error = nullptr);
    static QStringList seedAggregatesFor(int index, const QStringList &aggregatePool,
                                         int aggregatesPerProvider);
    static QString newUuid(); // lower-case, dashed
    // A finished reply as a Response (NovaServer's helpers use it too).
    static Response readResponse(QNetworkReply *reply);

private:
    enum class LaunchResult { Ready, AddressInUse, Failed };

    bool prepare(QString *error);
    LaunchResult launch(QString *error);
    bool waitUntilReady(QString *error);
    void waitForPort();
    void resetProcess();
    QNetworkRequest makeRequest(const QString &path, const QByteArray &token, const QString &microversion,
                                bool hasBody, int timeoutMsecs) const;
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body);
    QString logSince(qint64 offset) const;
    QString keystoneSection() const;
    void fail(const QString &message) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_port = 0;
    int m_processCount = 2;
    int m_threadsPerProcess = 4;
    bool m_keepAlive = true;
    bool m_serializeWrites = true;
    int m_startTimeout = 30000;
    bool m_requestLogging = false;
    KeystoneSettings m_keystone;
    Backend m_backend = Backend::Auto;
    Backend m_activeBackend = Backend::Auto;
    qint64 m_dbSyncMsecs = -1;
    qint64 m_startupMsecs = -1;
    int m_seedSerial = 0;
    int m_lastSeedRetries = 0;
    mutable QString m_lastError;
};
