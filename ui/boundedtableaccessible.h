#pragma once

#include <QAccessibleObject>
#include <QHash>

#include <deque>

class QTableView;

// The membership table as an accessible table, with Qt's child numbering (corner, column headers,
// row headers, cells: (row + 1) x (columns + 1) + column + 1), so focus events and screen readers
// see what they see with Qt's own implementation — except that at most MaxLiveCells cell
// interfaces exist at once. Qt's QAccessibleTable keeps every cell an assistive tool ever asked
// for until a reset, and walks all of them on each row insertion or removal: after a tool had
// walked 22,000 cells, every keystroke in the filter cost seconds and the app stopped answering
// accessibility requests for minutes. Here the oldest interfaces are released beyond the bound,
// and every structural model change releases all (at most MaxLiveCells), so the cost of a change
// does not grow with what was ever looked at. Installed for MembershipTableView and its pinned
// name view (factory()).
class BoundedTableAccessible : public QAccessibleObject, public QAccessibleTableInterface
{
public:
    static constexpr int MaxLiveCells = 1000;

    explicit BoundedTableAccessible(QTableView *view);
    ~BoundedTableAccessible() override;

    // For QAccessible::installFactory(): this interface for a MembershipTableView and its pinned view.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    QTableView *view() const;
    // Cell and header interfaces alive now (for tests).
    int liveCellCount() const { return int(m_cells.size()); }
    int logicalIndex(int row, int column) const; // of a cell; -1 for an invalid one

    // QAccessibleInterface
    bool isValid() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text type) const override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int columnCount() const override;
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedCellCount() const override;
    int selectedColumnCount() const override;
    int selectedRowCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QList<int> selectedColumns() const override;
    QList<int> selectedRows() const override;
    bool isColumnSelected(int column) const override;
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int column) override;
    bool unselectRow(int row) override;
    bool unselectColumn(int column) override;
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

private:
    void releaseAll() const;

    mutable QHash<int, QAccessible::Id> m_cells; // logical index -> registered interface
    mutable std::deque<int> m_order;             // logical indexes, oldest first
};
