#include "api/requestlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

RequestLog::RequestLog(QNetworkAccessManager *network) : QObject(network) {}

RequestLog::~RequestLog() = default;

RequestLog *RequestLog::of(const QNetworkAccessManager *network)
{
    return network ? network->findChild<RequestLog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void RequestLog::setCapacity(int entries)
{
    m_capacity = std::max(1, entries);
    if (m_entries.size() > m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity;
        emit aboutToDrop(drop);
        m_entries.remove(0, drop);
        emit dropped(drop);
    }
}

void RequestLog::record(const RequestLogEntry &entry)
{
    if (m_file) {
        m_file->write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
        m_file->flush();
    }
    if (m_entries.size() >= m_capacity) {
        // A tenth at a time, so a full log does not shift thousands of entries per request.
        const int drop = std::max(1, m_capacity / 10);
        emit aboutToDrop(drop);
        m_entries.remove(0, std::min<qsizetype>(drop, m_entries.size()));
        emit dropped(drop);
    }
    const int index = int(m_entries.size());
    emit aboutToAdd(index);
    m_entries.append(entry);
    emit added(index);
}

void RequestLog::clear()
{
    const int count = int(m_entries.size());
    if (count == 0)
        return;
    emit aboutToDrop(count);
    m_entries.clear();
    emit dropped(count);
}

bool RequestLog::setFile(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Could not open the request log %1: %2").arg(path, file->errorString());
        return false;
    }
    // It names the cloud's providers and aggregates: the owner's eyes only.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file = std::move(file);
    return true;
}
