// Editing, submitting, conflicts and the edit journal through the main window, against a REAL
// Placement (offscreen platform): toggles by click and Space, bulk add through the picker, undo/redo,
// submit, the conflict dialog for each choice, the close-with-pending prompt, and restore after a kill.
#include "api/microversion.h"
#include "api/placementclient.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "itemmodels/pendingchangesmodel.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "membership/submitsummary.h"
#include "support/fakehangingreply.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/placementserver.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/conflictdialog.h"
#include "ui/dialogconflictstrategy.h"
#include "ui/filterbar.h"
#include "ui/infolabel.h"
#include "ui/mainstatusbar.h"
#include "ui/mainwindow.h"
#include "ui/membershipeditor.h"
#include "ui/membershiptableview.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/newaggregatedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

const QString AggregateA = QStringLiteral("aaaa1111-0000-4000-8000-00000000000a");
const QString AggregateB = QStringLiteral("bbbb2222-0000-4000-8000-00000000000b");
const QString AggregateC = QStringLiteral("cccc3333-0000-4000-8000-00000000000c");
const QString AggregateD = QStringLiteral("dddd4444-0000-4000-8000-00000000000d");

constexpr int TimeoutMs = 30000;

QStringList sortedLower(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list)
        result << item.toLower();
    result.sort();
    return result;
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void toggleByClickAndSpace();
    void bulkAddThroughPickerIsOneUndoStep();
    void onlyChangedRowsAndPendingPanel();
    void submitAppliesToServer();
    void conflictDialog_data();
    void conflictDialog();
    void autoMergePreferenceSkipsDialog();
    void failuresShowBannerAndStayPending();
    void closeWithPendingAsks();
    void normalizeSpellingFromTheHeaderMenu();
    void legacyServerAsksBeforeSubmit();
    void closeWithSubmitClosesOnceApplied();
    void journalRestoresAfterDestroyedWindow();
    void closingDuringASubmitKeepsTheEdits();
    void corruptJournalShowsBannerAndKeepsFile();
    void newControlsHaveAccessibleNames();

private:
    void loadWindow(MainWindow *window);
    QModelIndex cell(const QString &provider, const QString &aggregate) const;
    int storeRow(const QString &uuid) const;
    void submitAndWait();

    PlacementServer m_server;
    QString m_one;
    QString m_two;
    QString m_three;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditing::initTestCase()
{
    qRegisterMetaType<SubmitSummary>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editing"));
    QSettings().clear();

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_one = m_server.createProvider(QStringLiteral("edit-01"));
    m_two = m_server.createProvider(QStringLiteral("edit-02"));
    m_three = m_server.createProvider(QStringLiteral("edit-03"));
    QVERIFY(!m_one.isEmpty() && !m_two.isEmpty() && !m_three.isEmpty());
}

void TestEditing::init()
{
    // A known server state and no journal left over from an earlier test function.
    QVERIFY(m_server.setAggregates(m_one, {AggregateA}));
    QVERIFY(m_server.setAggregates(m_two, {AggregateB}));
    QVERIFY(m_server.setAggregates(m_three, {AggregateC}));
    QDir(EditJournal::defaultDirectory()).removeRecursively();
    QDir(ProviderCache::defaultDirectory()).removeRecursively(); // no warm start from an earlier test
    MessageBox::clearLast();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditing::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    if (m_window)
        m_window->store()->discardAllEdits();
    m_window.reset();
}

void TestEditing::loadWindow(MainWindow *window)
{
    QSignalSpy handled(window, &MainWindow::journalHandled);
    QSignalSpy failed(window, &MainWindow::loadFailed);
    window->connectTo(m_server.baseUrl(), QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(!handled.isEmpty() || !failed.isEmpty(), TimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(window->lastError().fullText()));
}

int TestEditing::storeRow(const QString &uuid) const
{
    return m_window->store()->rowOf(uuid);
}

QModelIndex TestEditing::cell(const QString &provider, const QString &aggregate) const
{
    const int column = m_window->tableModel()->columnForAggregate(aggregate);
    const QModelIndex source = m_window->tableModel()->index(storeRow(provider), column);
    return m_window->filterModel()->mapFromSource(source);
}

void TestEditing::submitAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::submitFinished);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("submitAction"))->isEnabled());
    QTest::keyClick(m_window->tableView(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), TimeoutMs);
}

void TestEditing::toggleByClickAndSpace()
{
    loadWindow(m_window.get());
    MembershipTableView *view = m_window->tableView();
    MembershipStore *store = m_window->store();

    // Click: edit-02 joins A.
    const QModelIndex twoA = cell(m_two, AggregateA);
    QVERIFY(twoA.isValid());
    view->scrollTo(twoA);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(twoA).center());
    QCOMPARE(twoA.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(twoA.data(MembershipTableModel::PendingChangeRole).toInt(),
             int(MembershipStore::PendingChange::Added));
    QVERIFY(twoA.siblingAtColumn(MembershipTableModel::NameColumn)
                .data(MembershipTableModel::HasPendingEditsRole)
                .toBool());

    // Space: edit-01 leaves A.
    const QModelIndex oneA = cell(m_one, AggregateA);
    view->setCurrentIndex(oneA);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(oneA.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(oneA.data(MembershipTableModel::PendingChangeRole).toInt(),
             int(MembershipStore::PendingChange::Removed));

    QCOMPARE(store->pendingProviderCount(), 2);
    QCOMPARE(store->pendingEditCount(), 2);
    QCOMPARE(m_window->undoStack()->count(), 2);
    QTRY_VERIFY(m_window->mainStatusBar()->pendingLabel()->isVisible());
    QVERIFY(m_window->mainStatusBar()->pendingLabel()->text().contains(QStringLiteral("2 edit")));

    // Undo both (Ctrl+Z), then redo one (the platform's redo key).
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(oneA.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(store->pendingEditCount(), 1);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(twoA.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(store->pendingEditCount(), 0);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("submitAction"))->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(twoA.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(store->pendingEditCount(), 1);
    QCOMPARE(store->pendingProviderCount(), 1);
}

void TestEditing::bulkAddThroughPickerIsOneUndoStep()
{
    loadWindow(m_window.get());
    MembershipTableView *view = m_window->tableView();
    view->setFocus();
    view->selectAll();
    QCOMPARE(m_window->selectedStoreRows().size(), 3);

    m_window->findChild<QAction *>(QStringLiteral("addToAggregateAction"))->trigger();
    AggregatePickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<AggregatePickerDialog *>()) != nullptr);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("cccc3333"));
    QCOMPARE(picker->visibleUuids(), QStringList{AggregateC});
    QVERIFY(picker->selectUuid(AggregateC));
    QTest::mouseClick(picker->okButton(), Qt::LeftButton);

    MembershipStore *store = m_window->store();
    const int column = store->columnOf(AggregateC);
    QVERIFY(store->wantsMember(storeRow(m_one), column));
    QVERIFY(store->wantsMember(storeRow(m_two), column));
    QCOMPARE(store->pendingProviderCount(), 2); // edit-03 already was a member
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(store->pendingEditCount(), 0);
    QVERIFY(!store->wantsMember(storeRow(m_one), column));
    m_window->undoStack()->redo();
    QCOMPARE(store->pendingEditCount(), 2);

    submitAndWait();
    QCOMPARE(sortedLower(m_server.aggregates(m_one)), sortedLower({AggregateA, AggregateC}));
    QCOMPARE(sortedLower(m_server.aggregates(m_two)), sortedLower({AggregateB, AggregateC}));
    QCOMPARE(store->pendingEditCount(), 0);
}

void TestEditing::onlyChangedRowsAndPendingPanel()
{
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_two), store->columnOf(AggregateA), true);
    store->setWantsMember(storeRow(m_three), store->columnOf(AggregateA), true);

    m_window->filterBar()->onlyChangedCheck()->click();
    QCOMPARE(m_window->filterModel()->rowCount(), 2);

    QTableView *pending = m_window->pendingChangesView();
    QCOMPARE(pending->model()->rowCount(), 2);
    pending->selectRow(0);
    auto *discardSelected = m_window->findChild<QPushButton *>(QStringLiteral("discardSelectedButton"));
    QVERIFY(discardSelected->isEnabled());
    QTest::mouseClick(discardSelected, Qt::LeftButton);
    QCOMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(store->pendingProviderCount(), 1);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("discardAllButton")), Qt::LeftButton);
    QCOMPARE(store->pendingEditCount(), 0);
    QCOMPARE(pending->model()->rowCount(), 0);
}

void TestEditing::submitAppliesToServer()
{
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_one), store->columnOf(AggregateB), true);
    store->setWantsMember(storeRow(m_two), store->columnOf(AggregateB), false);
    submitAndWait();
    QCOMPARE(sortedLower(m_server.aggregates(m_one)), sortedLower({AggregateA, AggregateB}));
    QCOMPARE(m_server.aggregates(m_two), QStringList());
    QCOMPARE(store->pendingEditCount(), 0);
    QVERIFY(m_window->mainStatusBar()->currentMessage().contains(QStringLiteral("applied")));
    QVERIFY(!m_window->activityLog()->toPlainText().isEmpty());
}

void TestEditing::conflictDialog_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QStringList>("expected");
    // Loaded {A}; I add D; meanwhile another writer makes it {A, C}.
    QTest::newRow("merge") << int(ConflictResolution::Merge)
                           << QStringList{AggregateA, AggregateC, AggregateD};
    QTest::newRow("overwrite") << int(ConflictResolution::Overwrite) << QStringList{AggregateA, AggregateD};
    QTest::newRow("keep server") << int(ConflictResolution::KeepServer)
                                 << QStringList{AggregateA, AggregateC};
}

void TestEditing::conflictDialog()
{
    QFETCH(int, resolution);
    QFETCH(QStringList, expected);
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    const int column = store->addAggregate(AggregateD);
    QVERIFY(column >= 0);
    QVERIFY(store->setWantsMember(storeRow(m_one), column, true));
    QVERIFY(m_server.setAggregates(m_one, {AggregateA, AggregateC}));

    QSignalSpy finished(m_window.get(), &MainWindow::submitFinished);
    m_window->submit();
    QVERIFY(m_window->isSubmitting());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    // The one cancel button says what it stops.
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelAction"));
    QCOMPARE(cancel->text(), QStringLiteral("Cancel &Submit"));
    QVERIFY(cancel->isEnabled());
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->conflictStrategy()->currentDialog()) != nullptr, TimeoutMs);
    QTRY_VERIFY(dialog->isVisible());
    QAbstractButton *radio = dialog->radioFor(ConflictResolution(resolution));
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), TimeoutMs);

    QCOMPARE(sortedLower(m_server.aggregates(m_one)), sortedLower(expected));
    QCOMPARE(store->pendingEditCount(), 0);
    const auto summary = finished.first().first().value<SubmitSummary>();
    QCOMPARE(summary.conflictsResolved, 1);
    // One plural form per count ("1 conflicts resolved" read wrong); no translator in tests: "(s)".
    QVERIFY2(summary.text().startsWith(QLatin1String("0 applied, 1 conflict(s) resolved, 0 failed")),
             qPrintable(summary.text()));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("&Stop Loading"));
}

void TestEditing::autoMergePreferenceSkipsDialog()
{
    loadWindow(m_window.get());
    auto *autoMerge = m_window->findChild<QAction *>(QStringLiteral("autoMergeAction"));
    autoMerge->trigger();
    QVERIFY(autoMerge->isChecked());
    QVERIFY(QSettings().value(QStringLiteral("submit/autoMerge")).toBool());

    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_one), store->columnOf(AggregateB), true);
    QVERIFY(m_server.setAggregates(m_one, {AggregateA, AggregateC}));
    QSignalSpy opened(m_window->conflictStrategy(), &DialogConflictStrategy::dialogOpened);
    submitAndWait();
    QVERIFY(opened.isEmpty());
    QCOMPARE(sortedLower(m_server.aggregates(m_one)), sortedLower({AggregateA, AggregateB, AggregateC}));
    autoMerge->trigger(); // back to asking, for the other tests
    QVERIFY(!QSettings().value(QStringLiteral("submit/autoMerge")).toBool());
}

void TestEditing::failuresShowBannerAndStayPending()
{
    const QString doomed = m_server.createProvider(QStringLiteral("edit-doomed"));
    QVERIFY(!doomed.isEmpty());
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    QVERIFY(store->setWantsMember(storeRow(doomed), store->columnOf(AggregateA), true));
    QVERIFY(store->setWantsMember(storeRow(m_two), store->columnOf(AggregateA), true));
    QVERIFY(m_server.deleteProvider(doomed));

    submitAndWait();
    QVERIFY(m_window->messageBanner()->isVisible());
    const QString text =
        m_window->messageBanner()->findChild<QLabel *>(QStringLiteral("messageBannerText"))->text();
    QVERIFY2(text.contains(QStringLiteral("edit-doomed")), qPrintable(text));
    QVERIFY(m_window->messageBanner()->detailsButton()->isVisible());
    QCOMPARE(store->pendingProviderCount(), 1); // the deleted one keeps its edits visible
    QCOMPARE(sortedLower(m_server.aggregates(m_two)), sortedLower({AggregateA, AggregateB}));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->messageBanner()->detailsButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not updated")));
}

void TestEditing::normalizeSpellingFromTheHeaderMenu()
{
    // Two providers hold aggregate C in another spelling (two aggregates for Placement).
    const QString upperC = AggregateC.toUpper();
    QVERIFY(m_server.setAggregates(m_one, {AggregateA, upperC}));
    QVERIFY(m_server.setAggregates(m_two, {upperC, AggregateC}));
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    const int column = store->columnOf(AggregateC);
    QVERIFY(column >= 0 && store->columnOf(upperC) >= 0 && column != store->columnOf(upperC));
    const QString header =
        m_window->tableModel()
            ->headerData(MembershipTableModel::FirstAggregateColumn + column, Qt::Horizontal)
            .toString();
    QVERIFY2(header.contains(QStringLiteral("‡")), qPrintable(header));

    // The header menu offers it; the preview names both spellings; Cancel changes nothing.
    m_window->membershipEditor()->showAggregateMenu(column, m_window->mapToGlobal(QPoint(100, 100)));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("aggregateHeaderMenu"));
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(QStringLiteral("normalizeSpellingAction"));
    QVERIFY(action && action->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action->trigger();
    menu->close();
    QVERIFY2(MessageBox::lastText().contains(upperC) &&
                 MessageBox::lastText().contains(QStringLiteral("2 provider")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(store->pendingEditCount(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->membershipEditor()->normalizeSpelling(column);
    QCOMPARE(m_window->undoStack()->count(), 1);
    submitAndWait();
    QCOMPARE(m_server.aggregates(m_one), (QStringList{AggregateA, AggregateC}));
    QCOMPARE(m_server.aggregates(m_two), QStringList{AggregateC});
    QCOMPARE(m_server.aggregates(m_three), QStringList{AggregateC}); // was already canonical
}

void TestEditing::closeWithPendingAsks()
{
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_three), store->columnOf(AggregateA), true);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsubmitted")));
    QCOMPARE(store->pendingEditCount(), 1);

    // Refresh asks as well; Cancel keeps the rows and the edit.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->refresh();
    QVERIFY(!m_window->isLoading());
    QCOMPARE(store->pendingEditCount(), 1);

    // Discard closes: the asked close stops, and a queued second close goes through.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(store->pendingEditCount(), 0);
    QCOMPARE(sortedLower(m_server.aggregates(m_three)), sortedLower({AggregateC}));
}

void TestEditing::legacyServerAsksBeforeSubmit()
{
    m_window->client()->setMaximumMicroversion(Microversion(1, 18));
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_two), store->columnOf(AggregateA), true);

    // No: nothing is sent and the edit stays.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->submit();
    QVERIFY(!m_window->isSubmitting());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("can be lost")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(store->pendingEditCount(), 1);
    QCOMPARE(sortedLower(m_server.aggregates(m_two)), sortedLower({AggregateB}));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    submitAndWait();
    QCOMPARE(sortedLower(m_server.aggregates(m_two)), sortedLower({AggregateA, AggregateB}));
    QCOMPARE(store->pendingEditCount(), 0);
}

void TestEditing::closeWithSubmitClosesOnceApplied()
{
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    store->setWantsMember(storeRow(m_three), store->columnOf(AggregateB), true);

    QSignalSpy finished(m_window.get(), &MainWindow::submitFinished);
    MessageBox::setNextAnswer(QMessageBox::Apply);
    QVERIFY(!m_window->close()); // not yet: the submit runs first
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), TimeoutMs);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(sortedLower(m_server.aggregates(m_three)), sortedLower({AggregateB, AggregateC}));
}

void TestEditing::corruptJournalShowsBannerAndKeepsFile()
{
    QString directory;
    {
        // Only to learn the file name: a live journal would hold the file's lock, and the window's
        // journal would (rightly) leave another instance's file alone.
        MembershipStore scratch;
        EditJournal journal(&scratch);
        journal.setEndpoint(m_server.baseUrl());
        directory = journal.directory();
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
    }

    loadWindow(m_window.get());
    QTRY_VERIFY(m_window->messageBanner()->isVisible());
    const QString text =
        m_window->messageBanner()->findChild<QLabel *>(QStringLiteral("messageBannerText"))->text();
    // The banner names where the unreadable file was kept: aside, not deleted.
    const QStringList kept = QDir(directory).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(text.contains(kept.first()), qPrintable(text));
    QVERIFY(MessageBox::lastText().isEmpty()); // nothing to restore, nothing asked
    QCOMPARE(m_window->store()->pendingEditCount(), 0);
}

void TestEditing::closingDuringASubmitKeepsTheEdits()
{
    // Issue 8.6: a PUT that hangs must not make the window unclosable. Closing asks, aborts the
    // request, and leaves the edit in the journal for the next start.
    FakeNetworkAccessManager nam;
    nam.setHandler([&nam](auto op, const QNetworkRequest &request, QIODevice *) -> QNetworkReply * {
        if (op == QNetworkAccessManager::PutOperation)
            return new FakeHangingReply(op, request, &nam);
        return nullptr; // the real server answers the rest
    });
    m_window = std::make_unique<MainWindow>(&nam);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    QVERIFY(store->setWantsMember(storeRow(m_one), store->columnOf(AggregateB), true));
    m_window->submit();
    QTRY_VERIFY(m_window->isSubmitting());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("still running")),
             qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_window->isSubmitting());
    QCOMPARE(store->provider(storeRow(m_one)).submitState, ProviderRecord::SubmitState::Unknown);
    const QString journal = m_window->editJournal()->filePath();
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_one.toUtf8()));
    m_window.reset();                                              // before the fake network manager goes
    QCOMPARE(m_server.aggregates(m_one), QStringList{AggregateA}); // the hung PUT never reached it
}

void TestEditing::journalRestoresAfterDestroyedWindow()
{
    loadWindow(m_window.get());
    MembershipStore *store = m_window->store();
    QVERIFY(store->setWantsMember(storeRow(m_two), store->columnOf(AggregateC), true));
    QVERIFY(store->setWantsMember(storeRow(m_two), store->columnOf(AggregateB), false));
    // Gone without closing or submitting, as after a crash: the journal has it.
    m_window.reset();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    loadWindow(m_window.get());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Restore 2 unsaved edit")),
             qPrintable(MessageBox::lastText()));
    store = m_window->store();
    QCOMPARE(store->pendingEditCount(), 2);
    QVERIFY(store->wantsMember(storeRow(m_two), store->columnOf(AggregateC)));
    QVERIFY(!store->wantsMember(storeRow(m_two), store->columnOf(AggregateB)));

    // Declining sets the file aside: the next window is not asked again.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    MessageBox::setNextAnswer(QMessageBox::No);
    loadWindow(m_window.get());
    QCOMPARE(m_window->store()->pendingEditCount(), 0);
    QVERIFY(!m_window->editJournal()->hasSavedEdits());
    MessageBox::clearLast();
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    loadWindow(m_window.get());
    QVERIFY(MessageBox::lastText().isEmpty());
}

void TestEditing::newControlsHaveAccessibleNames()
{
    const QStringList names{QStringLiteral("pendingChangesView"), QStringLiteral("discardSelectedButton"),
                            QStringLiteral("discardAllButton"),   QStringLiteral("activityLog"),
                            QStringLiteral("onlyChangedCheck"),   QStringLiteral("pendingChangesDock"),
                            QStringLiteral("activityDock")};
    for (const QString &name : names) {
        auto *widget = m_window->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    for (const char *action :
         {"undoAction", "redoAction", "addToAggregateAction", "removeFromAggregateAction",
          "newAggregateAction", "submitAction", "autoMergeAction"})
        QVERIFY2(m_window->findChild<QAction *>(QLatin1String(action)), action);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("submitAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Return));
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
