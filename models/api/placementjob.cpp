#include "api/placementjob.h"

#include "api/placementclient.h"
#include "api/tokensource.h"

#include <QNetworkReply>

PlacementJob::PlacementJob(PlacementClient *client) : HttpJob(client->network(), client), m_client(client) {}

PlacementJob::Limits PlacementJob::limits() const
{
    // 100,000 aggregate UUIDs on one provider are ~4 MB of JSON.
    return {16ll * 1024 * 1024, 2 * 60 * 1000, tr("one provider's aggregates")};
}

QString PlacementJob::providerPath(const QString &providerUuid, QLatin1String tail)
{
    return QLatin1String("/resource_providers/") +
           QString::fromLatin1(QUrl::toPercentEncoding(providerUuid)) + QLatin1Char('/') + tail;
}

void PlacementJob::prepare()
{
    applyLimits(limits(), m_client->maxResponseBytes(), m_client->requestDeadline());
    setRetryPolicy(m_client->retryPolicy(), m_client->retryBudget());
    connect(this, &HttpJob::retrying, m_client, &PlacementClient::requestRetrying);
}

ApiError PlacementJob::adjustError(const ApiError &error, const QNetworkReply *reply)
{
    Q_UNUSED(reply)
    if (error.kind() != ApiError::Kind::ResponseTooLarge)
        return error;
    ApiError adjusted = error;
    adjusted.setSummary(error.summary() + QLatin1Char(' ') + tr("Is this a Placement endpoint?"));
    return adjusted;
}

bool PlacementJob::retryFailure(QNetworkReply *reply, int status)
{
    Q_UNUSED(reply)
    return status == 401 && renewTokenAndResend(m_client->tokenSource());
}

bool PlacementJob::parseObject(const QByteArray &body, QJsonObject *object)
{
    QString reason;
    if (readJsonObject(body, object, &reason))
        return true;
    fail(ApiError(ApiError::Kind::InvalidResponse,
                  tr("The server's answer is not the JSON Placement sends (%1).").arg(reason)));
    return false;
}

void PlacementJob::failShape(QNetworkReply *reply, const QString &what)
{
    ApiError error(ApiError::Kind::InvalidResponse,
                   tr("The server's answer for %1 does not have the shape Placement sends.").arg(what));
    error.setUrl(reply->request().url());
    fail(error);
}
