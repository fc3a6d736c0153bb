#include "support/fakeerrorreply.h"

FakeErrorReply::FakeErrorReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                               QNetworkReply::NetworkError error, QObject *parent)
    : FakeReply(operation, request, parent), m_error(error), m_message(defaultMessage(error, request.url()))
{
    m_respondTimer.setSingleShot(true);
    connect(&m_respondTimer, &QTimer::timeout, this, &FakeErrorReply::respond);
    m_respondTimer.start(0);
}

void FakeErrorReply::setPartialResponse(int status, const QByteArray &partialBody,
                                        const QList<RawHeaderPair> &headers)
{
    m_status = status;
    m_partialBody = partialBody;
    m_headers = headers;
}

void FakeErrorReply::setDelay(int msecs)
{
    if (!isFinished())
        m_respondTimer.start(msecs);
}

void FakeErrorReply::setErrorString(const QString &message)
{
    m_message = message;
}

QString FakeErrorReply::defaultMessage(QNetworkReply::NetworkError error, const QUrl &url)
{
    switch (error) {
    case ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case RemoteHostClosedError:
        return QStringLiteral("Connection closed");
    case HostNotFoundError:
        return QStringLiteral("Host %1 not found").arg(url.host());
    case TimeoutError:
        return QStringLiteral("Socket operation timed out");
    case OperationCanceledError:
        return QStringLiteral("Operation canceled");
    case SslHandshakeFailedError:
        return QStringLiteral("SSL handshake failed");
    case NetworkSessionFailedError:
        return QStringLiteral("Network session error.");
    default:
        return QStringLiteral("Simulated network error %1").arg(int(error));
    }
}

void FakeErrorReply::respond()
{
    if (isFinished())
        return;
    if (m_status > 0) {
        QList<RawHeaderPair> headers = m_headers;
        deliverHeaders(m_status, headers);
        if (isFinished())
            return;
        deliverBody(m_partialBody, -1);
        if (isFinished())
            return;
    }
    finishWithError(m_error, m_message);
}
