#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>

class PlacementClient;
class QNetworkReply;

// One HTTP request to Placement (Nextcloud's AbstractNetworkJob pattern): start() sends it, the subclass
// turns a 2xx answer into its typed finished() signal, anything else becomes failed(ApiError).
// Exactly one of them is emitted, then done(), and the job deletes itself.
class PlacementJob : public QObject
{
    Q_OBJECT

public:
    explicit PlacementJob(PlacementClient *client);
    ~PlacementJob() override;

    void start();
    // Cancels the request; failed() reports ApiError::Kind::Canceled.
    void abort();
    bool isRunning() const { return !m_reply.isNull() || !m_waitingForToken.isNull(); }

signals:
    void failed(const ApiError &error);
    void done();

protected:
    virtual QNetworkReply *sendRequest() = 0;
    // Called for a 2xx answer with the whole body. Emit the typed result or call fail().
    virtual void handleSuccess(QNetworkReply *reply, const QByteArray &body) = 0;
    // Lets a subclass explain an HTTP error better (e.g. discovery: "not a Placement endpoint").
    virtual ApiError adjustError(const ApiError &error) const { return error; }

    PlacementClient *client() const { return m_client; }
    void fail(const ApiError &error);
    // Parses a JSON object body; on failure reports InvalidResponse and returns false.
    bool parseObject(const QByteArray &body, QJsonObject *object);
    void finishJob();

private:
    void send();
    void onReadyRead();
    void onFinished();
    // A 401 with a renewable token: renew it and replay the request once.
    bool retryAfterUnauthorized(int status);

    PlacementClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_waitingForToken;
    QByteArray m_body;
    QList<QSslError> m_sslErrors; // reported during the handshake; explain a Tls failure
    qint64 m_maxBytes = 0;
    bool m_canceled = false;
    bool m_tooLarge = false;
    bool m_done = false;
    bool m_replayedAfter401 = false;
};
