#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kAggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kAggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kAggC = QStringLiteral("cccccccc-0000-4000-8000-000000000003");

ProviderInfo provider(const QString &uuid, const QString &name, const QString &parent = {})
{
    ProviderInfo info;
    info.uuid = uuid;
    info.name = name;
    info.generation = 3;
    info.parentUuid = parent;
    return info;
}

AggregatesResult aggregates(const QString &providerUuid, const QStringList &uuids, qint64 generation = 5)
{
    AggregatesResult result;
    result.providerUuid = providerUuid;
    result.aggregates = uuids;
    result.generation = generation;
    return result;
}

QString rp(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

class TestMembershipTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAreOrderedAsTree();
    void eachSpellingIsItsOwnColumn();
    void singleRowUpdateIsNarrow();
    void checkStatesAndRowStates();
    void headersShowShortFormWithFullTooltip();
    void textFilter();
    void textFilterFollowsNewRowsAndSortsByName();
    void aggregateFilter();
    void resetDropsStaleColumns();

private:
    MembershipStore *m_store = nullptr;
    MembershipTableModel *m_model = nullptr;
    MembershipFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestMembershipTableModel::init()
{
    m_store = new MembershipStore;
    m_model = new MembershipTableModel(m_store);
    m_proxy = new MembershipFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_modelTester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester =
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // node10 after node2 (numeric order); the child right after its parent.
    m_store->resetProviders(
        {provider(rp(1), QStringLiteral("node10")), provider(rp(2), QStringLiteral("node2")),
         provider(rp(3), QStringLiteral("a-child"), rp(1)), provider(rp(4), QStringLiteral("empty-node"))});
}

void TestMembershipTableModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
    delete m_store;
}

void TestMembershipTableModel::rowsAreOrderedAsTree()
{
    QCOMPARE(m_model->rowCount(), 4);
    QStringList names;
    QList<int> depths;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        names << m_model->index(row, MembershipTableModel::NameColumn).data().toString();
        depths << m_model->index(row, 0).data(MembershipTableModel::DepthRole).toInt();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("empty-node"), QStringLiteral("node2"),
                                 QStringLiteral("node10"), QStringLiteral("a-child")}));
    QCOMPARE(depths, (QList<int>{0, 0, 0, 1}));
    QCOMPARE(m_model->index(3, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Parent: node10")),
             true);
    QCOMPARE(m_store->rowOf(rp(3).toUpper()), 3); // provider lookups ignore case too
}

void TestMembershipTableModel::eachSpellingIsItsOwnColumn()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::columnsInserted);
    m_store->setAggregates(aggregates(rp(1), {kAggC, kAggA}));
    // Placement stores strings verbatim: other spellings are other aggregates, each its own column,
    // placed next to the spellings of the same UUID.
    const QString upperA = kAggA.toUpper();
    const QString bracedC = QLatin1Char('{') + QString(kAggC).remove(QLatin1Char('-')) + QLatin1Char('}');
    m_store->setAggregates(aggregates(rp(2), {upperA, bracedC, kAggB}));

    QCOMPARE(inserted.size(), 5);
    QCOMPARE(m_store->aggregateUuids(), (QStringList{upperA, kAggA, kAggB, kAggC, bracedC}));
    QCOMPARE(m_model->columnCount(), MembershipTableModel::FirstAggregateColumn + 5);
    QCOMPARE(m_model->columnForAggregate(upperA), int(MembershipTableModel::FirstAggregateColumn));
    QCOMPARE(m_model->columnForAggregate(kAggA), MembershipTableModel::FirstAggregateColumn + 1);
    for (int column = 0; column < 5; ++column)
        QCOMPARE(m_store->memberCount(column), 1);
    QCOMPARE(m_store->otherSpellings(0), QStringList{kAggA});
    QCOMPARE(m_store->otherSpellings(3), QStringList{bracedC});
    QCOMPARE(m_store->aggregatesOf(m_store->rowOf(rp(2))), (QStringList{upperA, kAggB, bracedC}));
    // The header says so: same UUID, stored in another spelling.
    const QString tip =
        m_model->headerData(MembershipTableModel::FirstAggregateColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    QVERIFY2(tip.contains(QLatin1String("another spelling")) && tip.contains(kAggA), qPrintable(tip));
    QVERIFY(
        m_model->headerData(MembershipTableModel::FirstAggregateColumn + 2, Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .contains(QLatin1String("another spelling")) == false);
}

void TestMembershipTableModel::singleRowUpdateIsNarrow()
{
    m_store->setAggregates(aggregates(rp(1), {kAggA}));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const int row = m_store->rowOf(rp(2));
    m_store->setAggregates(aggregates(rp(2), {kAggA}, 9));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(m_model->index(row, MembershipTableModel::GenerationColumn).data().toLongLong(), 9);

    // Answers for providers that are not in the table are ignored, without any signal.
    m_store->setAggregates(aggregates(rp(99), {kAggB}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->aggregateCount(), 1);
}

void TestMembershipTableModel::checkStatesAndRowStates()
{
    m_store->setAggregates(aggregates(rp(1), {kAggA}));
    m_store->setAggregates(aggregates(rp(2), {}));
    const int member = m_store->rowOf(rp(1));
    const int nonMember = m_store->rowOf(rp(2));
    const int loading = m_store->rowOf(rp(4));
    const int column = MembershipTableModel::FirstAggregateColumn;
    QCOMPARE(m_model->index(member, column).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(nonMember, column).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_model->index(loading, column).data(Qt::CheckStateRole).isValid()); // unknown, not "no"
    QVERIFY(m_model->index(member, column).flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->index(loading, column).flags().testFlag(Qt::ItemIsUserCheckable)); // base unknown

    m_store->setProviderFailed(rp(4), ApiError::fromHttp(404, {}));
    QCOMPARE(m_model->index(loading, MembershipTableModel::StatusColumn).data().toString(),
             QStringLiteral("Deleted on the server"));
    m_store->setProviderFailed(rp(3), ApiError::fromHttp(500, {}));
    const QString status =
        m_model->index(m_store->rowOf(rp(3)), MembershipTableModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QLatin1String("500")), qPrintable(status));
    QCOMPARE(m_store->countInState(ProviderRecord::State::Failed), 1);
    QCOMPARE(m_store->countInState(ProviderRecord::State::Deleted), 1);
}

void TestMembershipTableModel::headersShowShortFormWithFullTooltip()
{
    m_store->setAggregates(aggregates(rp(1), {kAggB}));
    const int column = MembershipTableModel::FirstAggregateColumn;
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("bbbbbbbb"));
    QVERIFY(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(kAggB));
    QCOMPARE(m_model->headerData(column, Qt::Horizontal, MembershipTableModel::AggregateUuidRole).toString(),
             kAggB);
    QCOMPARE(m_model->headerData(MembershipTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void TestMembershipTableModel::textFilter()
{
    m_proxy->setTextFilter(QStringLiteral("NODE"));
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setTextFilter(rp(3).right(6)); // part of a UUID
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("a-child"));
    // The same UUID typed upper case, without dashes, in braces: the same match as in every filter.
    m_proxy->setTextFilter(QLatin1Char('{') + rp(3).toUpper().remove(QLatin1Char('-')) + QLatin1Char('}'));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("a-child"));
    m_proxy->setTextFilter(QStringLiteral("-8000-0000"));
    QCOMPARE(m_proxy->rowCount(), 4); // a dashed fragment matches across the dash
    m_proxy->setTextFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestMembershipTableModel::textFilterFollowsNewRowsAndSortsByName()
{
    // The proxy keeps each row's match text: it must follow a reset with other names and rows,
    // and the name sort on those keys must agree with the model's SortRole.
    m_proxy->setTextFilter(QStringLiteral("node"));
    QCOMPARE(m_proxy->rowCount(), 3);
    // As many rows as before: only the reset says the keys are stale.
    m_store->resetProviders(
        {provider(rp(6), QStringLiteral("Omega")), provider(rp(7), QStringLiteral("Zeta")),
         provider(rp(8), QStringLiteral("alpha-NODE")), provider(rp(9), QStringLiteral("ÄRGER-node"))});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setTextFilter(QStringLiteral("ärger"));
    QCOMPARE(m_proxy->rowCount(), 1); // case-insensitive beyond ASCII
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("ÄRGER-node"));
    m_proxy->setTextFilter(rp(7).right(4));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Zeta"));
    m_proxy->setTextFilter(QString());

    m_proxy->sort(MembershipTableModel::NameColumn, Qt::AscendingOrder);
    QStringList sorted;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        sorted << m_proxy->index(row, MembershipTableModel::NameColumn).data().toString();
    QStringList bySortRole = sorted;
    std::sort(bySortRole.begin(), bySortRole.end(), [this](const QString &a, const QString &b) {
        const auto key = [this](const QString &name) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, MembershipTableModel::NameColumn);
                if (index.data().toString() == name)
                    return index.data(MembershipTableModel::SortRole).toString();
            }
            return QString();
        };
        return key(a) < key(b);
    });
    QCOMPARE(sorted, bySortRole);
    QCOMPARE(sorted, (QStringList{QStringLiteral("alpha-NODE"), QStringLiteral("Omega"),
                                  QStringLiteral("Zeta"), QStringLiteral("ÄRGER-node")}));
    m_proxy->sort(-1);
}

void TestMembershipTableModel::aggregateFilter()
{
    m_store->setAggregates(aggregates(rp(1), {kAggA, kAggB}));
    m_store->setAggregates(aggregates(rp(2), {kAggB}));
    m_store->setAggregates(aggregates(rp(3), {}));
    m_proxy->setAggregateFilter(kAggB.toUpper());
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setAggregateFilter(kAggA, MembershipFilterProxyModel::AggregateMode::NotMemberOf);
    QCOMPARE(m_proxy->rowCount(), 3);
    // Both filters combine.
    m_proxy->setTextFilter(QStringLiteral("child"));
    QCOMPARE(m_proxy->rowCount(), 1);
    // Rows update live: rp(3) joins A and leaves the "not member of A" view.
    m_store->setAggregates(aggregates(rp(3), {kAggA}));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setAggregateFilter(QString());
    m_proxy->setTextFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestMembershipTableModel::resetDropsStaleColumns()
{
    m_store->setAggregates(aggregates(rp(1), {kAggA, kAggB}));
    QCOMPARE(m_store->aggregateCount(), 2);
    m_store->resetProviders({provider(rp(5), QStringLiteral("fresh"))});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_store->aggregateCount(), 0);
    QCOMPARE(m_model->columnCount(), int(MembershipTableModel::FirstAggregateColumn));
}

QTEST_GUILESS_MAIN(TestMembershipTableModel)
#include "tst_membershiptablemodel.moc"
