// The window with a real Nova beside the real Placement: aggregate headers carry Nova's names, and
// the Drift panel lists a drift seeded the way it happens (a remove done in Placement alone).
#include "itemmodels/driftmodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "session/desksession.h"
#include "support/novaserver.h"
#include "support/placementserver.h"
#include "ui/driftdock.h"
#include "ui/mainwindow.h"
#include "ui/membershiptableview.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestNovaWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headersAndDriftPanel();

private:
    PlacementServer m_placement;
    std::unique_ptr<NovaServer> m_nova;
    NovaServer::Aggregate m_north;
};

void TestNovaWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_novawindow"));
    QSettings().clear();
    QString error;
    QVERIFY2(m_placement.start(&error), qPrintable(error));
    m_nova = std::make_unique<NovaServer>(&m_placement);
    QList<NovaServer::ComputeHost> hosts = {{QStringLiteral("cmp1"), {{QStringLiteral("cmp1"), {}}}},
                                            {QStringLiteral("cmp2"), {{QStringLiteral("cmp2"), {}}}}};
    QVERIFY2(m_nova->addComputeHosts(&hosts), qPrintable(m_nova->lastError()));
    QVERIFY2(m_nova->start(&error), qPrintable(error));
    m_north = m_nova->createAggregate(QStringLiteral("az-north"), QStringLiteral("north"));
    QVERIFY2(m_north.id >= 0, qPrintable(m_nova->lastError()));
    QVERIFY(m_nova->addHost(m_north.id, QStringLiteral("cmp1")));
    QVERIFY(m_nova->addHost(m_north.id, QStringLiteral("cmp2")));
    // Removed in Placement only: Nova still lists cmp2.
    QVERIFY(m_placement.setAggregates(hosts.at(1).nodes.first().uuid, {}));
}

void TestNovaWindow::cleanupTestCase()
{
    m_nova.reset();
    m_placement.stop();
}

void TestNovaWindow::headersAndDriftPanel()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy nova(window.session(), &DeskSession::novaLoaded);
    window.session()->setComputeEndpoint(m_nova->baseUrl());
    window.connectTo(m_placement.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!nova.isEmpty(), 90000);

    const QAbstractItemModel *model = window.tableView()->model();
    QStringList headers;
    for (int column = MembershipTableModel::FirstAggregateColumn; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList{QStringLiteral("az-north")});

    auto *dock = window.findChild<DriftDock *>(QStringLiteral("driftDock"));
    QVERIFY(dock);
    QTRY_COMPARE(dock->view()->model()->rowCount(), 1);
    const QModelIndex first = dock->view()->model()->index(0, DriftModel::DetailColumn);
    QVERIFY2(first.data().toString().contains(QLatin1String("Host cmp2 is in Nova aggregate az-north")),
             qPrintable(first.data().toString()));
    QVERIFY2(dock->summary()->text().contains(QLatin1String("1 difference")),
             qPrintable(dock->summary()->text()));
    // The kind filter narrows the list.
    auto *kind = dock->findChild<QComboBox *>(QStringLiteral("driftKindFilter"));
    QVERIFY(kind);
    const int missingInNova = kind->findData(int(DriftItem::Kind::MissingInNova));
    QVERIFY(missingInNova > 0);
    kind->setCurrentIndex(missingInNova);
    QCOMPARE(dock->view()->model()->rowCount(), 0);
    kind->setCurrentIndex(0);
    QCOMPARE(dock->view()->model()->rowCount(), 1);
    // The panel is reachable from the View menu.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("toggleDriftAction")));
}

QTEST_MAIN(TestNovaWindow)
#include "tst_novawindow.moc"
