#pragma once

#include "api/requestlogentry.h"

#include <QList>
#include <QObject>

#include <memory>

class QFile;
class QNetworkAccessManager;

// Every request sent through one network manager (issue 10's request log): HttpJob records each
// send when the manager it uses has a log (RequestLog::of()), so Placement, Keystone and Nova
// requests all land here. Keeps the last capacity() entries; with setFile() each entry is also
// appended to a file as a JSON line (--log-requests FILE; the file is 0600).
class RequestLog : public QObject
{
    Q_OBJECT

public:
    // The log lives as a child of `network`: whoever sends through it finds it with of().
    explicit RequestLog(QNetworkAccessManager *network);
    ~RequestLog() override;
    static RequestLog *of(const QNetworkAccessManager *network);

    void setCapacity(int entries);
    int capacity() const { return m_capacity; }
    int count() const { return int(m_entries.size()); }
    const RequestLogEntry &entry(int index) const { return m_entries.at(index); }

    void record(const RequestLogEntry &entry);
    void clear();
    // Appends every later entry to `path` as a JSON line. False with *error when it cannot be opened.
    bool setFile(const QString &path, QString *error);

signals:
    void aboutToAdd(int index);
    void added(int index);
    // The oldest `count` entries are about to go (capacity), or all of them (clear()).
    void aboutToDrop(int count);
    void dropped(int count);

private:
    QList<RequestLogEntry> m_entries;
    int m_capacity = 5000;
    std::unique_ptr<QFile> m_file;
};
