#include "support/novaserver.h"

#include "support/serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

namespace {

const char SetupScript[] = PD_SOURCE_DIR "/scripts/nova-setup.py";
const char DebianPython[] = "/usr/bin/python3"; // sees Debian's nova; another python3 may not
const char PasteConfig[] = "/usr/share/nova-common/api-paste.ini";

QProcessEnvironment novaEnvironment(const QString &directory)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OS_NOVA_CONFIG_DIR"), directory);
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));
    return env;
}

} // namespace

NovaServer::NovaServer(PlacementServer *placement, QObject *parent) : QObject(parent), m_placement(placement)
{
}

NovaServer::~NovaServer()
{
    stop();
}

bool NovaServer::prepare(QString *error)
{
    if (m_dir)
        return true;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pd-nova-XXXXXX"));
    if (!dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(dir->errorString());
        return false;
    }
    if (!QFile::exists(QString::fromLatin1(PasteConfig)) ||
        !QFile::exists(QString::fromLatin1(SetupScript))) {
        *error = QStringLiteral("%1 or %2 missing (apt-get install python3-nova nova-common)")
                     .arg(QString::fromLatin1(PasteConfig), QString::fromLatin1(SetupScript));
        return false;
    }
    QFile::copy(QString::fromLatin1(PasteConfig), dir->filePath(QStringLiteral("api-paste.ini")));
    const QString path = dir->path();
    // service_down_time: the records never heartbeat; with the default 60 s the hosts turn "down"
    // a minute after seeding. rpc_response_timeout: nothing answers RPC here; fail fast if asked.
    // [placement] admin_token: "auth_type = none" sends the token "notused", which Placement
    // answers with 403 while Nova still says 200 to add_host.
    const QString config = QStringLiteral("[DEFAULT]\n"
                                          "transport_url = fake://\n"
                                          "host = pd-nova-api\n"
                                          "state_path = %1\n"
                                          "service_down_time = 315360000\n"
                                          "rpc_response_timeout = 3\n"
                                          "use_stderr = true\n"
                                          "debug = false\n"
                                          "[api]\n"
                                          "auth_strategy = noauth2\n"
                                          "[api_database]\n"
                                          "connection = sqlite:///%1/nova_api.db\n"
                                          "[database]\n"
                                          "connection = sqlite:///%1/nova_cell1.db\n"
                                          "[oslo_concurrency]\n"
                                          "lock_path = %1/lock\n"
                                          "[oslo_messaging_notifications]\n"
                                          "driver = noop\n"
                                          "[wsgi]\n"
                                          "api_paste_config = %1/api-paste.ini\n"
                                          "[placement]\n"
                                          "auth_type = admin_token\n"
                                          "endpoint = %2\n"
                                          "token = admin:admin\n")
                               .arg(path, m_placement->baseUrl().toString());
    QFile file(dir->filePath(QStringLiteral("nova.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nova.conf");
        return false;
    }
    m_dir = std::move(dir);
    return true;
}

bool NovaServer::runSetup(const QStringList &arguments, QString *error)
{
    QString output;
    const bool ok = ServerProcess::run(
        QString::fromLatin1(DebianPython),
        QStringList{QString::fromLatin1(SetupScript), QStringLiteral("--config-dir"), m_dir->path()} +
            arguments,
        novaEnvironment(m_dir->path()), 180000, &output);
    if (!ok)
        *error = QStringLiteral("nova-setup.py %1 failed:\n%2")
                     .arg(arguments.join(QLatin1Char(' ')), output.right(4000));
    return ok;
}

bool NovaServer::start(QString *error)
{
    QString ignored;
    QString *problem = error ? error : &ignored;
    if (isRunning())
        return true;
    if (!prepare(problem))
        return false;
    QElapsedTimer timer;
    timer.start();
    if (!m_synced) {
        if (!runSetup({QStringLiteral("--sync")}, problem))
            return false;
        m_synced = true;
    }
    const QString uwsgi = QStandardPaths::findExecutable(QStringLiteral("uwsgi"));
    if (uwsgi.isEmpty()) {
        *problem = QStringLiteral("uwsgi not found");
        return false;
    }
    if (m_port == 0)
        m_port = ServerProcess::pickFreePort();
    m_process = std::make_unique<ServerProcess>(QStringLiteral("nova-api"));
    m_process->setProgram(
        uwsgi,
        {QStringLiteral("--http-socket"), QStringLiteral("127.0.0.1:%1").arg(m_port),
         QStringLiteral("--plugin"), QStringLiteral("python3"), QStringLiteral("--wsgi-file"),
         QStringLiteral("/usr/bin/nova-api-wsgi"), QStringLiteral("--master"), QStringLiteral("--lazy-apps"),
         QStringLiteral("--processes"), QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"),
         QStringLiteral("--need-app"), QStringLiteral("--die-on-term"), QStringLiteral("--disable-logging")});
    m_process->setEnvironment(novaEnvironment(m_dir->path()));
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setLogFile(m_dir->filePath(QStringLiteral("nova-api.log")));
    if (!m_process->start(problem))
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    if (!waitUntilReady(problem)) {
        *problem += QStringLiteral("\n--- nova-api.log ---\n") + logTail(40);
        stop();
        return false;
    }
    m_startupMsecs = timer.elapsed();
    return true;
}

bool NovaServer::waitUntilReady(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        if (!m_process->isRunning()) {
            *error = QStringLiteral("nova-api exited");
            return false;
        }
        const Response response = request("GET", QStringLiteral("/"));
        if (response.status == 200 && response.body.contains("\"version\""))
            return true;
        ServerProcess::spin(300);
    }
    *error = QStringLiteral("nova-api did not answer within 120 s");
    return false;
}

void NovaServer::stop()
{
    if (m_process)
        m_process->stop(SIGTERM, 10000);
    m_process.reset();
    m_nam.reset();
}

bool NovaServer::isRunning() const
{
    return m_process && m_process->isRunning();
}

QUrl NovaServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v2.1").arg(m_port));
}

QString NovaServer::logTail(int lines) const
{
    return m_process ? m_process->logTail(lines) : QString();
}

bool NovaServer::addComputeHosts(QList<ComputeHost> *hosts, bool createProviders)
{
    QString error;
    if (!prepare(&error)) {
        m_lastError = error;
        return false;
    }
    QJsonArray entries;
    for (ComputeHost &host : *hosts) {
        QJsonArray nodes;
        for (Node &node : host.nodes) {
            if (node.uuid.isEmpty())
                node.uuid = PlacementServer::newUuid();
            if (createProviders && m_placement->createProvider(node.name, node.uuid).isEmpty()) {
                m_lastError =
                    QStringLiteral("cannot create provider %1: %2").arg(node.name, m_placement->lastError());
                return false;
            }
            nodes.append(
                QJsonObject{{QStringLiteral("name"), node.name}, {QStringLiteral("uuid"), node.uuid}});
        }
        entries.append(QJsonObject{{QStringLiteral("host"), host.host}, {QStringLiteral("nodes"), nodes}});
    }
    const QString path = m_dir->filePath(QStringLiteral("hosts-%1.json").arg(++m_hostsFiles));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(entries).toJson()) < 0) {
        m_lastError = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    file.close();
    QStringList arguments{QStringLiteral("--hosts"), path};
    if (!m_synced)
        arguments.prepend(QStringLiteral("--sync"));
    if (!runSetup(arguments, &error)) {
        m_lastError = error;
        return false;
    }
    m_synced = true;
    return true;
}

NovaServer::Response NovaServer::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                         const QByteArray &token, const QString &microversion)
{
    if (!m_nam) {
        Response response;
        response.networkError = QNetworkReply::ConnectionRefusedError;
        response.errorString = QStringLiteral("NovaServer is not running");
        return response;
    }
    QUrl url = baseUrl();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    if (!microversion.isEmpty())
        request.setRawHeader("OpenStack-API-Version", "compute " + microversion.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(60000);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const Response response = PlacementServer::readResponse(reply);
    reply->deleteLater();
    return response;
}

bool NovaServer::check(const Response &response, const QString &what)
{
    if (response.isSuccess())
        return true;
    m_lastError = QStringLiteral("%1: %2").arg(what, response.describe());
    return false;
}

NovaServer::Aggregate NovaServer::createAggregate(const QString &name, const QString &availabilityZone)
{
    QJsonObject aggregate{{QStringLiteral("name"), name}};
    if (!availabilityZone.isEmpty())
        aggregate.insert(QStringLiteral("availability_zone"), availabilityZone);
    const Response response = request("POST", QStringLiteral("/os-aggregates"),
                                      QJsonObject{{QStringLiteral("aggregate"), aggregate}});
    Aggregate created;
    if (!check(response, QStringLiteral("create aggregate %1").arg(name)))
        return created;
    const QJsonObject answer = response.json().value(QLatin1String("aggregate")).toObject();
    created.id = answer.value(QLatin1String("id")).toInt(-1);
    created.uuid = answer.value(QLatin1String("uuid")).toString();
    return created;
}

bool NovaServer::setMetadata(int aggregateId, const QMap<QString, QString> &metadata)
{
    QJsonObject values;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        values.insert(it.key(), it.value());
    return check(request("POST", QStringLiteral("/os-aggregates/%1/action").arg(aggregateId),
                         QJsonObject{{QStringLiteral("set_metadata"),
                                      QJsonObject{{QStringLiteral("metadata"), values}}}}),
                 QStringLiteral("set_metadata"));
}

bool NovaServer::addHost(int aggregateId, const QString &host)
{
    return check(
        request("POST", QStringLiteral("/os-aggregates/%1/action").arg(aggregateId),
                QJsonObject{{QStringLiteral("add_host"), QJsonObject{{QStringLiteral("host"), host}}}}),
        QStringLiteral("add_host %1").arg(host));
}

bool NovaServer::removeHost(int aggregateId, const QString &host)
{
    return check(
        request("POST", QStringLiteral("/os-aggregates/%1/action").arg(aggregateId),
                QJsonObject{{QStringLiteral("remove_host"), QJsonObject{{QStringLiteral("host"), host}}}}),
        QStringLiteral("remove_host %1").arg(host));
}

bool NovaServer::setPolicy(const QMap<QString, QString> &rules)
{
    if (!m_dir)
        return false;
    QByteArray yaml = rules.isEmpty() ? QByteArray("{}\n") : QByteArray();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        yaml += '"' + it.key().toUtf8() + "\": \"" + it.value().toUtf8() + "\"\n";
    QFile file(m_dir->filePath(QStringLiteral("policy.yaml")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(yaml) != yaml.size())
        return false;
    // oslo.policy compares modification times: make each write visibly newer than the last.
    static int step = 0;
    return file.setFileTime(QDateTime::currentDateTime().addSecs(++step * 2),
                            QFileDevice::FileModificationTime);
}

QStringList NovaServer::hostsOf(int aggregateId)
{
    const Response response = request("GET", QStringLiteral("/os-aggregates/%1").arg(aggregateId));
    QStringList hosts;
    if (!check(response, QStringLiteral("show aggregate")))
        return hosts;
    const QJsonArray list =
        response.json().value(QLatin1String("aggregate")).toObject().value(QLatin1String("hosts")).toArray();
    for (const QJsonValue &host : list)
        hosts << host.toString();
    return hosts;
}
