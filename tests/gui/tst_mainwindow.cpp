// The main window against a REAL Placement (offscreen platform): loading, table contents, filters,
// status bar, error banner and details, cancel, settings, and accessible names on every control.
#include "api/uuids.h"
#include "itemmodels/historymodel.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "itemmodels/providerinventorymodel.h"
#include "itemmodels/providertraitsmodel.h"
#include "membership/changehistory.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "membership/providerdetailscache.h"
#include "session/desksession.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/placementserver.h"
#include "ui/connectionbar.h"
#include "ui/errordetailsdialog.h"
#include "ui/filterbar.h"
#include "ui/historydock.h"
#include "ui/infolabel.h"
#include "ui/loadfilterdialog.h"
#include "ui/mainstatusbar.h"
#include "ui/mainwindow.h"
#include "ui/membershipeditor.h"
#include "ui/membershiptableview.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/providercontextdock.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {

const QString AggregateA = QStringLiteral("aaaa1111-0000-4000-8000-000000000001");
const QString AggregateB = QStringLiteral("bbbb2222-0000-4000-8000-000000000002");
// Stored in another spelling on purpose: the app must show it canonical (lower case).
const QString AggregateC = QStringLiteral("CCCC3333-0000-4000-8000-000000000003");

constexpr int LoadTimeoutMs = 30000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsProvidersAggregatesAndMemberships();
    void refreshReadsWhatChangedShiftF5ReadsAll();
    void warmStartMarksCachedRows();
    void exportWritesTheRowsTheFilterShows();
    void importedPlanBecomesOneUndoStep();
    void liveViewMarksWhatOthersChanged();
    void goToAggregateAndCompactColumns();
    void providerPaneFollowsTheCurrentRow();
    void historyRecordsSubmitsAndUndoesAsPendingEdits();
    void loadOnlyAsksTheServerForSomeProviders();
    void childProviderIsIndentedBelowItsParent();
    void nameColumnStaysPinnedWhileScrolling();
    void textFilterNarrowsRows();
    void aggregateFilterNarrowsRows();
    void aggregateFilterFollowsStoreColumns();
    void statusBarShowsVersionAndCounts();
    void sortingAndBackToTreeOrder();
    void unreachableEndpointShowsErrorBanner();
    void missingTokenShowsDetailsWithRequestId();
    void invalidEndpointIsRejectedInline();
    void escapeCancelsLoadAndKeepsLoadedRows();
    void endpointIsRememberedTokenIsNot();
    void keyboardShortcuts();
    void everyVisibleControlHasAccessibleName();
    void messageBoxSeamAnswersWithoutShowing();
    void messageBoxIsAsynchronous();

private:
    void loadWindow(MainWindow *window);
    int proxyRowOf(MainWindow *window, const QString &name) const;
    QStringList visibleNames(MainWindow *window) const;

    PlacementServer m_server;
    QString m_computeOne;
    QString m_computeOneNuma;
    QString m_computeTwo;
    QString m_computeEmpty;
    QString m_storage;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away test location, never the developer's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_computeOne = m_server.createProvider(QStringLiteral("compute-01"));
    m_computeTwo = m_server.createProvider(QStringLiteral("compute-02"));
    m_computeEmpty = m_server.createProvider(QStringLiteral("compute-03"));
    m_storage = m_server.createProvider(QStringLiteral("storage-01"));
    QVERIFY(!m_computeOne.isEmpty() && !m_computeTwo.isEmpty() && !m_computeEmpty.isEmpty() &&
            !m_storage.isEmpty());
    m_computeOneNuma = m_server.createProvider(QStringLiteral("compute-01-numa0"), {}, m_computeOne);
    QVERIFY(!m_computeOneNuma.isEmpty());

    QVERIFY(m_server.setAggregates(m_computeOne, {AggregateA, AggregateB}));
    QVERIFY(m_server.setAggregates(m_computeTwo, {AggregateB}));
    QVERIFY(m_server.setAggregates(m_computeOneNuma, {AggregateC}));
    QVERIFY(m_server.setAggregates(m_storage, {AggregateA, AggregateC}));
    // compute-03 stays in no aggregate at all.
}

void TestMainWindow::init()
{
    QDir(ProviderCache::defaultDirectory()).removeRecursively(); // no warm start from an earlier test
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
}

void TestMainWindow::loadWindow(MainWindow *window)
{
    QSignalSpy finished(window, &MainWindow::loadFinished);
    QSignalSpy failed(window, &MainWindow::loadFailed);
    window->connectTo(m_server.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), LoadTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(window->lastError().fullText()));
    QVERIFY(!window->isLoading());
}

void TestMainWindow::warmStartMarksCachedRows()
{
    loadWindow(m_window.get());
    m_window->session()->providerCache()->waitForWrites();
    m_window.reset(); // closed; the next start finds the cache

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MainWindow *window = m_window.get();
    QString labelText;
    bool labelShown = false;
    QString message;
    QString rowStatus;
    Qt::ItemFlags cellFlags;
    QVariant cellCheck;
    // After the status bar's own handler (connected when the window was built).
    connect(window->session(), &DeskSession::cacheShown, this, [&] {
        window->mainStatusBar()->updateCounts();
        labelText = window->mainStatusBar()->cacheLabel()->text();
        labelShown = !window->mainStatusBar()->cacheLabel()->isHidden();
        message = window->mainStatusBar()->currentMessage();
        const QAbstractItemModel *model = window->tableView()->model();
        const int row = proxyRowOf(window, QStringLiteral("compute-01"));
        rowStatus = model->index(row, MembershipTableModel::StatusColumn).data().toString();
        const QModelIndex cell = model->index(row, MembershipTableModel::FirstAggregateColumn);
        cellFlags = model->flags(cell);
        cellCheck = cell.data(Qt::CheckStateRole);
    });
    loadWindow(window);
    QVERIFY(labelShown);
    QCOMPARE(labelText, QStringLiteral("5 row(s) from cache, verifying…"));
    QVERIFY2(message.startsWith(QLatin1String("Showing 5 provider(s) as cached on ")) &&
                 message.endsWith(QStringLiteral("verifying with the server…")),
             qPrintable(message));
    QCOMPARE(rowStatus, QStringLiteral("Cached, unverified"));
    QCOMPARE(cellCheck.value<Qt::CheckState>(), Qt::Checked); // compute-01 is in the first aggregate
    QVERIFY(!(cellFlags & Qt::ItemIsEnabled));
    QVERIFY(!(cellFlags & Qt::ItemIsUserCheckable));

    // Verified: the mark is gone and the rows take edits.
    window->mainStatusBar()->updateCounts();
    QVERIFY(window->mainStatusBar()->cacheLabel()->isHidden());
    const int row = proxyRowOf(window, QStringLiteral("compute-01"));
    const QModelIndex cell =
        window->tableView()->model()->index(row, MembershipTableModel::FirstAggregateColumn);
    QVERIFY(cell.flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(window->tableView()->model()->index(row, MembershipTableModel::StatusColumn).data().toString(),
             QStringLiteral("OK"));
}

void TestMainWindow::exportWritesTheRowsTheFilterShows()
{
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    QAction *exportTable = window->findChild<QAction *>(QStringLiteral("exportTableAction"));
    QAction *exportEdits = window->findChild<QAction *>(QStringLiteral("exportEditsAction"));
    QVERIFY(exportTable && exportEdits);
    QVERIFY(exportTable->isEnabled());
    QVERIFY(!exportEdits->isEnabled()); // nothing pending yet

    window->filterBar()->textFilterEdit()->setText(QStringLiteral("compute-0"));
    QTRY_COMPARE(window->tableView()->model()->rowCount(), 4); // compute-01, its numa0 child, -02, -03
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shown.csv"));
    QSignalSpy messages(window->membershipEditor(), &MembershipEditor::message);
    QVERIFY(window->membershipEditor()->exportTableTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines.at(1).startsWith(m_computeOne + QLatin1String(",compute-01,")));
    QVERIFY(!QString(lines.join(QLatin1Char('\n'))).contains(m_storage)); // filtered out
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().contains(QLatin1String("Only the rows the filter shows")),
             qPrintable(messages.first().first().toString()));

    // A pending edit: the edits export has it, as JSON by the file's extension.
    MembershipStore *store = window->store();
    QVERIFY(store->setWantsMember(store->rowOf(m_computeTwo), store->columnOf(AggregateA), true));
    QTRY_VERIFY(exportEdits->isEnabled());
    const QString editsPath = dir.filePath(QStringLiteral("edits.json"));
    QVERIFY(window->membershipEditor()->exportEditsTo(editsPath));
    QFile editsFile(editsPath);
    QVERIFY(editsFile.open(QIODevice::ReadOnly));
    const QJsonArray edits =
        QJsonDocument::fromJson(editsFile.readAll()).object().value(QLatin1String("edits")).toArray();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.at(0).toObject().value(QLatin1String("provider")).toString(), m_computeTwo);
    QCOMPARE(edits.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("add"));
    QCOMPARE(edits.at(0).toObject().value(QLatin1String("aggregate")).toString(), AggregateA);
    store->discardAllEdits();
}

void TestMainWindow::importedPlanBecomesOneUndoStep()
{
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    MembershipStore *store = window->store();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // compute-02 joins A (named in another spelling: an add goes to the column's), storage-01 leaves
    // A (a removal names the exact string), compute-01 is in A already; line 5 names nobody.
    file.write("provider,action,aggregate\n"
               "compute-02,add," +
               AggregateA.toUpper().toUtf8() +
               "\n"
               "storage-01,remove," +
               AggregateA.toUtf8() +
               "\n"
               "compute-01,add," +
               AggregateA.toUtf8() +
               "\n"
               "nobody,add," +
               AggregateA.toUtf8() + "\n");
    file.close();

    // A plan with a problem: the preview says so and Cancel (the default then) applies nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window->membershipEditor()->importPlanFrom(path);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("2 pending edit")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("1 line(s) have problems")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(store->pendingEditCount(), 0);

    // The valid part, by choice: two pending edits in one undo step, nothing sent.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->membershipEditor()->importPlanFrom(path);
    QCOMPARE(store->pendingEditCount(), 2);
    QVERIFY(store->wantsMember(store->rowOf(m_computeTwo), store->columnOf(AggregateA)));
    QVERIFY(!store->wantsMember(store->rowOf(m_storage), store->columnOf(AggregateA)));
    QCOMPARE(m_server.aggregates(m_computeTwo), QStringList{AggregateB});
    QUndoStack *undo = window->session()->undoStack();
    QVERIFY2(undo->undoText().startsWith(QLatin1String("Import plan")), qPrintable(undo->undoText()));
    undo->undo();
    QCOMPARE(store->pendingEditCount(), 0);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestMainWindow::liveViewMarksWhatOthersChanged()
{
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    MembershipStore *store = window->store();
    DeskSession *session = window->session();
    MembershipTableModel *model = window->tableModel();
    // The operator's edit: one undo step.
    const QModelIndex cell =
        model->index(store->rowOf(m_computeEmpty), model->columnForAggregate(AggregateA));
    QVERIFY(model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(session->undoStack()->count(), 1);
    // Someone else, meanwhile: compute-02 joins C, and a provider appears.
    QVERIFY(m_server.setAggregates(m_computeTwo, {AggregateB, AggregateC}));
    const QString added = m_server.createProvider(QStringLiteral("compute-04"));
    QVERIFY(!added.isEmpty());

    window->setLiveInterval(30);
    QCOMPARE(session->liveInterval(), 30);
    auto *every30 = window->findChild<QAction *>(QStringLiteral("liveAction30"));
    QVERIFY(every30 && every30->isChecked());
    QVERIFY(!window->mainStatusBar()->liveLabel()->isHidden());
    auto *markAllSeen = window->findChild<QAction *>(QStringLiteral("markAllSeenAction"));
    QVERIFY(markAllSeen && !markAllSeen->isEnabled());

    QSignalSpy live(session, &DeskSession::liveRefreshed);
    QVERIFY(session->refreshLive()); // the timer's tick, now
    QTRY_COMPARE_WITH_TIMEOUT(int(live.size()), 1, LoadTimeoutMs);
    const int row = store->rowOf(m_computeTwo);
    QVERIFY(store->provider(row).changedOnServer);
    const QString status = model->index(row, MembershipTableModel::StatusColumn).data().toString();
    QVERIFY2(status.startsWith(QLatin1String("Changed on server")), qPrintable(status));
    QVERIFY(model->index(row, MembershipTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("added to")));
    QVERIFY(store->wantsMember(row, store->columnOf(AggregateC)));
    QVERIFY(store->rowOf(added) >= 0);
    // The new row came with a reset that kept every row's edits, and so the undo step.
    QCOMPARE(session->undoStack()->count(), 1);
    QVERIFY(store->provider(store->rowOf(m_computeEmpty)).hasPendingEdits());
    QVERIFY(markAllSeen->isEnabled());
    window->mainStatusBar()->updateCounts();
    QVERIFY2(window->mainStatusBar()->liveLabel()->text().contains(QLatin1String("Live: 1 changed")),
             qPrintable(window->mainStatusBar()->liveLabel()->text()));

    // Going to the row is seeing it: the mark goes.
    window->tableView()->setCurrentIndex(
        window->filterModel()->mapFromSource(model->index(row, MembershipTableModel::NameColumn)));
    QVERIFY(!store->provider(row).changedOnServer);
    QVERIFY(!markAllSeen->isEnabled());

    window->setLiveInterval(0);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("liveAction0"))->isChecked());
    session->undoStack()->undo();
    QVERIFY(m_server.setAggregates(m_computeTwo, {AggregateB}));
    QVERIFY(m_server.deleteProvider(added));
}

void TestMainWindow::providerPaneFollowsTheCurrentRow()
{
    // Real inventories and traits on compute-01 (the pane reads them; the table never does).
    const int generation = m_server.providerGeneration(m_computeOne);
    const QByteArray inventories =
        QByteArrayLiteral(
            R"({"resource_provider_generation": %1, "inventories": {"VCPU": {"total": 32, "reserved": 4,
        "allocation_ratio": 2.0}}})")
            .replace("%1", QByteArray::number(generation));
    auto response = m_server.request(
        "PUT", QStringLiteral("/resource_providers/%1/inventories").arg(m_computeOne), inventories);
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    const QByteArray traits =
        QByteArrayLiteral(R"({"resource_provider_generation": %1, "traits": ["HW_CPU_X86_AVX2"]})")
            .replace("%1", QByteArray::number(generation + 1));
    response =
        m_server.request("PUT", QStringLiteral("/resource_providers/%1/traits").arg(m_computeOne), traits);
    QVERIFY2(response.status == 200, qPrintable(response.describe()));

    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    ProviderContextDock *pane = window->providerContextDock();
    QVERIFY(pane && pane->isVisible());
    QVERIFY(pane->header()->text().contains(QLatin1String("Select a provider")));
    const int readsBefore = window->session()->providerDetails()->readsStarted();

    // Going to a row shows it: tree and aggregates at once, inventories and traits after a read.
    const int row = proxyRowOf(window, QStringLiteral("compute-01"));
    window->tableView()->setCurrentIndex(window->filterModel()->index(row, MembershipTableModel::NameColumn));
    QCOMPARE(pane->providerUuid(), m_computeOne);
    QVERIFY(pane->header()->text().contains(QLatin1String("compute-01")));
    QVERIFY2(pane->treeLabel()->text().contains(QLatin1String("compute-01-numa0")),
             qPrintable(pane->treeLabel()->text()));
    QVERIFY(pane->aggregatesLabel()->text().contains(Uuids::display(AggregateA)));
    QTRY_COMPARE_WITH_TIMEOUT(pane->inventoryModel()->rowCount(), 1, LoadTimeoutMs);
    const QAbstractItemModel *inventory = pane->inventoryModel();
    QCOMPARE(inventory->index(0, ProviderInventoryModel::ResourceColumn).data().toString(),
             QStringLiteral("VCPU"));
    QCOMPARE(inventory->index(0, ProviderInventoryModel::CapacityColumn).data().toString(),
             QStringLiteral("56"));
    QCOMPARE(pane->traitsModel()->rowCount(), 1);
    QCOMPARE(pane->traitsModel()->index(0).data(ProviderTraitsModel::TraitRole).toString(),
             QStringLiteral("HW_CPU_X86_AVX2"));
    QCOMPARE(window->session()->providerDetails()->readsStarted(), readsBefore + 1);

    // Walking several rows quickly reads only where the selection rests.
    for (int step = 0; step < 4; ++step)
        window->tableView()->setCurrentIndex(
            window->filterModel()->index(step, MembershipTableModel::NameColumn));
    const int rested = window->session()->providerDetails()->readsStarted();
    QTest::qWait(ProviderContextDock::SettleMs * 3);
    QVERIFY(window->session()->providerDetails()->readsStarted() <= rested + 1);

    // Back to compute-01 at the same generation: shown from what was read, no new read.
    window->tableView()->setCurrentIndex(window->filterModel()->index(row, MembershipTableModel::NameColumn));
    const int again = window->session()->providerDetails()->readsStarted();
    QTest::qWait(ProviderContextDock::SettleMs * 3);
    QCOMPARE(window->session()->providerDetails()->readsStarted(), again);
    QCOMPARE(pane->inventoryModel()->rowCount(), 1);

    // The child link goes to the child's row.
    QSignalSpy requested(pane, &ProviderContextDock::providerRequested);
    emit pane->treeLabel()->linkActivated(QStringLiteral("provider:") + m_computeOneNuma);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(pane->providerUuid(), m_computeOneNuma);
    QVERIFY(pane->treeLabel()->text().contains(QLatin1String("Parent:")));

    // A hidden pane reads nothing.
    pane->hide();
    const int hidden = window->session()->providerDetails()->readsStarted();
    window->tableView()->setCurrentIndex(
        window->filterModel()->index(proxyRowOf(window, QStringLiteral("storage-01")), 0));
    QTest::qWait(ProviderContextDock::SettleMs * 3);
    QCOMPARE(window->session()->providerDetails()->readsStarted(), hidden);
    pane->show();
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->providerDetails()->readsStarted(), hidden + 1,
                              LoadTimeoutMs);
}

void TestMainWindow::historyRecordsSubmitsAndUndoesAsPendingEdits()
{
    QDir(ChangeHistory::defaultDirectory()).removeRecursively();
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    MembershipStore *store = window->store();
    DeskSession *session = window->session();
    HistoryDock *dock = window->historyDock();
    QVERIFY(dock);
    QCOMPARE(dock->model()->rowCount(), 0);
    QVERIFY(!dock->undoButton()->isEnabled());

    // compute-03 joins A: one submit, one history line.
    const int row = store->rowOf(m_computeEmpty);
    QVERIFY(store->setWantsMember(row, store->columnOf(AggregateA), true));
    QSignalSpy finished(session, &DeskSession::submitFinished);
    QVERIFY(session->submit());
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    QCOMPARE(m_server.aggregates(m_computeEmpty), QStringList{AggregateA});
    QCOMPARE(dock->model()->rowCount(), 1);
    const QAbstractItemModel *view = dock->view()->model();
    QCOMPARE(view->index(0, HistoryModel::ProviderColumn).data().toString(), QStringLiteral("compute-03"));
    QVERIFY(view->index(0, HistoryModel::ChangeColumn).data().toString().startsWith(QLatin1String("+")));
    QVERIFY(
        view->index(0, HistoryModel::RequestIdColumn).data().toString().startsWith(QLatin1String("req-")));
    QCOMPARE(view->index(0, HistoryModel::MicroversionColumn).data().toString(), QStringLiteral("1.39"));
    const QString file = session->changeHistory()->filePath();
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    // The search narrows it; export writes what it shows.
    dock->search()->setText(QStringLiteral("storage"));
    QCOMPARE(view->rowCount(), 0);
    dock->search()->setText(QStringLiteral("compute-03"));
    QCOMPARE(view->rowCount(), 1);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(dock->exportCsv(dir.filePath(QStringLiteral("history.csv")), &error), qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("history.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    QCOMPARE(written.count('\n'), 2);
    QVERIFY(written.contains(m_computeEmpty.toUtf8()));
    QVERIFY(!written.contains("admin")); // no token in it (the test token is "admin")

    // Undo from the history: a pending edit against the current state, nothing sent.
    dock->view()->selectionModel()->select(view->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(dock->undoButton()->isEnabled());
    const int stepsBefore = session->undoStack()->count();
    QSignalSpy message(dock, &HistoryDock::message);
    dock->undoButton()->click();
    QCOMPARE(session->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(store->removedAggregates(store->rowOf(m_computeEmpty)), QStringList{AggregateA});
    QCOMPARE(m_server.aggregates(m_computeEmpty), QStringList{AggregateA}); // not sent
    QVERIFY(message.last().first().toString().contains(QLatin1String("1 pending edit")));
    // Once more: the table already shows it undone.
    QString why;
    QCOMPARE(dock->undoSelected(&why), 0);
    QVERIFY2(why.contains(QLatin1String("nothing to undo")), qPrintable(why));

    // Submitting it is the second line; a new window on the same cloud reads both.
    finished.clear();
    QVERIFY(session->submit());
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    QVERIFY(m_server.aggregates(m_computeEmpty).isEmpty());
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    loadWindow(m_window.get());
    QCOMPARE(m_window->historyDock()->model()->rowCount(), 2);
}

void TestMainWindow::goToAggregateAndCompactColumns()
{
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    MembershipTableView *view = window->tableView();
    auto *goTo = window->findChild<QAction *>(QStringLiteral("goToAggregateAction"));
    QVERIFY(goTo && goTo->isEnabled());
    QCOMPARE(goTo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    // By exact string, or by the UUID in another spelling: the column's cell becomes current.
    QVERIFY(window->membershipEditor()->goToAggregate(AggregateC.toUpper()));
    QCOMPARE(view->currentIndex().column(), window->tableModel()->columnForAggregate(AggregateC));
    QVERIFY(!window->membershipEditor()->goToAggregate(QStringLiteral("no-such-aggregate")));

    auto *compact = window->findChild<QAction *>(QStringLiteral("compactColumnsAction"));
    QVERIFY(compact && compact->isCheckable());
    const int column = window->tableModel()->columnForAggregate(AggregateA);
    const int wide = view->columnWidth(column);
    compact->setChecked(true);
    QCOMPARE(view->columnWidth(column), view->compactAggregateColumnWidth());
    QVERIFY(view->columnWidth(column) < wide);
    QVERIFY(QSettings().value(QStringLiteral("view/compactAggregateColumns")).toBool());
    compact->setChecked(false);
    QCOMPARE(view->columnWidth(column), wide);
}

void TestMainWindow::loadOnlyAsksTheServerForSomeProviders()
{
    loadWindow(m_window.get());
    MainWindow *window = m_window.get();
    MembershipStore *store = window->store();
    QCOMPARE(store->providerCount(), 5);

    // The dialog: an aggregate by UUID in another spelling, "none of" needing 1.32 on an older server.
    const auto aggregate = [store](const QString &typed) {
        const int column = store->columnForInput(typed);
        return column >= 0 ? store->aggregateUuid(column) : QString();
    };
    LoadFilterDialog old(Microversion(1, 29), aggregate, {}, window);
    old.membershipCombo()->setCurrentIndex(
        old.membershipCombo()->findData(int(LoadFilterDialog::Membership::None)));
    QCOMPARE(old.hintFor(QStringLiteral("memberOf")), QStringLiteral("needs 1.32"));
    old.aggregatesEdit()->setText(AggregateC.toUpper());
    QVERIFY(!old.problems().isEmpty());
    LoadFilterDialog dialog(Microversion(1, 39), aggregate, {}, window);
    QVERIFY(dialog.hintFor(QStringLiteral("memberOf")).isEmpty());
    dialog.aggregatesEdit()->setText(AggregateC.toUpper() + QStringLiteral(", rack-7"));
    QCOMPARE(dialog.problems().size(), 1); // rack-7 names nothing
    dialog.aggregatesEdit()->setText(AggregateC.toUpper());
    dialog.traitsEdit()->setText(QStringLiteral("!custom_maintenance"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    ProviderQuery query = dialog.query();
    QCOMPARE(query.memberOf, AggregateC); // the exact string the server stores
    QCOMPARE(query.required, QStringLiteral("!CUSTOM_MAINTENANCE"));
    query.required.clear(); // Placement refuses traits it does not know (400), and this one it does not

    // Loaded with it: only the members of C, and the status bar says a filter is on.
    QSignalSpy finished(window, &MainWindow::loadFinished);
    window->loadOnly(query);
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, LoadTimeoutMs);
    QStringList names;
    for (int row = 0; row < store->providerCount(); ++row)
        names << store->provider(row).name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("compute-01-numa0"), QStringLiteral("storage-01")}));
    InfoLabel *label = window->mainStatusBar()->queryLabel();
    QVERIFY(!label->isHidden());
    QVERIFY2(label->toolTip().contains(QStringLiteral("member_of=") + AggregateC),
             qPrintable(label->toolTip()));

    // Everything again.
    window->loadOnly({});
    QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 2, LoadTimeoutMs);
    QCOMPARE(store->providerCount(), 5);
    QVERIFY(label->isHidden());
}

int TestMainWindow::proxyRowOf(MainWindow *window, const QString &name) const
{
    const QAbstractItemModel *model = window->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MembershipTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QStringList TestMainWindow::visibleNames(MainWindow *window) const
{
    const QAbstractItemModel *model = window->tableView()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, MembershipTableModel::NameColumn).data().toString();
    return names;
}

void TestMainWindow::loadsProvidersAggregatesAndMemberships()
{
    loadWindow(m_window.get());
    const QAbstractItemModel *model = m_window->tableView()->model();

    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01"), QStringLiteral("compute-01-numa0"),
                          QStringLiteral("compute-02"), QStringLiteral("compute-03"),
                          QStringLiteral("storage-01")}));

    // One column per aggregate, headed by the short form, full canonical UUID in the tooltip.
    QCOMPARE(model->columnCount(), MembershipTableModel::FirstAggregateColumn + 3);
    // AggregateC is stored in upper case: the header shows it canonical, the tooltip exactly as stored.
    const QStringList expectedAggregates{AggregateA, AggregateB, AggregateC};
    for (int i = 0; i < expectedAggregates.size(); ++i) {
        const int column = MembershipTableModel::FirstAggregateColumn + i;
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(),
                 Uuids::shortForm(Uuids::display(expectedAggregates.at(i))));
        QVERIFY(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(expectedAggregates.at(i)));
        // Narrow columns: about eight hex digits wide, far less than a full UUID.
        QVERIFY(m_window->tableView()->columnWidth(column) <
                m_window->tableView()->fontMetrics().horizontalAdvance(AggregateA) / 2);
    }
    // Compact enough that more than four aggregate columns fit beside the provider columns at
    // 1280 px (the window's frame and the vertical scroll bar included).
    {
        const MembershipTableView *view = m_window->tableView();
        int fixed = 0;
        for (int column = 0; column < MembershipTableModel::FirstAggregateColumn; ++column)
            fixed += view->columnWidth(column);
        const int aggregate = view->columnWidth(MembershipTableModel::FirstAggregateColumn);
        const int available = 1280 - (m_window->width() - view->viewport()->width());
        QVERIFY2(fixed + 5 * aggregate <= available,
                 qPrintable(QStringLiteral("%1 + 5 x %2 > %3").arg(fixed).arg(aggregate).arg(available)));
    }

    const auto checkState = [&](const QString &name, int aggregate) {
        const int row = proxyRowOf(m_window.get(), name);
        return model->index(row, MembershipTableModel::FirstAggregateColumn + aggregate)
            .data(Qt::CheckStateRole)
            .value<Qt::CheckState>();
    };
    const QHash<QString, QList<Qt::CheckState>> expected{
        {QStringLiteral("compute-01"), {Qt::Checked, Qt::Checked, Qt::Unchecked}},
        {QStringLiteral("compute-01-numa0"), {Qt::Unchecked, Qt::Unchecked, Qt::Checked}},
        {QStringLiteral("compute-02"), {Qt::Unchecked, Qt::Checked, Qt::Unchecked}},
        {QStringLiteral("compute-03"), {Qt::Unchecked, Qt::Unchecked, Qt::Unchecked}},
        {QStringLiteral("storage-01"), {Qt::Checked, Qt::Unchecked, Qt::Checked}},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        for (int aggregate = 0; aggregate < 3; ++aggregate)
            QVERIFY2(checkState(it.key(), aggregate) == it.value().at(aggregate),
                     qPrintable(QStringLiteral("%1, aggregate %2").arg(it.key()).arg(aggregate)));
    }

    // UUID, generation and status columns.
    const int row = proxyRowOf(m_window.get(), QStringLiteral("compute-02"));
    QCOMPARE(model->index(row, MembershipTableModel::UuidColumn).data().toString(), m_computeTwo);
    QVERIFY(model->index(row, MembershipTableModel::GenerationColumn).data().toLongLong() >= 1);
    QCOMPARE(model->index(row, MembershipTableModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    QVERIFY(m_window->tableView()->verticalHeader()->isHidden());
    QVERIFY(m_window->tableView()->alternatingRowColors());
    QVERIFY(m_window->messageBanner()->isHidden());
    QVERIFY(!m_window->mainStatusBar()->isProgressVisible());
}

void TestMainWindow::childProviderIsIndentedBelowItsParent()
{
    loadWindow(m_window.get());
    const QAbstractItemModel *model = m_window->tableView()->model();
    const int parentRow = proxyRowOf(m_window.get(), QStringLiteral("compute-01"));
    const int childRow = proxyRowOf(m_window.get(), QStringLiteral("compute-01-numa0"));
    QCOMPARE(childRow, parentRow + 1);
    QCOMPARE(model->index(childRow, 0).data(MembershipTableModel::DepthRole).toInt(), 1);
    QCOMPARE(model->index(parentRow, 0).data(MembershipTableModel::DepthRole).toInt(), 0);
    // The name delegate widens the child's cell by its indentation.
    QAbstractItemDelegate *delegate =
        m_window->tableView()->itemDelegateForColumn(MembershipTableModel::NameColumn);
    QStyleOptionViewItem option;
    option.initFrom(m_window->tableView());
    QVERIFY(delegate->sizeHint(option, model->index(childRow, 0)).width() >
            delegate->sizeHint(option, model->index(parentRow, 0)).width());
}

void TestMainWindow::nameColumnStaysPinnedWhileScrolling()
{
    m_window->resize(700, 700); // tall enough that the table shows a few rows beside the docks
    loadWindow(m_window.get());
    MembershipTableView *view = m_window->tableView();
    QTableView *pinned = view->pinnedNameView();
    QTRY_VERIFY(pinned->isVisible());
    QCOMPARE(pinned->columnWidth(MembershipTableModel::NameColumn),
             view->columnWidth(MembershipTableModel::NameColumn));
    for (int column = 1; column < view->model()->columnCount(); ++column)
        QVERIFY(pinned->isColumnHidden(column));
    QCOMPARE(pinned->selectionModel(), view->selectionModel());

    // Scrolled all the way right, the names are still there, in the same place.
    // Wider than the window (the compact columns of three aggregates fit its minimum width), as
    // after dragging the UUID column open.
    view->setColumnWidth(MembershipTableModel::UuidColumn, 600);
    QScrollBar *horizontal = view->horizontalScrollBar();
    QTRY_VERIFY(horizontal->maximum() > 0); // the range follows on the next layout pass
    horizontal->setValue(horizontal->maximum());
    QTRY_VERIFY(view->columnViewportPosition(MembershipTableModel::NameColumn) < 0);
    QTRY_COMPARE(pinned->columnViewportPosition(MembershipTableModel::NameColumn), 0);

    // A click on a pinned name selects that provider's row in the table.
    const int row = proxyRowOf(m_window.get(), QStringLiteral("compute-02"));
    const QModelIndex name = pinned->model()->index(row, MembershipTableModel::NameColumn);
    // On a busy machine the overlay's geometry follows the column change a layout pass later.
    QTRY_VERIFY2(pinned->viewport()->rect().contains(pinned->visualRect(name).center()),
                 qPrintable(QStringLiteral("viewport %1x%2, cell %3,%4 %5x%6")
                                .arg(pinned->viewport()->width())
                                .arg(pinned->viewport()->height())
                                .arg(pinned->visualRect(name).x())
                                .arg(pinned->visualRect(name).y())
                                .arg(pinned->visualRect(name).width())
                                .arg(pinned->visualRect(name).height())));
    QTest::mouseClick(pinned->viewport(), Qt::LeftButton, {}, pinned->visualRect(name).center());
    QTRY_VERIFY(view->selectionModel()->isRowSelected(row, {}));

    // A new aggregate column stays out of the pinned view.
    QVERIFY(m_window->store()->addAggregate(QStringLiteral("eeee5555-0000-4000-8000-000000000005")) >= 0);
    QVERIFY(pinned->isColumnHidden(view->model()->columnCount() - 1));
}

void TestMainWindow::textFilterNarrowsRows()
{
    loadWindow(m_window.get());
    QLineEdit *filter = m_window->findChild<QLineEdit *>(QStringLiteral("textFilterEdit"));
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter by name or UUID"));
    QVERIFY(filter->isClearButtonEnabled());

    QTest::keyClicks(filter, QStringLiteral("STORAGE"));
    QCOMPARE(visibleNames(m_window.get()), QStringList{QStringLiteral("storage-01")});

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("compute-01"));
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01"), QStringLiteral("compute-01-numa0")}));

    // A piece of a UUID matches too.
    filter->clear();
    QTest::keyClicks(filter, m_computeTwo.mid(9, 9));
    QCOMPARE(visibleNames(m_window.get()), QStringList{QStringLiteral("compute-02")});

    // Nothing matches: the table says so instead of showing an empty grid.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no-such-provider"));
    QCOMPARE(m_window->tableView()->model()->rowCount(), 0);
    QCOMPARE(m_window->tableView()->placeholderText(), QStringLiteral("No provider matches the filter."));
    QTRY_VERIFY(!m_window->tableView()->pinnedNameView()->isVisible());

    filter->clear();
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
    QTRY_VERIFY(m_window->tableView()->pinnedNameView()->isVisible());
}

void TestMainWindow::aggregateFilterNarrowsRows()
{
    loadWindow(m_window.get());
    QComboBox *combo = m_window->findChild<QComboBox *>(QStringLiteral("aggregateFilterCombo"));
    QVERIFY(combo);
    QTRY_COMPARE(combo->count(), 1 + 2 * 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("All providers"));

    const QString shortB = Uuids::shortForm(AggregateB);
    const int memberOfB = combo->findText(QStringLiteral("Member of ") + shortB);
    const int notMemberOfB = combo->findText(QStringLiteral("Not member of ") + shortB);
    QVERIFY(memberOfB > 0);
    QVERIFY(notMemberOfB > 0);
    QVERIFY(combo->itemData(memberOfB, Qt::ToolTipRole).toString().contains(AggregateB));

    combo->setCurrentIndex(memberOfB);
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01"), QStringLiteral("compute-02")}));
    combo->setCurrentIndex(notMemberOfB);
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01-numa0"), QStringLiteral("compute-03"),
                          QStringLiteral("storage-01")}));

    // Both filters together.
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("textFilterEdit")),
                     QStringLiteral("compute"));
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01-numa0"), QStringLiteral("compute-03")}));

    combo->setCurrentIndex(0);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 4);
}

void TestMainWindow::aggregateFilterFollowsStoreColumns()
{
    loadWindow(m_window.get());
    QComboBox *combo = m_window->filterBar()->aggregateCombo();
    QTRY_COMPARE(combo->count(), 7);
    const QString shortC = Uuids::shortForm(AggregateC.toLower());
    combo->setCurrentIndex(combo->findText(QStringLiteral("Member of ") + shortC));
    QCOMPARE(m_window->filterModel()->aggregateFilter(), AggregateC); // the exact stored string

    // A new column in the store appears in the list; the current choice is kept.
    const QString added = QStringLiteral("dddd4444-0000-4000-8000-000000000004");
    QVERIFY(m_window->store()->addAggregate(added) >= 0);
    QTRY_COMPARE(combo->count(), 9);
    QVERIFY(combo->findText(QStringLiteral("Member of ") + Uuids::shortForm(added)) > 0);
    QCOMPARE(combo->currentText(), QStringLiteral("Member of ") + shortC);

    // A reload resets the store; the choice survives it.
    loadWindow(m_window.get());
    QTRY_COMPARE(combo->count(), 7);
    QCOMPARE(combo->currentText(), QStringLiteral("Member of ") + shortC);
    QCOMPARE(visibleNames(m_window.get()),
             (QStringList{QStringLiteral("compute-01-numa0"), QStringLiteral("storage-01")}));
}

void TestMainWindow::statusBarShowsVersionAndCounts()
{
    MainStatusBar *status = m_window->mainStatusBar();
    QCOMPARE(status->versionLabel()->text(), QStringLiteral("Not connected"));
    loadWindow(m_window.get());

    // Debian's Placement 8.0.0 offers 1.0–1.39; we speak up to 1.39.
    QTRY_COMPARE(status->versionLabel()->text(), QStringLiteral("Placement 1.39 (server 1.0–1.39)"));
    QCOMPARE(status->versionLabel()->accessibleDescription(), status->versionLabel()->text());
    // Plural forms come from a catalogue the test does not load: "5 provider(s)" here, "5 providers" in the
    // app.
    QTRY_VERIFY2(status->providerCountLabel()->text().startsWith(QStringLiteral("5 provider")),
                 qPrintable(status->providerCountLabel()->text()));
    QVERIFY2(status->aggregateCountLabel()->text().startsWith(QStringLiteral("3 aggregate")),
             qPrintable(status->aggregateCountLabel()->text()));
    QVERIFY(status->rowProblemsLabel()->isHidden());

    QTest::keyClicks(m_window->filterBar()->textFilterEdit(), QStringLiteral("storage"));
    QTRY_VERIFY2(status->providerCountLabel()->text().startsWith(QStringLiteral("1 of 5 provider")),
                 qPrintable(status->providerCountLabel()->text()));
    QCOMPARE(status->providerCountLabel()->accessibleDescription(), status->providerCountLabel()->text());
}

void TestMainWindow::sortingAndBackToTreeOrder()
{
    loadWindow(m_window.get());
    MembershipTableView *view = m_window->tableView();
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(view->isSortingEnabled());
    QCOMPARE(header->sortIndicatorSection(), -1); // tree order to begin with

    // Click the first aggregate header: ascending puts non-members first.
    const int column = MembershipTableModel::FirstAggregateColumn;
    const QPoint headerPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(view->model()->index(0, column).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QCOMPARE(view->model()->index(0, column).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // Third click: back to the tree order with children under their parents.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(visibleNames(m_window.get()).mid(0, 2),
             (QStringList{QStringLiteral("compute-01"), QStringLiteral("compute-01-numa0")}));

    // The pinned name column's header sorts the table as well: descending puts storage-01 first.
    QHeaderView *pinnedHeader = view->pinnedNameView()->horizontalHeader();
    const QPoint namePoint(pinnedHeader->sectionViewportPosition(0) + 10, pinnedHeader->height() / 2);
    QTest::mouseClick(pinnedHeader->viewport(), Qt::LeftButton, {}, namePoint);
    QCOMPARE(header->sortIndicatorSection(), int(MembershipTableModel::NameColumn));
    QTest::mouseClick(pinnedHeader->viewport(), Qt::LeftButton, {}, namePoint);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(visibleNames(m_window.get()).constFirst(), QStringLiteral("storage-01"));
    QTest::mouseClick(pinnedHeader->viewport(), Qt::LeftButton, {}, namePoint);
    QCOMPARE(header->sortIndicatorSection(), -1);
}

void TestMainWindow::unreachableEndpointShowsErrorBanner()
{
    // A port that nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->connectTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), LoadTimeoutMs);

    MessageBanner *banner = m_window->messageBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("Connection refused")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QString::number(port)), qPrintable(banner->text()));
    QVERIFY(banner->detailsButton()->isVisible());
    QVERIFY(!m_window->isLoading());
    QVERIFY(!m_window->mainStatusBar()->isProgressVisible());
    QCOMPARE(m_window->tableView()->model()->rowCount(), 0);
    QCOMPARE(m_window->mainStatusBar()->versionLabel()->text(), QStringLiteral("Not connected"));

    // Details… opens a non-modal dialog with the full text.
    QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->errorDetailsDialog() && m_window->errorDetailsDialog()->isVisible());
    QVERIFY(!m_window->errorDetailsDialog()->isModal());
    QVERIFY(m_window->errorDetailsDialog()->detailsText().contains(QStringLiteral("Connection refused")));
    m_window->errorDetailsDialog()->close();

    // Closing the banner hides it; a good load afterwards works normally.
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(banner->isHidden());
    loadWindow(m_window.get());
    QVERIFY(banner->isHidden());
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
}

void TestMainWindow::missingTokenShowsDetailsWithRequestId()
{
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->connectTo(m_server.baseUrl(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), LoadTimeoutMs);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 401);

    MessageBanner *banner = m_window->messageBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("401")), qPrintable(banner->text()));
    // The version was discovered (GET / needs no token) even though listing failed.
    QCOMPARE(m_window->mainStatusBar()->versionLabel()->text(),
             QStringLiteral("Placement 1.39 (server 1.0–1.39)"));

    m_window->showErrorDetails();
    ErrorDetailsDialog *dialog = m_window->errorDetailsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->detailsText().contains(QStringLiteral("HTTP status: 401")));
    QCOMPARE(dialog->requestIdEdit()->text(), error.requestId());
    QVERIFY2(dialog->requestIdEdit()->text().startsWith(QStringLiteral("req-")),
             qPrintable(dialog->requestIdEdit()->text()));
    QVERIFY(dialog->requestIdEdit()->isReadOnly());
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyRequestIdButton"));
    QVERIFY(copy && copy->isEnabled());
}

void TestMainWindow::invalidEndpointIsRejectedInline()
{
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    ConnectionBar *bar = m_window->connectionBar();
    bar->setEndpointText(QStringLiteral("ftp://controller:8778"));
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(m_window->messageBanner()->text().contains(QStringLiteral("http://")),
             qPrintable(m_window->messageBanner()->text()));
    QVERIFY(!m_window->isLoading());

    bar->setEndpointText(QString());
    QTest::keyClick(bar->tokenEdit(), Qt::Key_Return); // Enter in a field connects
    QVERIFY(m_window->messageBanner()->text().contains(QStringLiteral("Enter the Placement endpoint")));
    QVERIFY(!m_window->isLoading());
    QVERIFY(failed.isEmpty()); // caught before any request
}

void TestMainWindow::escapeCancelsLoadAndKeepsLoadedRows()
{
    // compute-03's aggregate request never answers, so the load stays busy until canceled.
    FakeNetworkAccessManager network;
    const QString hanging = m_computeEmpty;
    network.setHandler([&network, hanging](QNetworkAccessManager::Operation operation,
                                           const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (request.url().path().contains(hanging))
            return new FakeHangingReply(operation, request, &network);
        return nullptr;
    });
    MainWindow window(&network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.connectTo(m_server.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(window.store()->countInState(ProviderRecord::State::Loaded) == 4, LoadTimeoutMs);
    QVERIFY(window.isLoading());
    QVERIFY(window.mainStatusBar()->isProgressVisible());
    QVERIFY(window.mainStatusBar()->cancelButton()->isVisible());
    QCOMPARE(window.mainStatusBar()->progressBar()->maximum(), 5);

    QTest::keyClick(window.tableView(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), LoadTimeoutMs);
    QVERIFY(finished.first().first().value<LoadSummary>().canceled);
    QVERIFY(!window.isLoading());
    QVERIFY(!window.mainStatusBar()->isProgressVisible());

    // The rows read so far stay; the unread one says so.
    QCOMPARE(window.tableView()->model()->rowCount(), 5);
    QCOMPARE(window.store()->countInState(ProviderRecord::State::Loaded), 4);
    const int row = window.store()->rowOf(m_computeEmpty);
    QCOMPARE(window.tableModel()->index(row, MembershipTableModel::StatusColumn).data().toString(),
             QStringLiteral("Not loaded (canceled)"));
    QTRY_COMPARE(window.mainStatusBar()->rowProblemsLabel()->text(), QStringLiteral("1 not loaded"));
    QVERIFY(window.mainStatusBar()->rowProblemsLabel()->isVisible());
}

void TestMainWindow::endpointIsRememberedTokenIsNot()
{
    QSettings().clear();
    loadWindow(m_window.get());
    m_window->close();

    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("connection/endpoint")).toString(), m_server.baseUrl().toString());
    QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        QVERIFY2(settings.value(key).toString() != QLatin1String("admin"), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
    }

    MainWindow restored;
    QCOMPARE(restored.endpoint(), m_server.baseUrl().toString());
    QVERIFY(restored.connectionBar()->token().isEmpty());
}

void TestMainWindow::refreshReadsWhatChangedShiftF5ReadsAll()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    loadWindow(m_window.get());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);

    // F5 on the same endpoint: a refresh, and the status bar says what it cost.
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), LoadTimeoutMs);
    const LoadSummary refresh = finished.last().at(0).value<LoadSummary>();
    QVERIFY(refresh.incremental);
    QCOMPARE(refresh.reused, 5);
    const QString message = m_window->mainStatusBar()->currentMessage();
    QVERIFY2(message.startsWith(QLatin1String("Refreshed 5 provider(s)")) &&
                 message.contains(QStringLiteral("%1 request(s)").arg(refresh.requests)) &&
                 message.contains(QLatin1String("0 re-read")),
             qPrintable(message));

    // Shift+F5: everything again.
    QTest::keyClick(m_window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, LoadTimeoutMs);
    const LoadSummary full = finished.last().at(0).value<LoadSummary>();
    QVERIFY(!full.incremental);
    QCOMPARE(full.requests, 2 + 5);
    QVERIFY2(m_window->mainStatusBar()->currentMessage().startsWith(QLatin1String("Loaded 5 provider(s)")),
             qPrintable(m_window->mainStatusBar()->currentMessage()));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("reloadAllAction"))->shortcut(),
             QKeySequence(Qt::SHIFT | Qt::Key_F5));
}

void TestMainWindow::keyboardShortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+F focuses the filter.
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->filterBar()->textFilterEdit()->hasFocus());

    // F5 connects with the fields' values.
    m_window->connectionBar()->setEndpointText(m_server.baseUrl().toString());
    m_window->connectionBar()->setToken(QStringLiteral("admin"));
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), LoadTimeoutMs);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
    // Same endpoint and token as loaded: the button offers a refresh.
    QCOMPARE(m_window->connectionBar()->connectButton()->text(), QStringLiteral("&Refresh"));
    m_window->connectionBar()->setToken(QStringLiteral("other"));
    QCOMPARE(m_window->connectionBar()->connectButton()->text(), QStringLiteral("&Connect"));

    // Add to Aggregate: Ctrl++ and, for keyboards where "+" needs Shift, Ctrl+=.
    const QList<QKeySequence> addKeys =
        m_window->findChild<QAction *>(QStringLiteral("addToAggregateAction"))->shortcuts();
    QVERIFY(addKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    QVERIFY(addKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Plus)));

    // Undo/Redo on the toolbar say so (icon-only arrows read as Back/Forward); the tooltip names the
    // step, and an edit does not turn the button's text into the step's long one.
    auto *undoButton = m_window->mainToolBar()->findChild<QToolButton *>(QStringLiteral("undoActionButton"));
    QVERIFY(undoButton);
    QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
    QVERIFY(m_window->store()->providerCount() > 0);
    const QModelIndex cell =
        m_window->tableView()->model()->index(0, MembershipTableModel::FirstAggregateColumn);
    const bool member = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    QVERIFY(m_window->tableView()->model()->setData(cell, member ? Qt::Unchecked : Qt::Checked,
                                                    Qt::CheckStateRole));
    QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
    QVERIFY2(undoButton->toolTip().startsWith(QLatin1String("Undo ")) && undoButton->toolTip().size() > 5,
             qPrintable(undoButton->toolTip()));
    m_window->session()->undoStack()->undo();

    // Toolbar words: a Chinese-style mnemonic "(&S)" is not left as "(S)" on a button, also when the
    // text changes later (Stop's does); the toolbar's own short words stay the translator's.
    auto *submitAction = m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    auto *submitButton =
        m_window->mainToolBar()->findChild<QToolButton *>(QStringLiteral("submitActionButton"));
    QVERIFY(submitAction && submitButton);
    QCOMPARE(submitButton->text(), QStringLiteral("Submit Changes"));
    const QString submitText = submitAction->text();
    submitAction->setText(QStringLiteral("提交更改(&S)"));
    QCOMPARE(submitButton->text(), QStringLiteral("提交更改"));
    submitAction->setText(submitText);
    QCOMPARE(submitButton->text(), QStringLiteral("Submit Changes"));
    auto *addButton =
        m_window->mainToolBar()->findChild<QToolButton *>(QStringLiteral("addToAggregateActionButton"));
    QVERIFY(addButton);
    QCOMPARE(addButton->text(), QStringLiteral("Add to Aggregate…"));

    // Mnemonics reach the fields through their labels.
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    int buddies = 0;
    for (QLabel *label : labels) {
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            ++buddies;
        }
    }
    QVERIFY(buddies >= 4);

    // The token is masked.
    QCOMPARE(m_window->connectionBar()->tokenEdit()->echoMode(), QLineEdit::Password);
}

void TestMainWindow::everyVisibleControlHasAccessibleName()
{
    // Loaded table, error banner with Details… and the progress bar: the optional widgets show too.
    loadWindow(m_window.get());
    m_window->messageBanner()->showMessage(MessageBanner::Level::Error, QStringLiteral("Example"), true);
    m_window->mainStatusBar()->startProgress(QStringLiteral("Example"));

    QStringList unnamed;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(m_window.get()))
            continue;
        const QByteArray className = widget->metaObject()->className();
        // Plain layout containers and Qt's internal scroll-area plumbing are not controls.
        if (className == "QWidget" || className == "QFrame" ||
            className == "QAbstractScrollAreaScrollBarContainer" ||
            widget->objectName() == QLatin1String("qt_scrollarea_viewport") ||
            widget->objectName() == QLatin1String("qt_scrollarea_hcontainer") ||
            widget->objectName() == QLatin1String("qt_scrollarea_vcontainer"))
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(className), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Tests find the main controls by objectName, too.
    for (const char *name : {"endpointEdit", "tokenEdit", "connectButton", "textFilterEdit",
                             "aggregateFilterCombo", "membershipTable", "versionLabel", "providerCountLabel",
                             "aggregateCountLabel", "loadProgressBar", "cancelLoadButton", "messageBanner"}) {
        QVERIFY2(m_window->findChild<QWidget *>(QLatin1String(name)), name);
    }
}

void TestMainWindow::messageBoxSeamAnswersWithoutShowing()
{
    MessageBox::clearLast();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    MessageBox::Button answer = QMessageBox::NoButton;
    MessageBox::ask(m_window.get(), QMessageBox::Question, QStringLiteral("Title"), QStringLiteral("Text?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                    [&answer](MessageBox::Button button) { answer = button; });
    QCOMPARE(answer, QMessageBox::Discard);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Text?"));

    // The About box goes through the seam as well.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QAction *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("About Placement Desk"));

    bool answered = false;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::ask(m_window.get(), QMessageBox::Question, QStringLiteral("T"), QStringLiteral("Async?"),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                    [&answered](MessageBox::Button button) { answered = button == QMessageBox::Yes; });
    QVERIFY(answered);
}

void TestMainWindow::messageBoxIsAsynchronous()
{
    // Without the seam the box opens window-modal and ask() returns at once: no nested event loop.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::Button answer = QMessageBox::NoButton;
    MessageBox::ask(m_window.get(), QMessageBox::Question, QStringLiteral("T"), QStringLiteral("Really?"),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                    [&answer](MessageBox::Button button) { answer = button; });
    QCOMPARE(answer, QMessageBox::NoButton);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QPointer<QMessageBox> watched(box);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(answer, QMessageBox::Yes);
    QTRY_VERIFY(!watched); // deletes itself once answered
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
