#include "ui/membershipcelldelegate.h"

#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"
#include "membership/providerrecord.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace {

bool isAggregateCell(const QModelIndex &index)
{
    return index.data(MembershipTableModel::AggregateUuidRole).isValid();
}

} // namespace

MembershipCellDelegate::MembershipCellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void MembershipCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (!isAggregateCell(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus the standard way, without the left-aligned indicator.
    const QVariant checkState = index.data(Qt::CheckStateRole);
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (checkState.isValid()) {
        QStyleOptionViewItem indicator(opt);
        indicator.rect = indicatorRect(opt);
        indicator.state &= ~QStyle::State_HasFocus;
        indicator.state |=
            checkState.value<Qt::CheckState>() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &indicator, painter, widget);
        paintPendingChange(painter, opt, index);
        paintDrift(painter, opt, index);
        return;
    }
    // A row that could not be read: membership unknown (the Status column says why).
    const auto state =
        static_cast<ProviderRecord::State>(index.data(MembershipTableModel::RowStateRole).toInt());
    if (state == ProviderRecord::State::Listed)
        return; // still loading; the cell fills in shortly
    painter->save();
    painter->setPen(opt.palette.color(QPalette::Disabled, QPalette::Text));
    painter->drawText(opt.rect, Qt::AlignCenter, QStringLiteral("–"));
    painter->restore();
}

void MembershipCellDelegate::paintPendingChange(QPainter *painter, const QStyleOptionViewItem &option,
                                                const QModelIndex &index)
{
    const auto change = static_cast<MembershipStore::PendingChange>(
        index.data(MembershipTableModel::PendingChangeRole).toInt());
    if (change == MembershipStore::PendingChange::None)
        return;
    // Colour plus shape, so the mark reads without colour vision: a solid outline and "+" for an
    // add, a dashed outline and "−" for a remove.
    const bool added = change == MembershipStore::PendingChange::Added;
    const QColor colour = added ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(colour, 2, added ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(option.rect.adjusted(3, 1, -3, -1), Qt::AlignTop | Qt::AlignRight,
                      added ? QStringLiteral("+") : QStringLiteral("\u2212"));
    painter->restore();
}

void MembershipCellDelegate::paintDrift(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (!index.data(MembershipTableModel::DriftRole).toBool())
        return;
    // A shape, not only a colour: "≠" in the bottom-left corner (Nova says otherwise; the tooltip
    // says how), away from the pending mark in the top-right one.
    painter->save();
    painter->setPen(QColor(0xb3, 0x6b, 0x00));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(option.rect.adjusted(3, 1, -3, -1), Qt::AlignBottom | Qt::AlignLeft,
                      QStringLiteral("\u2260"));
    painter->restore();
}

QRect MembershipCellDelegate::indicatorRect(const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QSize size(style->pixelMetric(QStyle::PM_IndicatorWidth, &option, widget),
                     style->pixelMetric(QStyle::PM_IndicatorHeight, &option, widget));
    return QStyle::alignedRect(option.direction, Qt::AlignCenter, size, option.rect);
}

bool MembershipCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                         const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!isAggregateCell(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const Qt::ItemFlags flags = model->flags(index);
    const QVariant checkState = index.data(Qt::CheckStateRole);
    if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled) || !checkState.isValid())
        return false;

    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !indicatorRect(option).contains(mouse->position().toPoint()))
            return false;
        if (event->type() != QEvent::MouseButtonRelease)
            return true; // swallow: the release toggles
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    const bool checked = checkState.value<Qt::CheckState>() == Qt::Checked;
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QSize MembershipCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isAggregateCell(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 4;
    return {style->pixelMetric(QStyle::PM_IndicatorWidth, &option, widget) + 2 * margin,
            style->pixelMetric(QStyle::PM_IndicatorHeight, &option, widget) + 2 * margin};
}
