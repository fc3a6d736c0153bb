#include "support/tlsproxy.h"

#include "support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

TlsProxy::TlsProxy(QObject *parent) : QObject(parent) {}

TlsProxy::~TlsProxy()
{
    stop();
}

int TlsProxy::addListener(const Listener &listener)
{
    m_listeners << listener;
    return int(m_listeners.size()) - 1;
}

void TlsProxy::addRoute(const QString &prefix, const QUrl &upstream)
{
    m_routes << qMakePair(prefix, upstream);
}

bool TlsProxy::isRunning() const
{
    return m_nginx && m_nginx->isRunning();
}

int TlsProxy::port(int listener) const
{
    return listener >= 0 && listener < m_ports.size() ? m_ports.at(listener) : 0;
}

QUrl TlsProxy::url(int listener, const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port(listener));
    url.setPath(path);
    return url;
}

QString TlsProxy::logTail(int lines) const
{
    return m_nginx ? m_nginx->logTail(lines) : QString();
}

bool TlsProxy::start(QString *error)
{
    if (isRunning())
        return true;
    QString failure;
    if (QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
            .isEmpty()) {
        failure = QStringLiteral("nginx not found (apt-get install nginx)");
    } else {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pd-nginx-XXXXXX"));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            bool addressInUse = false;
            if (launch(&failure, &addressInUse))
                return true;
            if (!addressInUse)
                break;
        }
    }
    if (error)
        *error = failure;
    stop();
    return false;
}

bool TlsProxy::launch(QString *error, bool *addressInUse)
{
    const QString dir = m_dir->path();
    for (const char *sub : {"tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"})
        QDir(dir).mkpath(QLatin1String(sub));
    m_ports.clear();
    QString servers;
    for (const Listener &listener : std::as_const(m_listeners)) {
        const int port = ServerProcess::pickFreePort();
        m_ports << port;
        QString locations;
        for (const auto &route : std::as_const(m_routes)) {
            QString upstream = route.second.toString();
            if (!upstream.endsWith(QLatin1Char('/')))
                upstream += QLatin1Char('/');
            locations += QStringLiteral("        location %1 {\n"
                                        "            proxy_pass %2;\n"
                                        "            proxy_http_version 1.1;\n"
                                        "            proxy_set_header Connection \"\";\n"
                                        "            proxy_set_header Host $http_host;\n"
                                        "            proxy_set_header X-Forwarded-Proto https;\n"
                                        "            proxy_read_timeout 120s;\n"
                                        "        }\n")
                             .arg(route.first, upstream);
        }
        QString clientAuth;
        if (!listener.clientCa.isEmpty())
            clientAuth = QStringLiteral("        ssl_client_certificate %1;\n"
                                        "        ssl_verify_client on;\n")
                             .arg(listener.clientCa);
        servers += QStringLiteral("    server {\n"
                                  "        listen 127.0.0.1:%1 ssl;\n"
                                  "        server_name localhost;\n"
                                  "        ssl_certificate %2;\n"
                                  "        ssl_certificate_key %3;\n"
                                  "%4"
                                  "%5"
                                  "    }\n")
                       .arg(port)
                       .arg(listener.certificate, listener.key, clientAuth, locations);
    }
    // One foreground process: nothing to reap, and it dies with the test through the death signal.
    const QString config = QStringLiteral("daemon off;\n"
                                          "master_process off;\n"
                                          "worker_processes 1;\n"
                                          "pid %1/nginx.pid;\n"
                                          "error_log stderr notice;\n"
                                          "events { worker_connections 256; }\n"
                                          "http {\n"
                                          "    access_log off;\n"
                                          "    client_body_temp_path %1/tmp/body;\n"
                                          "    proxy_temp_path %1/tmp/proxy;\n"
                                          "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                                          "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                                          "    scgi_temp_path %1/tmp/scgi;\n"
                                          "    client_max_body_size 64m;\n"
                                          "%2"
                                          "}\n")
                               .arg(dir, servers);
    const QString configPath = QDir(dir).filePath(QStringLiteral("nginx.conf"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    file.close();

    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    m_nginx = std::make_unique<ServerProcess>(QStringLiteral("nginx"));
    m_nginx->setLogFile(QDir(dir).filePath(QStringLiteral("nginx.log")));
    m_nginx->setWorkingDirectory(dir);
    // -e: the error log before the configuration is read (the default /var/log/nginx may be unwritable).
    m_nginx->setProgram(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"), configPath,
                                QStringLiteral("-e"), QDir(dir).filePath(QStringLiteral("startup.log"))});
    const qint64 offset = m_nginx->logSize();
    if (!m_nginx->start(error))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && m_nginx->isRunning()) {
        bool allUp = true;
        for (int port : std::as_const(m_ports)) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (!socket.waitForConnected(500)) {
                allUp = false;
                break;
            }
            socket.abort();
        }
        if (allUp)
            return true;
        ServerProcess::spin(50);
    }
    const QString log = m_nginx->logSince(offset);
    *addressInUse = log.contains(QLatin1String("Address already in use"));
    *error = QStringLiteral("nginx did not start:\n%1").arg(log.right(3000));
    m_nginx->stop(SIGTERM, 5000);
    m_nginx.reset();
    return false;
}

void TlsProxy::stop()
{
    if (m_nginx)
        m_nginx->stop(SIGTERM, 5000); // fast shutdown
    m_nginx.reset();
    m_dir.reset();
}
