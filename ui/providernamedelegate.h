#pragma once

#include <QStyledItemDelegate>

// Draws a provider's name indented by its depth in the provider tree (MembershipTableModel::DepthRole),
// with a small connector to its parent, so nested providers read as children of the row above.
class ProviderNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProviderNameDelegate(QObject *parent = nullptr);

    // Indentation only means something while rows are in tree order; off while sorted by a column.
    void setIndentationEnabled(bool enabled);
    bool isIndentationEnabled() const { return m_indentationEnabled; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    // Rows with pending edits: bold name with a leading "✎" marker (not colour alone).
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int indentation(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_indentationEnabled = true;
};
