#include "support/fakenetworkaccessmanager.h"

#include "support/fakeerrorreply.h"
#include "support/fakereply.h"

QByteArray FakeNetworkAccessManager::RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool FakeNetworkAccessManager::RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent) {}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeNetworkAccessManager::clearHandler()
{
    m_handler = nullptr;
}

void FakeNetworkAccessManager::setPassThroughEnabled(bool enabled)
{
    m_passThrough = enabled;
}

bool FakeNetworkAccessManager::isPassThroughEnabled() const
{
    return m_passThrough;
}

QList<FakeNetworkAccessManager::RecordedRequest> FakeNetworkAccessManager::requests() const
{
    return m_requests;
}

FakeNetworkAccessManager::RecordedRequest FakeNetworkAccessManager::lastRequest() const
{
    return m_requests.isEmpty() ? RecordedRequest() : m_requests.constLast();
}

int FakeNetworkAccessManager::requestCount() const
{
    return int(m_requests.size());
}

QList<FakeNetworkAccessManager::RecordedRequest>
FakeNetworkAccessManager::requestsTo(const QString &pathSuffix, const QByteArray &verb) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &recorded : m_requests) {
        if (recorded.url.path().endsWith(pathSuffix) && (verb.isEmpty() || recorded.verb == verb))
            result.append(recorded);
    }
    return result;
}

void FakeNetworkAccessManager::clearRequests()
{
    m_requests.clear();
}

QByteArray FakeNetworkAccessManager::verbOf(QNetworkAccessManager::Operation operation,
                                            const QNetworkRequest &request)
{
    switch (operation) {
    case HeadOperation:
        return QByteArrayLiteral("HEAD");
    case GetOperation:
        return QByteArrayLiteral("GET");
    case PutOperation:
        return QByteArrayLiteral("PUT");
    case PostOperation:
        return QByteArrayLiteral("POST");
    case DeleteOperation:
        return QByteArrayLiteral("DELETE");
    case CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    default:
        return {};
    }
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.operation = operation;
    recorded.verb = verbOf(operation, request);
    recorded.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({name, request.rawHeader(name)});
    // peek() leaves the device untouched for the handler or the real backend.
    if (outgoingData)
        recorded.body = outgoingData->peek(outgoingData->bytesAvailable());
    recorded.request = request;
    m_requests.append(recorded);
    emit requestStarted(recorded.url, recorded.verb);

    QNetworkReply *reply = m_handler ? m_handler(operation, request, outgoingData) : nullptr;
    if (!reply && !m_passThrough)
        reply = new FakeErrorReply(operation, request, QNetworkReply::ConnectionRefusedError, this);
    if (!reply)
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);

    // QNAM applies its own transfer timeout to requests without one; fake replies need telling.
    if (auto *fake = qobject_cast<FakeReply *>(reply)) {
        if (request.transferTimeout() == 0 && transferTimeout() > 0)
            fake->setTransferTimeout(transferTimeout());
    }
    // QNAM's get()/put()/... connect finished() of whatever reply we return to the manager's
    // finished() signal themselves, so fake replies are reported there too.
    return reply;
}
