// The window with a real Nova beside the real Placement: aggregate headers carry Nova's names, and
// the Drift panel lists a drift seeded the way it happens (a remove done in Placement alone).
#include "itemmodels/driftmodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "session/desksession.h"
#include "support/novaserver.h"
#include "support/placementserver.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/driftdock.h"
#include "ui/mainwindow.h"
#include "ui/membershipeditor.h"
#include "ui/membershiptableview.h"
#include "ui/newaggregatedialog.h"
#include "ui/reconciledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
    void localLabelsNamePlacementOnlyAggregates();

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
    QDir(AggregateLabels::defaultDirectory()).removeRecursively();
    QDir(ProviderCache::defaultDirectory()).removeRecursively(); // no warm start from an earlier test
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

void TestNovaWindow::localLabelsNamePlacementOnlyAggregates()
{
    // A Placement-only aggregate (a maintenance set made by hand): Nova has no name for it.
    const QString maint = QStringLiteral("8dccb335-9b6a-5166-b8f8-4bf04bd5b16e");
    QVERIFY(m_placement.setAggregates(m_cmp2, {maint}));
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy nova(window->session(), &DeskSession::novaLoaded);
    window->session()->setComputeEndpoint(m_nova->baseUrl());
    window->connectTo(m_placement.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!nova.isEmpty(), 90000);
    auto *tableModel = qobject_cast<MembershipTableModel *>(
        qobject_cast<QSortFilterProxyModel *>(window->tableView()->model())->sourceModel());
    QVERIFY(tableModel);
    const int column = tableModel->columnForAggregate(maint);
    QVERIFY(column >= MembershipTableModel::FirstAggregateColumn);
    QCOMPARE(tableModel->headerData(column, Qt::Horizontal).toString(), QStringLiteral("8dccb335"));

    // The header's menu: Set Local Label… opens a dialog; the answer names the column at once.
    auto *editor = window->findChild<MembershipEditor *>();
    QVERIFY(editor);
    editor->showAggregateMenu(column - MembershipTableModel::FirstAggregateColumn,
                              window->mapToGlobal(QPoint(200, 200)));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = window->findChild<QMenu *>(QStringLiteral("aggregateHeaderMenu"))) != nullptr);
    auto *setLabel = menu->findChild<QAction *>(QStringLiteral("localLabelAction"));
    QVERIFY(setLabel && setLabel->isEnabled());
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("removeLocalLabelAction"))->isEnabled());
    setLabel->trigger();
    menu->close();
    QTRY_VERIFY(!window->findChild<QMenu *>(QStringLiteral("aggregateHeaderMenu")));
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(QStringLiteral("localLabelDialog"))) != nullptr);
    QVERIFY2(dialog->labelText().contains(QLatin1String("which Nova does not know")),
             qPrintable(dialog->labelText()));
    dialog->setTextValue(QStringLiteral("  maint-nov "));
    dialog->accept();
    QCOMPARE(tableModel->headerData(column, Qt::Horizontal).toString(), QStringLiteral("“maint-nov”"));
    QVERIFY(tableModel->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("kept on this computer")));
    // Nova's names are untouched, and the filter offers the label.
    QCOMPARE(tableModel->headerData(tableModel->columnForAggregate(m_north.uuid), Qt::Horizontal).toString(),
             QStringLiteral("az-north"));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("aggregateFilterCombo"));
    QTRY_VERIFY(combo->findText(QStringLiteral("Member of “maint-nov” (8dccb335)")) > 0);
    const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window->grab().save(shots + QStringLiteral("/local-label.png"));

    // Export, remove, import: the file carries the label to a colleague (or back).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("team-labels.yaml"));
    editor->exportLabelsTo(file);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    QVERIFY2(text.contains("\"8dccb335-9b6a-5166-b8f8-4bf04bd5b16e\": \"maint-nov\""), text.constData());
    QVERIFY(!text.contains("admin")); // no token, no user info
    editor->showAggregateMenu(column - MembershipTableModel::FirstAggregateColumn,
                              window->mapToGlobal(QPoint(200, 200)));
    QTRY_VERIFY((menu = window->findChild<QMenu *>(QStringLiteral("aggregateHeaderMenu"))) != nullptr);
    auto *remove = menu->findChild<QAction *>(QStringLiteral("removeLocalLabelAction"));
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    menu->close();
    QTRY_VERIFY(!window->findChild<QMenu *>(QStringLiteral("aggregateHeaderMenu")));
    QCOMPARE(tableModel->headerData(column, Qt::Horizontal).toString(), QStringLiteral("8dccb335"));
    QSignalSpy said(editor, &MembershipEditor::message);
    editor->importLabelsFrom(file);
    QCOMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().contains(QLatin1String("Imported 1 aggregate label")),
             qPrintable(said.first().first().toString()));
    QCOMPARE(tableModel->headerData(column, Qt::Horizontal).toString(), QStringLiteral("“maint-nov”"));

    // A longer name widens its column, up to half again the width of eight hex digits.
    const int base = window->tableView()->aggregateColumnWidth();
    const int fitted = window->tableView()->columnWidth(column);
    QVERIFY(fitted >= base);
    QString labelError;
    QVERIFY(window->session()->aggregateLabels()->setLabel(maint, QStringLiteral("maintenance-2026-11"),
                                                           &labelError));
    QCOMPARE(window->tableView()->columnWidth(column), base * 3 / 2);
    QVERIFY(base * 3 / 2 > fitted);
    QVERIFY(window->session()->aggregateLabels()->setLabel(maint, QStringLiteral("maint-nov"), &labelError));
    QCOMPARE(window->tableView()->columnWidth(column), fitted);

    // Another window on the same cloud (a restart) finds the label in the data folder.
    window.reset();
    MainWindow again;
    again.resize(1280, 800);
    again.show();
    QSignalSpy loaded(again.session(), &DeskSession::loadFinished);
    again.connectTo(m_placement.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    const QAbstractItemModel *table = again.tableView()->model();
    QStringList headers;
    for (int c = MembershipTableModel::FirstAggregateColumn; c < table->columnCount(); ++c)
        headers << table->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("“maint-nov”")), qPrintable(headers.join(QLatin1Char(','))));
    QVERIFY(m_placement.setAggregates(m_cmp2, {}));
}

QTEST_MAIN(TestNovaWindow)
#include "tst_novawindow.moc"
