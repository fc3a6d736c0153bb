#pragma once

#include <QStyledItemDelegate>

// Status column: adds an icon to rows that failed, were deleted or were not read, so problems
// stand out by shape as well as by the text (and the tooltip carries Placement's full message).
class RowStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowStatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
