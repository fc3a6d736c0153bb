#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

// Base of the canned replies handed out by FakeNetworkAccessManager. It behaves like Qt's own
// HTTP reply as far as a client can see: an open, sequential device; signals in the order
// metaDataChanged, readyRead/downloadProgress, errorOccurred, finished; abort() reports
// OperationCanceledError synchronously; and it honours QNetworkRequest::transferTimeout() the
// way QNAM does (Qt 6.4 aborts the reply, so the client sees OperationCanceledError).
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              QObject *parent = nullptr);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override;

    // (Re)arms the simulated transfer timeout; 0 disables it. The constructor arms it from the
    // request; FakeNetworkAccessManager applies its own default when the request has none.
    void setTransferTimeout(int msecs);
    int transferTimeout() const;

    // Maps an HTTP status to the error Qt 6.4 reports for it (qhttpthreaddelegate.cpp).
    static QNetworkReply::NetworkError errorForHttpStatus(int status);
    static QByteArray reasonPhrase(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

    // Sets status, reason and raw headers, then emits metaDataChanged.
    void deliverHeaders(int status, const QList<RawHeaderPair> &headers);
    // Appends to the readable body and emits readyRead and downloadProgress.
    void deliverBody(const QByteArray &data, qint64 total);
    // Emits errorOccurred (while still unfinished, as Qt does), then finishes.
    void finishWithError(QNetworkReply::NetworkError code, const QString &message);
    void finish();

private:
    QByteArray m_body;
    qint64 m_readPos = 0;
    qint64 m_bytesDelivered = 0;
    int m_transferTimeout = 0;
    QTimer m_transferTimer;
};
