#pragma once

#include "support/fakereply.h"

class QJsonDocument;

// A complete HTTP answer (status, headers, body) delivered asynchronously, like a real server.
// A status of 400 or more also sets the NetworkError QNAM would report for it, while the body
// stays readable. The body can be delivered in chunks to exercise incremental readers.
class FakePayloadReply : public FakeReply
{
    Q_OBJECT

public:
    FakePayloadReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, int status,
                     const QByteArray &body, const QList<RawHeaderPair> &headers = {},
                     QObject *parent = nullptr);

    // Content-Type: application/json.
    static FakePayloadReply *json(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                                  int status, const QJsonDocument &document, QObject *parent = nullptr);
    static FakePayloadReply *json(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                                  int status, const QByteArray &json, QObject *parent = nullptr);
    // A Placement-shaped error body ({"errors":[{status,title,detail,code,request_id}]}).
    static FakePayloadReply *placementError(QNetworkAccessManager::Operation operation,
                                            const QNetworkRequest &request, int status, const QString &detail,
                                            const QString &code = QStringLiteral("placement.undefined_code"),
                                            QObject *parent = nullptr);
    // `size` deterministic non-JSON bytes, labelled application/json: a broken or hostile server.
    static FakePayloadReply *garbage(QNetworkAccessManager::Operation operation,
                                     const QNetworkRequest &request, qint64 size, int status = 200,
                                     QObject *parent = nullptr);
    static QByteArray garbageBytes(qint64 size);

    // Answer after `msecs` instead of on the next event-loop turn. Call before returning the reply.
    void setDelay(int msecs);
    // Deliver the body in pieces of `bytes`, one per event-loop turn (0 = all at once).
    void setChunkSize(qint64 bytes);

private:
    void respond();
    void deliverNextChunk();

    int m_status;
    QByteArray m_payload;
    QList<RawHeaderPair> m_headers;
    qint64 m_chunkSize = 0;
    qint64 m_sent = 0;
    QTimer m_respondTimer;
};
