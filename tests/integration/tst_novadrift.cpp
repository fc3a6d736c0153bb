// Nova and Placement together through the session engine, both real: a drift of every class seeded
// the way it happens in a cloud (a remove Nova never mirrored, a hand edit in Placement, a sharing
// provider's aggregate, an Ironic host of two nodes, a renamed provider, a compute node whose
// provider is missing), the DriftReport naming each one, headers named after Nova's aggregates, and
// a Nova that refuses the token (policy) leaving Placement fully loaded with one notice.
#include "itemmodels/membershiptablemodel.h"
#include "membership/driftreport.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"
#include "support/novaserver.h"
#include "support/placementserver.h"

#include <QSignalSpy>
#include <QTest>

class TestNovaDrift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everySeededDriftIsReported();
    void headersShowNovaNames();
    void novaRefusingTheTokenLeavesPlacementWorking();

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

QTEST_GUILESS_MAIN(TestNovaDrift)
#include "tst_novadrift.moc"
