#pragma once

#include <QAccessibleInterface>
#include <QPersistentModelIndex>
#include <QPointer>

class QTableView;

// One cell, header or the corner of BoundedTableAccessible. A membership cell's check box is its
// action ("Toggle" sets or clears the membership, as Space does) and its state (checkable, checked).
class BoundedTableCellAccessible : public QAccessibleInterface,
                                   public QAccessibleTableCellInterface,
                                   public QAccessibleActionInterface
{
public:
    enum class Kind {
        Corner,
        ColumnHeader,
        RowHeader,
        Cell,
    };

    BoundedTableCellAccessible(QTableView *view, Kind kind, int row, int column);

    Kind kind() const { return m_kind; }
    QTableView *view() const { return m_view; }

    // QAccessibleInterface
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override;
    QList<QAccessibleInterface *> rowHeaderCells() const override;
    int columnIndex() const override;
    int rowIndex() const override;
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleActionInterface
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    bool isCheckable() const;

    QPointer<QTableView> m_view;
    Kind m_kind;
    int m_section; // header: the section; cell: unused
    QPersistentModelIndex m_index;
};
