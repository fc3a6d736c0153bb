#include "support/fakereply.h"

#include <cstring>

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    setFinished(false);
    open(QIODevice::ReadOnly);

    m_transferTimer.setSingleShot(true);
    // Qt 6.4 handles an expired transfer timeout by calling abort() on the reply.
    connect(&m_transferTimer, &QTimer::timeout, this, &FakeReply::abort);
    setTransferTimeout(request.transferTimeout());
}

FakeReply::~FakeReply() = default;

void FakeReply::abort()
{
    if (isFinished())
        return;
    // Same sequence as QNetworkReplyHttpImpl::abort(): close, error, finished, all synchronous.
    QNetworkReply::close();
    finishWithError(OperationCanceledError, tr("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QNetworkReply::bytesAvailable();
}

bool FakeReply::isSequential() const
{
    return true;
}

void FakeReply::setTransferTimeout(int msecs)
{
    m_transferTimeout = msecs;
    if (msecs > 0 && !isFinished())
        m_transferTimer.start(msecs);
    else
        m_transferTimer.stop();
}

int FakeReply::transferTimeout() const
{
    return m_transferTimeout;
}

QNetworkReply::NetworkError FakeReply::errorForHttpStatus(int status)
{
    switch (status) {
    case 400:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 418:
        return ProtocolInvalidOperationError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        if (status > 500)
            return UnknownServerError;
        if (status >= 400)
            return UnknownContentError;
        return NoError;
    }
}

QByteArray FakeReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 available = m_body.size() - m_readPos;
    if (available <= 0)
        return isFinished() ? -1 : 0;
    const qint64 count = qMin(maxSize, available);
    std::memcpy(data, m_body.constData() + m_readPos, size_t(count));
    m_readPos += count;
    return count;
}

void FakeReply::deliverHeaders(int status, const QList<RawHeaderPair> &headers)
{
    if (status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(reasonPhrase(status)));
    }
    for (const RawHeaderPair &header : headers)
        setRawHeader(header.first, header.second);
    emit metaDataChanged();
}

void FakeReply::deliverBody(const QByteArray &data, qint64 total)
{
    if (data.isEmpty())
        return;
    m_body.append(data);
    m_bytesDelivered += data.size();
    // Any progress restarts a transfer timeout, as in QNAM.
    if (m_transferTimer.isActive())
        m_transferTimer.start(m_transferTimeout);
    emit readyRead();
    emit downloadProgress(m_bytesDelivered, total);
}

void FakeReply::finishWithError(QNetworkReply::NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    m_transferTimer.stop();
    setError(code, message);
    emit errorOccurred(code);
    finish();
}

void FakeReply::finish()
{
    if (isFinished())
        return;
    m_transferTimer.stop();
    setFinished(true);
    emit finished();
}
