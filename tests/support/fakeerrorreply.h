#pragma once

#include "support/fakereply.h"

// A transport failure (connection refused, remote host closed, ...) delivered asynchronously.
// Optionally the status line, headers and part of the body arrive first, as when a server
// dies in the middle of a response; that partial body stays readable, as with QNAM.
class FakeErrorReply : public FakeReply
{
    Q_OBJECT

public:
    FakeErrorReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                   QNetworkReply::NetworkError error, QObject *parent = nullptr);

    // Call before returning the reply; status 0 means no headers arrive before the failure.
    void setPartialResponse(int status, const QByteArray &partialBody,
                            const QList<RawHeaderPair> &headers = {});
    void setDelay(int msecs);
    void setErrorString(const QString &message);

    // The text Qt 6.4 uses for common errors (checked against a real QNAM).
    static QString defaultMessage(QNetworkReply::NetworkError error, const QUrl &url);

private:
    void respond();

    QNetworkReply::NetworkError m_error;
    QString m_message;
    int m_status = 0;
    QByteArray m_partialBody;
    QList<RawHeaderPair> m_headers;
    QTimer m_respondTimer;
};
