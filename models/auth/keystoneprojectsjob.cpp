#include "auth/keystoneprojectsjob.h"

#include "auth/keystonestatus.h"
#include "auth/keystonetoken.h"
#include "auth/keystonetokenjob.h"

#include <QNetworkReply>

KeystoneProjectsJob::KeystoneProjectsJob(QNetworkAccessManager *network, const QUrl &projectsUrl,
                                         const QByteArray &token, const QSslConfiguration &configuration,
                                         int transferTimeoutMs, QObject *parent)
    : HttpJob(network, parent), m_url(projectsUrl), m_token(token), m_sslConfiguration(configuration),
      m_transferTimeoutMs(transferTimeoutMs)
{
    setMaxResponseBytes(32ll * 1024 * 1024);
}

QNetworkReply *KeystoneProjectsJob::sendRequest()
{
    QNetworkRequest request =
        KeystoneTokenJob::keystoneRequest(m_url, m_sslConfiguration, m_transferTimeoutMs);
    request.setRawHeader("X-Auth-Token", m_token);
    return get(request);
}

void KeystoneProjectsJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply)
    emit finished(KeystoneToken::parseProjects(body));
}

ApiError KeystoneProjectsJob::adjustError(const ApiError &error, const QNetworkReply *reply)
{
    return KeystoneStatus::explain(error, m_url, reply ? reply->errorString() : QString());
}
