#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "itemmodels/pendingchangesmodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
const QString kAggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kAggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kAggNew = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005");
QString rp(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

// Editing through the store, the table model, undo commands and the pending-changes model.
class TestMembershipEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void toggleThroughModelIsUndoable();
    void bulkActionIsOneUndoStep();
    void editsAreDeltasAndRebaseOnServerState();
    void serverSpellingsAreSentBack();
    void anotherSpellingIsNeverDropped();
    void addingToAColumnSendsItsSpelling();
    void normalizeSpellingIsOneUndoableStep();
    void pendingChangesModelFollows();
    void pendingChangesAndUndoStepsUseNames();
    void onlyChangedFilter();
    void discard();
    void rowsThatAreNotLoadedRejectEdits();

private:
    int column(const QString &aggregate) const { return m_store->columnOf(aggregate); }

    MembershipStore *m_store = nullptr;
    MembershipTableModel *m_model = nullptr;
    PendingChangesModel *m_pending = nullptr;
    MembershipFilterProxyModel *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestMembershipEditing::init()
{
    m_store = new MembershipStore;
    m_model = new MembershipTableModel(m_store);
    m_pending = new PendingChangesModel(m_store);
    m_proxy = new MembershipFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_undo = new QUndoStack;
    m_model->setUndoStack(m_undo);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_pending),
          static_cast<QAbstractItemModel *>(m_proxy)})
        m_testers.append(
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    QList<ProviderInfo> providers;
    for (int i = 1; i <= 4; ++i) {
        ProviderInfo info;
        info.uuid = rp(i);
        info.name = QStringLiteral("node%1").arg(i);
        info.generation = 1;
        providers.append(info);
    }
    m_store->resetProviders(providers);
    for (int i = 1; i <= 3; ++i) {
        AggregatesResult result;
        result.providerUuid = rp(i);
        result.aggregates = i == 1 ? QStringList{kAggA} : QStringList{kAggB};
        result.generation = 4;
        m_store->setAggregates(result);
    }
    // node4 stays unloaded (its GET has not answered).
}

void TestMembershipEditing::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_proxy;
    delete m_pending;
    delete m_model;
    delete m_undo;
    delete m_store;
}

void TestMembershipEditing::toggleThroughModelIsUndoable()
{
    const int row = m_store->rowOf(rp(2));
    const QModelIndex cell = m_model->index(row, MembershipTableModel::FirstAggregateColumn + column(kAggA));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cell.data(MembershipTableModel::PendingChangeRole).toInt(),
             int(MembershipStore::PendingChange::Added));
    QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("pending")));
    QCOMPARE(m_store->pendingEditCount(), 1);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(m_undo->text(0).contains(QLatin1String("node2")));

    // Setting the same value again is no edit and no undo step.
    QVERIFY(!m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_undo->count(), 1);

    m_undo->undo();
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_store->pendingEditCount(), 0);
    m_undo->redo();
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_store->pendingEditCount(), 1);
}

void TestMembershipEditing::bulkActionIsOneUndoStep()
{
    const QList<int> rows{m_store->rowOf(rp(1)), m_store->rowOf(rp(2)), m_store->rowOf(rp(3)),
                          m_store->rowOf(rp(4))};
    SetMembershipCommand *command = SetMembershipCommand::create(m_store, rows, column(kAggB), true);
    QVERIFY(command);
    QCOMPARE(command->changeCount(), 1); // only node1 changes: node2/3 are members, node4 is not loaded
    delete command;

    const int newColumn = m_store->addAggregate(kAggNew.toUpper());
    QCOMPARE(m_store->aggregateUuid(newColumn), kAggNew); // stored canonical
    command = SetMembershipCommand::create(m_store, rows, newColumn, true);
    QVERIFY(command);
    QCOMPARE(command->changeCount(), 3);
    m_undo->push(command);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_store->pendingProviderCount(), 3);
    QCOMPARE(m_store->pendingEditCount(), 3);
    m_undo->undo();
    QCOMPARE(m_store->pendingEditCount(), 0);
    QVERIFY(!SetMembershipCommand::create(m_store, rows, newColumn, false)); // nothing to remove
}

void TestMembershipEditing::editsAreDeltasAndRebaseOnServerState()
{
    const int row = m_store->rowOf(rp(2)); // loaded {B}
    QVERIFY(m_store->setWantsMember(row, column(kAggA), true));
    QVERIFY(m_store->setWantsMember(row, column(kAggB), false));
    QCOMPARE(m_store->desiredAggregates(row), QStringList{kAggA});
    QCOMPARE(m_store->addedAggregates(row), QStringList{kAggA});
    QCOMPARE(m_store->removedAggregates(row), QStringList{kAggB});

    // The server gained a third aggregate meanwhile: my add stays, my remove stays, theirs appears.
    m_store->confirmServerState(rp(2), {kAggB, kAggNew}, 7, true);
    QCOMPARE(m_store->desiredAggregates(row), (QStringList{kAggA, kAggNew}));
    QCOMPARE(m_store->provider(row).aggregatesGeneration, 7);

    // The server now holds exactly what I want: no edits left.
    m_store->confirmServerState(rp(2), {kAggA, kAggNew}, 8, true);
    QVERIFY(!m_store->provider(row).hasPendingEdits());
    QCOMPARE(m_store->pendingProviderCount(), 0);

    // keepEdits = false drops them (Keep server).
    QVERIFY(m_store->setWantsMember(row, column(kAggB), true));
    m_store->confirmServerState(rp(2), {kAggA}, 9, false);
    QVERIFY(!m_store->provider(row).hasPendingEdits());
}

void TestMembershipEditing::serverSpellingsAreSentBack()
{
    AggregatesResult result;
    result.providerUuid = rp(3);
    result.aggregates = {kAggB.toUpper()};
    result.generation = 5;
    m_store->setAggregates(result);
    const int row = m_store->rowOf(rp(3));
    QVERIFY(m_store->setWantsMember(row, column(kAggA), true));
    QCOMPARE(m_store->desiredAggregates(row), (QStringList{kAggA, kAggB.toUpper()}));
}

void TestMembershipEditing::anotherSpellingIsNeverDropped()
{
    // Issue 8.1: the server set is [A99A…, a99a…] (two aggregates on SQLite/PostgreSQL); the operator
    // only adds B. The PUT must carry both spellings, and each has its own column.
    const QString upperA = kAggA.toUpper();
    AggregatesResult result;
    result.providerUuid = rp(3);
    result.aggregates = {upperA, kAggA};
    result.generation = 5;
    m_store->setAggregates(result);
    const int row = m_store->rowOf(rp(3));
    QCOMPARE(m_store->loadedAggregates(row), (QStringList{upperA, kAggA}));
    QVERIFY(column(upperA) >= 0);
    QVERIFY(column(upperA) != column(kAggA));
    QCOMPARE(m_store->otherSpellings(column(kAggA)), QStringList{upperA});
    QCOMPARE(m_store->otherSpellings(column(kAggB)), QStringList{});
    QCOMPARE(m_store->memberCount(column(upperA)), 1);
    QCOMPARE(m_store->memberCount(column(kAggA)), 2); // node1 and node3

    QVERIFY(m_store->setWantsMember(row, column(kAggB), true));
    QCOMPARE(m_store->desiredAggregates(row), (QStringList{upperA, kAggA, kAggB}));
    // Removing one spelling leaves the other.
    QVERIFY(m_store->setWantsMember(row, column(kAggA), false));
    QCOMPARE(m_store->desiredAggregates(row), (QStringList{upperA, kAggB}));
    QCOMPARE(m_store->removedAggregates(row), QStringList{kAggA});
}

void TestMembershipEditing::addingToAColumnSendsItsSpelling()
{
    // The only server spelling of an aggregate is upper case: ticking it sends upper case, because
    // a lower-case PUT would create a new aggregate that member_of=<upper> does not list.
    const QString upperNew = kAggNew.toUpper();
    AggregatesResult result;
    result.providerUuid = rp(1);
    result.aggregates = {kAggA, upperNew};
    result.generation = 5;
    m_store->setAggregates(result);
    const int row = m_store->rowOf(rp(2));
    QVERIFY(m_store->setWantsMember(row, column(upperNew), true));
    QCOMPARE(m_store->desiredAggregates(row), (QStringList{kAggB, upperNew}));
    QCOMPARE(m_store->addedAggregates(row), QStringList{upperNew});

    // Typed by the operator in any spelling, the UUID means that column; no twin column appears.
    const int columns = m_store->aggregateCount();
    QCOMPARE(m_store->addAggregate(kAggNew), column(upperNew));
    QCOMPARE(m_store->columnForInput(QString(kAggNew).remove(QLatin1Char('-'))), column(upperNew));
    QCOMPARE(m_store->aggregateCount(), columns);
    QCOMPARE(m_store->columnOf(kAggNew), -1); // exact lookups stay exact
}

void TestMembershipEditing::normalizeSpellingIsOneUndoableStep()
{
    const QString upperA = kAggA.toUpper();
    const QString dashlessA = QString(kAggA).remove(QLatin1Char('-'));
    AggregatesResult twin;
    twin.providerUuid = rp(2);
    twin.aggregates = {upperA, kAggB};
    twin.generation = 5;
    m_store->setAggregates(twin);
    twin.providerUuid = rp(3);
    twin.aggregates = {upperA, dashlessA, kAggA};
    m_store->setAggregates(twin);
    // node1 {a}, node2 {A, b}, node3 {A, a-undashed, a}: normalize to the canonical column.
    QVERIFY(!SetMembershipCommand::normalizeSpelling(m_store, column(kAggB))); // no twins, nothing to do
    SetMembershipCommand *command = SetMembershipCommand::normalizeSpelling(m_store, column(kAggA));
    QVERIFY(command);
    QCOMPARE(command->providerCount(), 2);
    QCOMPARE(command->changeCount(), 4); // node2: −A +a; node3: −A −undashed
    m_undo->push(command);
    QCOMPARE(m_store->desiredAggregates(m_store->rowOf(rp(2))), (QStringList{kAggA, kAggB}));
    QCOMPARE(m_store->desiredAggregates(m_store->rowOf(rp(3))), QStringList{kAggA});
    QCOMPARE(m_store->desiredAggregates(m_store->rowOf(rp(1))), QStringList{kAggA}); // untouched
    QVERIFY(!SetMembershipCommand::normalizeSpelling(m_store, column(kAggA)));       // done already
    m_undo->undo();
    QCOMPARE(m_store->pendingEditCount(), 0);
    QCOMPARE(m_store->desiredAggregates(m_store->rowOf(rp(3))), (QStringList{upperA, kAggA, dashlessA}));
}

void TestMembershipEditing::pendingChangesModelFollows()
{
    QCOMPARE(m_pending->rowCount(), 0);
    m_store->setWantsMember(m_store->rowOf(rp(3)), column(kAggA), true);
    m_store->setWantsMember(m_store->rowOf(rp(1)), column(kAggA), false);
    QCOMPARE(m_pending->rowCount(), 2);
    QCOMPARE(m_pending->index(0, PendingChangesModel::ProviderColumn).data().toString(),
             QStringLiteral("node1"));
    QCOMPARE(m_pending->index(0, PendingChangesModel::RemoveColumn).data().toString(),
             QStringLiteral("aaaaaaaa"));
    QCOMPARE(m_pending->index(1, PendingChangesModel::AddColumn).data().toString(),
             QStringLiteral("aaaaaaaa"));
    m_store->setWantsMember(m_store->rowOf(rp(2)), column(kAggA), true); // inserted between
    QCOMPARE(m_pending->index(1, PendingChangesModel::ProviderColumn).data().toString(),
             QStringLiteral("node2"));
    m_store->discardEdits(m_store->rowOf(rp(1)));
    QCOMPARE(m_pending->rowCount(), 2);
    QCOMPARE(m_pending->index(0, PendingChangesModel::ProviderColumn).data().toString(),
             QStringLiteral("node2"));
}

void TestMembershipEditing::pendingChangesAndUndoStepsUseNames()
{
    QTemporaryDir dir;
    AggregateLabels labels;
    labels.setDirectory(dir.path());
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    m_pending->setAggregateNames(nullptr, &labels);
    m_model->setAggregateLabels(&labels);
    const QModelIndex cell =
        m_model->index(m_store->rowOf(rp(3)), MembershipTableModel::FirstAggregateColumn + column(kAggA));
    QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add node3 to aaaaaaaa"));
    const QModelIndex add = m_pending->index(0, PendingChangesModel::AddColumn);
    QCOMPARE(add.data().toString(), QStringLiteral("aaaaaaaa"));
    QSignalSpy changed(m_pending, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(labels.setLabel(kAggA, QStringLiteral("maint"), &error));
    QCOMPARE(changed.count(), 1); // the dock follows a new label
    QCOMPARE(add.data().toString(), QStringLiteral("“maint”"));
    QCOMPARE(add.data(Qt::ToolTipRole).toString(), QStringLiteral("“maint” (%1)").arg(kAggA));
    m_undo->undo();
    QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add node3 to “maint”"));
    m_pending->setAggregateNames(nullptr, nullptr);
    m_model->setAggregateLabels(nullptr);
}

void TestMembershipEditing::onlyChangedFilter()
{
    m_proxy->setOnlyChanged(true);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_store->setWantsMember(m_store->rowOf(rp(2)), column(kAggA), true);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_undo->clear();
    m_store->discardAllEdits();
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setOnlyChanged(false);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestMembershipEditing::discard()
{
    m_store->setWantsMember(m_store->rowOf(rp(1)), column(kAggB), true);
    m_store->setWantsMember(m_store->rowOf(rp(2)), column(kAggA), true);
    QSignalSpy pendingChanged(m_store, &MembershipStore::pendingEditsChanged);
    m_store->discardEdits(m_store->rowOf(rp(1)));
    QCOMPARE(pendingChanged.size(), 1);
    QCOMPARE(m_store->pendingProviderCount(), 1);
    m_store->discardAllEdits();
    QCOMPARE(m_store->pendingProviderCount(), 0);
    QCOMPARE(m_store->pendingEditCount(), 0);
}

void TestMembershipEditing::rowsThatAreNotLoadedRejectEdits()
{
    const int unloaded = m_store->rowOf(rp(4));
    QVERIFY(!m_store->setWantsMember(unloaded, column(kAggA), true));
    const QModelIndex cell =
        m_model->index(unloaded, MembershipTableModel::FirstAggregateColumn + column(kAggA));
    QVERIFY(!m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));

    // A row on the wire is frozen, so the server's answer can be matched against what was sent.
    const int row = m_store->rowOf(rp(1));
    m_store->setSubmitState(rp(1), ProviderRecord::SubmitState::Submitting);
    QVERIFY(!m_store->setWantsMember(row, column(kAggB), true));
    m_store->setSubmitState(rp(1), ProviderRecord::SubmitState::Idle);
    QVERIFY(m_store->setWantsMember(row, column(kAggB), true));

    // A provider deleted on the server keeps its edits visible but takes no new ones.
    m_store->setSubmitState(rp(1), ProviderRecord::SubmitState::Failed, ApiError::fromHttp(404, {}));
    QCOMPARE(m_store->provider(row).state, ProviderRecord::State::Deleted);
    QVERIFY(m_store->provider(row).hasPendingEdits());
    QVERIFY(!m_store->setWantsMember(row, column(kAggA), false));
    QVERIFY(m_model->index(row, MembershipTableModel::StatusColumn)
                .data()
                .toString()
                .contains(QLatin1String("edits kept")));
}

QTEST_GUILESS_MAIN(TestMembershipEditing)
#include "tst_membershipediting.moc"
