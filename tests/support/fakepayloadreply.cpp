#include "support/fakepayloadreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

FakePayloadReply::FakePayloadReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                                   int status, const QByteArray &body, const QList<RawHeaderPair> &headers,
                                   QObject *parent)
    : FakeReply(operation, request, parent), m_status(status), m_payload(body), m_headers(headers)
{
    bool hasLength = false;
    for (const RawHeaderPair &header : headers)
        hasLength = hasLength || header.first.compare("content-length", Qt::CaseInsensitive) == 0;
    if (!hasLength)
        m_headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});

    // Never answer synchronously: clients connect to the reply only after createRequest() returns.
    m_respondTimer.setSingleShot(true);
    connect(&m_respondTimer, &QTimer::timeout, this, &FakePayloadReply::respond);
    m_respondTimer.start(0);
}

FakePayloadReply *FakePayloadReply::json(QNetworkAccessManager::Operation operation,
                                         const QNetworkRequest &request, int status,
                                         const QJsonDocument &document, QObject *parent)
{
    return json(operation, request, status, document.toJson(QJsonDocument::Compact), parent);
}

FakePayloadReply *FakePayloadReply::json(QNetworkAccessManager::Operation operation,
                                         const QNetworkRequest &request, int status, const QByteArray &json,
                                         QObject *parent)
{
    return new FakePayloadReply(operation, request, status, json,
                                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                                parent);
}

FakePayloadReply *FakePayloadReply::placementError(QNetworkAccessManager::Operation operation,
                                                   const QNetworkRequest &request, int status,
                                                   const QString &detail, const QString &code,
                                                   QObject *parent)
{
    const QJsonObject error{
        {QStringLiteral("status"), status},
        {QStringLiteral("title"), QString::fromLatin1(reasonPhrase(status))},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("code"), code},
        {QStringLiteral("request_id"),
         QString(QStringLiteral("req-") + QUuid::createUuid().toString(QUuid::WithoutBraces))},
    };
    const QJsonObject body{{QStringLiteral("errors"), QJsonArray{error}}};
    return json(operation, request, status, QJsonDocument(body), parent);
}

FakePayloadReply *FakePayloadReply::garbage(QNetworkAccessManager::Operation operation,
                                            const QNetworkRequest &request, qint64 size, int status,
                                            QObject *parent)
{
    return json(operation, request, status, garbageBytes(size), parent);
}

QByteArray FakePayloadReply::garbageBytes(qint64 size)
{
    // Deterministic (a fixed LCG) so a failing test is reproducible; starts with bytes that no
    // JSON parser accepts and includes NULs and invalid UTF-8.
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 0x2545F491u;
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    const QByteArray prefix("\xff\x00{\"aggregates\":", 16);
    for (qint64 i = 0; i < qMin<qint64>(size, prefix.size()); ++i)
        bytes[i] = prefix.at(i);
    return bytes;
}

void FakePayloadReply::setDelay(int msecs)
{
    if (!isFinished() && m_sent == 0)
        m_respondTimer.start(msecs);
}

void FakePayloadReply::setChunkSize(qint64 bytes)
{
    m_chunkSize = bytes;
}

void FakePayloadReply::respond()
{
    if (isFinished())
        return;
    deliverHeaders(m_status, m_headers);
    if (isFinished()) // a slot connected to metaDataChanged may have aborted us
        return;
    deliverNextChunk();
}

void FakePayloadReply::deliverNextChunk()
{
    if (isFinished())
        return;
    const qint64 remaining = m_payload.size() - m_sent;
    const qint64 count = m_chunkSize > 0 ? qMin(m_chunkSize, remaining) : remaining;
    if (count > 0) {
        deliverBody(m_payload.mid(m_sent, count), m_payload.size());
        m_sent += count;
    }
    if (isFinished())
        return;
    if (m_sent < m_payload.size()) {
        QTimer::singleShot(0, this, &FakePayloadReply::deliverNextChunk);
        return;
    }
    const NetworkError code = errorForHttpStatus(m_status);
    if (code == AuthenticationRequiredError) {
        // QNAM's wording when nobody answers authenticationRequired().
        finishWithError(code, QStringLiteral("Host requires authentication"));
        return;
    }
    if (code != NoError) {
        // Qt's wording, so tests that show errorString() see what users would.
        finishWithError(code, QStringLiteral("Error transferring %1 - server replied: %2")
                                  .arg(url().toString(), QString::fromLatin1(reasonPhrase(m_status))));
        return;
    }
    finish();
}
