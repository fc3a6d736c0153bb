// The membership table's accessible interface (ui/BoundedTableAccessible): Qt's child numbering,
// names, check state and the Toggle action of a membership cell, and at most MaxLiveCells cell
// interfaces alive however many cells a tool walks — a structural model change then releases at
// most that many, instead of walking every cell ever looked at.

#include "ui/boundedtableaccessible.h"
#include "ui/membershiptableview.h"

#include <QAccessible>
#include <QStandardItemModel>
#include <QTest>

class TestTableAccessible : public QObject
{
    Q_OBJECT

private slots:
    void cellsAndHeadersUseQtsNumbering();
    void walkingEveryCellKeepsABoundedNumberAlive();
    void pinnedNameViewIsBoundedToo();
};

namespace {

std::unique_ptr<QStandardItemModel> makeModel(int rows, int columns)
{
    auto model = std::make_unique<QStandardItemModel>(rows, columns);
    for (int column = 0; column < columns; ++column)
        model->setHorizontalHeaderItem(column, new QStandardItem(QStringLiteral("agg-%1").arg(column)));
    for (int row = 0; row < rows; ++row) {
        model->setItem(row, 0, new QStandardItem(QStringLiteral("compute-%1").arg(row)));
        for (int column = 1; column < columns; ++column) {
            auto *item = new QStandardItem;
            item->setCheckable(true);
            item->setCheckState((row + column) % 3 == 0 ? Qt::Checked : Qt::Unchecked);
            model->setItem(row, column, item);
        }
    }
    return model;
}

} // namespace

void TestTableAccessible::cellsAndHeadersUseQtsNumbering()
{
    auto model = makeModel(5, 4);
    MembershipTableView view;
    view.setModel(model.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(table);
    QCOMPARE(table->role(), QAccessible::Table);
    QCOMPARE(table->text(QAccessible::Name), view.accessibleName());
    auto *bounded = dynamic_cast<BoundedTableAccessible *>(table);
    QVERIFY(bounded);
    QAccessibleTableInterface *tableInterface = table->tableInterface();
    QVERIFY(tableInterface);
    QCOMPARE(tableInterface->rowCount(), 5);
    QCOMPARE(tableInterface->columnCount(), 4);
    QCOMPARE(table->childCount(), (5 + 1) * (4 + 1)); // corner, headers, cells: as Qt counts them

    QCOMPARE(table->child(0)->role(), QAccessible::Pane);
    QCOMPARE(table->child(2)->role(), QAccessible::ColumnHeader);
    QCOMPARE(table->child(2)->text(QAccessible::Name), QStringLiteral("agg-1"));
    QCOMPARE(table->child(5)->role(), QAccessible::RowHeader);
    QAccessibleInterface *name = tableInterface->cellAt(2, 0);
    QCOMPARE(name->text(QAccessible::Name), QStringLiteral("compute-2"));
    QCOMPARE(table->indexOfChild(name), bounded->logicalIndex(2, 0));
    QCOMPARE(name->tableCellInterface()->rowIndex(), 2);
    QCOMPARE(name->tableCellInterface()->columnHeaderCells().first()->text(QAccessible::Name),
             QStringLiteral("agg-0"));
    QCOMPARE(tableInterface->cellAt(2, 0), name); // the same interface while it lives

    // A membership cell: checkable, its state, and Toggle sets the check as Space would.
    QAccessibleInterface *cell = tableInterface->cellAt(1, 2); // (1 + 2) % 3 == 0: checked
    QVERIFY(cell->state().checkable);
    QVERIFY(cell->state().checked);
    QAccessibleActionInterface *action = cell->actionInterface();
    QVERIFY(action);
    QCOMPARE(action->actionNames(), QStringList{QAccessibleActionInterface::toggleAction()});
    action->doAction(QAccessibleActionInterface::toggleAction());
    QCOMPARE(model->item(1, 2)->checkState(), Qt::Unchecked);
    QVERIFY(!cell->state().checked);
    QVERIFY(name->actionInterface()->actionNames().isEmpty()); // a name cell has nothing to toggle

    // Selecting a row through the interface selects it in the view.
    QVERIFY(tableInterface->selectRow(3));
    QVERIFY(view.selectionModel()->isRowSelected(3, {}));
    QCOMPARE(tableInterface->selectedCellCount(), 4);
    QVERIFY(tableInterface->isRowSelected(3));
    QVERIFY(tableInterface->cellAt(3, 1)->state().selected);
}

void TestTableAccessible::walkingEveryCellKeepsABoundedNumberAlive()
{
    // 2,000 providers x 11 columns: the 22,000 cells of the report.
    auto model = makeModel(2000, 11);
    MembershipTableView view;
    view.setModel(model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = dynamic_cast<BoundedTableAccessible *>(QAccessible::queryAccessibleInterface(&view));
    QVERIFY(table);
    const int children = table->childCount();
    QCOMPARE(children, 2001 * 12);
    int named = 0;
    for (int i = 0; i < children; ++i) {
        QAccessibleInterface *child = table->child(i);
        QVERIFY(child && child->isValid());
        if (!child->text(QAccessible::Name).isEmpty())
            ++named;
        QVERIFY(table->liveCellCount() <= BoundedTableAccessible::MaxLiveCells);
    }
    QCOMPARE(named, 2000 + 11 + 2000); // names, column headers, row headers (numbers)
    QCOMPARE(table->liveCellCount(), BoundedTableAccessible::MaxLiveCells);

    // The last ones asked for are still the same interfaces; a model change releases them all.
    QAccessibleInterface *last = table->child(children - 1);
    QCOMPARE(table->child(children - 1), last);
    QAccessibleTableModelChangeEvent removed(&view, QAccessibleTableModelChangeEvent::RowsRemoved);
    table->modelChange(&removed);
    QCOMPARE(table->liveCellCount(), 0);
    QAccessibleTableModelChangeEvent changed(&view, QAccessibleTableModelChangeEvent::DataChanged);
    table->child(children - 1);
    table->modelChange(&changed);
    QCOMPARE(table->liveCellCount(), 1); // data changes keep the numbering
    model->removeRows(0, 1000);
    QCOMPARE(table->childCount(), 1001 * 12);
    QVERIFY(!table->child(children - 1));
}

void TestTableAccessible::pinnedNameViewIsBoundedToo()
{
    auto model = makeModel(10, 3);
    MembershipTableView view;
    view.setModel(model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(
        dynamic_cast<BoundedTableAccessible *>(QAccessible::queryAccessibleInterface(view.pinnedNameView())));
    // Other views keep Qt's own interface.
    QTableView other;
    QVERIFY(!dynamic_cast<BoundedTableAccessible *>(QAccessible::queryAccessibleInterface(&other)));
}

QTEST_MAIN(TestTableAccessible)
#include "tst_tableaccessible.moc"
