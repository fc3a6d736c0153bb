#pragma once

#include <QAbstractTableModel>

class RequestLog;

// The request log (api/RequestLog) as a table, newest last; rows follow the log as it grows and
// drops its oldest entries.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ServiceColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        MicroversionColumn,
        RequestIdColumn,
        ColumnCount,
    };
    enum Role {
        IsErrorRole = Qt::UserRole + 1, // bool: no answer, or a 4xx/5xx
        CurlRole,                       // RequestLogEntry::curlCommand()
        FilterRole,                     // "error" or "ok", for a proxy's fixed-string filter
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RequestLog *m_log;
};
