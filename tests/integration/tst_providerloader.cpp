// ProviderLoader against a real Placement: what it loads into MembershipStore, progress, a provider
// deleted mid-load, a permission failure on every aggregate GET, cancel, bounded parallelism and a
// restarted load. The fake network layer passes requests through to the real server and only steps
// in to hold (hang) or refuse (403) chosen requests.
#include "api/concurrencylimit.h"
#include "api/placementclient.h"
#include "api/uuids.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "membership/providerloader.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fakepayloadreply.h"
#include "support/placementserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const int LoadTimeoutMs = 60000;

bool isAggregatesGet(QNetworkAccessManager::Operation operation, const QUrl &url)
{
    return operation == QNetworkAccessManager::GetOperation &&
           url.path().endsWith(QLatin1String("/aggregates"));
}

// The server's exact strings in the store's column order (an aggregate's identity is its exact string).
QStringList identitySorted(QStringList uuids)
{
    Uuids::sortByIdentity(&uuids);
    return uuids;
}

LoadSummary summaryAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<LoadSummary>();
}

} // namespace

class TestProviderLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void loadMatchesServer();
    void progressRunsToTotal();
    void providerDeletedBetweenListAndFetch();
    void forbiddenAggregatesStopTheLoad();
    void cancelMidLoad();
    void boundedParallelism_data();
    void boundedParallelism();
    void restartWhileRunning_data();
    void restartWhileRunning();
    void refreshReadsOnlyWhatChanged();     // last: it changes the server's providers
    void warmStartVerifiesTheCachedTable(); // changes them too
    void stoppedRefreshKeepsWhatItShowed(); // and this one

private:
    // Compares every row of the store with what the server says now.
    void verifyStoreMatchesServer();
    QList<QJsonObject> serverProviders();

    std::unique_ptr<PlacementServer> m_server;
    QStringList m_pool;    // the five aggregates the seeded providers use
    int m_seededCount = 0; // providers on the server between tests

    // Per test.
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<PlacementClient> m_client;
    std::unique_ptr<MembershipStore> m_store;
    std::unique_ptr<MembershipTableModel> m_model;
    std::unique_ptr<MembershipFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<ProviderLoader> m_loader;
};

void TestProviderLoader::initTestCase()
{
    qRegisterMetaType<LoadSummary>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ProviderLoader::Stage>();
    m_server = std::make_unique<PlacementServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    for (int i = 0; i < 5; ++i)
        m_pool.append(PlacementServer::newUuid());
    // 28 roots in two aggregates each, two of them then emptied.
    const QStringList roots = m_server->seedProviders(28, m_pool, 2, 8, &error);
    QVERIFY2(roots.size() == 28, qPrintable(error));
    QVERIFY(m_server->setAggregates(roots.at(3), {}));
    QVERIFY(m_server->setAggregates(roots.at(17), {}));
    // Four hosts with two nested children each (NUMA-node style).
    for (int host = 0; host < 4; ++host) {
        const QString parent = m_server->createProvider(QStringLiteral("host-%1").arg(host));
        QVERIFY2(!parent.isEmpty(), qPrintable(m_server->lastError()));
        QVERIFY(m_server->setAggregates(parent, {m_pool.at(host), m_pool.at(4)}));
        for (int numa = 0; numa < 2; ++numa) {
            const QString child =
                m_server->createProvider(QStringLiteral("host-%1_NUMA_%2").arg(host).arg(numa), {}, parent);
            QVERIFY2(!child.isEmpty(), qPrintable(m_server->lastError()));
            if (host == 0 && numa == 0)
                continue; // no aggregates
            // host-1_NUMA_1 uses an upper-case spelling: Placement stores it verbatim, as another aggregate.
            const QString aggregate = host == 1 && numa == 1 ? m_pool.at(numa).toUpper() : m_pool.at(numa);
            QVERIFY(m_server->setAggregates(child, {aggregate}));
        }
    }
    m_seededCount = 28 + 4 * 3;
    QCOMPARE(int(serverProviders().size()), m_seededCount);
}

void TestProviderLoader::cleanupTestCase()
{
    m_server.reset();
}

void TestProviderLoader::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_client = std::make_unique<PlacementClient>(m_nam.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken("admin");
    m_store = std::make_unique<MembershipStore>();
    // The views' models ride along: they must stay consistent while rows arrive, fail and reset.
    m_model = std::make_unique<MembershipTableModel>(m_store.get());
    m_proxy = std::make_unique<MembershipFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get());
    m_loader = std::make_unique<ProviderLoader>(m_client.get(), m_store.get());
}

void TestProviderLoader::cleanup()
{
    m_loader.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_store.reset();
    m_client.reset();
    m_nam.reset(); // closes its keep-alive connections, freeing uwsgi threads
}

QList<QJsonObject> TestProviderLoader::serverProviders()
{
    const auto response = m_server->request("GET", QStringLiteral("/resource_providers"));
    QList<QJsonObject> providers;
    const QJsonArray array = response.json().value(QLatin1String("resource_providers")).toArray();
    for (const QJsonValue &value : array)
        providers.append(value.toObject());
    return providers;
}

void TestProviderLoader::verifyStoreMatchesServer()
{
    const QList<QJsonObject> providers = serverProviders();
    QCOMPARE(m_store->providerCount(), int(providers.size()));
    QSet<QString> columns;
    for (const QJsonObject &provider : providers) {
        const QString uuid = provider.value(QLatin1String("uuid")).toString();
        const int row = m_store->rowOf(uuid);
        QVERIFY2(row >= 0, qPrintable(uuid));
        const ProviderRecord &record = m_store->provider(row);
        QCOMPARE(record.state, ProviderRecord::State::Loaded);
        QCOMPARE(record.name, provider.value(QLatin1String("name")).toString());
        QCOMPARE(record.parentUuid, provider.value(QLatin1String("parent_provider_uuid")).toString());
        QCOMPARE(record.rootUuid, provider.value(QLatin1String("root_provider_uuid")).toString());

        int generation = -1;
        const QStringList expected = identitySorted(m_server->aggregates(uuid, &generation));
        QVERIFY(generation >= 0);
        QCOMPARE(m_store->aggregatesOf(row), expected);
        QCOMPARE(record.aggregatesGeneration, qint64(generation));
        QCOMPARE(record.generation, qint64(generation));
        for (const QString &aggregate : expected)
            columns.insert(aggregate);

        // Children follow their parent, one level deeper.
        if (!record.parentUuid.isEmpty()) {
            const int parentRow = m_store->rowOf(record.parentUuid);
            QVERIFY(parentRow >= 0 && parentRow < row);
            QCOMPARE(record.depth, m_store->provider(parentRow).depth + 1);
        } else {
            QCOMPARE(record.depth, 0);
        }
    }
    // One column per aggregate, however the server spells it.
    QCOMPARE(m_store->aggregateCount(), int(columns.size()));
    QCOMPARE(m_model->rowCount(), int(providers.size()));
    QCOMPARE(m_model->columnCount(), MembershipTableModel::FirstAggregateColumn + int(columns.size()));
}

void TestProviderLoader::loadMatchesServer()
{
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    QSignalSpy failed(m_loader.get(), &ProviderLoader::failed);
    QSignalSpy negotiated(m_loader.get(), &ProviderLoader::versionNegotiated);
    m_loader->start();
    QVERIFY(m_loader->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size() + failed.size()), 1, LoadTimeoutMs);
    QCOMPARE(int(failed.size()), 0);
    QVERIFY(!m_loader->isRunning());

    QCOMPARE(int(negotiated.size()), 1);
    QCOMPARE(negotiated.at(0).at(0).value<VersionInfo>().negotiated, Microversion(1, 39));
    QCOMPARE(m_client->microversion(), Microversion(1, 39));
    const LoadSummary summary = summaryAt(finished, 0);
    QCOMPARE(summary.providers, m_seededCount);
    QCOMPARE(summary.loaded, m_seededCount);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.deleted, 0);
    QVERIFY(!summary.canceled);
    verifyStoreMatchesServer();
    // Five pool aggregates, and the upper-case spelling on host-1_NUMA_1 is a sixth for Placement.
    QCOMPARE(m_store->aggregateCount(), 6);
    // One list plus one aggregate GET per provider, plus discovery; plus one resend per request the
    // adaptive limit took back as stalled (on a busy machine a served request can look stalled).
    QCOMPARE(int(m_nam->requestsTo(QStringLiteral("/aggregates")).size()), m_seededCount + summary.stalls);
    QCOMPARE(m_nam->requestCount(), m_seededCount + 2 + summary.stalls);
    QCOMPARE(summary.requests, m_seededCount + 2);

    // The filter proxy sees the loaded memberships.
    const auto members =
        m_server->request("GET", QStringLiteral("/resource_providers?member_of=%1").arg(m_pool.at(4)));
    const int memberCount = int(members.json().value(QLatin1String("resource_providers")).toArray().size());
    QVERIFY(memberCount >= 4);
    m_proxy->setAggregateFilter(m_pool.at(4));
    QCOMPARE(m_proxy->rowCount(), memberCount);
    m_proxy->setAggregateFilter({});
    m_proxy->setTextFilter(QStringLiteral("_numa_"));
    QCOMPARE(m_proxy->rowCount(), 8);
}

void TestProviderLoader::progressRunsToTotal()
{
    QSignalSpy progress(m_loader.get(), &ProviderLoader::progress);
    QSignalSpy stages(m_loader.get(), &ProviderLoader::stageChanged);
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);

    const int total = m_seededCount;
    QCOMPARE(int(progress.size()), total + 1);
    int previous = -1;
    for (int i = 0; i < progress.size(); ++i) {
        const int done = progress.at(i).at(0).toInt();
        QCOMPARE(progress.at(i).at(1).toInt(), total);
        QVERIFY2(done == previous + 1,
                 qPrintable(QStringLiteral("step %1: %2 after %3").arg(i).arg(done).arg(previous)));
        previous = done;
    }
    QCOMPARE(progress.constFirst().at(0).toInt(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), total);

    QList<ProviderLoader::Stage> seen;
    for (const auto &arguments : std::as_const(stages))
        seen.append(arguments.at(0).value<ProviderLoader::Stage>());
    const QList<ProviderLoader::Stage> expected{
        ProviderLoader::Stage::Discovering, ProviderLoader::Stage::Listing,
        ProviderLoader::Stage::FetchingAggregates, ProviderLoader::Stage::Idle};
    QCOMPARE(seen, expected);
}

void TestProviderLoader::providerDeletedBetweenListAndFetch()
{
    const QString victim = m_server->createProvider(QStringLiteral("victim"));
    QVERIFY(!victim.isEmpty());
    QVERIFY(m_server->setAggregates(victim, {m_pool.at(0)}));

    // The list is in the store and no aggregate GET has been sent yet: delete the provider now. The
    // helper is synchronous; nothing of the loader is on the wire at this point.
    bool deleted = false;
    connect(m_loader.get(), &ProviderLoader::stageChanged, this, [&](ProviderLoader::Stage stage) {
        if (stage != ProviderLoader::Stage::FetchingAggregates || deleted)
            return;
        QVERIFY(m_store->rowOf(victim) >= 0);
        QCOMPARE(int(m_nam->requestsTo(QStringLiteral("/aggregates")).size()), 0);
        deleted = m_server->deleteProvider(victim);
    });
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    QSignalSpy failed(m_loader.get(), &ProviderLoader::failed);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size() + failed.size()), 1, LoadTimeoutMs);
    QVERIFY2(deleted, qPrintable(m_server->lastError()));
    QCOMPARE(int(failed.size()), 0);

    const LoadSummary summary = summaryAt(finished, 0);
    QCOMPARE(summary.providers, m_seededCount + 1);
    QCOMPARE(summary.deleted, 1);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.loaded, m_seededCount);
    QVERIFY(!summary.canceled);

    const int row = m_store->rowOf(victim);
    QVERIFY(row >= 0);
    const ProviderRecord &record = m_store->provider(row);
    QCOMPARE(record.state, ProviderRecord::State::Deleted);
    QVERIFY(record.error.isNotFound());
    QVERIFY2(record.error.shortDetail().contains(victim), qPrintable(record.error.detail()));
    QCOMPARE(m_store->countInState(ProviderRecord::State::Deleted), 1);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Loaded), m_seededCount);
    const QModelIndex status = m_model->index(row, MembershipTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Deleted on the server"));
}

void TestProviderLoader::forbiddenAggregatesStopTheLoad()
{
    // Listing works but every aggregate GET is refused, as for a token whose role allows only listing.
    const int parallelism = 4;
    m_loader->setParallelism(parallelism);
    m_nam->setHandler([this](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                             QIODevice *) -> QNetworkReply * {
        if (!isAggregatesGet(op, request.url()))
            return nullptr;
        return FakePayloadReply::placementError(
            op, request, 403,
            QStringLiteral("Access was denied to this resource.\n\n Policy does not allow "
                           "placement:resource_providers:aggregates:list to be performed.  "),
            QStringLiteral("placement.undefined_code"), m_nam.get());
    });
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    QSignalSpy failed(m_loader.get(), &ProviderLoader::failed);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size() + failed.size()), 1, LoadTimeoutMs);
    QTest::qWait(200); // no second report may follow
    QCOMPARE(int(failed.size()), 1);
    QCOMPARE(int(finished.size()), 0);
    QVERIFY(!m_loader->isRunning());

    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY2(error.summary().contains(QLatin1String("admin")), qPrintable(error.summary()));
    QVERIFY2(error.shortDetail().contains(QLatin1String("aggregates:list")), qPrintable(error.detail()));

    // Stopped at the first refusal: at most one round of requests was sent, no row is left loading.
    const int sent = int(m_nam->requestsTo(QStringLiteral("/aggregates")).size());
    QVERIFY2(sent >= 1 && sent <= parallelism, qPrintable(QString::number(sent)));
    const int failedRows = m_store->countInState(ProviderRecord::State::Failed);
    QVERIFY2(failedRows >= 1 && failedRows <= parallelism, qPrintable(QString::number(failedRows)));
    QCOMPARE(m_store->countInState(ProviderRecord::State::Listed), 0);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Loaded), 0);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Canceled), m_seededCount - failedRows);
}

void TestProviderLoader::cancelMidLoad()
{
    // The first ten aggregate GETs reach the server; later ones hang until canceled. A fixed
    // parallelism, so exactly that many hang (adaptive limits: tst_adaptiveconcurrency).
    const int parallelism = 4;
    const int answered = 10;
    m_client->concurrency()->setAdaptive(false);
    m_loader->setParallelism(parallelism);
    int aggregateGets = 0;
    m_nam->setHandler([this, &aggregateGets](QNetworkAccessManager::Operation op,
                                             const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (!isAggregatesGet(op, request.url()) || ++aggregateGets <= answered)
            return nullptr;
        return new FakeHangingReply(op, request, m_nam.get());
    });
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    QSignalSpy failed(m_loader.get(), &ProviderLoader::failed);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->countInState(ProviderRecord::State::Loaded), answered, LoadTimeoutMs);
    QTRY_COMPARE(aggregateGets, answered + parallelism);
    QVERIFY(m_loader->isRunning());
    QCOMPARE(int(finished.size()), 0);

    m_loader->cancel();
    QTRY_COMPARE(int(finished.size()), 1);
    QTest::qWait(100);
    QCOMPARE(int(finished.size()), 1);
    QCOMPARE(int(failed.size()), 0);
    QVERIFY(!m_loader->isRunning());
    const LoadSummary summary = summaryAt(finished, 0);
    QVERIFY(summary.canceled);
    QCOMPARE(summary.loaded, answered);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Loaded), answered);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Canceled), m_seededCount - answered);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Listed), 0);
    QCOMPARE(aggregateGets, answered + parallelism); // nothing new was sent after the cancel
    for (int row = 0; row < m_store->providerCount(); ++row) {
        if (m_store->provider(row).state == ProviderRecord::State::Canceled) {
            QCOMPARE(m_model->index(row, MembershipTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Not loaded (canceled)"));
            break;
        }
    }

    // A fresh load afterwards loads everything.
    m_nam->clearHandler();
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 2, LoadTimeoutMs);
    QCOMPARE(int(failed.size()), 0);
    QVERIFY(!summaryAt(finished, 1).canceled);
    QCOMPARE(summaryAt(finished, 1).loaded, m_seededCount);
    verifyStoreMatchesServer();
}

void TestProviderLoader::boundedParallelism_data()
{
    QTest::addColumn<int>("parallelism");
    QTest::addColumn<bool>("adaptive");
    QTest::newRow("1") << 1 << false;
    QTest::newRow("3") << 3 << false;
    QTest::newRow("default (6)") << 0 << false;
    QTest::newRow("8") << 8 << false;
    QTest::newRow("adaptive, cap 3") << 3 << true;
    QTest::newRow("adaptive, default cap (6)") << 0 << true;
}

void TestProviderLoader::boundedParallelism()
{
    QFETCH(int, parallelism);
    QFETCH(bool, adaptive);
    m_client->concurrency()->setAdaptive(adaptive);
    if (parallelism > 0)
        m_loader->setParallelism(parallelism);
    else
        parallelism = m_loader->parallelism();
    QCOMPARE(m_loader->parallelism(), parallelism);

    // Aggregate GETs handed to the network layer and not finished yet.
    int inFlight = 0;
    int maxInFlight = 0;
    connect(m_nam.get(), &FakeNetworkAccessManager::requestStarted, this,
            [&](const QUrl &url, const QByteArray &verb) {
                if (verb == "GET" && url.path().endsWith(QLatin1String("/aggregates")))
                    maxInFlight = qMax(maxInFlight, ++inFlight);
            });
    connect(m_nam.get(), &QNetworkAccessManager::finished, this, [&](QNetworkReply *reply) {
        if (reply->url().path().endsWith(QLatin1String("/aggregates")))
            --inFlight;
    });
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    QCOMPARE(summaryAt(finished, 0).loaded, m_seededCount);
    QCOMPARE(inFlight, 0);
    if (!adaptive) {
        // A fixed limit: the queue fills up to the bound at once and never goes beyond it.
        QCOMPARE(maxInFlight, qMin(parallelism, m_seededCount));
        return;
    }
    // Adaptive: it starts with one request and grows, but never beyond the cap.
    QVERIFY2(maxInFlight > 1 && maxInFlight <= parallelism, qPrintable(QString::number(maxInFlight)));
    QVERIFY(m_client->concurrency()->changes() > 0);
}

void TestProviderLoader::refreshReadsOnlyWhatChanged()
{
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    const int known = m_store->aggregateCount();
    QVERIFY(known > 0);

    int aggregateGets = 0;
    int sweeps = 0;
    int other = 0;
    connect(m_nam.get(), &FakeNetworkAccessManager::requestStarted, this,
            [&](const QUrl &url, const QByteArray &verb) {
                if (verb == "GET" && url.path().endsWith(QLatin1String("/aggregates")))
                    ++aggregateGets;
                else if (verb == "GET" && url.query().contains(QLatin1String("member_of")))
                    ++sweeps;
                else
                    ++other;
            });
    const auto refresh = [&]() -> LoadSummary {
        aggregateGets = sweeps = other = 0;
        const int before = int(finished.size());
        m_loader->refresh();
        if (!QTest::qWaitFor([&] { return int(finished.size()) > before; }, LoadTimeoutMs))
            return {};
        return finished.last().at(0).value<LoadSummary>();
    };

    // Nothing changed: the listing, and one member_of sweep per known aggregate (1 + A; discovery
    // besides). No aggregate GET at all.
    // (Requests the adaptive limit took back as stalled are sent twice: summary.stalls.)
    LoadSummary summary = refresh();
    QVERIFY(summary.incremental);
    QCOMPARE(aggregateGets, 0);
    QCOMPARE(sweeps, known + summary.stalls);
    QCOMPARE(other, 2); // discovery and listing
    QCOMPARE(summary.requests, 2 + known);
    QCOMPARE(summary.reused, m_seededCount);
    QCOMPARE(summary.loaded, m_seededCount);
    QCOMPARE(summary.sweepCorrections, 0);
    verifyStoreMatchesServer();

    // k changes: a new set (generation moves), a generation moved by an inventory change alone, a
    // new provider, a deleted one, and a writer below 1.19 that changes the set without moving the
    // generation (verified here, as on Placement 8.0).
    const QList<QJsonObject> providers = serverProviders();
    QStringList roots;
    for (const QJsonObject &provider : providers) {
        if (provider.value(QLatin1String("name")).toString().startsWith(QLatin1String("seed-")))
            roots.append(provider.value(QLatin1String("uuid")).toString());
    }
    QVERIFY(roots.size() >= 4);
    const QString changed = roots.at(0);
    const QString bumped = roots.at(1);
    const QString deleted = roots.at(2);
    const QString legacy = roots.at(3);
    QVERIFY(m_server->setAggregates(changed, {m_pool.at(4)}));
    QVERIFY(m_server->bumpGeneration(bumped));
    QVERIFY(m_server->deleteProvider(deleted));
    const QString added = m_server->createProvider(QStringLiteral("refresh-new"));
    QVERIFY(!added.isEmpty());
    QVERIFY(m_server->setAggregates(added, {m_pool.at(0)}));
    const int legacyGeneration = m_server->providerGeneration(legacy);
    const QByteArray legacyBody = QByteArray("[\"") + m_pool.at(3).toUtf8() + "\"]";
    const auto put = m_server->request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(legacy),
                                       legacyBody, "admin", QStringLiteral("1.1"));
    QVERIFY2(put.isSuccess(), qPrintable(put.describe()));
    QCOMPARE(m_server->providerGeneration(legacy), legacyGeneration);
    QCOMPARE(m_server->aggregates(legacy), QStringList{m_pool.at(3)});

    summary = refresh();
    QVERIFY(summary.incremental);
    // changed, bumped and added by generation; legacy by the sweep.
    QCOMPARE(aggregateGets + sweeps, 4 + known + summary.stalls);
    QCOMPARE(summary.sweeps, known);
    QCOMPARE(summary.sweepCorrections, 1);
    QCOMPARE(summary.reused, m_seededCount - 4 + 1); // the legacy row was kept, then corrected
    QCOMPARE(summary.requests, 2 + 4 + known);
    QCOMPARE(m_store->rowOf(deleted), -1);
    QVERIFY(m_store->rowOf(added) >= 0);
    verifyStoreMatchesServer();

    // A full load is still there, and agrees.
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 4, LoadTimeoutMs);
    const LoadSummary full = finished.last().at(0).value<LoadSummary>();
    QCOMPARE(full.incremental, false);
    QCOMPARE(full.requests, 2 + m_seededCount);
    verifyStoreMatchesServer();
}

void TestProviderLoader::warmStartVerifiesTheCachedTable()
{
    // A table saved by one start, shown by the next: rows stay Cached (shown, not editable) until
    // every member_of sweep has answered, the changed ones are read, and the result is the server's.
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    const QList<QJsonObject> before = serverProviders();
    QStringList roots;
    for (const QJsonObject &provider : before) {
        if (provider.value(QLatin1String("name")).toString().startsWith(QLatin1String("seed-")))
            roots.append(provider.value(QLatin1String("uuid")).toString());
    }
    QVERIFY(roots.size() >= 3);
    const QString changed = roots.at(0);
    const QString deleted = roots.at(1);
    const QString legacy = roots.at(2);
    QVERIFY(m_server->setAggregates(legacy, {m_pool.at(0)}));
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    const ProviderCacheData cached = ProviderCache::snapshot(*m_store, QStringLiteral("test"));
    QCOMPARE(int(cached.rows.size()), int(before.size()));
    const int known = m_store->aggregateCount();

    // Meanwhile: a new set (generation moves), a deleted and a new provider, and a writer below
    // 1.19 (no generation move: only the sweeps can see it).
    QVERIFY(m_server->setAggregates(changed, {m_pool.at(4)}));
    QVERIFY(m_server->deleteProvider(deleted));
    const QString added = m_server->createProvider(QStringLiteral("warm-new"));
    QVERIFY(!added.isEmpty());
    const auto put =
        m_server->request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(legacy),
                          QByteArray("[\"") + m_pool.at(3).toUtf8() + "\"]", "admin", QStringLiteral("1.1"));
    QVERIFY2(put.isSuccess(), qPrintable(put.describe()));

    int aggregateGets = 0;
    int sweeps = 0;
    connect(m_nam.get(), &FakeNetworkAccessManager::requestStarted, this,
            [&](const QUrl &url, const QByteArray &verb) {
                if (verb == "GET" && url.path().endsWith(QLatin1String("/aggregates")))
                    ++aggregateGets;
                else if (verb == "GET" && url.query().contains(QLatin1String("member_of")))
                    ++sweeps;
            });
    const auto showCache = [&] {
        m_store->restoreCached(cached);
        QCOMPARE(m_store->countInState(ProviderRecord::State::Cached), int(cached.rows.size()));
        for (int row = 0; row < m_store->providerCount(); ++row)
            QVERIFY(!m_store->isEditable(row));
        aggregateGets = sweeps = 0;
    };

    // 1. The warm start: 1 + k + A requests besides discovery (changed and added by generation,
    // legacy by a sweep), and then exactly the server's table, every row Loaded.
    showCache();
    m_loader->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 2, LoadTimeoutMs);
    LoadSummary summary = summaryAt(finished, 1);
    QVERIFY(summary.incremental);
    QCOMPARE(summary.unverified, 0);
    QCOMPARE(summary.sweeps, known);
    QCOMPARE(summary.sweepCorrections, 1);
    QCOMPARE(summary.requests, 2 + 3 + known);
    QCOMPARE(aggregateGets + sweeps, 3 + known + summary.stalls);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Cached), 0);
    QCOMPARE(m_store->rowOf(deleted), -1);
    verifyStoreMatchesServer();

    // 2. One sweep does not answer: the rows it could contradict stay Cached after every read is
    // in, and a cancel leaves them Cached (unverified) — never editable from the cache alone.
    const QString held = m_pool.at(1).toUpper(); // host-1_NUMA_1's spelling, unrelated to the changes
    QVERIFY(m_store->columnOf(held) >= 0);
    m_nam->setHandler([&](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        if (request.url().query().contains(held))
            return new FakeHangingReply(op, request, m_nam.get());
        return nullptr;
    });
    showCache();
    m_loader->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_store->rowOf(added) >= 0 &&
            m_store->provider(m_store->rowOf(added)).state == ProviderRecord::State::Loaded &&
            m_store->provider(m_store->rowOf(legacy)).state == ProviderRecord::State::Loaded &&
            sweeps == known,
        LoadTimeoutMs);
    QTest::qWait(200); // every other sweep answers
    QVERIFY(m_loader->isRunning());
    const int kept = int(cached.rows.size()) - 3; // changed, deleted and legacy are not kept
    QCOMPARE(m_store->countInState(ProviderRecord::State::Cached), kept);
    m_loader->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 3, LoadTimeoutMs);
    summary = summaryAt(finished, 2);
    QVERIFY(summary.canceled);
    QCOMPARE(summary.unverified, kept);
    for (int row = 0; row < m_store->providerCount(); ++row) {
        if (m_store->provider(row).state == ProviderRecord::State::Cached)
            QVERIFY(!m_store->isEditable(row));
    }

    // 3. The next refresh keeps them (their generation did not move) and verifies them.
    m_nam->clearHandler();
    aggregateGets = sweeps = 0;
    m_loader->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 4, LoadTimeoutMs);
    summary = summaryAt(finished, 3);
    QCOMPARE(summary.unverified, 0);
    QCOMPARE(aggregateGets, 0);
    QCOMPARE(summary.requests, 2 + known);
    verifyStoreMatchesServer();
}

void TestProviderLoader::stoppedRefreshKeepsWhatItShowed()
{
    // Esc during a refresh (issue 10): rows it was reading again keep what they showed before —
    // greyed as unverified, never "not loaded" and never editable on a set in doubt — and the
    // columns stay; the next refresh reads them.
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    QStringList roots;
    for (const QJsonObject &provider : serverProviders()) {
        if (provider.value(QLatin1String("name")).toString().startsWith(QLatin1String("seed-")))
            roots.append(provider.value(QLatin1String("uuid")).toString());
    }
    QVERIFY(roots.size() >= 3);
    const QString moved = roots.at(0);  // a new set: its generation moves
    const QString legacy = roots.at(1); // a writer below 1.19: a sweep finds it
    const QString quiet = roots.at(2);  // unchanged
    const QStringList movedBefore = m_store->aggregatesOf(m_store->rowOf(moved));
    const QStringList legacyBefore = m_store->aggregatesOf(m_store->rowOf(legacy));
    const QStringList columnsBefore = m_store->aggregateUuids();
    const qint64 movedGeneration = m_store->provider(m_store->rowOf(moved)).generation;
    QVERIFY(m_server->setAggregates(moved, {m_pool.at(4)}));
    const QString legacySet = legacyBefore.contains(m_pool.at(3)) ? m_pool.at(2) : m_pool.at(3);
    const auto put =
        m_server->request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(legacy),
                          QByteArray("[\"") + legacySet.toUtf8() + "\"]", "admin", QStringLiteral("1.1"));
    QVERIFY2(put.isSuccess(), qPrintable(put.describe()));

    // Both re-reads hang; everything else answers. A fixed parallelism with room for both: an
    // adaptive limit settled at 1 on a busy machine would keep the second behind the first until
    // its deadline.
    m_client->concurrency()->setAdaptive(false);
    m_loader->setParallelism(4);
    int heldGets = 0;
    m_nam->setHandler([&](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        const QString path = request.url().path();
        if (isAggregatesGet(op, request.url()) && (path.contains(moved) || path.contains(legacy))) {
            ++heldGets;
            return new FakeHangingReply(op, request, m_nam.get());
        }
        return nullptr;
    });
    m_loader->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(heldGets, 2, LoadTimeoutMs);
    QTest::qWait(200);
    QVERIFY(m_loader->isRunning());
    // The legacy row's kept set was disproved by a sweep: not editable while it is read again.
    QCOMPARE(m_store->provider(m_store->rowOf(legacy)).state, ProviderRecord::State::Cached);
    QVERIFY(!m_store->isEditable(m_store->rowOf(legacy)));
    m_loader->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 2, LoadTimeoutMs);
    const LoadSummary summary = summaryAt(finished, 1);
    QVERIFY(summary.canceled);
    QCOMPARE(summary.unverified, 2);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Canceled), 0);
    for (const QString &uuid : {moved, legacy}) {
        const ProviderRecord &record = m_store->provider(m_store->rowOf(uuid));
        QCOMPARE(record.state, ProviderRecord::State::Cached);
        QVERIFY(!m_store->isEditable(m_store->rowOf(uuid)));
    }
    QCOMPARE(m_store->aggregatesOf(m_store->rowOf(moved)), movedBefore);
    QCOMPARE(m_store->provider(m_store->rowOf(moved)).generation, movedGeneration); // as it was read
    QCOMPARE(m_store->aggregatesOf(m_store->rowOf(legacy)), legacyBefore);
    QCOMPARE(m_store->provider(m_store->rowOf(quiet)).state, ProviderRecord::State::Loaded);
    for (const QString &column : columnsBefore)
        QVERIFY2(m_store->columnOf(column) >= 0, qPrintable(column));

    // The next refresh reads both again, and the table is the server's.
    m_nam->clearHandler();
    m_loader->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 3, LoadTimeoutMs);
    QCOMPARE(summaryAt(finished, 2).unverified, 0);
    verifyStoreMatchesServer();
}

void TestProviderLoader::restartWhileRunning_data()
{
    QTest::addColumn<ProviderLoader::Stage>("stage");
    QTest::newRow("discovering") << ProviderLoader::Stage::Discovering;
    QTest::newRow("listing") << ProviderLoader::Stage::Listing;
    QTest::newRow("fetching aggregates") << ProviderLoader::Stage::FetchingAggregates;
}

void TestProviderLoader::restartWhileRunning()
{
    QFETCH(ProviderLoader::Stage, stage);
    // The first load hangs in the chosen stage; the restarted one goes through. A fixed
    // parallelism, so exactly that many hang.
    const int parallelism = 4;
    const int answered = 7;
    m_client->concurrency()->setAdaptive(false);
    m_loader->setParallelism(parallelism);
    int aggregateGets = 0;
    m_nam->setHandler([&](QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                          QIODevice *) -> QNetworkReply * {
        const QString path = request.url().path();
        bool hang = false;
        if (stage == ProviderLoader::Stage::Discovering)
            hang = path == QLatin1String("/");
        else if (stage == ProviderLoader::Stage::Listing)
            hang = path == QLatin1String("/resource_providers");
        else if (isAggregatesGet(op, request.url()))
            hang = ++aggregateGets > answered;
        return hang ? new FakeHangingReply(op, request, m_nam.get()) : nullptr;
    });
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    QSignalSpy failed(m_loader.get(), &ProviderLoader::failed);
    QSignalSpy progress(m_loader.get(), &ProviderLoader::progress);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->stage(), stage, LoadTimeoutMs);
    if (stage == ProviderLoader::Stage::FetchingAggregates) {
        QTRY_COMPARE_WITH_TIMEOUT(m_store->countInState(ProviderRecord::State::Loaded), answered,
                                  LoadTimeoutMs);
        QTRY_COMPARE(aggregateGets, answered + parallelism);
    }
    QCOMPARE(int(finished.size()), 0);

    m_nam->clearHandler();
    m_loader->start();
    // Whatever the first load reported while it was replaced, it is over now: count from here.
    const qsizetype finishedBefore = finished.size();
    for (qsizetype i = 0; i < finishedBefore; ++i)
        QVERIFY(summaryAt(finished, int(i)).canceled);
    progress.clear();
    QVERIFY(m_loader->isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), finishedBefore + 1, LoadTimeoutMs);
    QTest::qWait(200); // late reports of the first load must change nothing
    QCOMPARE(finished.size(), finishedBefore + 1);
    QCOMPARE(int(failed.size()), 0);
    const LoadSummary summary = summaryAt(finished, int(finishedBefore));
    QVERIFY(!summary.canceled);
    QCOMPARE(summary.providers, m_seededCount);
    QCOMPARE(summary.loaded, m_seededCount);
    QCOMPARE(progress.constFirst().at(0).toInt(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), m_seededCount);
    QCOMPARE(int(progress.size()), m_seededCount + 1);
    verifyStoreMatchesServer();
}

QTEST_GUILESS_MAIN(TestProviderLoader)
#include "tst_providerloader.moc"
