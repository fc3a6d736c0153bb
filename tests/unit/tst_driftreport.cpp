// DriftReport over a store and a NovaDirectory built in memory: every drift class, what is not
// drift (sharing providers, rows not loaded, pending edits), and spellings.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/driftmodel.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/driftreport.h"
#include "membership/membershipstore.h"
#include "membership/reconcileplan.h"
#include "membership/setmembershipcommand.h"
#include "nova/novadirectory.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

const QString kNorth = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
const QString kGpu = QStringLiteral("0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22");
const QString kShared = QStringLiteral("9d0b6c3e-2a41-4e57-8f0c-1b2a3c4d5e66");
const QString kCmp1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kCmp2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kBm1 = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString kBm2 = QStringLiteral("44444444-4444-4444-8444-444444444444");
const QString kSharing = QStringLiteral("55555555-5555-4555-8555-555555555555");
const QString kNoProvider = QStringLiteral("66666666-6666-4666-8666-666666666666");

void load(MembershipStore *store, const QList<QPair<QString, QString>> &providers,
          const QHash<QString, QStringList> &aggregates)
{
    QList<ProviderInfo> infos;
    for (const auto &[uuid, name] : providers) {
        ProviderInfo info;
        info.uuid = uuid;
        info.name = name;
        info.generation = 1;
        infos << info;
    }
    store->resetProviders(infos);
    for (auto it = aggregates.begin(); it != aggregates.end(); ++it) {
        AggregatesResult result;
        result.providerUuid = it.key();
        result.aggregates = it.value();
        result.generation = 1;
        store->setAggregates(result);
    }
}

NovaAggregate aggregate(int id, const QString &uuid, const QString &name, const QStringList &hosts)
{
    NovaAggregate result;
    result.id = id;
    result.uuid = uuid;
    result.name = name;
    result.hosts = hosts;
    return result;
}

NovaHypervisor node(const QString &id, const QString &hostname, const QString &host)
{
    return {id, hostname, host, QStringLiteral("up"), QStringLiteral("enabled")};
}

} // namespace

class TestDriftReport : public QObject
{
    Q_OBJECT

private slots:
    void noDriftWhenBothAgree();
    void everyClass();
    void notLoadedRowsAndPendingEditsAreNotDrift();
    void anotherSpellingStillMatchesNova();
    void nothingBeforeNovaIsLoaded();
    void driftModelShowsNamesAndKinds();
    void reconcilePlacementToNovaIsPendingEdits();
    void reconcileNovaToPlacementIsOneCallPerHost();
    void tableMarksDriftingCellsAndFilters();
};

void TestDriftReport::noDriftWhenBothAgree()
{
    MembershipStore store;
    load(&store, {{kCmp1, QStringLiteral("cmp1")}, {kCmp2, QStringLiteral("cmp2")}},
         {{kCmp1, {kNorth}}, {kCmp2, {}}});
    NovaDirectory directory;
    directory.setContents({aggregate(1, kNorth, QStringLiteral("az-north"), {QStringLiteral("cmp1")})},
                          {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1")),
                           node(kCmp2, QStringLiteral("cmp2"), QStringLiteral("cmp2"))},
                          true);
    const DriftReport report = DriftReport::compute(store, directory);
    QVERIFY2(
        report.isEmpty(),
        qPrintable(report.items().isEmpty() ? QString() : DriftReport::describe(report.items().first())));
}

namespace {

// The cloud of everyClass(): one drift of each class.
void loadEveryClass(MembershipStore *store, NovaDirectory *directory)
{
    load(store,
         {{kCmp1, QStringLiteral("cmp1")},
          {kCmp2, QStringLiteral("cmp2-renamed")},
          {kBm1, QStringLiteral("bm-1")},
          {kBm2, QStringLiteral("bm-2")},
          {kSharing, QStringLiteral("nfs-share")}},
         {{kCmp1, {}}, {kCmp2, {kNorth, kGpu}}, {kBm1, {kNorth}}, {kBm2, {}}, {kSharing, {kShared, kGpu}}});
    directory->setContents(
        {aggregate(1, kNorth, QStringLiteral("az-north"),
                   {QStringLiteral("cmp1"), QStringLiteral("cmp2"), QStringLiteral("ironic")}),
         aggregate(2, kGpu, QStringLiteral("gpu-a40"), {})},
        {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1")),
         node(kCmp2, QStringLiteral("cmp2"), QStringLiteral("cmp2")),
         node(kBm1, QStringLiteral("bm-1"), QStringLiteral("ironic")),
         node(kBm2, QStringLiteral("bm-2"), QStringLiteral("ironic")),
         node(kNoProvider, QStringLiteral("cmp9"), QStringLiteral("cmp9"))},
        true);
}

} // namespace

void TestDriftReport::everyClass()
{
    MembershipStore store;
    load(&store,
         {{kCmp1, QStringLiteral("cmp1")},
          {kCmp2, QStringLiteral("cmp2-renamed")},
          {kBm1, QStringLiteral("bm-1")},
          {kBm2, QStringLiteral("bm-2")},
          {kSharing, QStringLiteral("nfs-share")}},
         {{kCmp1, {}},             // (1): cmp1 is in az-north in Nova only
          {kCmp2, {kNorth, kGpu}}, // (2): cmp2 is in gpu in Placement only
          {kBm1, {kNorth}},        // (4): ironic is in az-north; bm-2 is not
          {kBm2, {}},
          {kSharing, {kShared, kGpu}}}); // (3) kShared; a sharing provider in gpu is no drift
    NovaDirectory directory;
    directory.setContents(
        {aggregate(1, kNorth, QStringLiteral("az-north"),
                   {QStringLiteral("cmp1"), QStringLiteral("cmp2"), QStringLiteral("ironic")}),
         aggregate(2, kGpu, QStringLiteral("gpu-a40"), {})},
        {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1")),
         node(kCmp2, QStringLiteral("cmp2"), QStringLiteral("cmp2")), // (5) name
         node(kBm1, QStringLiteral("bm-1"), QStringLiteral("ironic")),
         node(kBm2, QStringLiteral("bm-2"), QStringLiteral("ironic")),
         node(kNoProvider, QStringLiteral("cmp9"), QStringLiteral("cmp9"))}, // (5) none
        true);
    const DriftReport report = DriftReport::compute(store, directory);
    QCOMPARE(report.count(DriftItem::Kind::MissingInPlacement), 1);
    QCOMPARE(report.count(DriftItem::Kind::MissingInNova), 1);
    QCOMPARE(report.count(DriftItem::Kind::PlacementOnly), 1);
    QCOMPARE(report.count(DriftItem::Kind::PartialHost), 1);
    QCOMPARE(report.count(DriftItem::Kind::NodeWithoutProvider), 1);
    QCOMPARE(report.count(DriftItem::Kind::NameMismatch), 1);
    QCOMPARE(report.items().size(), 6);

    QVERIFY(report.drifts(kCmp1, kNorth));
    QVERIFY(report.drifts(kCmp2, kGpu));
    QVERIFY(!report.drifts(kCmp2, kNorth));
    QVERIFY(report.drifts(kBm2, kNorth));
    QVERIFY(!report.drifts(kSharing, kGpu));
    QCOMPARE(report.itemsFor(kCmp2).size(), 2); // gpu membership and the name
    for (const DriftItem &item : report.items()) {
        QVERIFY(!DriftReport::describe(item).isEmpty());
        QVERIFY(!DriftReport::kindName(item.kind).isEmpty());
    }
    const QList<DriftItem> missing = report.itemsFor(kCmp1);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().host, QStringLiteral("cmp1"));
    QCOMPARE(missing.first().aggregateName, QStringLiteral("az-north"));
    QVERIFY(DriftReport::describe(missing.first()).contains(QLatin1String("az-north")));
}

void TestDriftReport::notLoadedRowsAndPendingEditsAreNotDrift()
{
    MembershipStore store;
    load(&store, {{kCmp1, QStringLiteral("cmp1")}, {kCmp2, QStringLiteral("cmp2")}}, {{kCmp2, {kNorth}}});
    // cmp1 was listed but its aggregates never read: unknown, not drift.
    NovaDirectory directory;
    directory.setContents(
        {aggregate(1, kNorth, QStringLiteral("az-north"), {QStringLiteral("cmp1"), QStringLiteral("cmp2")})},
        {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1")),
         node(kCmp2, QStringLiteral("cmp2"), QStringLiteral("cmp2"))},
        true);
    QVERIFY(DriftReport::compute(store, directory).isEmpty());
    // A pending removal is not the server's state yet.
    const int row = store.rowOf(kCmp2);
    QVERIFY(store.setWantsMember(row, store.columnOf(kNorth), false));
    QVERIFY(DriftReport::compute(store, directory).isEmpty());
}

void TestDriftReport::anotherSpellingStillMatchesNova()
{
    MembershipStore store;
    const QString upper = kNorth.toUpper();
    load(&store, {{kCmp1, QStringLiteral("cmp1")}}, {{kCmp1, {upper}}});
    NovaDirectory directory;
    directory.setContents({aggregate(1, kNorth, QStringLiteral("az-north"), {QStringLiteral("cmp1")})},
                          {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1"))}, true);
    // The upper-case spelling is Nova's aggregate too: no class (1), no class (3).
    QVERIFY(DriftReport::compute(store, directory).isEmpty());
}

void TestDriftReport::nothingBeforeNovaIsLoaded()
{
    MembershipStore store;
    load(&store, {{kCmp1, QStringLiteral("cmp1")}}, {{kCmp1, {kShared}}});
    NovaDirectory directory;
    QVERIFY(DriftReport::compute(store, directory).isEmpty());
    directory.setUnavailable(ApiError(ApiError::Kind::Http, QStringLiteral("403")));
    QVERIFY(DriftReport::compute(store, directory).isEmpty());
}

void TestDriftReport::driftModelShowsNamesAndKinds()
{
    MembershipStore store;
    load(&store, {{kCmp1, QStringLiteral("cmp1.example")}}, {{kCmp1, {kShared}}});
    NovaDirectory directory;
    DriftModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    directory.setContents({aggregate(1, kNorth, QStringLiteral("az-north"), {QStringLiteral("cmp1")})},
                          {node(kCmp1, QStringLiteral("cmp1.example"), QStringLiteral("cmp1"))}, true);
    model.setReport(DriftReport::compute(store, directory));
    QCOMPARE(model.rowCount(), 2); // cmp1 missing from az-north in Placement; kShared is Placement only
    bool sawMissing = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto kind = DriftItem::Kind(model.index(row, 0).data(DriftModel::KindRole).toInt());
        if (kind != DriftItem::Kind::MissingInPlacement)
            continue;
        sawMissing = true;
        QCOMPARE(model.index(row, DriftModel::AggregateColumn).data().toString(), QStringLiteral("az-north"));
        QCOMPARE(model.index(row, DriftModel::HostColumn).data().toString(), QStringLiteral("cmp1"));
        QCOMPARE(model.index(row, DriftModel::ProviderColumn).data().toString(),
                 QStringLiteral("cmp1.example"));
        QVERIFY(
            model.index(row, DriftModel::DetailColumn).data().toString().contains(QLatin1String("az-north")));
    }
    QVERIFY(sawMissing);
    model.setReport({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDriftReport::reconcilePlacementToNovaIsPendingEdits()
{
    MembershipStore store;
    NovaDirectory directory;
    loadEveryClass(&store, &directory);
    using Plan = ReconcilePlan;
    const DriftReport report = DriftReport::compute(store, directory);
    const Plan all = Plan::compute(Plan::Direction::PlacementMatchesNova, report, store, directory);
    // cmp1 and bm-2 into az-north (classes 1 and 4), cmp2 out of gpu-a40 (class 2).
    QCOMPARE(all.placementChanges().size(), 3);
    QVERIFY(all.hostActions().isEmpty());
    QStringList lines;
    for (const PlacementChange &change : all.placementChanges())
        lines << Plan::describe(change);
    lines.sort();
    QCOMPARE(lines, QStringList({QStringLiteral("Add provider bm-2 to az-north (6f1a3c58)"),
                                 QStringLiteral("Add provider cmp1 to az-north (6f1a3c58)"),
                                 QStringLiteral("Remove provider cmp2-renamed from gpu-a40 (0c6e0c1a)")}));
    // The Placement-only aggregate, the missing provider and the name are said, not changed.
    QCOMPARE(all.skipped().size(), 3);

    // Scoped to one aggregate, then applied as one undo step of ordinary pending edits.
    const Plan north = Plan::compute(Plan::Direction::PlacementMatchesNova, report, store, directory,
                                     {{kNorth.toUpper()}, {}});
    QCOMPARE(north.placementChanges().size(), 2);
    QCOMPARE(north.summary(), QStringLiteral("2 pending edit(s) for 2 provider(s).")); // no translator loaded
    std::unique_ptr<SetMembershipCommand> command(north.command(&store));
    QVERIFY(command);
    command->redo();
    QCOMPARE(store.pendingEditCount(), 2);
    QVERIFY(store.wantsMember(store.rowOf(kCmp1), store.columnOf(kNorth)));
    QVERIFY(store.wantsMember(store.rowOf(kBm2), store.columnOf(kNorth)));
    // The same plan again finds the edits pending: nothing more to do.
    QVERIFY(!north.command(&store));
    const Plan again =
        Plan::compute(Plan::Direction::PlacementMatchesNova, report, store, directory, {{kNorth}, {}});
    QVERIFY(again.isEmpty());
    command->undo();
    QCOMPARE(store.pendingEditCount(), 0);

    // Scoped to providers: only cmp1.
    const Plan one =
        Plan::compute(Plan::Direction::PlacementMatchesNova, report, store, directory, {{}, {kCmp1}});
    QCOMPARE(one.placementChanges().size(), 1);
    QCOMPARE(one.placementChanges().first().providerUuid, kCmp1);
}

void TestDriftReport::reconcileNovaToPlacementIsOneCallPerHost()
{
    MembershipStore store;
    NovaDirectory directory;
    loadEveryClass(&store, &directory);
    // bm-2 is the only node of "ironic" missing, so ironic is partial; make both of a second
    // host's nodes non-members to see one call for two providers.
    directory.setContents(
        {aggregate(1, kNorth, QStringLiteral("az-north"), {QStringLiteral("cmp1"), QStringLiteral("ironic")}),
         aggregate(2, kGpu, QStringLiteral("gpu-a40"), {})},
        {node(kCmp1, QStringLiteral("cmp1"), QStringLiteral("cmp1")),
         node(kCmp2, QStringLiteral("cmp2"), QStringLiteral("cmp2")),
         node(kBm1, QStringLiteral("bm-1"), QStringLiteral("ironic")),
         node(kBm2, QStringLiteral("bm-2"), QStringLiteral("ironic"))},
        true);
    QVERIFY(store.setWantsMember(store.rowOf(kBm1), store.columnOf(kNorth), false)); // pending: not drift
    const DriftReport report = DriftReport::compute(store, directory);
    using Plan = ReconcilePlan;
    const Plan plan = Plan::compute(Plan::Direction::NovaMatchesPlacement, report, store, directory);
    QStringList lines;
    for (const HostAction &action : plan.hostActions())
        lines << Plan::describe(action);
    lines.sort();
    // cmp1 leaves az-north (its provider is not in it); cmp2 joins az-north and gpu-a40 (its
    // provider is in both). Ironic is partial: skipped, with the reason.
    QCOMPARE(lines, QStringList({QStringLiteral("Add host cmp2 to Nova aggregate az-north"),
                                 QStringLiteral("Add host cmp2 to Nova aggregate gpu-a40"),
                                 QStringLiteral("Remove host cmp1 from Nova aggregate az-north")}));
    QVERIFY(plan.placementChanges().isEmpty());
    QVERIFY(plan.skipped().join(QLatin1Char(' ')).contains(QLatin1String("Host ironic is only partly")));
    // cmp2's provider is named unlike its node: Nova's mirror will not reach it, and the plan says so.
    QVERIFY(plan.warnings().join(QLatin1Char(' ')).contains(QLatin1String("Nova finds providers by name")));
    for (const HostAction &action : plan.hostActions()) {
        QVERIFY(action.aggregateId == 1 || action.aggregateId == 2);
        QCOMPARE(action.providers.size(), 1);
    }
    QCOMPARE(plan.summary(), QStringLiteral("3 call(s) to Nova.")); // no translator loaded
    QVERIFY(!plan.command(&store));                                 // nothing for Placement

    // Both nodes of one host out of the aggregate: one remove_host for two providers.
    QVERIFY(store.setWantsMember(store.rowOf(kBm1), store.columnOf(kNorth), true));
    AggregatesResult result;
    result.providerUuid = kBm1;
    result.generation = 2;
    store.setAggregates(result); // bm-1 left az-north on the server
    const Plan ironic =
        Plan::compute(Plan::Direction::NovaMatchesPlacement, DriftReport::compute(store, directory), store,
                      directory, {{kNorth}, {kBm1, kBm2}});
    QCOMPARE(ironic.hostActions().size(), 1);
    QCOMPARE(ironic.hostActions().first().kind, HostAction::Kind::RemoveHost);
    QCOMPARE(ironic.hostActions().first().providers.size(), 2);
}

void TestDriftReport::tableMarksDriftingCellsAndFilters()
{
    MembershipStore store;
    NovaDirectory directory;
    loadEveryClass(&store, &directory);
    MembershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MembershipFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const auto cell = [&](const QString &provider, const QString &aggregate) {
        return model.index(store.rowOf(provider),
                           MembershipTableModel::FirstAggregateColumn + store.columnOf(aggregate));
    };
    QVERIFY(!cell(kCmp2, kGpu).data(MembershipTableModel::DriftRole).toBool()); // no report yet
    proxy.setOnlyDrifting(true);
    QCOMPARE(proxy.rowCount(), 0);

    model.setDriftReport(DriftReport::compute(store, directory));
    QVERIFY(cell(kCmp2, kGpu).data(MembershipTableModel::DriftRole).toBool());
    QVERIFY(cell(kCmp1, kNorth).data(MembershipTableModel::DriftRole).toBool());
    QVERIFY(!cell(kCmp2, kNorth).data(MembershipTableModel::DriftRole).toBool());
    QVERIFY(!cell(kSharing, kGpu).data(MembershipTableModel::DriftRole).toBool());
    const QString tip = cell(kCmp1, kNorth).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Drift: Host cmp1 is in Nova aggregate az-north")), qPrintable(tip));
    QVERIFY(!cell(kCmp2, kNorth).data(Qt::ToolTipRole).toString().contains(QLatin1String("Drift:")));
    QVERIFY(model.index(store.rowOf(kCmp1), 0).data(MembershipTableModel::RowDriftsRole).toBool());
    QVERIFY(!model.index(store.rowOf(kSharing), 0).data(MembershipTableModel::RowDriftsRole).toBool());
    // cmp1 and bm-2 (not in az-north), cmp2 (gpu-a40, and its name): the sharing provider and bm-1 are fine.
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setOnlyDrifting(false);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setOnlyDrifting(true);
    model.setDriftReport({});
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDriftReport)
#include "tst_driftreport.moc"
