#pragma once

#include "support/placementserver.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;
class ServerProcess;

// A real Nova compute API (Debian's python3-nova, nova-api-wsgi under uwsgi) for one test, talking to
// a real PlacementServer: SQLite databases, noauth2, the in-process fake:// message transport. Compute
// hosts are service and compute-node records created through Nova's own objects by
// scripts/nova-setup.py (no nova-compute runs); their nodes are Placement providers the fixture
// creates first, as nova-compute would. Verified recipe: running-nova.md (shared reference).
//
// One process, one thread: nova-api is eventlet-patched. --http-socket closes every connection, so
// an idle client cannot hold the single worker. Start to first answer is ~15-20 s on an idle
// machine (databases included), so a test starts it once in initTestCase().
//
// The admin helpers are synchronous (a local event loop) and send "admin:admin" (noauth2's
// user:project; the user part "admin" makes an admin) with "OpenStack-API-Version: compute 2.87".
class NovaServer : public QObject
{
    Q_OBJECT

public:
    struct Node
    {
        QString name; // hypervisor_hostname = the provider's name
        QString uuid; // compute node uuid = the provider's uuid
    };
    struct ComputeHost
    {
        QString host; // the nova-compute service's host: what aggregates list
        QList<Node> nodes;
    };
    struct Aggregate
    {
        int id = -1;
        QString uuid;
    };
    using Response = PlacementServer::Response;

    explicit NovaServer(PlacementServer *placement, QObject *parent = nullptr);
    ~NovaServer() override;

    // Creates the databases, then starts nova-api. Returns true when GET /v2.1/ answers.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT/v2.1 (the catalog's compute URL shape)
    QString logTail(int lines = 40) const;
    qint64 startupMsecs() const { return m_startupMsecs; }
    QString lastError() const { return m_lastError; }

    // Creates each node's provider in Placement (name, uuid; a uuid is made up when empty) unless
    // `createProviders` is false (a compute node without provider: drift), then the Nova records.
    // Works before and after start(). Returns false (see lastError()) on failure.
    bool addComputeHosts(QList<ComputeHost> *hosts, bool createProviders = true);

    // Synchronous request; `path` is below baseUrl() ("/os-aggregates") and may carry a query.
    Response request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                     const QByteArray &token = "admin:admin",
                     const QString &microversion = QStringLiteral("2.87"));

    Aggregate createAggregate(const QString &name, const QString &availabilityZone = {});
    bool setMetadata(int aggregateId, const QMap<QString, QString> &metadata);
    // add_host / remove_host through Nova's API; Nova then mirrors them into Placement.
    bool addHost(int aggregateId, const QString &host);
    bool removeHost(int aggregateId, const QString &host);
    QStringList hostsOf(int aggregateId);
    // Writes Nova's policy.yaml in its config folder (oslo.policy re-reads it when it changes), e.g.
    // {"os_compute_api:os-aggregates:index": "!"} to refuse even admins; an empty map: the defaults.
    bool setPolicy(const QMap<QString, QString> &rules);

private:
    bool prepare(QString *error);
    bool runSetup(const QStringList &arguments, QString *error);
    bool waitUntilReady(QString *error);
    bool check(const Response &response, const QString &what);

    PlacementServer *m_placement;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    bool m_synced = false;
    int m_port = 0;
    int m_hostsFiles = 0;
    qint64 m_startupMsecs = -1;
    QString m_lastError;
};
