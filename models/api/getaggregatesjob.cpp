#include "api/getaggregatesjob.h"

#include "api/placementclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

GetAggregatesJob::GetAggregatesJob(PlacementClient *client, const QString &providerUuid)
    : PlacementJob(client), m_providerUuid(providerUuid)
{
}

QNetworkReply *GetAggregatesJob::sendRequest()
{
    return get(client()->makeRequest(providerPath(m_providerUuid, QLatin1String("aggregates"))));
}

bool GetAggregatesJob::parseAggregates(const QJsonObject &object, AggregatesResult *result)
{
    const QJsonValue list = object.value(QLatin1String("aggregates"));
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    result->aggregates.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return false;
        result->aggregates.append(value.toString());
    }
    const QJsonValue generation = object.value(QLatin1String("resource_provider_generation"));
    result->generation = generation.isDouble() ? generation.toInteger(-1) : -1;
    return true;
}

void GetAggregatesJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    AggregatesResult result;
    result.providerUuid = m_providerUuid;
    // From 1.19 the generation is what a later PUT must carry: an answer without one is broken, not
    // "generation unknown".
    const bool needsGeneration = client()->microversion().hasAggregateGenerations();
    if (!parseAggregates(object, &result) || (needsGeneration && result.generation < 0)) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The aggregate list from the server does not have the shape Placement sends."));
        error.setUrl(reply->request().url());
        fail(error);
        return;
    }
    emit finished(result);
}
