#include "ui/boundedtablecellaccessible.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QWidget>
#include <QWindow>

BoundedTableCellAccessible::BoundedTableCellAccessible(QTableView *view, Kind kind, int row, int column)
    : m_view(view), m_kind(kind), m_section(kind == Kind::ColumnHeader ? column : row)
{
    if (kind == Kind::Cell && view && view->model())
        m_index = view->model()->index(row, column, view->rootIndex());
}

bool BoundedTableCellAccessible::isValid() const
{
    if (!m_view || !m_view->model())
        return false;
    switch (m_kind) {
    case Kind::Corner:
        return true;
    case Kind::ColumnHeader:
        return m_section >= 0 && m_section < m_view->model()->columnCount(m_view->rootIndex());
    case Kind::RowHeader:
        return m_section >= 0 && m_section < m_view->model()->rowCount(m_view->rootIndex());
    case Kind::Cell:
        return m_index.isValid();
    }
    return false;
}

QWindow *BoundedTableCellAccessible::window() const
{
    return m_view && m_view->window() ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *BoundedTableCellAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString BoundedTableCellAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    const QAbstractItemModel *model = m_view->model();
    switch (m_kind) {
    case Kind::Corner:
        return {};
    case Kind::ColumnHeader:
    case Kind::RowHeader: {
        const Qt::Orientation orientation = m_kind == Kind::ColumnHeader ? Qt::Horizontal : Qt::Vertical;
        return model
            ->headerData(m_section, orientation,
                         type == QAccessible::Description ? Qt::ToolTipRole : Qt::DisplayRole)
            .toString();
    }
    case Kind::Cell:
        break;
    }
    if (type == QAccessible::Description) {
        const QString description = m_index.data(Qt::AccessibleDescriptionRole).toString();
        return description.isEmpty() ? m_index.data(Qt::ToolTipRole).toString() : description;
    }
    if (type != QAccessible::Name)
        return {};
    const QString name = m_index.data(Qt::AccessibleTextRole).toString();
    return name.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : name;
}

QRect BoundedTableCellAccessible::rect() const
{
    if (!isValid() || !m_view->isVisible())
        return {};
    switch (m_kind) {
    case Kind::Corner:
        return {};
    case Kind::ColumnHeader: {
        const QHeaderView *header = m_view->horizontalHeader();
        return QRect(header->mapToGlobal(QPoint(header->sectionViewportPosition(m_section), 0)),
                     QSize(header->sectionSize(m_section), header->height()));
    }
    case Kind::RowHeader: {
        const QHeaderView *header = m_view->verticalHeader();
        return QRect(header->mapToGlobal(QPoint(0, header->sectionViewportPosition(m_section))),
                     QSize(header->width(), header->sectionSize(m_section)));
    }
    case Kind::Cell:
        break;
    }
    const QRect local = m_view->visualRect(m_index);
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role BoundedTableCellAccessible::role() const
{
    switch (m_kind) {
    case Kind::Corner:
        return QAccessible::Pane;
    case Kind::ColumnHeader:
        return QAccessible::ColumnHeader;
    case Kind::RowHeader:
        return QAccessible::RowHeader;
    case Kind::Cell:
        break;
    }
    return QAccessible::Cell;
}

bool BoundedTableCellAccessible::isCheckable() const
{
    return m_kind == Kind::Cell && m_index.isValid() && (m_index.flags() & Qt::ItemIsUserCheckable);
}

QAccessible::State BoundedTableCellAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    if (m_kind != Kind::Cell)
        return state;
    const Qt::ItemFlags flags = m_index.flags();
    state.disabled = !(flags & Qt::ItemIsEnabled);
    state.selectable = flags & Qt::ItemIsSelectable;
    state.selected = isSelected();
    state.focusable = true;
    state.focused = m_view->hasFocus() && m_view->currentIndex() == QModelIndex(m_index);
    const QRect cell = m_view->visualRect(m_index);
    state.offscreen = !m_view->viewport()->rect().intersects(cell);
    state.invisible = !m_view->isVisible();
    if (isCheckable()) {
        state.checkable = true;
        const auto check = m_index.data(Qt::CheckStateRole).value<Qt::CheckState>();
        state.checked = check == Qt::Checked;
        state.checkStateMixed = check == Qt::PartiallyChecked;
    }
    return state;
}

void *BoundedTableCellAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableCellInterface)
        return static_cast<QAccessibleTableCellInterface *>(this);
    if (type == QAccessible::ActionInterface && m_kind == Kind::Cell)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

bool BoundedTableCellAccessible::isSelected() const
{
    return m_kind == Kind::Cell && m_index.isValid() && m_view->selectionModel() &&
           m_view->selectionModel()->isSelected(m_index);
}

QList<QAccessibleInterface *> BoundedTableCellAccessible::columnHeaderCells() const
{
    // The table's own header interface: a cell never makes one that outlives the bound.
    QAccessibleInterface *table = parent();
    QAccessibleTableInterface *tableInterface = table ? table->tableInterface() : nullptr;
    if (!tableInterface || m_kind != Kind::Cell)
        return {};
    QAccessibleInterface *header = table->child(columnIndex() + 1);
    return header ? QList<QAccessibleInterface *>{header} : QList<QAccessibleInterface *>{};
}

QList<QAccessibleInterface *> BoundedTableCellAccessible::rowHeaderCells() const
{
    QAccessibleInterface *table = parent();
    QAccessibleTableInterface *tableInterface = table ? table->tableInterface() : nullptr;
    if (!tableInterface || m_kind != Kind::Cell)
        return {};
    QAccessibleInterface *header = table->child((rowIndex() + 1) * (tableInterface->columnCount() + 1));
    return header ? QList<QAccessibleInterface *>{header} : QList<QAccessibleInterface *>{};
}

int BoundedTableCellAccessible::columnIndex() const
{
    switch (m_kind) {
    case Kind::ColumnHeader:
        return m_section;
    case Kind::Cell:
        return m_index.column();
    case Kind::Corner:
    case Kind::RowHeader:
        break;
    }
    return -1;
}

int BoundedTableCellAccessible::rowIndex() const
{
    switch (m_kind) {
    case Kind::RowHeader:
        return m_section;
    case Kind::Cell:
        return m_index.row();
    case Kind::Corner:
    case Kind::ColumnHeader:
        break;
    }
    return -1;
}

QStringList BoundedTableCellAccessible::actionNames() const
{
    // A membership check box toggles (what Space does); other cells are selected by focusing them.
    return isCheckable() && (m_index.flags() & Qt::ItemIsEnabled) ? QStringList{toggleAction()}
                                                                  : QStringList{};
}

void BoundedTableCellAccessible::doAction(const QString &actionName)
{
    if (actionName != toggleAction() || !actionNames().contains(actionName))
        return;
    const auto check = m_index.data(Qt::CheckStateRole).value<Qt::CheckState>();
    m_view->model()->setData(m_index, check == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QStringList BoundedTableCellAccessible::keyBindingsForAction(const QString &actionName) const
{
    return actionName == toggleAction() && actionNames().contains(actionName)
               ? QStringList{QStringLiteral("Space")}
               : QStringList{};
}
