#include "itemmodels/historymodel.h"

#include "api/uuids.h"
#include "membership/changehistory.h"

#include <QLocale>

#include <utility>

HistoryModel::HistoryModel(ChangeHistory *history, NameOf nameOf, QObject *parent)
    : QAbstractTableModel(parent), m_history(history), m_nameOf(std::move(nameOf)),
      m_rows(int(history->entries().size()))
{
    connect(history, &ChangeHistory::entriesReset, this, [this] {
        beginResetModel();
        m_rows = int(m_history->entries().size());
        endResetModel();
    });
    connect(history, &ChangeHistory::entryAppended, this, [this] {
        const int rows = int(m_history->entries().size());
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    });
}

void HistoryModel::namesChanged()
{
    if (m_rows > 0)
        emit dataChanged(index(0, ChangeColumn), index(m_rows - 1, ChangeColumn));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::aggregateText(const QString &aggregate) const
{
    const QString name = m_nameOf ? m_nameOf(aggregate) : QString();
    return name.isEmpty() ? Uuids::display(aggregate) : name;
}

QString HistoryModel::changeText(int entryIndex) const
{
    const HistoryEntry &entry = m_history->entries().at(entryIndex);
    QStringList parts;
    for (const QString &aggregate : entry.added())
        parts.append(tr("+%1").arg(aggregateText(aggregate)));
    for (const QString &aggregate : entry.removed())
        parts.append(tr("−%1").arg(aggregateText(aggregate)));
    if (parts.isEmpty())
        return tr("(no change in membership)");
    return parts.join(QLatin1String(", "));
}

namespace {

QString howText(HistoryEntry::How how)
{
    switch (how) {
    case HistoryEntry::How::Applied:
        return HistoryModel::tr("Applied");
    case HistoryEntry::How::Resent:
        return HistoryModel::tr("Resent");
    case HistoryEntry::How::Merged:
        return HistoryModel::tr("Merged");
    case HistoryEntry::How::Overwritten:
        return HistoryModel::tr("Overwritten");
    case HistoryEntry::How::AlreadyApplied:
        return HistoryModel::tr("Already on the server");
    }
    return {};
}

QString howTip(HistoryEntry::How how)
{
    switch (how) {
    case HistoryEntry::How::Applied:
        return HistoryModel::tr("The server accepted the change as sent.");
    case HistoryEntry::How::Resent:
        return HistoryModel::tr("Resent after the provider's generation moved without membership changes.");
    case HistoryEntry::How::Merged:
        return HistoryModel::tr("Someone else had changed the provider too; both changes were merged.");
    case HistoryEntry::How::Overwritten:
        return HistoryModel::tr("Someone else had changed the provider too; their set was replaced.");
    case HistoryEntry::How::AlreadyApplied:
        return HistoryModel::tr(
            "A re-read found the server already holding the change (an answer was lost).");
    }
    return {};
}

} // namespace

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &entry = m_history->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
        case ProviderColumn:
            return entry.providerName.isEmpty() ? entry.providerUuid : entry.providerName;
        case ChangeColumn:
            return changeText(index.row());
        case HowColumn:
            return howText(entry.how);
        case UserColumn:
            return entry.user;
        case ProjectColumn:
            return entry.project;
        case RequestIdColumn:
            return entry.requestId;
        case MicroversionColumn:
            return entry.microversion;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
        case ProviderColumn:
            return entry.providerUuid;
        case ChangeColumn: {
            QStringList before;
            for (const QString &aggregate : entry.before)
                before.append(aggregateText(aggregate));
            QStringList after;
            for (const QString &aggregate : entry.after)
                after.append(aggregateText(aggregate));
            return tr("Before: %1\nAfter: %2")
                .arg(before.isEmpty() ? tr("(none)") : before.join(QLatin1String(", ")),
                     after.isEmpty() ? tr("(none)") : after.join(QLatin1String(", ")));
        }
        case HowColumn:
            return howTip(entry.how);
        }
        break;
    case EntryIndexRole:
        return index.row();
    case SearchRole: {
        QStringList parts = {entry.providerName, entry.providerUuid, changeText(index.row()),
                             howText(entry.how), entry.user,         entry.project,
                             entry.requestId};
        parts += entry.before;
        parts += entry.after;
        return parts.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProviderColumn:
        return tr("Provider");
    case ChangeColumn:
        return tr("Change");
    case HowColumn:
        return tr("How");
    case UserColumn:
        return tr("User");
    case ProjectColumn:
        return tr("Project");
    case RequestIdColumn:
        return tr("Request ID");
    case MicroversionColumn:
        return tr("Microversion");
    }
    return {};
}
