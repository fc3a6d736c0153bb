#include "ui/rowstatusdelegate.h"

#include "itemmodels/membershiptablemodel.h"
#include "membership/providerrecord.h"

#include <QApplication>

RowStatusDelegate::RowStatusDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void RowStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    if (index.data(MembershipTableModel::ChangedOnServerRole).toBool()) {
        // The live view saw someone else change it: an icon and bold text until the row is visited.
        option->icon = style->standardIcon(QStyle::SP_BrowserReload, option, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setBold(true);
        return;
    }
    QStyle::StandardPixmap pixmap;
    switch (static_cast<ProviderRecord::State>(index.data(MembershipTableModel::RowStateRole).toInt())) {
    case ProviderRecord::State::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case ProviderRecord::State::Deleted:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case ProviderRecord::State::Canceled:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case ProviderRecord::State::Cached:
        pixmap = QStyle::SP_BrowserReload; // shown from the cache, waiting for the server
        break;
    default:
        return;
    }
    option->icon = style->standardIcon(pixmap, option, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
