#include "support/keystoneserver.h"

#include "support/serverprocess.h"

#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcKeystoneServer, "pd.tests.keystoneserver", QtInfoMsg)

namespace {

QString randomSecret()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The newest /usr/lib/postgresql/N/bin with initdb (Debian keeps the server binaries off PATH).
QString findPostgresBin()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) > 0; });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

QString currentUserName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QProcessEnvironment cleanPythonEnvironment()
{
    // Debian's Python modules only; a pyenv or virtualenv setting would break keystone-manage and uwsgi.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));
    // OS_* settings of the developer's shell must not leak into keystone-manage.
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("OS_")))
            env.remove(key);
    }
    return env;
}

} // namespace

// ---- Response ---------------------------------------------------------------------------------

bool KeystoneServer::Response::isSuccess() const
{
    return status >= 200 && status < 300;
}

QByteArray KeystoneServer::Response::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject KeystoneServer::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString KeystoneServer::Response::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP response (%1: %2)").arg(int(networkError)).arg(errorString);
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)));
}

// ---- lifecycle --------------------------------------------------------------------------------

KeystoneServer::KeystoneServer(QObject *parent) : QObject(parent), m_adminPassword(randomSecret()) {}

KeystoneServer::~KeystoneServer()
{
    stop();
}

void KeystoneServer::setTokenLifetime(int seconds)
{
    m_tokenLifetime = qMax(1, seconds);
}

void KeystoneServer::setStartTimeout(int msecs)
{
    m_startTimeout = msecs;
}

bool KeystoneServer::isRunning() const
{
    return m_keystone && m_keystone->isRunning() && m_postgres && m_postgres->isRunning();
}

QString KeystoneServer::dataDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QUrl KeystoneServer::baseUrl() const
{
    return m_port ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)) : QUrl();
}

QUrl KeystoneServer::authUrl() const
{
    return m_port ? QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(m_port)) : QUrl();
}

QString KeystoneServer::logTail(int lines) const
{
    QString text;
    if (m_keystone)
        text += QStringLiteral("--- %1 ---\n%2\n").arg(m_keystone->logFile(), m_keystone->logTail(lines));
    if (m_postgres)
        text += QStringLiteral("--- %1 ---\n%2\n").arg(m_postgres->logFile(), m_postgres->logTail(lines / 2));
    return text;
}

void KeystoneServer::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcKeystoneServer).noquote() << message;
}

bool KeystoneServer::start(QString *error)
{
    if (isRunning())
        return true;
    QString failure;
    QElapsedTimer timer;
    timer.start();
    bool ok = prepareDatabase(&failure) && startDatabase(&failure) && setUpKeystone(&failure);
    m_setupMsecs = timer.elapsed();
    if (ok) {
        timer.restart();
        ok = launchKeystone(&failure);
        m_startupMsecs = timer.elapsed();
    }
    ok = ok && registerIdentity(&failure);
    if (!ok) {
        failure += QStringLiteral("\n") + logTail(30);
        fail(QStringLiteral("Keystone did not start: ") + failure);
        if (error)
            *error = failure;
        stop();
        return false;
    }
    qCInfo(lcKeystoneServer).noquote() << QStringLiteral("Keystone ready at %1 (setup %2 ms, startup %3 ms)")
                                              .arg(authUrl().toString())
                                              .arg(m_setupMsecs)
                                              .arg(m_startupMsecs);
    return true;
}

void KeystoneServer::stop()
{
    m_nam.reset();
    if (m_keystone)
        m_keystone->stop(SIGTERM, 10000); // --die-on-term: shut down, not reload
    m_keystone.reset();
    if (m_postgres)
        m_postgres->stop(SIGINT, 10000); // "fast" shutdown: no waiting for clients
    m_postgres.reset();
    m_dir.reset();
    m_adminToken.clear();
    m_identityEndpoints.clear();
    m_port = 0;
    m_databasePort = 0;
}

bool KeystoneServer::prepareDatabase(QString *error)
{
    m_postgresBin = findPostgresBin();
    if (m_postgresBin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin "
                                "(apt-get install postgresql)");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("keystone-manage")).isEmpty()) {
        *error = QStringLiteral("keystone-manage not found (apt-get install python3-keystone)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pd-keystone-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    const QString pgDir = m_dir->filePath(QStringLiteral("pg"));
    QDir().mkpath(pgDir);
    QString runAs;
    if (::geteuid() == 0) {
        // initdb and postgres refuse to run as root: hand their directory to the postgres user, who
        // must be able to pass through ours.
        runAs = QStringLiteral("postgres");
        uint uid = 0;
        uint gid = 0;
        if (!ServerProcess::lookUpUser(runAs, &uid, &gid)) {
            *error = QStringLiteral("running as root, but there is no postgres user to run PostgreSQL as");
            return false;
        }
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                 QFileDevice::ExeOther);
        if (::chown(QFile::encodeName(pgDir).constData(), uid, gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(pgDir);
            return false;
        }
    }
    QString output;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (!ServerProcess::run(m_postgresBin + QStringLiteral("/initdb"),
                            {QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                             QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                             QStringLiteral("--locale=C"), QStringLiteral("--no-sync"), QStringLiteral("-D"),
                             pgDir + QStringLiteral("/data")},
                            env, 60000, &output, runAs, pgDir)) {
        *error = QStringLiteral("initdb failed: %1").arg(output.right(3000));
        return false;
    }
    m_postgres = std::make_unique<ServerProcess>(QStringLiteral("postgres"));
    m_postgres->setRunAsUser(runAs);
    m_postgres->setWorkingDirectory(pgDir);
    m_postgres->setEnvironment(env);
    m_postgres->setLogFile(m_dir->filePath(QStringLiteral("postgres.log")));
    return true;
}

bool KeystoneServer::startDatabase(QString *error)
{
    for (int attempt = 1; attempt <= 5; ++attempt) {
        m_databasePort = ServerProcess::pickFreePort();
        const qint64 offset = m_postgres->logSize();
        // A throwaway cluster: no fsync, and no Unix socket (its default directory may not exist).
        m_postgres->setProgram(m_postgresBin + QStringLiteral("/postgres"),
                               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("pg/data")),
                                QStringLiteral("-p"), QString::number(m_databasePort), QStringLiteral("-c"),
                                QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                                QStringLiteral("unix_socket_directories="), QStringLiteral("-c"),
                                QStringLiteral("fsync=off"), QStringLiteral("-c"),
                                QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                                QStringLiteral("full_page_writes=off")});
        if (!m_postgres->start(error))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < m_startTimeout) {
            const QString log = m_postgres->logSince(offset);
            if (log.contains(QLatin1String("ready to accept connections")))
                return true;
            if (!m_postgres->isRunning())
                break;
            ServerProcess::spin(50);
        }
        const QString log = m_postgres->logSince(offset);
        m_postgres->stop(SIGINT, 5000);
        if (!log.contains(QLatin1String("could not bind"))) {
            *error = QStringLiteral("PostgreSQL did not start:\n%1").arg(log.right(3000));
            return false;
        }
    }
    *error = QStringLiteral("PostgreSQL found no free port");
    return false;
}

bool KeystoneServer::setUpKeystone(QString *error)
{
    const QString dir = m_dir->path();
    for (const char *sub : {"fernet-keys", "fernet-receipts", "credential-keys"})
        QDir(dir).mkpath(QLatin1String(sub));
    const QString config =
        QStringLiteral("[DEFAULT]\n"
                       "debug = false\n"
                       "use_stderr = true\n"
                       "default_log_levels = keystone=WARN,sqlalchemy=WARN,oslo_policy=WARN,stevedore=WARN,"
                       "oslo_db=WARN,alembic=WARN,py.warnings=ERROR,keystonemiddleware=WARN\n"
                       "\n"
                       "[database]\n"
                       "connection = postgresql+psycopg2://postgres@127.0.0.1:%1/postgres\n"
                       "\n"
                       "[token]\n"
                       "provider = fernet\n"
                       "expiration = %2\n"
                       "\n"
                       "[fernet_tokens]\n"
                       "key_repository = %3/fernet-keys\n"
                       "\n"
                       "[fernet_receipts]\n"
                       "key_repository = %3/fernet-receipts\n"
                       "\n"
                       "[credential]\n"
                       "key_repository = %3/credential-keys\n")
            .arg(m_databasePort)
            .arg(m_tokenLifetime)
            .arg(dir);
    const QString configPath = m_dir->filePath(QStringLiteral("keystone.conf"));
    if (!writeFile(configPath, config.toUtf8(), error))
        return false;

    const QString manage = QStandardPaths::findExecutable(QStringLiteral("keystone-manage"));
    const QProcessEnvironment env = cleanPythonEnvironment();
    const QString user = currentUserName();
    const group *groupEntry = ::getgrgid(::getegid());
    const QString group = groupEntry ? QString::fromLocal8Bit(groupEntry->gr_name) : user;
    const QStringList configArgs{QStringLiteral("--config-file"), configPath};
    // The key repositories need no database: make them while the schema is created.
    QString output;
    QElapsedTimer timer;
    timer.start();
    if (!ServerProcess::runConcurrently(
            {{manage, configArgs + QStringList{QStringLiteral("db_sync")}},
             {manage,
              configArgs + QStringList{QStringLiteral("fernet_setup"), QStringLiteral("--keystone-user"),
                                       user, QStringLiteral("--keystone-group"), group}},
             {manage,
              configArgs + QStringList{QStringLiteral("credential_setup"), QStringLiteral("--keystone-user"),
                                       user, QStringLiteral("--keystone-group"), group}}},
            env, m_startTimeout, &output, dir)) {
        *error = QStringLiteral("keystone-manage failed: %1").arg(output.right(3000));
        return false;
    }
    qCDebug(lcKeystoneServer) << "keystone-manage db_sync, fernet_setup, credential_setup took"
                              << timer.elapsed() << "ms";
    // No URLs: the identity endpoints are registered once the port is known for sure. The password
    // goes through the environment, not the command line other users can read.
    QProcessEnvironment bootstrapEnv = env;
    bootstrapEnv.insert(QStringLiteral("OS_BOOTSTRAP_PASSWORD"), m_adminPassword);
    if (!ServerProcess::run(manage,
                            configArgs + QStringList{QStringLiteral("bootstrap"),
                                                     QStringLiteral("--bootstrap-region-id"), region()},
                            bootstrapEnv, m_startTimeout, &output, {}, dir)) {
        *error = QStringLiteral("keystone-manage bootstrap failed: %1").arg(output.right(3000));
        return false;
    }
    return true;
}

bool KeystoneServer::launchKeystone(QString *error)
{
    const QString uwsgi = QStandardPaths::findExecutable(QStringLiteral("uwsgi"));
    const QString wsgi = QStandardPaths::findExecutable(QStringLiteral("keystone-wsgi-public"));
    if (uwsgi.isEmpty() || wsgi.isEmpty()) {
        *error = QStringLiteral("%1 not found")
                     .arg(uwsgi.isEmpty() ? QStringLiteral("uwsgi (uwsgi-core)")
                                          : QStringLiteral("keystone-wsgi-public"));
        return false;
    }
    QProcessEnvironment env = cleanPythonEnvironment();
    env.insert(QStringLiteral("OS_KEYSTONE_CONFIG_FILES"), m_dir->filePath(QStringLiteral("keystone.conf")));
    m_keystone = std::make_unique<ServerProcess>(QStringLiteral("keystone"));
    m_keystone->setEnvironment(env);
    m_keystone->setWorkingDirectory(m_dir->path());
    m_keystone->setLogFile(m_dir->filePath(QStringLiteral("keystone.log")));
    for (int attempt = 1; attempt <= 5; ++attempt) {
        m_port = ServerProcess::pickFreePort();
        const qint64 offset = m_keystone->logSize();
        // --http-socket closes each connection after its answer, so no worker is tied up by an idle
        // keep-alive connection. It must say so (Connection: close): otherwise keystonemiddleware's
        // connection pool reuses the closed socket and Placement answers 503 "Keystone unavailable".
        m_keystone->setProgram(
            uwsgi, {QStringLiteral("--http-socket"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("--plugin"), QStringLiteral("python3"), QStringLiteral("--wsgi-file"),
                    wsgi, QStringLiteral("--processes"), QStringLiteral("2"), QStringLiteral("--threads"),
                    QStringLiteral("2"), QStringLiteral("--master"), QStringLiteral("--die-on-term"),
                    QStringLiteral("--need-app"), QStringLiteral("--disable-logging"),
                    QStringLiteral("--add-header"), QStringLiteral("Connection: close"),
                    QStringLiteral("--buffer-size"), QStringLiteral("65535")});
        if (!m_keystone->start(error))
            return false;
        m_nam = std::make_unique<QNetworkAccessManager>();
        QElapsedTimer timer;
        timer.start();
        Response last;
        while (timer.elapsed() < m_startTimeout && m_keystone->isRunning()) {
            last = request("GET", QString());
            if (last.status == 200 && last.body.contains("\"v3"))
                return true;
            ServerProcess::spin(last.status == 0 ? 100 : 250);
        }
        const QString log = m_keystone->logSince(offset);
        m_keystone->stop(SIGTERM, 5000);
        if (!log.contains(QLatin1String("Address already in use"))) {
            *error = QStringLiteral("Keystone did not answer GET /v3 (last: %1):\n%2")
                         .arg(last.describe(), log.right(3000));
            return false;
        }
    }
    *error = QStringLiteral("Keystone found no free port");
    return false;
}

bool KeystoneServer::registerIdentity(QString *error)
{
    const QString service = ensureService(QStringLiteral("identity"), QStringLiteral("keystone"));
    if (service.isEmpty()) {
        *error = m_lastError;
        return false;
    }
    for (const QString &interface :
         {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")}) {
        const QString id = addEndpoint(service, interface, authUrl());
        if (id.isEmpty()) {
            *error = m_lastError;
            return false;
        }
        m_identityEndpoints << id;
    }
    return true;
}

QString KeystoneServer::identityEndpointId(const QString &interface) const
{
    const QStringList order{QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")};
    const int index = int(order.indexOf(interface));
    return index >= 0 && index < m_identityEndpoints.size() ? m_identityEndpoints.at(index) : QString();
}

// ---- HTTP -------------------------------------------------------------------------------------

KeystoneServer::Response KeystoneServer::request(const QByteArray &verb, const QString &path,
                                                 const QByteArray &body, const QByteArray &token,
                                                 const QList<QNetworkReply::RawHeaderPair> &headers)
{
    Response response;
    if (!m_nam) {
        response.networkError = QNetworkReply::ConnectionRefusedError;
        response.errorString = QStringLiteral("KeystoneServer is not running");
        return response;
    }
    QNetworkRequest request(QUrl(authUrl().toString() + path));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    reply->deleteLater();
    return response;
}

QByteArray KeystoneServer::issueToken(const QString &user, const QString &password, const QString &project,
                                      Response *full)
{
    QJsonObject auth{
        {QStringLiteral("identity"),
         QJsonObject{
             {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
             {QStringLiteral("password"),
              QJsonObject{{QStringLiteral("user"),
                           QJsonObject{{QStringLiteral("name"), user},
                                       {QStringLiteral("domain"),
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("default")}}},
                                       {QStringLiteral("password"), password}}}}}}}};
    if (!project.isEmpty())
        auth.insert(
            QStringLiteral("scope"),
            QJsonObject{{QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("name"), project},
                                     {QStringLiteral("domain"),
                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("default")}}}}}});
    else
        auth.insert(QStringLiteral("scope"), QStringLiteral("unscoped"));
    Response response;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        response = request("POST", QStringLiteral("/auth/tokens"), toJson({{QStringLiteral("auth"), auth}}));
        if (response.status != 0 && response.status < 500)
            break;
        ServerProcess::spin(200 * attempt);
    }
    if (full)
        *full = response;
    const QByteArray token = response.header("X-Subject-Token");
    if (response.status != 201 || token.isEmpty()) {
        fail(QStringLiteral("issueToken(%1, %2): %3").arg(user, project, response.describe()));
        return {};
    }
    return token;
}

QByteArray KeystoneServer::adminToken()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 age = now - m_adminTokenIssuedMsecs;
    if (!m_adminToken.isEmpty() &&
        m_adminTokenLifetimeMsecs - age > qMin<qint64>(30000, m_adminTokenLifetimeMsecs / 3))
        return m_adminToken;
    Response response;
    m_adminToken = issueToken(adminUser(), m_adminPassword, adminProject(), &response);
    m_adminTokenIssuedMsecs = now;
    const QJsonObject token = response.json().value(QLatin1String("token")).toObject();
    const QDateTime issued =
        QDateTime::fromString(token.value(QLatin1String("issued_at")).toString().left(19), Qt::ISODate);
    const QDateTime expires =
        QDateTime::fromString(token.value(QLatin1String("expires_at")).toString().left(19), Qt::ISODate);
    m_adminTokenLifetimeMsecs = issued.isValid() && expires.isValid() ? issued.msecsTo(expires) : 60000;
    return m_adminToken;
}

bool KeystoneServer::revokeToken(const QByteArray &token)
{
    const Response response =
        request("DELETE", QStringLiteral("/auth/tokens"), {}, adminToken(), {{"X-Subject-Token", token}});
    if (response.status != 204) {
        fail(QStringLiteral("revokeToken: %1").arg(response.describe()));
        return false;
    }
    return true;
}

QString KeystoneServer::findId(const QString &collection, const QString &key, const QString &name)
{
    QUrlQuery query;
    query.addQueryItem(key, name);
    const Response response =
        request("GET", QStringLiteral("/%1?%2").arg(collection, query.toString(QUrl::FullyEncoded)), {},
                adminToken());
    const QJsonArray items = response.json().value(collection).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(key).toString() == name)
            return item.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

QString KeystoneServer::createAndGetId(const QString &collection, const QString &key,
                                       const QJsonObject &object)
{
    const Response response =
        request("POST", QStringLiteral("/%1").arg(collection), toJson({{key, object}}), adminToken());
    const QString id = response.json().value(key).toObject().value(QLatin1String("id")).toString();
    if (!response.isSuccess() || id.isEmpty()) {
        fail(QStringLiteral("POST /%1: %2").arg(collection, response.describe()));
        return {};
    }
    return id;
}

QString KeystoneServer::ensureProject(const QString &name)
{
    const QString existing = findId(QStringLiteral("projects"), QStringLiteral("name"), name);
    if (!existing.isEmpty())
        return existing;
    return createAndGetId(
        QStringLiteral("projects"), QStringLiteral("project"),
        {{QStringLiteral("name"), name}, {QStringLiteral("domain_id"), QStringLiteral("default")}});
}

QString KeystoneServer::ensureRole(const QString &name)
{
    const QString existing = findId(QStringLiteral("roles"), QStringLiteral("name"), name);
    if (!existing.isEmpty())
        return existing;
    return createAndGetId(QStringLiteral("roles"), QStringLiteral("role"), {{QStringLiteral("name"), name}});
}

QString KeystoneServer::ensureRegion(const QString &id)
{
    const Response existing = request("GET", QStringLiteral("/regions/%1").arg(id), {}, adminToken());
    if (existing.status == 200)
        return id;
    return createAndGetId(QStringLiteral("regions"), QStringLiteral("region"), {{QStringLiteral("id"), id}});
}

QString KeystoneServer::ensureService(const QString &type, const QString &name)
{
    const QString existing = findId(QStringLiteral("services"), QStringLiteral("type"), type);
    if (!existing.isEmpty())
        return existing;
    return createAndGetId(QStringLiteral("services"), QStringLiteral("service"),
                          {{QStringLiteral("type"), type}, {QStringLiteral("name"), name}});
}

QString KeystoneServer::createUser(const QString &name, const QString &password,
                                   const QString &defaultProjectId)
{
    QJsonObject user{{QStringLiteral("name"), name},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("domain_id"), QStringLiteral("default")}};
    if (!defaultProjectId.isEmpty())
        user.insert(QStringLiteral("default_project_id"), defaultProjectId);
    return createAndGetId(QStringLiteral("users"), QStringLiteral("user"), user);
}

bool KeystoneServer::assignRole(const QString &userId, const QString &projectId, const QString &roleName)
{
    const QString role = ensureRole(roleName);
    if (role.isEmpty())
        return false;
    const Response response =
        request("PUT", QStringLiteral("/projects/%1/users/%2/roles/%3").arg(projectId, userId, role), {},
                adminToken());
    if (response.status != 204) {
        fail(QStringLiteral("assignRole(%1): %2").arg(roleName, response.describe()));
        return false;
    }
    return true;
}

QString KeystoneServer::createUserWithRole(const QString &name, const QString &password,
                                           const QString &projectName, const QString &roleName)
{
    const QString project = ensureProject(projectName);
    if (project.isEmpty())
        return {};
    const QString user = createUser(name, password);
    if (user.isEmpty() || !assignRole(user, project, roleName))
        return {};
    return user;
}

KeystoneServer::ApplicationCredential KeystoneServer::createApplicationCredential(const QString &user,
                                                                                  const QString &password,
                                                                                  const QString &project,
                                                                                  const QString &name)
{
    Response tokenResponse;
    const QByteArray token = issueToken(user, password, project, &tokenResponse);
    const QString userId = tokenResponse.json()
                               .value(QLatin1String("token"))
                               .toObject()
                               .value(QLatin1String("user"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    if (token.isEmpty() || userId.isEmpty())
        return {};
    const Response response = request(
        "POST", QStringLiteral("/users/%1/application_credentials").arg(userId),
        toJson({{QStringLiteral("application_credential"), QJsonObject{{QStringLiteral("name"), name}}}}),
        token);
    const QJsonObject credential = response.json().value(QLatin1String("application_credential")).toObject();
    ApplicationCredential result;
    result.id = credential.value(QLatin1String("id")).toString();
    result.name = credential.value(QLatin1String("name")).toString();
    result.secret = credential.value(QLatin1String("secret")).toString();
    if (response.status != 201 || !result.isValid()) {
        fail(QStringLiteral("createApplicationCredential(%1): %2").arg(name, response.describe()));
        return {};
    }
    return result;
}

bool KeystoneServer::createServiceUser(const QString &name, const QString &password)
{
    const QString project = ensureProject(QStringLiteral("service"));
    if (project.isEmpty())
        return false;
    const QString user = createUser(name, password);
    // admin satisfies keystonemiddleware's token validation under Keystone's default (deprecated,
    // still honoured) policy; service is what newer policies look for.
    return !user.isEmpty() && assignRole(user, project, QStringLiteral("admin")) &&
           assignRole(user, project, QStringLiteral("service"));
}

QString KeystoneServer::addEndpoint(const QString &serviceId, const QString &interface, const QUrl &url,
                                    const QString &region)
{
    if (ensureRegion(region).isEmpty())
        return {};
    return createAndGetId(QStringLiteral("endpoints"), QStringLiteral("endpoint"),
                          {{QStringLiteral("service_id"), serviceId},
                           {QStringLiteral("interface"), interface},
                           {QStringLiteral("url"), url.toString()},
                           {QStringLiteral("region_id"), region}});
}

QStringList KeystoneServer::registerPlacement(const QList<QPair<QString, QUrl>> &interfaceUrls,
                                              const QString &region)
{
    const QString service = ensureService(QStringLiteral("placement"), QStringLiteral("placement"));
    if (service.isEmpty())
        return {};
    QStringList ids;
    for (const auto &entry : interfaceUrls) {
        const QString id = addEndpoint(service, entry.first, entry.second, region);
        if (id.isEmpty())
            return {};
        ids << id;
    }
    return ids;
}

bool KeystoneServer::restrictProjectToEndpoints(const QString &projectId, const QStringList &endpointIds)
{
    for (const QString &endpoint : endpointIds) {
        const Response response =
            request("PUT", QStringLiteral("/OS-EP-FILTER/projects/%1/endpoints/%2").arg(projectId, endpoint),
                    {}, adminToken());
        if (response.status != 204) {
            fail(QStringLiteral("restrictProjectToEndpoints: %1").arg(response.describe()));
            return false;
        }
    }
    return true;
}
