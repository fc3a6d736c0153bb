#include "ui/providernamedelegate.h"

#include "itemmodels/membershiptablemodel.h"

#include <QApplication>
#include <QPainter>

ProviderNameDelegate::ProviderNameDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void ProviderNameDelegate::setIndentationEnabled(bool enabled)
{
    m_indentationEnabled = enabled;
}

int ProviderNameDelegate::indentation(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_indentationEnabled)
        return 0;
    const int depth = index.data(MembershipTableModel::DepthRole).toInt();
    return depth > 0 ? depth * option.fontMetrics.height() : 0;
}

void ProviderNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const int indent = indentation(option, index);
    if (indent == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection over the whole cell, so the indentation is highlighted too.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    // "└" connector in the last indentation step.
    const int step = opt.fontMetrics.height();
    const int x = opt.rect.left() + indent - step / 2;
    const int middle = opt.rect.center().y();
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(QPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid), 1));
    painter->drawLine(x, opt.rect.top() + 2, x, middle);
    painter->drawLine(x, middle, x + step / 2 - 2, middle);
    painter->restore();

    opt.rect.setLeft(opt.rect.left() + indent);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void ProviderNameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(MembershipTableModel::HasPendingEditsRole).toBool()) {
        option->font.setBold(true);
        option->text = QStringLiteral("\u270E ") + option->text;
    }
}

QSize ProviderNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += indentation(option, index);
    return size;
}
