#include "api/placementjob.h"

#include "api/placementclient.h"
#include "api/tokensource.h"

#include <QJsonDocument>

#include <QNetworkReply>
#include <algorithm>

PlacementJob::PlacementJob(PlacementClient *client) : HttpJob(client->network(), client), m_client(client) {}

PlacementJob::Limits PlacementJob::limits() const
{
    // 100,000 aggregate UUIDs on one provider are ~4 MB of JSON.
    return {16ll * 1024 * 1024, 2 * 60 * 1000, tr("one provider's aggregates")};
}

void PlacementJob::prepare()
{
    // The client's settings cap every kind (tests and options lower them); the kind caps further.
    const Limits kind = limits();
    const qint64 bytes = std::min(m_client->maxResponseBytes(), kind.bytes);
    setMaxResponseBytes(bytes, bytes == kind.bytes ? kind.what : QString());
    if (deadline() == 0) {
        const int clientDeadline = m_client->requestDeadline();
        setDeadline(clientDeadline > 0 ? std::min(clientDeadline, kind.deadlineMs) : kind.deadlineMs);
    }
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The server's answer is not the JSON Placement sends (%1).")
                           .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : tr("not an object")));
        fail(error);
        return false;
    }
    *object = document.object();
    return true;
}
