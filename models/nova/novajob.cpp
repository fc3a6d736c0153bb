#include "nova/novajob.h"

#include "api/endpointurl.h"
#include "api/placementclient.h"
#include "nova/novaclient.h"

#include <QNetworkReply>

NovaJob::NovaJob(NovaClient *client) : HttpJob(client->placement()->network(), client), m_client(client) {}

NovaJob::Limits NovaJob::limits() const
{
    return {1024ll * 1024, 60 * 1000, tr("a Nova answer")};
}

void NovaJob::prepare()
{
    const PlacementClient *placement = m_client->placement();
    applyLimits(limits(), placement->maxResponseBytes(), placement->requestDeadline());
    setRetryPolicy(isIdempotent() ? m_client->retryPolicy() : RetryPolicy::none(), m_client->retryBudget());
    connect(this, &HttpJob::retrying, m_client, &NovaClient::requestRetrying);
}

bool NovaJob::retryFailure(QNetworkReply *reply, int status)
{
    Q_UNUSED(reply)
    return status == 401 && renewTokenAndResend(m_client->placement()->tokenSource());
}

ApiError NovaJob::explain(ApiError error, const QUrl &url)
{
    error.setService(ApiError::Service::Nova);
    const QString host = EndpointUrl::hostAndPort(url);
    if (error.redirectTarget().isValid())
        return error; // names the target already
    switch (error.httpStatus()) {
    case 0:
        break;
    case 401:
        error.setSummary(tr("Nova at %1 did not accept the token (HTTP 401).").arg(host));
        return error;
    case 403:
        error.setSummary(tr("Nova at %1 refused this token (HTTP 403): reading host aggregates and "
                            "hypervisors needs Nova's admin role.")
                             .arg(host));
        return error;
    case 404:
        error.setSummary(tr("Nova at %1 has no such resource (HTTP 404).").arg(host));
        return error;
    case 409:
        error.setSummary(tr("Nova at %1 refused the change (HTTP 409).").arg(host));
        return error;
    default:
        if (error.httpStatus() >= 500)
            error.setSummary(tr("Nova at %1 failed to handle the request (HTTP %2). Check nova-api's log.")
                                 .arg(host, QString::number(error.httpStatus())));
        else
            error.setSummary(
                tr("Nova at %1 answered HTTP %2.").arg(host, QString::number(error.httpStatus())));
        return error;
    }
    switch (error.kind()) {
    case ApiError::Kind::Network:
        // ApiError's sentence for a refused connection asks about Placement.
        if (error.networkError() == QNetworkReply::ConnectionRefusedError)
            error.setSummary(
                tr("Connection refused by %1. Is Nova's API (nova-api) running there, on this port?")
                    .arg(host));
        else
            error.setSummary(tr("Nova: %1").arg(error.summary()));
        break;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ResponseTooLarge:
    case ApiError::Kind::InvalidResponse:
        error.setSummary(tr("Nova: %1").arg(error.summary()));
        break;
    default: // canceled, TLS (names the host and reasons), configuration: their own words are right
        break;
    }
    return error;
}

ApiError NovaJob::adjustError(const ApiError &error, const QNetworkReply *reply)
{
    const QUrl url = reply ? reply->request().url() : m_client->baseUrl();
    return explain(error, error.url().isValid() ? error.url() : url);
}

bool NovaJob::parseObject(const QByteArray &body, QJsonObject *object)
{
    QString reason;
    if (readJsonObject(body, object, &reason))
        return true;
    fail(explain(ApiError(ApiError::Kind::InvalidResponse,
                          tr("The answer is not the JSON Nova sends (%1).").arg(reason)),
                 m_client->baseUrl()));
    return false;
}

void NovaJob::failInvalid(const QNetworkReply *reply, const QString &what)
{
    ApiError error(ApiError::Kind::InvalidResponse, what);
    error.setUrl(reply->request().url());
    fail(explain(error, reply->request().url()));
}
