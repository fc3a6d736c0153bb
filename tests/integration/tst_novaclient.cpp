// NovaClient, its jobs and NovaLoader against the real Nova compute API (Debian's nova-api-wsgi,
// noauth2) beside a real Placement: names, AZs and metadata; hypervisors across pages; add_host
// mirrored into Placement by Nova itself; Nova's own error detail and request id; a token that is
// not Nova admin (403) and an unreachable Nova leave a clear, Nova-named error.
#include "api/placementclient.h"
#include "nova/aggregateactionjob.h"
#include "nova/novaclient.h"
#include "nova/novadirectory.h"
#include "nova/novaloader.h"
#include "support/jobrunner.h"
#include "support/novaserver.h"
#include "support/placementserver.h"
#include "support/serverprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestNovaClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loaderReadsNamesAndComputeNodesAcrossPages();
    void addHostIsMirroredIntoPlacement();
    void novasOwnErrorDetail();
    void forbiddenTokenLeavesNovaUnavailable();
    void unreachableNova();
    void noComputeEndpoint();

private:
    // Runs the loader to its end; true when it finished (not failed).
    bool load(NovaLoader *loader, ApiError *error = nullptr);

    PlacementServer m_placement;
    std::unique_ptr<NovaServer> m_nova;
    QNetworkAccessManager m_network;
    QList<NovaServer::ComputeHost> m_hosts;
    NovaServer::Aggregate m_north;
    NovaServer::Aggregate m_gpu;
};

void TestNovaClient::initTestCase()
{
    QString error;
    QVERIFY2(m_placement.start(&error), qPrintable(error));
    m_nova = std::make_unique<NovaServer>(&m_placement);
    // Five compute nodes on four hosts: an Ironic-style host with two nodes, so a page of two ends
    // mid-host.
    m_hosts = {{QStringLiteral("cmp1"), {{QStringLiteral("cmp1.example"), {}}}},
               {QStringLiteral("cmp2"), {{QStringLiteral("cmp2.example"), {}}}},
               {QStringLiteral("cmp3"), {{QStringLiteral("cmp3.example"), {}}}},
               {QStringLiteral("ironic"), {{QStringLiteral("bm-1"), {}}, {QStringLiteral("bm-2"), {}}}}};
    QVERIFY2(m_nova->addComputeHosts(&m_hosts), qPrintable(m_nova->lastError()));
    QVERIFY2(m_nova->start(&error), qPrintable(error));
    qInfo("nova-api ready after %lld ms (databases, hosts and start)", m_nova->startupMsecs());
    m_north = m_nova->createAggregate(QStringLiteral("az-north"), QStringLiteral("north"));
    QVERIFY2(m_north.id >= 0, qPrintable(m_nova->lastError()));
    m_gpu = m_nova->createAggregate(QStringLiteral("gpu-a40"));
    QVERIFY2(m_gpu.id >= 0, qPrintable(m_nova->lastError()));
    QVERIFY(m_nova->setMetadata(m_gpu.id,
                                {{QStringLiteral("trait:CUSTOM_GPU_A40"), QStringLiteral("required")}}));
    QVERIFY2(m_nova->addHost(m_north.id, QStringLiteral("cmp1")), qPrintable(m_nova->lastError()));
}

void TestNovaClient::cleanupTestCase()
{
    m_nova.reset();
    m_placement.stop();
}

bool TestNovaClient::load(NovaLoader *loader, ApiError *error)
{
    QSignalSpy finished(loader, &NovaLoader::finished);
    QSignalSpy failed(loader, &NovaLoader::failed);
    loader->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
        return false;
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<ApiError>();
    return !finished.isEmpty();
}

void TestNovaClient::loaderReadsNamesAndComputeNodesAcrossPages()
{
    PlacementClient placement(&m_network);
    placement.setBaseUrl(m_placement.baseUrl());
    placement.setToken("admin:admin");
    NovaClient nova(&placement);
    nova.setBaseUrl(m_nova->baseUrl());
    NovaDirectory directory;
    NovaLoader loader(&nova, &directory);
    loader.setPageSize(2);
    ApiError error;
    QVERIFY2(load(&loader, &error), qPrintable(error.fullText()));
    QCOMPARE(nova.microversion().toString(), QStringLiteral("2.87"));
    QVERIFY(directory.isLoaded());
    QVERIFY(directory.hasComputeNodes());
    // versions, aggregates, then pages of 2 over 5 nodes: 2 + 2 + 1
    QCOMPARE(loader.requestCount(), 5);

    const NovaAggregate *north = directory.aggregateFor(m_north.uuid.toUpper());
    QVERIFY(north);
    QCOMPARE(north->name, QStringLiteral("az-north"));
    QCOMPARE(north->availabilityZone, QStringLiteral("north"));
    QCOMPARE(north->hosts, QStringList{QStringLiteral("cmp1")});
    const NovaAggregate *gpu = directory.aggregateFor(m_gpu.uuid);
    QVERIFY(gpu);
    QCOMPARE(gpu->metadata.value(QStringLiteral("trait:CUSTOM_GPU_A40")), QStringLiteral("required"));

    QCOMPARE(directory.hypervisors().size(), 5);
    for (const NovaServer::ComputeHost &host : std::as_const(m_hosts)) {
        for (const NovaServer::Node &node : host.nodes) {
            const NovaHypervisor *hypervisor = directory.hypervisorFor(node.uuid);
            QVERIFY2(hypervisor, qPrintable(node.name));
            QCOMPARE(hypervisor->hostname, node.name);
            QCOMPARE(hypervisor->host, host.host);
        }
    }
    QCOMPARE(directory.hypervisorsOf(QStringLiteral("ironic")).size(), 2);
}

void TestNovaClient::addHostIsMirroredIntoPlacement()
{
    PlacementClient placement(&m_network);
    placement.setBaseUrl(m_placement.baseUrl());
    placement.setToken("admin:admin");
    NovaClient nova(&placement);
    nova.setBaseUrl(m_nova->baseUrl());
    nova.setMicroversion(Microversion(2, 87));
    const QString provider = m_hosts.at(1).nodes.first().uuid; // cmp2
    QVERIFY(!m_placement.aggregates(provider).contains(m_gpu.uuid));

    const auto added = JobRunner::run<NovaAggregate>(nova.addHost(m_gpu.id, QStringLiteral("cmp2")), 60000);
    QVERIFY2(added.succeeded, added.describe().constData());
    QCOMPARE(added.result.hosts, QStringList{QStringLiteral("cmp2")});
    // Nova writes Placement itself (by the provider's name): the membership is there.
    QVERIFY2(m_placement.aggregates(provider).contains(m_gpu.uuid), qPrintable(m_placement.lastError()));

    const auto removed =
        JobRunner::run<NovaAggregate>(nova.removeHost(m_gpu.id, QStringLiteral("cmp2")), 60000);
    QVERIFY2(removed.succeeded, removed.describe().constData());
    QVERIFY(removed.result.hosts.isEmpty());
    QVERIFY(!m_placement.aggregates(provider).contains(m_gpu.uuid));
}

void TestNovaClient::novasOwnErrorDetail()
{
    PlacementClient placement(&m_network);
    placement.setToken("admin:admin");
    NovaClient nova(&placement);
    nova.setBaseUrl(m_nova->baseUrl());
    nova.setMicroversion(Microversion(2, 87));
    const auto unknown = JobRunner::run<NovaAggregate>(nova.addHost(m_gpu.id, QStringLiteral("cmp9")), 60000);
    QVERIFY(unknown.reported);
    QVERIFY(!unknown.succeeded);
    QCOMPARE(unknown.error.httpStatus(), 404);
    QCOMPARE(unknown.error.service(), ApiError::Service::Nova);
    QVERIFY2(unknown.error.bannerText().contains(
                 QLatin1String("Nova says: Compute host cmp9 could not be found.")),
             qPrintable(unknown.error.bannerText()));
    QVERIFY2(unknown.error.requestId().startsWith(QLatin1String("req-")),
             qPrintable(unknown.error.requestId()));
}

void TestNovaClient::forbiddenTokenLeavesNovaUnavailable()
{
    PlacementClient placement(&m_network);
    placement.setToken("demo:demo"); // noauth2: user "demo" is not admin
    NovaClient nova(&placement);
    nova.setBaseUrl(m_nova->baseUrl());
    NovaDirectory directory;
    NovaLoader loader(&nova, &directory);
    ApiError error;
    QVERIFY(!load(&loader, &error));
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(directory.state(), NovaDirectory::State::Unavailable);
    QCOMPARE(directory.unavailableReason().httpStatus(), 403);
    QVERIFY2(error.summary().contains(QLatin1String("admin role")), qPrintable(error.summary()));
    QVERIFY2(error.bannerText().contains(QLatin1String("Nova says:")), qPrintable(error.bannerText()));
    QVERIFY(!directory.aggregateFor(m_north.uuid));
}

void TestNovaClient::unreachableNova()
{
    PlacementClient placement(&m_network);
    placement.setToken("admin:admin");
    NovaClient nova(&placement);
    nova.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v2.1").arg(ServerProcess::pickFreePort())));
    NovaDirectory directory;
    NovaLoader loader(&nova, &directory);
    ApiError error;
    QVERIFY(!load(&loader, &error));
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.service(), ApiError::Service::Nova);
    QVERIFY2(error.summary().contains(QLatin1String("nova-api")), qPrintable(error.summary()));
    QCOMPARE(directory.state(), NovaDirectory::State::Unavailable);
}

void TestNovaClient::noComputeEndpoint()
{
    PlacementClient placement(&m_network);
    NovaClient nova(&placement);
    NovaDirectory directory;
    NovaLoader loader(&nova, &directory);
    QVERIFY(load(&loader));
    QCOMPARE(directory.state(), NovaDirectory::State::NotConfigured);
    QCOMPARE(loader.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestNovaClient)
#include "tst_novaclient.moc"
