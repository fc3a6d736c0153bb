// The live view's background round against a real Placement: rows are updated in place, pending
// edits survive (re-based, or held for Submit's conflict flow), new and vanished providers come and
// go, a writer below 1.19 is caught by the sweep, and a round costs 1 + k + sweeps requests.

#include "api/placementclient.h"
#include "api/uuids.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "itemmodels/pendingchangesmodel.h"
#include "membership/conflictresolver.h"
#include "membership/liverefresher.h"
#include "membership/membershipstore.h"
#include "membership/providerloader.h"
#include "membership/submitter.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/placementserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const int TimeoutMs = 60000;

QStringList sorted(QStringList list)
{
    Uuids::sortByIdentity(&list);
    return list;
}

} // namespace

class TestLiveRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void quietRoundCostsOneListingAndTheSweeps();
    void roundUpdatesRowsInPlaceAndKeepsEdits();
    void heldChangeIsMergedBySubmit();

private:
    void load();
    LiveSummary runRound(bool rebase);
    int rowOf(const QString &uuid) const { return m_store->rowOf(uuid); }

    std::unique_ptr<PlacementServer> m_server;
    QStringList m_pool;
    QStringList m_seeded;

    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<PlacementClient> m_client;
    std::unique_ptr<MembershipStore> m_store;
    std::unique_ptr<MembershipTableModel> m_model;
    std::unique_ptr<MembershipFilterProxyModel> m_proxy;
    std::unique_ptr<PendingChangesModel> m_pending;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_pendingTester;
    std::unique_ptr<ProviderLoader> m_loader;
    std::unique_ptr<LiveRefresher> m_live;
};

void TestLiveRefresher::initTestCase()
{
    qRegisterMetaType<LiveSummary>();
    qRegisterMetaType<LoadSummary>();
    qRegisterMetaType<ApiError>();
    m_server = std::make_unique<PlacementServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (int i = 0; i < 5; ++i)
        m_pool.append(PlacementServer::newUuid());
    m_seeded = m_server->seedProviders(12, m_pool, 2, 6, &error);
    QVERIFY2(m_seeded.size() == 12, qPrintable(error));
}

void TestLiveRefresher::cleanupTestCase()
{
    m_server.reset();
}

void TestLiveRefresher::init()
{
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_client = std::make_unique<PlacementClient>(m_nam.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken("admin");
    m_store = std::make_unique<MembershipStore>();
    m_model = std::make_unique<MembershipTableModel>(m_store.get());
    m_proxy = std::make_unique<MembershipFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_pending = std::make_unique<PendingChangesModel>(m_store.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get());
    m_pendingTester = std::make_unique<QAbstractItemModelTester>(m_pending.get());
    m_loader = std::make_unique<ProviderLoader>(m_client.get(), m_store.get());
    m_live = std::make_unique<LiveRefresher>(m_client.get(), m_store.get());
    m_live->setSweepsPerRound(100); // every known aggregate each round
}

void TestLiveRefresher::cleanup()
{
    m_live.reset();
    m_loader.reset();
    m_pendingTester.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_pending.reset();
    m_proxy.reset();
    m_model.reset();
    m_store.reset();
    m_client.reset();
    m_nam.reset();
}

void TestLiveRefresher::load()
{
    QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, TimeoutMs);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Loaded), m_store->providerCount());
}

LiveSummary TestLiveRefresher::runRound(bool rebase)
{
    QSignalSpy finished(m_live.get(), &LiveRefresher::finished);
    QSignalSpy failed(m_live.get(), &LiveRefresher::failed);
    m_live->setRebase(rebase);
    if (!m_live->start(m_loader->query()))
        return {};
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, TimeoutMs))
        return {};
    return finished.isEmpty() ? LiveSummary{} : finished.first().first().value<LiveSummary>();
}

void TestLiveRefresher::quietRoundCostsOneListingAndTheSweeps()
{
    load();
    QSignalSpy changed(m_store.get(), &MembershipStore::providerChanged);
    QSignalSpy reset(m_store.get(), &MembershipStore::providersReset);
    const LiveSummary summary = runRound(true);
    QCOMPARE(summary.providers, m_store->providerCount());
    QCOMPARE(summary.reread, 0);
    QCOMPARE(summary.sweeps, m_store->aggregateCount());
    QCOMPARE(summary.requests, 1 + summary.sweeps);
    QCOMPARE(summary.changed, 0);
    QCOMPARE(int(changed.size()), 0);
    QCOMPARE(int(reset.size()), 0);
    QCOMPARE(m_store->changedOnServerCount(), 0);

    // With fewer sweeps per round they rotate: two rounds of 2 cover four different aggregates.
    m_live->setSweepsPerRound(2);
    QStringList swept;
    connect(m_nam.get(), &FakeNetworkAccessManager::requestStarted, this,
            [&](const QUrl &url, const QByteArray &) {
                const QString query = url.query(QUrl::FullyDecoded);
                if (query.contains(QLatin1String("member_of=")))
                    swept << query.section(QLatin1String("member_of="), 1).section(QLatin1Char('&'), 0, 0);
            });
    QCOMPARE(runRound(true).sweeps, 2);
    QCOMPARE(runRound(true).sweeps, 2);
    swept.removeDuplicates();
    QCOMPARE(int(swept.size()), std::min(4, m_store->aggregateCount()));
}

void TestLiveRefresher::roundUpdatesRowsInPlaceAndKeepsEdits()
{
    load();
    const QString edited = m_seeded.at(0);     // pending add, and someone else adds too
    const QString other = m_seeded.at(1);      // no edits; someone else changes its set
    const QString goneEdited = m_seeded.at(2); // deleted on the server while it has an edit
    const QString gone = m_seeded.at(3);       // deleted, no edits
    const QString legacy = m_seeded.at(4);     // a 1.1 write: no generation move
    const QString inventory = m_seeded.at(5);  // only the generation moves

    const int pickColumn = m_store->columnOf(m_pool.at(4));
    QVERIFY(pickColumn >= 0);
    int row = rowOf(edited);
    const bool editedHad4 = m_store->isMember(row, pickColumn);
    QVERIFY(m_store->setWantsMember(row, pickColumn, !editedHad4));
    const int goneColumn = m_store->columnOf(m_pool.at(0));
    row = rowOf(goneEdited);
    QVERIFY(m_store->setWantsMember(row, goneColumn, !m_store->isMember(row, goneColumn)));
    const QStringList wantedEdits =
        m_store->addedAggregates(rowOf(edited)) + m_store->removedAggregates(rowOf(edited));

    // Someone else, meanwhile.
    const QString newAggregate = PlacementServer::newUuid();
    QStringList editedServer = m_server->aggregates(edited);
    editedServer << newAggregate;
    QVERIFY(m_server->setAggregates(edited, editedServer));
    QVERIFY(m_server->setAggregates(other, {m_pool.at(3)}));
    QVERIFY(m_server->deleteProvider(goneEdited));
    QVERIFY(m_server->deleteProvider(gone));
    const int legacyGeneration = m_server->providerGeneration(legacy);
    const QStringList legacySet = {m_pool.at(2)};
    const auto put = m_server->request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(legacy),
                                       QByteArray("[\"") + legacySet.first().toUtf8() + "\"]", "admin",
                                       QStringLiteral("1.1"));
    QCOMPARE(put.status, 200);
    QCOMPARE(m_server->providerGeneration(legacy), legacyGeneration);
    QVERIFY(m_server->bumpGeneration(inventory));
    const QString added = m_server->createProvider(QStringLiteral("live-new"));
    QVERIFY(!added.isEmpty());
    QVERIFY(m_server->setAggregates(added, {m_pool.at(1)}));

    QSignalSpy reset(m_store.get(), &MembershipStore::providersReset);
    const LiveSummary summary = runRound(true);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.vanished, 2); // both; goneEdited stays (Deleted) with its edit
    // Read: edited, other, inventory (generations), the new row, and legacy (its sweep disagreed).
    QCOMPARE(summary.reread, 5);
    QVERIFY(summary.sweepCorrections >= 1);
    QCOMPARE(summary.requests, 1 + summary.reread + summary.sweeps);
    QCOMPARE(summary.changed, 3); // edited, other, legacy
    QCOMPARE(summary.held, 0);
    QCOMPARE(int(reset.size()), 1); // rows came and went: one reset that keeps every record

    // Re-based: the loaded set is the server's, the operator's edit is still pending on top.
    row = rowOf(edited);
    QVERIFY(row >= 0);
    QCOMPARE(sorted(m_store->loadedAggregates(row)), sorted(m_server->aggregates(edited)));
    QCOMPARE(m_store->addedAggregates(row) + m_store->removedAggregates(row), wantedEdits);
    QVERIFY(m_store->provider(row).changedOnServer);
    QVERIFY(m_store->provider(row).hasAggregate(m_store->aggregateId(m_store->columnOf(newAggregate))));

    row = rowOf(other);
    QCOMPARE(m_store->loadedAggregates(row), QStringList{m_pool.at(3)});
    QVERIFY(m_store->provider(row).changedOnServer);
    QVERIFY(!m_store->provider(row).serverAdded.isEmpty() || !m_store->provider(row).serverRemoved.isEmpty());

    row = rowOf(legacy);
    QCOMPARE(m_store->loadedAggregates(row), legacySet);
    QVERIFY(m_store->provider(row).changedOnServer);

    row = rowOf(inventory);
    QCOMPARE(m_store->provider(row).generation, qint64(m_server->providerGeneration(inventory)));
    QCOMPARE(m_store->provider(row).aggregatesGeneration, m_store->provider(row).generation);
    QVERIFY(!m_store->provider(row).changedOnServer);

    QCOMPARE(rowOf(gone), -1);
    row = rowOf(goneEdited);
    QVERIFY(row >= 0);
    QCOMPARE(m_store->provider(row).state, ProviderRecord::State::Deleted);
    QVERIFY(m_store->provider(row).hasPendingEdits());

    row = rowOf(added);
    QVERIFY(row >= 0);
    QCOMPARE(m_store->provider(row).state, ProviderRecord::State::Loaded);
    QCOMPARE(m_store->loadedAggregates(row), QStringList{m_pool.at(1)});
    QCOMPARE(m_store->pendingProviderCount(), 2);
    QCOMPARE(m_store->changedOnServerCount(), 3);

    // Seen: the marks go one by one, or all at once.
    m_store->markSeen(rowOf(other));
    QCOMPARE(m_store->changedOnServerCount(), 2);
    QVERIFY(!m_store->provider(rowOf(other)).changedOnServer);
    m_store->markAllSeen();
    QCOMPARE(m_store->changedOnServerCount(), 0);

    // The next round finds nothing new: only the listing and the sweeps.
    const LiveSummary quiet = runRound(true);
    QCOMPARE(quiet.reread, 0);
    QCOMPARE(quiet.changed, 0);
    QCOMPARE(quiet.requests, 1 + quiet.sweeps);
    m_seeded.removeAll(gone);
    m_seeded.removeAll(goneEdited);
}

void TestLiveRefresher::heldChangeIsMergedBySubmit()
{
    load();
    const QString uuid = m_seeded.at(6);
    const int row = rowOf(uuid);
    const QStringList before = m_store->loadedAggregates(row);
    const qint64 generationBefore = m_store->provider(row).aggregatesGeneration;
    const QString mine = PlacementServer::newUuid();
    const int column = m_store->addAggregate(mine);
    QVERIFY(column >= 0);
    QVERIFY(m_store->setWantsMember(row, column, true));
    const QString theirs = PlacementServer::newUuid();
    QVERIFY(m_server->setAggregates(uuid, QStringList(before) << theirs));

    // Auto-merge off: the row is marked, but its base, generation and edit stay for Submit.
    LiveSummary summary = runRound(false);
    QCOMPARE(summary.changed, 1);
    QCOMPARE(summary.held, 1);
    const ProviderRecord &held = m_store->provider(rowOf(uuid));
    QVERIFY(held.changedOnServer);
    QVERIFY(held.changeHeld);
    QCOMPARE(sorted(m_store->loadedAggregates(rowOf(uuid))), sorted(before));
    QCOMPARE(held.aggregatesGeneration, generationBefore);
    QCOMPARE(m_store->addedAggregates(rowOf(uuid)), QStringList{mine});
    // Seen once: the next round does not read it again while its generation stays.
    summary = runRound(false);
    QCOMPARE(summary.reread, 0);
    QCOMPARE(summary.changed, 0);

    // Submit: the PUT at the old generation gets a 409, the merge keeps both changes.
    ConflictResolver resolver;
    resolver.setAutoMerge(true);
    Submitter submitter(m_client.get(), m_store.get(), &resolver);
    QSignalSpy done(&submitter, &Submitter::finished);
    QVERIFY(submitter.start());
    QTRY_COMPARE_WITH_TIMEOUT(int(done.size()), 1, TimeoutMs);
    const SubmitSummary result = done.first().first().value<SubmitSummary>();
    QCOMPARE(result.conflictsResolved, 1);
    QCOMPARE(sorted(m_server->aggregates(uuid)), sorted(QStringList(before) << theirs << mine));
    QCOMPARE(m_store->pendingEditCount(), 0);
    QVERIFY(!m_store->provider(rowOf(uuid)).changeHeld);
}

QTEST_GUILESS_MAIN(TestLiveRefresher)
#include "tst_liverefresher.moc"
