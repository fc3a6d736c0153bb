#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class ServerProcess;

// A TLS front for a test: Debian's nginx as a reverse proxy on loopback ports, one per listener, each
// with its own certificate (and optionally demanding a client certificate), all forwarding the same
// routes, e.g. "/placement/" -> http://127.0.0.1:PORT/. nginx runs in the foreground as a single
// process (master_process off) in its own process group and dies with the test.
class TlsProxy : public QObject
{
    Q_OBJECT

public:
    struct Listener
    {
        QString certificate;
        QString key;
        QString clientCa; // non-empty: require a client certificate issued by this CA
    };

    explicit TlsProxy(QObject *parent = nullptr);
    ~TlsProxy() override;

    // Before start(). Returns the listener's index for url().
    int addListener(const Listener &listener);
    // `prefix` starts and ends with '/'; the upstream gets the rest of the path.
    void addRoute(const QString &prefix, const QUrl &upstream);

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    // https://127.0.0.1:PORT + path for the listener; `host` may be "localhost".
    QUrl url(int listener, const QString &path = {}, const QString &host = QStringLiteral("127.0.0.1")) const;
    int port(int listener) const;
    QString logTail(int lines = 40) const;

private:
    bool launch(QString *error, bool *addressInUse);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_nginx;
    QList<Listener> m_listeners;
    QList<int> m_ports;
    QList<QPair<QString, QUrl>> m_routes;
};
