#include "ui/boundedtableaccessible.h"

#include "ui/boundedtablecellaccessible.h"
#include "ui/membershiptableview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>
#include <limits>

BoundedTableAccessible::BoundedTableAccessible(QTableView *view) : QAccessibleObject(view) {}

BoundedTableAccessible::~BoundedTableAccessible()
{
    releaseAll();
}

QAccessibleInterface *BoundedTableAccessible::factory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *view = qobject_cast<QTableView *>(object);
    if (!view)
        return nullptr;
    if (!qobject_cast<MembershipTableView *>(view) && !qobject_cast<MembershipTableView *>(view->parent()))
        return nullptr;
    return new BoundedTableAccessible(view);
}

QTableView *BoundedTableAccessible::view() const
{
    return static_cast<QTableView *>(object());
}

bool BoundedTableAccessible::isValid() const
{
    return QAccessibleObject::isValid() && view();
}

QAccessibleInterface *BoundedTableAccessible::parent() const
{
    return view() && view()->parentWidget() ? QAccessible::queryAccessibleInterface(view()->parentWidget())
                                            : nullptr;
}

int BoundedTableAccessible::columnCount() const
{
    return view() && view()->model() ? view()->model()->columnCount(view()->rootIndex()) : 0;
}

int BoundedTableAccessible::rowCount() const
{
    return view() && view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
}

int BoundedTableAccessible::childCount() const
{
    if (!view() || !view()->model())
        return 0;
    return (rowCount() + 1) * (columnCount() + 1);
}

int BoundedTableAccessible::logicalIndex(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return -1;
    return (row + 1) * (columnCount() + 1) + column + 1;
}

QAccessibleInterface *BoundedTableAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto known = m_cells.find(index); known != m_cells.end()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(known.value()))
            return iface;
        m_cells.erase(known); // released elsewhere (the cache's owner went away)
    }
    const int columns = columnCount() + 1;
    const int row = index / columns - 1; // -1: the header row
    const int column = index % columns - 1;
    using Kind = BoundedTableCellAccessible::Kind;
    const Kind kind = row < 0 ? (column < 0 ? Kind::Corner : Kind::ColumnHeader)
                              : (column < 0 ? Kind::RowHeader : Kind::Cell);
    auto *iface = new BoundedTableCellAccessible(view(), kind, row, column);
    const QAccessible::Id id = QAccessible::registerAccessibleInterface(iface);
    m_cells.insert(index, id);
    m_order.push_back(index);
    // Beyond the bound the oldest go: a tool that walks 22,000 cells holds 1,000 at a time.
    while (m_order.size() > size_t(MaxLiveCells)) {
        const int oldest = m_order.front();
        m_order.pop_front();
        if (oldest == index || std::find(m_order.cbegin(), m_order.cend(), oldest) != m_order.cend())
            continue; // the newest, or an index asked for again later: that entry will release it
        if (const auto old = m_cells.find(oldest); old != m_cells.end()) {
            QAccessible::deleteAccessibleInterface(old.value());
            m_cells.erase(old);
        }
    }
    return iface;
}

int BoundedTableAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *cell = dynamic_cast<const BoundedTableCellAccessible *>(child);
    if (!cell || cell->view() != view())
        return -1;
    switch (cell->kind()) {
    case BoundedTableCellAccessible::Kind::Corner:
        return 0;
    case BoundedTableCellAccessible::Kind::ColumnHeader:
        return cell->columnIndex() + 1;
    case BoundedTableCellAccessible::Kind::RowHeader:
        return (cell->rowIndex() + 1) * (columnCount() + 1);
    case BoundedTableCellAccessible::Kind::Cell:
        return logicalIndex(cell->rowIndex(), cell->columnIndex());
    }
    return -1;
}

QAccessibleInterface *BoundedTableAccessible::childAt(int x, int y) const
{
    if (!view())
        return nullptr;
    const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? child(logicalIndex(index.row(), index.column())) : nullptr;
}

QAccessibleInterface *BoundedTableAccessible::cellAt(int row, int column) const
{
    const int index = logicalIndex(row, column);
    return index < 0 ? nullptr : child(index);
}

QString BoundedTableAccessible::text(QAccessible::Text type) const
{
    if (!view())
        return {};
    return type == QAccessible::Description ? view()->accessibleDescription() : view()->accessibleName();
}

QRect BoundedTableAccessible::rect() const
{
    if (!view() || !view()->isVisible())
        return {};
    return QRect(view()->mapToGlobal(QPoint(0, 0)), view()->size());
}

QAccessible::Role BoundedTableAccessible::role() const
{
    return QAccessible::Table;
}

QAccessible::State BoundedTableAccessible::state() const
{
    QAccessible::State state;
    if (view()) {
        state.focusable = view()->focusPolicy() != Qt::NoFocus;
        state.focused = view()->hasFocus();
        state.invisible = !view()->isVisible();
        state.multiSelectable = view()->selectionMode() == QAbstractItemView::ExtendedSelection ||
                                view()->selectionMode() == QAbstractItemView::MultiSelection;
    }
    return state;
}

void *BoundedTableAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableInterface ? static_cast<QAccessibleTableInterface *>(this) : nullptr;
}

QString BoundedTableAccessible::columnDescription(int column) const
{
    return view() && view()->model() ? view()->model()->headerData(column, Qt::Horizontal).toString()
                                     : QString();
}

QString BoundedTableAccessible::rowDescription(int row) const
{
    return view() && view()->model() ? view()->model()->headerData(row, Qt::Vertical).toString() : QString();
}

int BoundedTableAccessible::selectedCellCount() const
{
    // From the ranges: selectedIndexes() would list every selected cell (100,000 rows x 1,000
    // aggregates when all rows are selected).
    if (!view() || !view()->selectionModel())
        return 0;
    qsizetype count = 0;
    const QItemSelection selection = view()->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        count += qsizetype(range.width()) * range.height();
    return int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
}

int BoundedTableAccessible::selectedColumnCount() const
{
    return int(selectedColumns().size());
}

int BoundedTableAccessible::selectedRowCount() const
{
    return int(selectedRows().size());
}

QList<QAccessibleInterface *> BoundedTableAccessible::selectedCells() const
{
    // At most MaxLiveCells (more would only release the first ones again).
    QList<QAccessibleInterface *> cells;
    if (!view() || !view()->selectionModel())
        return cells;
    const QItemSelection selection = view()->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            for (int column = range.left(); column <= range.right(); ++column) {
                if (cells.size() >= MaxLiveCells)
                    return cells;
                if (QAccessibleInterface *cell = cellAt(row, column))
                    cells.append(cell);
            }
        }
    }
    return cells;
}

QList<int> BoundedTableAccessible::selectedColumns() const
{
    QList<int> columns;
    if (!view() || !view()->selectionModel())
        return columns;
    const QModelIndexList indexes = view()->selectionModel()->selectedColumns();
    for (const QModelIndex &index : indexes)
        columns.append(index.column());
    return columns;
}

QList<int> BoundedTableAccessible::selectedRows() const
{
    QList<int> rows;
    if (!view() || !view()->selectionModel())
        return rows;
    const QModelIndexList indexes = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows.append(index.row());
    return rows;
}

bool BoundedTableAccessible::isColumnSelected(int column) const
{
    return view() && view()->selectionModel() &&
           view()->selectionModel()->isColumnSelected(column, view()->rootIndex());
}

bool BoundedTableAccessible::isRowSelected(int row) const
{
    return view() && view()->selectionModel() &&
           view()->selectionModel()->isRowSelected(row, view()->rootIndex());
}

bool BoundedTableAccessible::selectRow(int row)
{
    if (!view() || !view()->selectionModel() || view()->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    if (!index.isValid())
        return false;
    view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

bool BoundedTableAccessible::selectColumn(int column)
{
    Q_UNUSED(column)
    return false; // the table selects rows (providers), never whole aggregate columns
}

bool BoundedTableAccessible::unselectRow(int row)
{
    if (!view() || !view()->selectionModel())
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    if (!index.isValid())
        return false;
    view()->selectionModel()->select(index, QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

bool BoundedTableAccessible::unselectColumn(int column)
{
    Q_UNUSED(column)
    return false;
}

void BoundedTableAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    // Rows or columns came or went (or everything): the numbering moved. Releasing the few live
    // interfaces costs at most MaxLiveCells, whatever was looked at before.
    if (event->modelChangeType() != QAccessibleTableModelChangeEvent::DataChanged)
        releaseAll();
}

void BoundedTableAccessible::releaseAll() const
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    m_cells.clear();
    m_order.clear();
}
