// The provider context pane's reads against a real Placement: inventories with reserved amounts and
// allocation ratios, usages from a real allocation, standard and custom traits; kept until the
// provider's generation moves; traits not asked for below 1.6; a deleted provider's 404; a read
// for another provider aborts the one in flight.

#include "api/getinventoriesjob.h"
#include "api/placementclient.h"
#include "membership/providerdetailscache.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/placementserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const int TimeoutMs = 60000;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProviderDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void readsInventoriesUsagesAndTraits();
    void keptUntilTheGenerationMoves();
    void traitsAreNotAskedBelow16();
    void deletedProviderReportsPlacementsError();
    void anotherProviderAbortsTheReadInFlight();

private:
    bool waitReady(const QString &uuid);
    int generation(const QString &uuid) { return m_server->providerGeneration(uuid); }

    std::unique_ptr<PlacementServer> m_server;
    QString m_compute;
    QString m_other;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<PlacementClient> m_client;
    std::unique_ptr<ProviderDetailsCache> m_cache;
};

void TestProviderDetails::initTestCase()
{
    qRegisterMetaType<ApiError>();
    m_server = std::make_unique<PlacementServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_compute = m_server->createProvider(QStringLiteral("ctx-compute"));
    m_other = m_server->createProvider(QStringLiteral("ctx-other"));
    QVERIFY(!m_compute.isEmpty() && !m_other.isEmpty());

    const QJsonObject inventories{
        {QStringLiteral("resource_provider_generation"), generation(m_compute)},
        {QStringLiteral("inventories"),
         QJsonObject{{QStringLiteral("VCPU"), QJsonObject{{QStringLiteral("total"), 16},
                                                          {QStringLiteral("reserved"), 2},
                                                          {QStringLiteral("allocation_ratio"), 4.0},
                                                          {QStringLiteral("max_unit"), 8}}},
                     {QStringLiteral("MEMORY_MB"), QJsonObject{{QStringLiteral("total"), 4096},
                                                               {QStringLiteral("reserved"), 512},
                                                               {QStringLiteral("step_size"), 256}}}}}};
    auto response = m_server->request(
        "PUT", QStringLiteral("/resource_providers/%1/inventories").arg(m_compute), json(inventories));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    response = m_server->request("PUT", QStringLiteral("/traits/CUSTOM_GOLD"));
    QVERIFY2(response.status == 201 || response.status == 204, qPrintable(response.describe()));
    const QJsonObject traits{{QStringLiteral("resource_provider_generation"), generation(m_compute)},
                             {QStringLiteral("traits"),
                              QJsonArray{QStringLiteral("HW_CPU_X86_AVX2"), QStringLiteral("CUSTOM_GOLD")}}};
    response = m_server->request("PUT", QStringLiteral("/resource_providers/%1/traits").arg(m_compute),
                                 json(traits));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    // A real allocation, as Nova makes for an instance (1.28: consumer generations).
    const QJsonObject allocation{
        {QStringLiteral("allocations"),
         QJsonObject{{m_compute, QJsonObject{{QStringLiteral("resources"),
                                              QJsonObject{{QStringLiteral("VCPU"), 6},
                                                          {QStringLiteral("MEMORY_MB"), 1024}}}}}}},
        {QStringLiteral("project_id"), PlacementServer::newUuid()},
        {QStringLiteral("user_id"), PlacementServer::newUuid()},
        {QStringLiteral("consumer_generation"), QJsonValue::Null}};
    response = m_server->request("PUT", QStringLiteral("/allocations/%1").arg(PlacementServer::newUuid()),
                                 json(allocation), "admin", QStringLiteral("1.28"));
    QVERIFY2(response.status == 204, qPrintable(response.describe()));
}

void TestProviderDetails::cleanupTestCase()
{
    m_cache.reset();
    m_client.reset();
    m_server.reset();
}

void TestProviderDetails::init()
{
    m_cache.reset();
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_client = std::make_unique<PlacementClient>(m_nam.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken("admin");
    m_client->setMicroversion(Microversion(1, 39));
    m_cache = std::make_unique<ProviderDetailsCache>(m_client.get());
}

bool TestProviderDetails::waitReady(const QString &uuid)
{
    QSignalSpy ready(m_cache.get(), &ProviderDetailsCache::ready);
    QSignalSpy failed(m_cache.get(), &ProviderDetailsCache::failed);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, TimeoutMs))
        return false;
    if (!failed.isEmpty())
        qWarning().noquote() << failed.first().at(1).value<ApiError>().fullText();
    return failed.isEmpty() && ready.first().first().toString() == uuid;
}

void TestProviderDetails::readsInventoriesUsagesAndTraits()
{
    const int serverGeneration = generation(m_compute);
    m_cache->request(m_compute, serverGeneration);
    QVERIFY(waitReady(m_compute));
    const ProviderDetails *details = m_cache->details(m_compute);
    QVERIFY(details);
    QCOMPARE(details->generation, qint64(serverGeneration));
    QCOMPARE(details->inventories.size(), 2);
    const ProviderInventory &memory = details->inventories.at(0); // sorted by class
    const ProviderInventory &vcpu = details->inventories.at(1);
    QCOMPARE(memory.resourceClass, QStringLiteral("MEMORY_MB"));
    QCOMPARE(memory.total, 4096);
    QCOMPARE(memory.reserved, 512);
    QCOMPARE(memory.stepSize, 256);
    QCOMPARE(memory.capacity(), 4096 - 512);
    QCOMPARE(vcpu.resourceClass, QStringLiteral("VCPU"));
    QCOMPARE(vcpu.allocationRatio, 4.0);
    QCOMPARE(vcpu.maxUnit, 8);
    QCOMPARE(vcpu.capacity(), (16 - 2) * 4);
    QCOMPARE(details->usages.value(QStringLiteral("VCPU")), 6);
    QCOMPARE(details->usages.value(QStringLiteral("MEMORY_MB")), 1024);
    QVERIFY(details->traitsKnown);
    QCOMPARE(details->traits,
             (QStringList{QStringLiteral("CUSTOM_GOLD"), QStringLiteral("HW_CPU_X86_AVX2")}));
    QCOMPARE(m_nam->requestCount(), 3);
    // Read-only: nothing but GETs.
    for (const auto &request : m_nam->requests())
        QCOMPARE(request.verb, QByteArray("GET"));
}

void TestProviderDetails::keptUntilTheGenerationMoves()
{
    const int before = generation(m_compute);
    m_cache->request(m_compute, before);
    QVERIFY(waitReady(m_compute));
    QCOMPARE(m_cache->readsStarted(), 1);
    m_nam->clearRequests();

    // Selecting it again at the same generation costs nothing.
    QSignalSpy ready(m_cache.get(), &ProviderDetailsCache::ready);
    m_cache->request(m_compute, before);
    QVERIFY(m_cache->isCurrent(m_compute, before));
    QTest::qWait(200);
    QCOMPARE(m_nam->requestCount(), 0);
    QCOMPARE(m_cache->readsStarted(), 1);
    QVERIFY(ready.isEmpty());

    // An inventory write moves the generation: the next request reads again and sees it.
    QVERIFY(m_server->bumpGeneration(m_compute));
    const int after = generation(m_compute);
    QVERIFY(after > before);
    QVERIFY(!m_cache->isCurrent(m_compute, after));
    m_cache->request(m_compute, after);
    QVERIFY(waitReady(m_compute));
    QCOMPARE(m_cache->readsStarted(), 2);
    QCOMPARE(m_cache->details(m_compute)->generation, qint64(after));
    QCOMPARE(m_cache->details(m_compute)->inventories.at(1).total, 17);
    // "Reread" reads even when current.
    m_cache->request(m_compute, after, true);
    QVERIFY(waitReady(m_compute));
    QCOMPARE(m_cache->readsStarted(), 3);
}

void TestProviderDetails::traitsAreNotAskedBelow16()
{
    m_client->setMicroversion(Microversion(1, 5));
    m_cache->request(m_compute, generation(m_compute));
    QVERIFY(waitReady(m_compute));
    const ProviderDetails *details = m_cache->details(m_compute);
    QVERIFY(!details->traitsKnown);
    QVERIFY(details->traits.isEmpty());
    QCOMPARE(details->inventories.size(), 2);
    QCOMPARE(m_nam->requestsTo(QStringLiteral("/traits")).size(), 0);
    QCOMPARE(m_nam->requestCount(), 2);
}

void TestProviderDetails::deletedProviderReportsPlacementsError()
{
    const QString gone = m_server->createProvider(QStringLiteral("ctx-gone"));
    QVERIFY(m_server->deleteProvider(gone));
    QSignalSpy failed(m_cache.get(), &ProviderDetailsCache::failed);
    QSignalSpy ready(m_cache.get(), &ProviderDetailsCache::ready);
    m_cache->request(gone, 0);
    QVERIFY(failed.wait(TimeoutMs));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), gone);
    const auto error = failed.first().at(1).value<ApiError>();
    QCOMPARE(error.httpStatus(), 404);
    QVERIFY2(!error.requestId().isEmpty(), qPrintable(error.fullText()));
    QVERIFY(!m_cache->details(gone));
    QTest::qWait(200); // the other two parts were aborted: no second report
    QCOMPARE(failed.size(), 1);
    QVERIFY(ready.isEmpty());
}

void TestProviderDetails::anotherProviderAbortsTheReadInFlight()
{
    QSignalSpy ready(m_cache.get(), &ProviderDetailsCache::ready);
    QSignalSpy failed(m_cache.get(), &ProviderDetailsCache::failed);
    // Both generations first: the fixture's own request spins an event loop, in which the first
    // read could finish before the second request is made.
    const int computeGeneration = generation(m_compute);
    const int otherGeneration = generation(m_other);
    m_cache->request(m_compute, computeGeneration);
    QCOMPARE(m_cache->readingUuid(), m_compute);
    m_cache->request(m_other, otherGeneration);
    QCOMPARE(m_cache->readingUuid(), m_other);
    QTRY_COMPARE_WITH_TIMEOUT(int(ready.size()), 1, TimeoutMs);
    QTest::qWait(200);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), m_other);
    QVERIFY(failed.isEmpty()); // an abort is not a failure to report
    QVERIFY(!m_cache->details(m_compute));
    QVERIFY(m_cache->details(m_other)->inventories.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderDetails)
#include "tst_providerdetails.moc"
