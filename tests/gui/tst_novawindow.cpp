// The window with a real Nova beside the real Placement: aggregate headers carry Nova's names, and
// the Drift panel lists a drift seeded the way it happens (a remove done in Placement alone).
#include "itemmodels/driftmodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"
#include "session/desksession.h"
#include "support/novaserver.h"
#include "support/placementserver.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/driftdock.h"
#include "ui/mainwindow.h"
#include "ui/membershiptableview.h"
#include "ui/newaggregatedialog.h"
#include "ui/reconciledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

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
    QString m_cmp2; // its provider
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
    m_cmp2 = hosts.at(1).nodes.first().uuid;
    QVERIFY(m_placement.setAggregates(m_cmp2, {}));
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

    // The aggregate filter and the picker use Nova's names; the picker's filter matches them.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("aggregateFilterCombo"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->findText(QStringLiteral("az-north"), Qt::MatchContains) > 0);
    QVERIFY2(combo->itemText(1).startsWith(QLatin1String("Member of az-north (")),
             qPrintable(combo->itemText(1)));
    AggregatePickerDialog picker(window.session()->store(), AggregatePickerDialog::Mode::Add);
    picker.setNovaDirectory(window.session()->novaDirectory());
    QTreeWidget *list = picker.aggregateList();
    QCOMPARE(list->columnCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("az-north"));
    auto *pickerFilter = picker.findChild<QLineEdit *>(QStringLiteral("aggregateFilterEdit"));
    QVERIFY(pickerFilter);
    pickerFilter->setText(QStringLiteral("NORTH"));
    QVERIFY(!list->topLevelItem(0)->isHidden());
    pickerFilter->setText(QStringLiteral("south"));
    QVERIFY(list->topLevelItem(0)->isHidden());

    // The drifting cell is marked, and "Only drifting rows" narrows the table to its provider.
    const QAbstractItemModel *table = window.tableView()->model();
    int marked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = MembershipTableModel::FirstAggregateColumn; column < table->columnCount(); ++column)
            marked += table->index(row, column).data(MembershipTableModel::DriftRole).toBool() ? 1 : 0;
    }
    QCOMPARE(marked, 1);
    // PD_SCREENSHOT_DIR=/tmp/shots: the window, the preview and its outcome as pictures (reviews).
    const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/drift-marks.png"));
    auto *onlyDrifting = window.findChild<QCheckBox *>(QStringLiteral("onlyDriftingCheck"));
    QVERIFY(onlyDrifting);
    onlyDrifting->setChecked(true);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->index(0, MembershipTableModel::NameColumn).data().toString(), QStringLiteral("cmp2"));
    onlyDrifting->setChecked(false);
    QCOMPARE(table->rowCount(), 2);

    // Make Placement match Nova: a preview, then one pending edit; nothing sent, Undo reverts it.
    const QString cmp2 = m_cmp2;
    QVERIFY(dock->placementButton()->isEnabled());
    dock->placementButton()->click();
    ReconcileDialog *preview = nullptr;
    QTRY_VERIFY((preview = window.findChild<ReconcileDialog *>()) != nullptr);
    QCOMPARE(preview->changes()->topLevelItemCount(), 1);
    QVERIFY2(
        preview->changes()->topLevelItem(0)->text(0).contains(QLatin1String("Add provider cmp2 to az-north")),
        qPrintable(preview->changes()->topLevelItem(0)->text(0)));
    preview->applyButton()->click();
    QCOMPARE(window.session()->store()->pendingEditCount(), 1);
    QVERIFY(m_placement.aggregates(cmp2).isEmpty());
    QTRY_VERIFY(!window.findChild<ReconcileDialog *>());
    window.session()->undoStack()->undo();
    QCOMPARE(window.session()->store()->pendingEditCount(), 0);

    // Make Nova match Placement: remove_host cmp2, sent on confirmation, with its outcome shown.
    dock->novaButton()->click();
    QTRY_VERIFY((preview = window.findChild<ReconcileDialog *>()) != nullptr);
    QCOMPARE(preview->changes()->topLevelItemCount(), 1);
    QVERIFY(preview->changes()->topLevelItem(0)->text(0).contains(QLatin1String("Remove host cmp2")));
    QVERIFY(m_nova->hostsOf(m_north.id).contains(QStringLiteral("cmp2")));
    QSignalSpy done(window.session(), &DeskSession::reconcileFinished);
    if (!shots.isEmpty())
        preview->grab().save(shots + QStringLiteral("/reconcile-preview.png"));
    preview->applyButton()->click();
    QVERIFY(done.wait(60000));
    QTRY_VERIFY(preview->outcomeLabel()->isVisible());
    QVERIFY2(preview->outcomeLabel()->text().contains(QLatin1String("1 of 1")),
             qPrintable(preview->outcomeLabel()->text()));
    QCOMPARE(preview->changes()->topLevelItem(0)->text(1), QStringLiteral("Done"));
    QVERIFY(!m_nova->hostsOf(m_north.id).contains(QStringLiteral("cmp2")));
    QTRY_COMPARE(dock->view()->model()->rowCount(), 0);
    if (!shots.isEmpty())
        preview->grab().save(shots + QStringLiteral("/reconcile-outcome.png"));
    preview->close();
}

QTEST_MAIN(TestNovaWindow)
#include "tst_novawindow.moc"
