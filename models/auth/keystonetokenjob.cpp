#include "auth/keystonetokenjob.h"

#include "api/placementclient.h"
#include "auth/keystonestatus.h"

#include <QNetworkReply>

namespace {

// Keystone answers too large for a catalog are refused: a misbehaving server must not exhaust memory.
const qint64 MaxKeystoneAnswerBytes = 32ll * 1024 * 1024;

} // namespace

KeystoneTokenJob::KeystoneTokenJob(QNetworkAccessManager *network, const QUrl &tokensUrl,
                                   const QByteArray &body, QObject *parent)
    : HttpJob(network, parent), m_url(tokensUrl), m_body(body)
{
    setMaxResponseBytes(MaxKeystoneAnswerBytes);
}

QNetworkRequest KeystoneTokenJob::keystoneRequest(const QUrl &url, const QSslConfiguration &configuration,
                                                  int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, PlacementClient::userAgent());
    request.setTransferTimeout(transferTimeoutMs);
    request.setSslConfiguration(configuration);
    // A login must not be answered from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

QNetworkReply *KeystoneTokenJob::sendRequest()
{
    QNetworkRequest request = keystoneRequest(m_url, m_sslConfiguration, m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return post(request, m_body);
}

void KeystoneTokenJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    KeystoneToken token;
    if (!KeystoneToken::parse(reply->rawHeader("X-Subject-Token"), body, &token)) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("%1 answered the login, but not like Keystone v3 (no X-Subject-Token header or no "
                          "token in the body). Check auth_url.")
                           .arg(KeystoneStatus::hostAndPort(m_url)));
        error.setUrl(m_url);
        error.setService(ApiError::Service::Keystone);
        fail(error);
        return;
    }
    emit finished(token);
}

ApiError KeystoneTokenJob::adjustError(const ApiError &error, const QNetworkReply *reply)
{
    m_secondFactor =
        error.httpStatus() == 401 && reply && !reply->rawHeader("Openstack-Auth-Receipt").isEmpty();
    ApiError explained = KeystoneStatus::explain(error, m_url, reply ? reply->errorString() : QString());
    if (m_secondFactor)
        explained.setSummary(KeystoneStatus::secondFactorRequired());
    else if (error.httpStatus() > 0 && error.httpStatus() != 401)
        explained.setSummary(KeystoneStatus::loginFailure(error.httpStatus(), m_url));
    return explained;
}
