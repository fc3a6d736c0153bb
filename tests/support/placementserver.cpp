#include "support/placementserver.h"

#include "support/serverprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <utility>

#include <cerrno>
#include <csignal>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPlacementServer, "pd.tests.placementserver", QtInfoMsg)

namespace {

const int MaxHelperAttempts = 5;

// The WSGI entry point uwsgi loads when writes are serialized: the demo server's own wrapper
// (Placement's application with an exclusive flock() around every non-read request), so tests and
// the demo run the same code.
const char WsgiWrapperPath[] = PD_SOURCE_DIR "/scripts/placement-wsgi.py";
const int MaxSeedAttempts = 8;

// Reads {"providers":[{"uuid","name","aggregates":[...]}]} on stdin and inserts them the way
// Placement 8.0.0 stores them (placement/db/sqlalchemy/models.py). Holds the wrapper's write
// lock so no API write interleaves.
const char DirectSeedScript[] = R"py(
import datetime, fcntl, json, os, sqlite3, sys
db_path, lock_path, seed_path = sys.argv[1], sys.argv[2], sys.argv[3]
with open(seed_path) as seed:
    providers = json.load(seed)["providers"]
lock = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(lock, fcntl.LOCK_EX)
db = sqlite3.connect(db_path, timeout=60, isolation_level=None)
now = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
db.execute("BEGIN IMMEDIATE")
aggregates = sorted({a for p in providers for a in p["aggregates"]})
db.executemany("INSERT OR IGNORE INTO placement_aggregates (created_at, uuid) VALUES (?, ?)",
               [(now, a) for a in aggregates])
aggregate_ids = dict(db.execute("SELECT uuid, id FROM placement_aggregates"))
links = []
for p in providers:
    cur = db.execute("INSERT INTO resource_providers (created_at, updated_at, uuid, name, generation) "
                     "VALUES (?, ?, ?, ?, ?)", (now, now, p["uuid"], p["name"], 1 if p["aggregates"] else 0))
    rp_id = cur.lastrowid
    db.execute("UPDATE resource_providers SET root_provider_id = ? WHERE id = ?", (rp_id, rp_id))
    links.extend((now, rp_id, aggregate_ids[a]) for a in p["aggregates"])
db.executemany("INSERT INTO resource_provider_aggregates (created_at, resource_provider_id, aggregate_id) "
               "VALUES (?, ?, ?)", links)
db.execute("COMMIT")
print(len(providers))
)py";

// Lets timers, QProcess and QNAM make progress while a helper waits.
void spin(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

// True once nothing listens on the port any more (we could bind it ourselves).
bool waitForPortFree(int port, int msecs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return true;
        if (timer.elapsed() > msecs)
            return false;
        ::usleep(10000);
    }
}

// A test killed by SIGKILL (or a CTest timeout) leaves its QTemporaryDir behind; remove the
// directories whose owner process no longer exists.
void removeOrphanedDirectories()
{
    const QFileInfoList dirs =
        QDir(QDir::tempPath())
            .entryInfoList({QStringLiteral("pd-placement-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : dirs) {
        QFile owner(info.filePath() + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not ours, or still being set up
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(info.filePath()).removeRecursively();
    }
}

int pickFreePort()
{
    // The port is free when we look; uwsgi binds it a moment later. Another process could take
    // it in between, so launch() recognises "Address already in use" and start() retries.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

bool isRetryable(const PlacementServer::Response &response)
{
    if (response.status >= 500 || response.body.contains("database is locked"))
        return true;
    // No HTTP answer: connection reset, refused while a worker respawns, ...
    return response.status == 0 && response.networkError != QNetworkReply::OperationCanceledError;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList toStringList(const QJsonArray &array)
{
    QStringList result;
    result.reserve(array.size());
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

bool sameSet(QStringList a, QStringList b)
{
    for (QString &s : a)
        s = s.toLower();
    for (QString &s : b)
        s = s.toLower();
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

// ---- Response ---------------------------------------------------------------------------------

bool PlacementServer::Response::isSuccess() const
{
    return status >= 200 && status < 300;
}

QByteArray PlacementServer::Response::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject PlacementServer::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString PlacementServer::Response::errorCode() const
{
    return json()
        .value(QLatin1String("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QString PlacementServer::Response::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP response (%1: %2)").arg(int(networkError)).arg(errorString);
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)));
}

// ---- lifecycle --------------------------------------------------------------------------------

PlacementServer::PlacementServer(QObject *parent) : QObject(parent) {}

PlacementServer::~PlacementServer()
{
    stop();
}

void PlacementServer::setProcessCount(int count)
{
    m_processCount = qMax(1, count);
}

int PlacementServer::processCount() const
{
    return m_processCount;
}

void PlacementServer::setThreadsPerProcess(int threads)
{
    m_threadsPerProcess = qMax(1, threads);
}

void PlacementServer::setKeepAlive(bool enabled)
{
    m_keepAlive = enabled;
}

void PlacementServer::setSerializeWrites(bool enabled)
{
    m_serializeWrites = enabled;
}

void PlacementServer::setBackend(Backend backend)
{
    m_backend = backend;
}

PlacementServer::Backend PlacementServer::backend() const
{
    return m_activeBackend == Backend::Auto ? m_backend : m_activeBackend;
}

void PlacementServer::setStartTimeout(int msecs)
{
    m_startTimeout = msecs;
}

void PlacementServer::setKeystone(const KeystoneSettings &settings)
{
    m_keystone = settings;
}

void PlacementServer::setRequestLogging(bool enabled)
{
    m_requestLogging = enabled;
}

QString PlacementServer::keystoneSection() const
{
    if (!m_keystone.authUrl.isValid())
        return {};
    // token_cache_time = -1 (the default here): validate every token with Keystone, so revocation
    // takes effect at once; a deployment caches validations (keystonemiddleware's default is 300 s).
    return QStringLiteral("\n[keystone_authtoken]\n"
                          "www_authenticate_uri = %1\n"
                          "auth_url = %1\n"
                          "auth_type = password\n"
                          "username = %2\n"
                          "password = %3\n"
                          "project_name = %4\n"
                          "user_domain_id = default\n"
                          "project_domain_id = default\n"
                          "interface = public\n"
                          "token_cache_time = %5\n")
        .arg(m_keystone.authUrl.toString(), m_keystone.serviceUser, m_keystone.servicePassword,
             m_keystone.serviceProject)
        .arg(m_keystone.tokenCacheSeconds);
}

bool PlacementServer::prepare(QString *error)
{
    if (m_dir)
        return true; // database and config survive restarts

    removeOrphanedDirectories();
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pd-placement-XXXXXX"));
    if (!dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create temporary directory: %1").arg(dir->errorString());
        return false;
    }
    // Lets a later test run remove this directory if we die without running our destructor.
    QFile owner(dir->filePath(QStringLiteral("owner.pid")));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(qint64(::getpid())));
    owner.close();
    const QString manage = QStandardPaths::findExecutable(QStringLiteral("placement-manage"));
    if (manage.isEmpty()) {
        if (error)
            *error = QStringLiteral("placement-manage not found (apt-get install python3-placement)");
        return false;
    }

    const QString databasePath = dir->filePath(QStringLiteral("placement.db"));
    // Placement logs at INFO (one line per request) unless told otherwise; the log tail in
    // failure messages is more useful without that noise.
    const QString logLevels =
        m_requestLogging ? QStringLiteral("sqlalchemy=WARN,oslo_policy=WARN,stevedore=WARN,routes=WARN")
                         : QStringLiteral("placement=WARN,sqlalchemy=WARN,oslo_policy=WARN,"
                                          "oslo_db=WARN,stevedore=WARN,routes=WARN,keystonemiddleware=WARN");
    // sqlite_synchronous = false: no fsync per commit. A test database need not survive a power
    // cut (killed servers lose nothing), and serialized writes get about 1.5x faster.
    const QString config =
        QStringLiteral("[DEFAULT]\n"
                       "debug = false\n"
                       "use_stderr = true\n"
                       "default_log_levels = %1\n"
                       "\n"
                       "[api]\n"
                       "auth_strategy = %3\n"
                       "\n"
                       "[placement_database]\n"
                       "connection = sqlite:///%2\n"
                       "sqlite_synchronous = false\n"
                       "%4")
            .arg(logLevels, databasePath,
                 m_keystone.authUrl.isValid() ? QStringLiteral("keystone") : QStringLiteral("noauth2"),
                 keystoneSection());
    QFile configFile(dir->filePath(QStringLiteral("placement.conf")));
    if (!configFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        configFile.write(config.toUtf8()) < 0) {
        if (error)
            *error =
                QStringLiteral("cannot write %1: %2").arg(configFile.fileName(), configFile.errorString());
        return false;
    }
    configFile.close();

    if (m_serializeWrites && !QFile::exists(QString::fromUtf8(WsgiWrapperPath))) {
        if (error)
            *error = QStringLiteral("missing %1").arg(QString::fromUtf8(WsgiWrapperPath));
        return false;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OS_PLACEMENT_CONFIG_DIR"), dir->path());
    QElapsedTimer timer;
    timer.start();
    QString output;
    const bool synced = ServerProcess::run(manage,
                                           {QStringLiteral("--config-file"), configFile.fileName(),
                                            QStringLiteral("db"), QStringLiteral("sync")},
                                           env, 120000, &output);
    m_dbSyncMsecs = timer.elapsed();
    if (!synced) {
        if (error)
            *error = QStringLiteral("placement-manage db sync failed: %1").arg(output.right(4000));
        return false;
    }
    qCInfo(lcPlacementServer) << "db sync took" << m_dbSyncMsecs << "ms";
    m_dir = std::move(dir);
    return true;
}

bool PlacementServer::start(QString *error)
{
    if (isRunning())
        return true;
    QString failure;
    if (!prepare(&failure)) {
        if (error)
            *error = failure;
        qCWarning(lcPlacementServer).noquote() << failure;
        return false;
    }

    // A first start may lose the race for its port and then picks another; later starts must
    // keep the port (clients hold baseUrl()), so they wait for it instead.
    const bool keepPort = m_port != 0;
    const int attempts = keepPort ? 20 : 5;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (m_port == 0)
            m_port = pickFreePort();
        const LaunchResult result = launch(&failure);
        if (result == LaunchResult::Ready)
            return true;
        if (result == LaunchResult::Failed)
            break;
        qCInfo(lcPlacementServer) << "port" << m_port << "is taken, attempt" << attempt;
        if (keepPort)
            spin(250);
        else
            m_port = 0;
    }
    if (error)
        *error = failure;
    qCWarning(lcPlacementServer).noquote() << "Placement did not start:" << failure;
    return false;
}

PlacementServer::LaunchResult PlacementServer::launch(QString *error)
{
    Backend backend = m_backend;
    const QString uwsgi = QStandardPaths::findExecutable(QStringLiteral("uwsgi"));
    const QString api = QStandardPaths::findExecutable(QStringLiteral("placement-api"));
    if (backend == Backend::Auto) {
        backend = uwsgi.isEmpty() ? Backend::Wsgiref : Backend::Uwsgi;
        if (uwsgi.isEmpty())
            qWarning("PlacementServer: uwsgi not found; falling back to placement-api's single-threaded "
                     "wsgiref server (HTTP/1.0, one request at a time)");
    }
    if (api.isEmpty() || (backend == Backend::Uwsgi && uwsgi.isEmpty())) {
        *error = QStringLiteral("%1 not found")
                     .arg(api.isEmpty() ? QStringLiteral("placement-api") : QStringLiteral("uwsgi"));
        return LaunchResult::Failed;
    }
    m_activeBackend = backend;

    QString program;
    QStringList arguments;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_port);
    if (backend == Backend::Uwsgi) {
        program = uwsgi;
        const QString wsgiFile = m_serializeWrites ? QString::fromUtf8(WsgiWrapperPath) : api;
        arguments = {m_keepAlive ? QStringLiteral("--http11-socket") // keep-alive
                                 : QStringLiteral("--http-socket"),  // closes after every answer
                     address, QStringLiteral("--plugin"), QStringLiteral("python3"),
                     QStringLiteral("--wsgi-file"), wsgiFile, QStringLiteral("--processes"),
                     QString::number(m_processCount), QStringLiteral("--master"),
                     QStringLiteral("--die-on-term"),
                     // Exit instead of serving "no python application found" when the app fails.
                     QStringLiteral("--need-app"),
                     // The 4 KiB default rejects long member_of=in:... query strings.
                     QStringLiteral("--buffer-size"), QStringLiteral("65535")};
        if (m_threadsPerProcess > 1)
            arguments << QStringLiteral("--enable-threads") << QStringLiteral("--threads")
                      << QString::number(m_threadsPerProcess);
        if (!m_requestLogging)
            arguments << QStringLiteral("--disable-logging");
    } else {
        program = api;
        arguments = {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QString::number(m_port)};
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OS_PLACEMENT_CONFIG_DIR"), m_dir->path());
    // Debian's Python modules only; a pyenv or virtualenv setting would break the embedded interpreter.
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));

    const QString logPath = logFilePath();
    const qint64 logOffset = QFileInfo(logPath).size();

    // Own process group and death with the test process (ServerProcess): kill() reaches the workers.
    // Note: the death signal fires when the *thread* that started the server ends, so start
    // servers from the test's main thread.
    m_process = std::make_unique<ServerProcess>(QStringLiteral("placement"));
    m_process->setProgram(program, arguments);
    m_process->setEnvironment(env);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setLogFile(logPath);

    QElapsedTimer timer;
    timer.start();
    if (!m_process->start(error)) {
        resetProcess();
        return LaunchResult::Failed;
    }
    // Fresh manager per launch: keep-alive connections to a previous server are dead.
    m_nam = std::make_unique<QNetworkAccessManager>();

    QString readyError;
    if (waitUntilReady(&readyError)) {
        m_startupMsecs = timer.elapsed();
        qCInfo(lcPlacementServer).noquote()
            << QStringLiteral("Placement (%1) ready on %2 after %3 ms")
                   .arg(backend == Backend::Uwsgi
                            ? QStringLiteral("uwsgi, %1 process(es) x %2 thread(s)%4%3")
                                  .arg(m_processCount)
                                  .arg(m_threadsPerProcess)
                                  .arg(m_serializeWrites ? QStringLiteral(", serialized writes") : QString())
                                  .arg(m_keepAlive ? QString() : QStringLiteral(", closing connections"))
                            : QStringLiteral("wsgiref"))
                   .arg(address)
                   .arg(m_startupMsecs);
        return LaunchResult::Ready;
    }

    resetProcess(); // kills the group; the port may belong to someone else, so no wait for it
    const QString newLog = logSince(logOffset);
    *error = QStringLiteral("%1\n--- %2 (last lines) ---\n%3").arg(readyError, logPath, logTail(40));
    return newLog.contains(QLatin1String("Address already in use")) ? LaunchResult::AddressInUse
                                                                    : LaunchResult::Failed;
}

bool PlacementServer::waitUntilReady(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Response last;
    while (timer.elapsed() < m_startTimeout) {
        if (!m_process->isRunning()) {
            *error = QStringLiteral("server exited during startup (exit code %1)").arg(m_process->exitCode());
            return false;
        }
        last = request("GET", QStringLiteral("/"), {}, {}, {}, 2000);
        if (last.status == 200) {
            const QJsonObject version =
                last.json().value(QLatin1String("versions")).toArray().first().toObject();
            if (!version.value(QLatin1String("max_version")).toString().isEmpty())
                return true;
        }
        spin(last.status == 0 ? 100 : 250);
    }
    *error = QStringLiteral("no Placement version document at %1/ within %2 ms (last answer: %3)")
                 .arg(baseUrl().toString())
                 .arg(m_startTimeout)
                 .arg(last.describe());
    return false;
}

void PlacementServer::stop()
{
    if (!m_process)
        return;
    // --die-on-term makes uwsgi shut down (not reload) on SIGTERM.
    m_process->stop(SIGTERM, 10000);
    resetProcess();
    waitForPort();
}

void PlacementServer::kill()
{
    if (!m_process)
        return;
    resetProcess();
    waitForPort();
}

void PlacementServer::waitForPort()
{
    // The process list can look clean a moment before the kernel has closed the listening
    // socket; callers rely on the port being free when stop()/kill() return.
    if (m_port > 0 && !waitForPortFree(m_port, 5000))
        qCWarning(lcPlacementServer) << "port" << m_port << "is still in use after the server ended";
}

void PlacementServer::resetProcess()
{
    m_nam.reset();
    m_process.reset(); // ~ServerProcess kills whatever is left of the group
}

bool PlacementServer::restart(QString *error)
{
    stop();
    return start(error);
}

bool PlacementServer::isRunning() const
{
    return m_process && m_process->isRunning();
}

QUrl PlacementServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int PlacementServer::port() const
{
    return m_port;
}

QString PlacementServer::dataDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PlacementServer::databasePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("placement.db")) : QString();
}

QString PlacementServer::logFilePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

QString PlacementServer::logTail(int lines) const
{
    QFile file(logFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 window = 64 * 1024;
    if (file.size() > window)
        file.seek(file.size() - window);
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QString PlacementServer::logSince(qint64 offset) const
{
    QFile file(logFilePath());
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return QString::fromUtf8(file.readAll());
}

qint64 PlacementServer::dbSyncMsecs() const
{
    return m_dbSyncMsecs;
}

qint64 PlacementServer::startupMsecs() const
{
    return m_startupMsecs;
}

QString PlacementServer::lastError() const
{
    return m_lastError;
}

void PlacementServer::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcPlacementServer).noquote() << message;
}

// ---- HTTP -------------------------------------------------------------------------------------

QNetworkRequest PlacementServer::makeRequest(const QString &path, const QByteArray &token,
                                             const QString &microversion, bool hasBody,
                                             int timeoutMsecs) const
{
    QNetworkRequest request(QUrl(baseUrl().toString() + path));
    request.setRawHeader("Accept", "application/json");
    if (hasBody)
        request.setRawHeader("Content-Type", "application/json");
    // With Keystone, "admin" stands for a real admin token.
    const QByteArray effectiveToken =
        token == "admin" && m_keystone.adminToken ? m_keystone.adminToken() : token;
    if (!effectiveToken.isEmpty())
        request.setRawHeader("X-Auth-Token", effectiveToken);
    if (!microversion.isEmpty())
        request.setRawHeader("OpenStack-API-Version", "placement " + microversion.toLatin1());
    request.setTransferTimeout(timeoutMsecs);
    return request;
}

QNetworkReply *PlacementServer::send(const QByteArray &verb, const QNetworkRequest &request,
                                     const QByteArray &body)
{
    if (verb == "GET" && body.isEmpty())
        return m_nam->get(request);
    if (verb == "DELETE" && body.isEmpty())
        return m_nam->deleteResource(request);
    return m_nam->sendCustomRequest(request, verb, body);
}

PlacementServer::Response PlacementServer::readResponse(QNetworkReply *reply)
{
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted or refused reply is closed
        response.body = reply->readAll();
    return response;
}

PlacementServer::Response PlacementServer::request(const QByteArray &verb, const QString &path,
                                                   const QByteArray &body, const QByteArray &token,
                                                   const QString &microversion, int timeoutMsecs)
{
    if (!m_nam) {
        Response response;
        response.networkError = QNetworkReply::ConnectionRefusedError;
        response.errorString = QStringLiteral("PlacementServer is not running");
        return response;
    }
    QNetworkReply *reply =
        send(verb, makeRequest(path, token, microversion, !body.isEmpty(), timeoutMsecs), body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const Response response = readResponse(reply);
    reply->deleteLater();
    // An idle keep-alive connection occupies a uwsgi thread for seconds; give it back to the
    // code under test.
    m_nam->clearConnectionCache();
    return response;
}

// ---- admin helpers ----------------------------------------------------------------------------

QString PlacementServer::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString PlacementServer::createProvider(const QString &name, const QString &uuid, const QString &parentUuid)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!uuid.isEmpty())
        body.insert(QStringLiteral("uuid"), uuid);
    if (!parentUuid.isEmpty())
        body.insert(QStringLiteral("parent_provider_uuid"), parentUuid);
    const Response response = request("POST", QStringLiteral("/resource_providers"), toJson(body));
    const QString created = response.json().value(QLatin1String("uuid")).toString();
    if (!response.isSuccess() || created.isEmpty()) {
        fail(QStringLiteral("createProvider(%1): %2").arg(name, response.describe()));
        return {};
    }
    return created;
}

QStringList PlacementServer::aggregates(const QString &rpUuid, int *generation)
{
    const Response response = request("GET", QStringLiteral("/resource_providers/%1/aggregates").arg(rpUuid));
    if (response.status != 200) {
        fail(QStringLiteral("aggregates(%1): %2").arg(rpUuid, response.describe()));
        if (generation)
            *generation = -1;
        return {};
    }
    const QJsonObject object = response.json();
    if (generation)
        *generation = object.value(QLatin1String("resource_provider_generation")).toInt(-1);
    return toStringList(object.value(QLatin1String("aggregates")).toArray());
}

bool PlacementServer::setAggregates(const QString &rpUuid, const QStringList &aggregates)
{
    for (int attempt = 1; attempt <= MaxHelperAttempts; ++attempt) {
        int generation = -1;
        this->aggregates(rpUuid, &generation);
        if (generation < 0)
            return false;
        const QJsonObject body{{QStringLiteral("aggregates"), QJsonArray::fromStringList(aggregates)},
                               {QStringLiteral("resource_provider_generation"), generation}};
        const Response response =
            request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(rpUuid), toJson(body));
        if (response.status == 200)
            return true;
        // 409: another writer moved the generation between our GET and PUT; read it again.
        if (response.status != 409 && !isRetryable(response)) {
            fail(QStringLiteral("setAggregates(%1): %2").arg(rpUuid, response.describe()));
            return false;
        }
    }
    fail(QStringLiteral("setAggregates(%1): still conflicting after %2 attempts")
             .arg(rpUuid)
             .arg(MaxHelperAttempts));
    return false;
}

bool PlacementServer::deleteProvider(const QString &uuid)
{
    const Response response = request("DELETE", QStringLiteral("/resource_providers/%1").arg(uuid));
    if (response.status != 204) {
        fail(QStringLiteral("deleteProvider(%1): %2").arg(uuid, response.describe()));
        return false;
    }
    return true;
}

bool PlacementServer::bumpGeneration(const QString &uuid)
{
    const QString path = QStringLiteral("/resource_providers/%1/inventories").arg(uuid);
    for (int attempt = 1; attempt <= MaxHelperAttempts; ++attempt) {
        const Response current = request("GET", path);
        if (current.status != 200) {
            fail(QStringLiteral("bumpGeneration(%1): %2").arg(uuid, current.describe()));
            return false;
        }
        const QJsonObject object = current.json();
        QJsonObject inventories = object.value(QLatin1String("inventories")).toObject();
        QJsonObject vcpu = inventories.value(QLatin1String("VCPU")).toObject();
        vcpu.insert(QStringLiteral("total"), vcpu.value(QLatin1String("total")).toInt(0) + 1);
        inventories.insert(QStringLiteral("VCPU"), vcpu);
        const QJsonObject body{{QStringLiteral("inventories"), inventories},
                               {QStringLiteral("resource_provider_generation"),
                                object.value(QLatin1String("resource_provider_generation"))}};
        const Response response = request("PUT", path, toJson(body));
        if (response.status == 200)
            return true;
        if (response.status != 409 && !isRetryable(response)) {
            fail(QStringLiteral("bumpGeneration(%1): %2").arg(uuid, response.describe()));
            return false;
        }
    }
    fail(QStringLiteral("bumpGeneration(%1): still conflicting after %2 attempts")
             .arg(uuid)
             .arg(MaxHelperAttempts));
    return false;
}

int PlacementServer::providerGeneration(const QString &uuid)
{
    const Response response = request("GET", QStringLiteral("/resource_providers/%1").arg(uuid));
    if (response.status != 200) {
        fail(QStringLiteral("providerGeneration(%1): %2").arg(uuid, response.describe()));
        return -1;
    }
    return response.json().value(QLatin1String("generation")).toInt(-1);
}

// ---- seeding ----------------------------------------------------------------------------------

QStringList PlacementServer::seedAggregatesFor(int index, const QStringList &aggregatePool,
                                               int aggregatesPerProvider)
{
    // Consecutive pool entries starting at the provider's index: deterministic, distinct, and
    // spread evenly over the pool.
    QStringList result;
    const int count = qMin(aggregatesPerProvider, int(aggregatePool.size()));
    for (int j = 0; j < count; ++j)
        result.append(aggregatePool.at((index + j) % aggregatePool.size()));
    return result;
}

int PlacementServer::lastSeedRetries() const
{
    return m_lastSeedRetries;
}

QStringList PlacementServer::seedProvidersDirect(int count, const QStringList &aggregatePool,
                                                 int aggregatesPerProvider, QString *error)
{
    if (count <= 0)
        return {};
    if (!m_dir) {
        fail(QStringLiteral("seedProvidersDirect: server never started"));
        if (error)
            *error = m_lastError;
        return {};
    }
    QStringList uuids;
    uuids.reserve(count);
    QJsonArray providers;
    for (int i = 0; i < count; ++i) {
        uuids.append(newUuid());
        providers.append(QJsonObject{
            {QStringLiteral("uuid"), uuids.constLast()},
            {QStringLiteral("name"), QStringLiteral("seed-%1").arg(++m_seedSerial, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("aggregates"),
             QJsonArray::fromStringList(seedAggregatesFor(i, aggregatePool, aggregatesPerProvider))}});
    }

    // Debian's interpreter: a pyenv python3 earlier in PATH would be a different Python.
    QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString seedPath = m_dir->filePath(QStringLiteral("seed.json"));
    QFile seed(seedPath);
    if (!seed.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        seed.write(toJson({{QStringLiteral("providers"), providers}})) < 0 || !seed.flush()) {
        fail(QStringLiteral("seedProvidersDirect: cannot write %1: %2").arg(seedPath, seed.errorString()));
        if (error)
            *error = m_lastError;
        return {};
    }
    seed.close();
    QElapsedTimer timer;
    timer.start();
    QString output;
    const bool seeded =
        ServerProcess::run(python,
                           {QStringLiteral("-c"), QString::fromUtf8(DirectSeedScript), databasePath(),
                            m_dir->filePath(QStringLiteral("write.lock")), seedPath},
                           QProcessEnvironment::systemEnvironment(), 300000, &output);
    QFile::remove(seedPath);
    if (!seeded) {
        fail(QStringLiteral("seedProvidersDirect failed: %1").arg(output.right(2000)));
        if (error)
            *error = m_lastError;
        return {};
    }
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    qCInfo(lcPlacementServer).noquote()
        << QStringLiteral("inserted %1 providers directly in %2 ms: %3 providers/s")
               .arg(count)
               .arg(elapsed)
               .arg(double(count) * 1000.0 / double(elapsed), 0, 'f', 0);
    return uuids;
}

QStringList PlacementServer::seedProviders(int count, const QStringList &aggregatePool,
                                           int aggregatesPerProvider, int parallel, QString *error)
{
    enum class Stage { Create, Lookup, SetAggregates, Done };
    struct Task
    {
        QString uuid;
        QString name;
        QStringList aggregates;
        Stage stage = Stage::Create;
        int generation = 0;
        int attempts = 0;
        bool createRetried = false;
    };

    m_lastSeedRetries = 0;
    if (count <= 0)
        return {};
    if (!m_nam) {
        fail(QStringLiteral("seedProviders: server not running"));
        if (error)
            *error = m_lastError;
        return {};
    }

    QList<Task> tasks(count);
    for (int i = 0; i < count; ++i) {
        tasks[i].uuid = newUuid();
        tasks[i].name = QStringLiteral("seed-%1").arg(++m_seedSerial, 6, 10, QLatin1Char('0'));
        tasks[i].aggregates = seedAggregatesFor(i, aggregatePool, aggregatesPerProvider);
    }

    QEventLoop loop;
    int next = 0;
    int inFlight = 0;
    int done = 0;
    int locked = 0;
    QString failure;
    std::function<void(int)> issue;
    std::function<void()> launchMore;

    auto complete = [&](int index) {
        tasks[index].stage = Stage::Done;
        --inFlight;
        ++done;
        launchMore();
    };
    auto giveUp = [&](int index, const QString &why) {
        if (failure.isEmpty())
            failure =
                QStringLiteral("seedProviders: provider %1 (%2): %3").arg(index).arg(tasks[index].uuid, why);
        --inFlight;
        launchMore();
    };
    auto retry = [&](int index, const Response &response) {
        Task &task = tasks[index];
        if (++task.attempts >= MaxSeedAttempts) {
            giveUp(index, QStringLiteral("giving up after %1 attempts, last: %2")
                              .arg(task.attempts)
                              .arg(response.describe()));
            return;
        }
        ++m_lastSeedRetries;
        if (response.body.contains("database is locked"))
            ++locked;
        if (task.stage == Stage::Create)
            task.createRetried = true;
        QTimer::singleShot(25 * task.attempts, &loop, [&issue, index] { issue(index); });
    };

    launchMore = [&] {
        while (failure.isEmpty() && inFlight < parallel && next < count) {
            ++inFlight;
            issue(next++);
        }
        if (inFlight == 0 && (next >= count || !failure.isEmpty()))
            loop.quit();
    };

    issue = [&](int index) {
        Task &task = tasks[index];
        QByteArray verb;
        QString path;
        QByteArray body;
        switch (task.stage) {
        case Stage::Create:
            verb = "POST";
            path = QStringLiteral("/resource_providers");
            body = toJson({{QStringLiteral("name"), task.name}, {QStringLiteral("uuid"), task.uuid}});
            break;
        case Stage::Lookup:
            verb = "GET";
            path = QStringLiteral("/resource_providers/%1/aggregates").arg(task.uuid);
            break;
        case Stage::SetAggregates:
            verb = "PUT";
            path = QStringLiteral("/resource_providers/%1/aggregates").arg(task.uuid);
            body = toJson({{QStringLiteral("aggregates"), QJsonArray::fromStringList(task.aggregates)},
                           {QStringLiteral("resource_provider_generation"), task.generation}});
            break;
        case Stage::Done:
            return;
        }
        QNetworkReply *reply =
            send(verb, makeRequest(path, "admin", QStringLiteral("1.39"), !body.isEmpty(), 60000), body);
        connect(reply, &QNetworkReply::finished, &loop, [&, reply, index] {
            const Response response = readResponse(reply);
            reply->deleteLater();
            Task &task = tasks[index];
            if (isRetryable(response)) {
                retry(index, response);
                return;
            }
            switch (task.stage) {
            case Stage::Create:
                if (response.status == 200) {
                    task.generation = response.json().value(QLatin1String("generation")).toInt();
                } else if (response.status == 409 && task.createRetried) {
                    // An earlier attempt did create it but its answer was lost: find out the state.
                    task.stage = Stage::Lookup;
                    issue(index);
                    return;
                } else {
                    giveUp(index, QStringLiteral("create: ") + response.describe());
                    return;
                }
                if (task.aggregates.isEmpty()) {
                    complete(index);
                    return;
                }
                task.stage = Stage::SetAggregates;
                issue(index);
                return;
            case Stage::Lookup:
                if (response.status == 404 && task.createRetried) {
                    // The 409 was not our own lost create but a clash with some other provider.
                    giveUp(index, QStringLiteral("create: conflict, and the provider does not exist"));
                    return;
                }
                if (response.status != 200) {
                    giveUp(index, QStringLiteral("lookup: ") + response.describe());
                    return;
                }
                if (sameSet(toStringList(response.json().value(QLatin1String("aggregates")).toArray()),
                            task.aggregates)) {
                    complete(index);
                    return;
                }
                task.generation =
                    response.json().value(QLatin1String("resource_provider_generation")).toInt();
                task.stage = Stage::SetAggregates;
                issue(index);
                return;
            case Stage::SetAggregates:
                if (response.status == 200) {
                    complete(index);
                } else if (response.status == 409) {
                    // Generation moved (e.g. a retried PUT that had landed): re-read and compare.
                    if (++task.attempts >= MaxSeedAttempts) {
                        giveUp(index, QStringLiteral("set aggregates: ") + response.describe());
                        return;
                    }
                    task.stage = Stage::Lookup;
                    issue(index);
                } else {
                    giveUp(index, QStringLiteral("set aggregates: ") + response.describe());
                }
                return;
            case Stage::Done:
                return;
            }
        });
    };

    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &loop, [&] { launchMore(); });
    loop.exec();
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    m_nam->clearConnectionCache(); // see request()

    if (!failure.isEmpty()) {
        fail(failure);
        if (error)
            *error = failure;
        return {};
    }
    qCInfo(lcPlacementServer).noquote()
        << QStringLiteral("seeded %1 providers (%2 aggregates each) in %3 ms: %4 providers/s, %5 retries "
                          "(%6 'database is locked'), parallel %7")
               .arg(count)
               .arg(qMin(aggregatesPerProvider, int(aggregatePool.size())))
               .arg(elapsed)
               .arg(double(count) * 1000.0 / double(elapsed), 0, 'f', 1)
               .arg(m_lastSeedRetries)
               .arg(locked)
               .arg(parallel);
    QStringList uuids;
    uuids.reserve(count);
    for (const Task &task : std::as_const(tasks))
        uuids.append(task.uuid);
    return uuids;
}
