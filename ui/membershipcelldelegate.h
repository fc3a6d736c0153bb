#pragma once

#include <QStyledItemDelegate>

// Draws an aggregate membership cell as a centred check mark; a dash where membership is unknown
// because reading the provider failed. Pending adds and removes get an outline and a "+" / "−" glyph. Other
// columns are drawn the standard way.
class MembershipCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MembershipCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Clicks hit the centred indicator (the base class expects it at the left edge); Space toggles.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    static QRect indicatorRect(const QStyleOptionViewItem &option);
    static void paintPendingChange(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index);
    // "≠" on a cell whose server membership differs from Nova's (DriftRole).
    static void paintDrift(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
};
