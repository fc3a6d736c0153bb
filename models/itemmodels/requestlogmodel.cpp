#include "itemmodels/requestlogmodel.h"

#include "api/requestlog.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    connect(log, &RequestLog::aboutToAdd, this, [this](int index) { beginInsertRows({}, index, index); });
    connect(log, &RequestLog::added, this, [this] { endInsertRows(); });
    connect(log, &RequestLog::aboutToDrop, this,
            [this](int count) { beginRemoveRows({}, 0, std::min(count, m_log->count()) - 1); });
    connect(log, &RequestLog::dropped, this, [this] { endRemoveRows(); });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log->count();
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestLogEntry &entry = m_log->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
        case ServiceColumn:
            return entry.service;
        case MethodColumn:
            return entry.method;
        case PathColumn: {
            const QString query = entry.url.query(QUrl::FullyDecoded);
            return query.isEmpty() ? entry.url.path() : entry.url.path() + QLatin1Char('?') + query;
        }
        case StatusColumn:
            return entry.status > 0 ? QString::number(entry.status) : entry.outcome;
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(entry.durationMs));
        case MicroversionColumn:
            return entry.microversion;
        case RequestIdColumn:
            return entry.requestId;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = entry.url.toDisplayString(QUrl::RemoveUserInfo);
        if (!entry.outcome.isEmpty())
            tip += QLatin1Char('\n') + entry.outcome;
        if (entry.attempt > 1)
            tip += QLatin1Char('\n') + tr("Attempt %1").arg(entry.attempt);
        return tip;
    }
    case Qt::ForegroundRole:
        if (entry.isError() && index.column() == StatusColumn)
            return QBrush(QColor(0xb0, 0x1e, 0x1e)); // dark red: readable on light and dark rows
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsErrorRole:
        return entry.isError();
    case CurlRole:
        return entry.curlCommand();
    case FilterRole:
        return entry.isError() ? QStringLiteral("error") : QStringLiteral("ok");
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServiceColumn:
        return tr("Service");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case MicroversionColumn:
        return tr("Microversion");
    case RequestIdColumn:
        return tr("Request ID");
    }
    return {};
}
