// Nova and Placement together through the session engine, both real: a drift of every class seeded
// the way it happens in a cloud (a remove Nova never mirrored, a hand edit in Placement, a sharing
// provider's aggregate, an Ironic host of two nodes, a renamed provider, a compute node whose
// provider is missing), the DriftReport naming each one, headers named after Nova's aggregates, and
// a Nova that refuses the token (policy) leaving Placement fully loaded with one notice.
#include "api/uuids.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/driftreport.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "membership/reconcileplan.h"
#include "nova/hostactionrunner.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"
#include "support/novaserver.h"
#include "support/placementserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

class TestNovaDrift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everySeededDriftIsReported();
    void headersShowNovaNames();
    void novaRefusingTheTokenLeavesPlacementWorking();
    void membersLackingARequiredTraitAreFlagged();
    // These two change the seeded cloud: they run last.
    void placementMatchesNovaThroughSubmit();
    void novaMatchesPlacementWithCalls();
    // Stops and restarts nova-api: last.
    void novaGoingAwayMidSessionAndComingBack();

private:
    // Connects a fresh session and waits for Nova's read (loaded or failed).
    void connectSession(DeskSession *session);

    PlacementServer m_placement;
    std::unique_ptr<NovaServer> m_nova;
    QList<NovaServer::ComputeHost> m_hosts;
    NovaServer::Aggregate m_north;
    NovaServer::Aggregate m_gpu;
    QString m_sharedAggregate;
    QString m_renamed;
};

void TestNovaDrift::initTestCase()
{
    // Journal and provider cache in test folders. The cache stays on between test functions: every
    // session after the first starts warm, and the drift must come out the same.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_novadrift"));
    QDir(ProviderCache::defaultDirectory()).removeRecursively();
    QString error;
    QVERIFY2(m_placement.start(&error), qPrintable(error));
    m_nova = std::make_unique<NovaServer>(&m_placement);
    m_hosts = {{QStringLiteral("cmp1"), {{QStringLiteral("cmp1"), {}}}},
               {QStringLiteral("cmp2"), {{QStringLiteral("cmp2"), {}}}},
               {QStringLiteral("ironic"), {{QStringLiteral("bm-1"), {}}, {QStringLiteral("bm-2"), {}}}}};
    QVERIFY2(m_nova->addComputeHosts(&m_hosts), qPrintable(m_nova->lastError()));
    // A provider renamed after nova-compute created it, and a node whose provider is gone.
    m_renamed = m_placement.createProvider(QStringLiteral("cmp4-renamed"));
    QVERIFY(!m_renamed.isEmpty());
    QList<NovaServer::ComputeHost> odd = {{QStringLiteral("cmp4"), {{QStringLiteral("cmp4"), m_renamed}}},
                                          {QStringLiteral("cmp5"), {{QStringLiteral("cmp5"), {}}}}};
    QVERIFY2(m_nova->addComputeHosts(&odd, false), qPrintable(m_nova->lastError()));
    QVERIFY2(m_nova->start(&error), qPrintable(error));

    m_north = m_nova->createAggregate(QStringLiteral("az-north"), QStringLiteral("north"));
    m_gpu = m_nova->createAggregate(QStringLiteral("gpu-a40"));
    QVERIFY2(m_north.id >= 0 && m_gpu.id >= 0, qPrintable(m_nova->lastError()));
    QVERIFY(m_nova->setMetadata(m_gpu.id,
                                {{QStringLiteral("trait:CUSTOM_GPU_A40"), QStringLiteral("required")}}));
    // (1) Nova mirrors add_host into Placement; a later remove in Placement alone is drift.
    QVERIFY2(m_nova->addHost(m_north.id, QStringLiteral("cmp1")), qPrintable(m_nova->lastError()));
    const QString cmp1 = m_hosts.at(0).nodes.first().uuid;
    QVERIFY(m_placement.aggregates(cmp1).contains(m_north.uuid));
    QVERIFY(m_placement.setAggregates(cmp1, {}));
    // (2) a hand edit: cmp2 into gpu-a40 in Placement only.
    QVERIFY(m_placement.setAggregates(m_hosts.at(1).nodes.first().uuid, {m_gpu.uuid}));
    // (3) a sharing provider's aggregate Nova does not know.
    const QString share = m_placement.createProvider(QStringLiteral("nfs-share"));
    m_sharedAggregate = PlacementServer::newUuid();
    QVERIFY(m_placement.setAggregates(share, {m_sharedAggregate}));
    // (4) Nova mirrors only the first node of a host.
    QVERIFY2(m_nova->addHost(m_north.id, QStringLiteral("ironic")), qPrintable(m_nova->lastError()));
}

void TestNovaDrift::cleanupTestCase()
{
    m_nova.reset();
    m_placement.stop();
}

void TestNovaDrift::connectSession(DeskSession *session)
{
    QSignalSpy loaded(session, &DeskSession::novaLoaded);
    QSignalSpy failed(session, &DeskSession::novaFailed);
    session->setComputeEndpoint(m_nova->baseUrl());
    session->connectToEndpoint(m_placement.baseUrl(), "admin:admin");
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 90000));
}

void TestNovaDrift::everySeededDriftIsReported()
{
    DeskSession session;
    connectSession(&session);
    QVERIFY(session.novaDirectory()->isLoaded());
    const DriftReport report = session.driftReport();
    QString all;
    for (const DriftItem &item : report.items())
        all += DriftReport::describe(item) + QLatin1Char('\n');
    QCOMPARE(report.count(DriftItem::Kind::MissingInPlacement), 1);
    QCOMPARE(report.count(DriftItem::Kind::MissingInNova), 1);
    QCOMPARE(report.count(DriftItem::Kind::PlacementOnly), 1);
    QCOMPARE(report.count(DriftItem::Kind::PartialHost), 1);
    QCOMPARE(report.count(DriftItem::Kind::NodeWithoutProvider), 1);
    QCOMPARE(report.count(DriftItem::Kind::NameMismatch), 1);
    QVERIFY2(report.items().size() == 6, qPrintable(all));

    QVERIFY(report.drifts(m_hosts.at(0).nodes.first().uuid, m_north.uuid));
    QVERIFY(report.drifts(m_hosts.at(1).nodes.first().uuid, m_gpu.uuid));
    QVERIFY(report.drifts(m_hosts.at(2).nodes.at(1).uuid, m_north.uuid));  // bm-2
    QVERIFY(!report.drifts(m_hosts.at(2).nodes.at(0).uuid, m_north.uuid)); // bm-1 was mirrored
    QVERIFY2(all.contains(QLatin1String("Host cmp1 is in Nova aggregate az-north")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("cmp4-renamed")), qPrintable(all));
    QVERIFY2(all.contains(m_sharedAggregate), qPrintable(all));
}

void TestNovaDrift::membersLackingARequiredTraitAreFlagged()
{
    // gpu-a40 requires CUSTOM_GPU_A40 (isolation); cmp2 was put into it by hand and lacks the trait.
    const QString cmp2 = m_hosts.at(1).nodes.first().uuid;
    {
        DeskSession session;
        QSignalSpy checked(&session, &DeskSession::driftChanged);
        connectSession(&session);
        QVERIFY(!checked.isEmpty() || checked.wait(30000));
        const DriftReport report = session.driftReport();
        QCOMPARE(report.count(DriftItem::Kind::LacksRequiredTrait), 1);
        const DriftItem *item = report.itemFor(cmp2, m_gpu.uuid);
        QVERIFY(item);
        const DriftItem *lacking = nullptr;
        for (const DriftItem &each : report.items())
            lacking = each.kind == DriftItem::Kind::LacksRequiredTrait ? &each : lacking;
        QVERIFY(lacking);
        QCOMPARE(lacking->providerUuid, cmp2);
        QCOMPARE(lacking->trait, QStringLiteral("CUSTOM_GPU_A40"));
        QCOMPARE(lacking->host, QStringLiteral("cmp2"));
        QVERIFY2(DriftReport::describe(*lacking).contains(QLatin1String("Provider cmp2 is in gpu-a40")),
                 qPrintable(DriftReport::describe(*lacking)));
        // Not a reconcile's business: both directions skip it and say why.
        const ReconcilePlan plan = session.planReconcile(ReconcilePlan::Direction::NovaMatchesPlacement);
        QVERIFY(plan.skipped().join(QLatin1Char('\n')).contains(QLatin1String("CUSTOM_GPU_A40")));
        // The header's tooltip counts it.
        MembershipTableModel model(session.store());
        model.setNovaDirectory(session.novaDirectory());
        model.setDriftReport(report);
        const QString tip =
            model.headerData(model.columnForAggregate(m_gpu.uuid), Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.contains(QLatin1String("1 member(s) lack CUSTOM_GPU_A40")), qPrintable(tip));
    }
    // The trait set on cmp2 (in Placement, as an operator would): nothing left to flag.
    // The trait created (Placement knew no such trait before, so the check listed the members
    // alone): now the required=!TRAIT query answers, and still finds cmp2.
    QVERIFY(m_placement.request("PUT", QStringLiteral("/traits/CUSTOM_GPU_A40")).isSuccess());
    {
        DeskSession session;
        QSignalSpy checked(&session, &DeskSession::driftChanged);
        connectSession(&session);
        QVERIFY(!checked.isEmpty() || checked.wait(30000));
        QCOMPARE(session.driftReport().count(DriftItem::Kind::LacksRequiredTrait), 1);
    }
    const int generation = m_placement.providerGeneration(cmp2);
    QVERIFY(generation >= 0);
    QVERIFY(
        m_placement
            .request("PUT", QStringLiteral("/resource_providers/%1/traits").arg(cmp2),
                     QStringLiteral(R"({"resource_provider_generation": %1, "traits": ["CUSTOM_GPU_A40"]})")
                         .arg(generation)
                         .toUtf8())
            .isSuccess());
    DeskSession session;
    QSignalSpy checked(&session, &DeskSession::driftChanged);
    connectSession(&session);
    QVERIFY(!checked.isEmpty() || checked.wait(30000));
    QCOMPARE(session.driftReport().count(DriftItem::Kind::LacksRequiredTrait), 0);
}

void TestNovaDrift::headersShowNovaNames()
{
    DeskSession session;
    MembershipTableModel model(session.store());
    model.setNovaDirectory(session.novaDirectory());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    connectSession(&session);
    QVERIFY(!headers.isEmpty());
    const int north = model.columnForAggregate(m_north.uuid);
    QVERIFY(north >= 0);
    QCOMPARE(model.headerData(north, Qt::Horizontal).toString(), QStringLiteral("az-north"));
    const QString tip = model.headerData(north, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("availability zone north")) && tip.contains(m_north.uuid),
             qPrintable(tip));
    const int gpu = model.columnForAggregate(m_gpu.uuid);
    const QString gpuTip = model.headerData(gpu, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(gpuTip.contains(QLatin1String("Required-trait isolation")) &&
                 gpuTip.contains(QLatin1String("CUSTOM_GPU_A40")),
             qPrintable(gpuTip));
    const int shared = model.columnForAggregate(m_sharedAggregate);
    QVERIFY(model.headerData(shared, Qt::Horizontal).toString().size() <= 8); // short UUID
    QVERIFY(model.headerData(shared, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Placement only")));
}

void TestNovaDrift::novaRefusingTheTokenLeavesPlacementWorking()
{
    QVERIFY(m_nova->setPolicy({{QStringLiteral("os_compute_api:os-aggregates:index"), QStringLiteral("!")}}));
    DeskSession session;
    QSignalSpy notices(&session, &DeskSession::notice);
    QSignalSpy placementLoaded(&session, &DeskSession::loadFinished);
    connectSession(&session);
    QVERIFY(m_nova->setPolicy({}));
    QCOMPARE(placementLoaded.size(), 1);
    QCOMPARE(session.novaDirectory()->state(), NovaDirectory::State::Unavailable);
    QCOMPARE(session.novaDirectory()->unavailableReason().httpStatus(), 403);
    QVERIFY(session.driftReport().isEmpty());
    // Placement's rows are all there and editable.
    QVERIFY(session.store()->providerCount() >= 6);
    QCOMPARE(session.store()->countInState(ProviderRecord::State::Loaded), session.store()->providerCount());
    QString text;
    for (const QList<QVariant> &notice : std::as_const(notices))
        text += notice.first().toString();
    QVERIFY2(text.contains(QLatin1String("Placement works as before")) &&
                 text.contains(QLatin1String("HTTP 403")),
             qPrintable(text));
}

void TestNovaDrift::placementMatchesNovaThroughSubmit()
{
    DeskSession session;
    connectSession(&session);
    QVERIFY(session.novaDirectory()->isLoaded());
    const QString cmp1 = m_hosts.at(0).nodes.first().uuid;
    const QString bm2 = m_hosts.at(2).nodes.at(1).uuid;
    const ReconcilePlan::Scope north{{m_north.uuid}, {}};

    // The other way round is previewed too, and would not settle the Ironic host.
    const ReconcilePlan novaWay =
        session.planReconcile(ReconcilePlan::Direction::NovaMatchesPlacement, north);
    QCOMPARE(novaWay.hostActions().size(), 1);
    QCOMPARE(novaWay.hostActions().first().host, QStringLiteral("cmp1"));
    QCOMPARE(novaWay.hostActions().first().kind, HostAction::Kind::RemoveHost);
    QVERIFY(novaWay.skipped().join(QLatin1Char(' ')).contains(QLatin1String("ironic")));

    const ReconcilePlan plan = session.planReconcile(ReconcilePlan::Direction::PlacementMatchesNova, north);
    QCOMPARE(plan.placementChanges().size(), 2); // cmp1 (class 1) and bm-2 (class 4)
    QVERIFY(session.applyReconcile(plan));
    QCOMPARE(session.store()->pendingEditCount(), 2);
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(m_placement.aggregates(cmp1), QStringList()); // nothing sent before submit

    QSignalSpy submitted(&session, &DeskSession::submitFinished);
    QVERIFY(session.submit());
    QVERIFY(submitted.wait(30000));
    QCOMPARE(session.store()->pendingEditCount(), 0);
    QVERIFY(m_placement.aggregates(cmp1).contains(m_north.uuid));
    QVERIFY(m_placement.aggregates(bm2).contains(m_north.uuid));
    const DriftReport after = session.driftReport();
    QCOMPARE(after.count(DriftItem::Kind::MissingInPlacement), 0);
    QCOMPARE(after.count(DriftItem::Kind::PartialHost), 0);
}

void TestNovaDrift::novaMatchesPlacementWithCalls()
{
    DeskSession session;
    connectSession(&session);
    QVERIFY(session.novaDirectory()->isLoaded());
    const ReconcilePlan::Scope gpu{{m_gpu.uuid}, {}};
    const ReconcilePlan plan = session.planReconcile(ReconcilePlan::Direction::NovaMatchesPlacement, gpu);
    QCOMPARE(plan.hostActions().size(), 1); // cmp2 was put into gpu-a40 by hand in Placement only
    QCOMPARE(plan.hostActions().first().host, QStringLiteral("cmp2"));
    QCOMPARE(plan.hostActions().first().kind, HostAction::Kind::AddHost);
    QVERIFY(!m_nova->hostsOf(m_gpu.id).contains(QStringLiteral("cmp2")));

    // Nova refuses the call (policy): the outcome carries Nova's own error, nothing is retried.
    QVERIFY(
        m_nova->setPolicy({{QStringLiteral("os_compute_api:os-aggregates:add_host"), QStringLiteral("!")}}));
    QSignalSpy finished(&session, &DeskSession::reconcileFinished);
    QSignalSpy started(&session, &DeskSession::hostActionStarted);
    QVERIFY(session.applyReconcile(plan));
    QCOMPARE(session.state(), DeskSession::State::Reconciling);
    QVERIFY(!session.reload()); // busy
    QVERIFY(finished.wait(60000));
    QVERIFY(m_nova->setPolicy({}));
    QCOMPARE(started.size(), 1);
    ReconcileOutcome outcome = finished.first().first().value<ReconcileOutcome>();
    QCOMPARE(outcome.count(HostAction::Outcome::Failed), 1);
    QCOMPARE(outcome.actions.first().error.httpStatus(), 403);
    QVERIFY2(outcome.text().contains(QLatin1String("failed")), qPrintable(outcome.text()));
    QCOMPARE(session.state(), DeskSession::State::Idle);
    QVERIFY(!m_nova->hostsOf(m_gpu.id).contains(QStringLiteral("cmp2")));

    // Allowed again: Nova adds the host, then both sides are read again and the drift is gone.
    finished.clear();
    const ReconcilePlan again = session.planReconcile(ReconcilePlan::Direction::NovaMatchesPlacement, gpu);
    QCOMPARE(again.hostActions().size(), 1);
    QVERIFY(session.applyReconcile(again));
    QVERIFY(finished.wait(60000));
    outcome = finished.first().first().value<ReconcileOutcome>();
    QVERIFY2(outcome.isComplete(), qPrintable(outcome.text()));
    QVERIFY(outcome.novaReread);
    QVERIFY(outcome.reread >= 1);
    QVERIFY(outcome.rereadFailures.isEmpty());
    QVERIFY2(outcome.remainingDrift.isEmpty(), qPrintable(outcome.remainingDrift.join(QLatin1Char('\n'))));
    QVERIFY(m_nova->hostsOf(m_gpu.id).contains(QStringLiteral("cmp2")));
    QCOMPARE(session.driftReport().count(DriftItem::Kind::MissingInNova), 0);
    QVERIFY(session.planReconcile(ReconcilePlan::Direction::NovaMatchesPlacement, gpu).isEmpty());
}

void TestNovaDrift::novaGoingAwayMidSessionAndComingBack()
{
    DeskSession session;
    MembershipTableModel model(session.store());
    model.setNovaDirectory(session.novaDirectory());
    connectSession(&session);
    QVERIFY(session.novaDirectory()->isLoaded());
    const int north = model.columnForAggregate(m_north.uuid);
    QCOMPARE(model.headerData(north, Qt::Horizontal).toString(), QStringLiteral("az-north"));
    const int providers = session.store()->providerCount();

    // nova-api goes away while the window is open; the operator reads Nova again.
    m_nova->stop();
    QSignalSpy notices(&session, &DeskSession::notice);
    QSignalSpy failed(&session, &DeskSession::novaFailed);
    session.reloadNova();
    QVERIFY(failed.wait(60000));
    QCOMPARE(session.novaDirectory()->state(), NovaDirectory::State::Unavailable);
    QCOMPARE(session.novaDirectory()->unavailableReason().kind(), ApiError::Kind::Network);
    // No drift from a Nova that cannot be read, and no stale names passed off as current.
    QVERIFY(session.driftReport().isEmpty());
    QCOMPARE(model.headerData(north, Qt::Horizontal).toString(), Uuids::shortForm(m_north.uuid));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(QLatin1String("Placement works as before")),
             qPrintable(notices.first().first().toString()));
    // Placement is untouched: every row is still there and editable, and a reload works.
    QCOMPARE(session.store()->providerCount(), providers);
    QCOMPARE(session.store()->countInState(ProviderRecord::State::Loaded), providers);
    QVERIFY(session.store()->isEditable(0));

    // Back again: the next read brings the names and the drift report back.
    QString error;
    QVERIFY2(m_nova->start(&error), qPrintable(error));
    QSignalSpy loaded(&session, &DeskSession::novaLoaded);
    session.reloadNova();
    QVERIFY(loaded.wait(60000));
    QVERIFY(session.novaDirectory()->isLoaded());
    QCOMPARE(model.headerData(north, Qt::Horizontal).toString(), QStringLiteral("az-north"));
}

QTEST_GUILESS_MAIN(TestNovaDrift)
#include "tst_novadrift.moc"
