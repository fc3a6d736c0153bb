#include "api/putaggregatesjob.h"

#include "api/placementclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

PutAggregatesJob::PutAggregatesJob(PlacementClient *client, const QString &providerUuid,
                                   const QStringList &aggregates, qint64 generation)
    : PlacementJob(client), m_providerUuid(providerUuid), m_aggregates(aggregates), m_generation(generation)
{
}

QByteArray PutAggregatesJob::requestBody(const QStringList &aggregates, qint64 generation,
                                         bool withGeneration)
{
    const QJsonArray list = QJsonArray::fromStringList(aggregates);
    if (!withGeneration)
        return QJsonDocument(list).toJson(QJsonDocument::Compact);
    QJsonObject object;
    object.insert(QLatin1String("aggregates"), list);
    object.insert(QLatin1String("resource_provider_generation"), generation);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QNetworkReply *PutAggregatesJob::sendRequest()
{
    QNetworkRequest request =
        client()->makeRequest(providerPath(m_providerUuid, QLatin1String("aggregates")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const bool withGeneration = client()->microversion().hasAggregateGenerations();
    return put(request, requestBody(m_aggregates, m_generation, withGeneration));
}

bool PutAggregatesJob::parseAnswer(const QByteArray &body, AggregatesResult *result)
{
    // 1.19+ answers {"aggregates", "resource_provider_generation"}; older versions a bare list.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return GetAggregatesJob::parseAggregates(document.object(), result);
    if (!document.isArray())
        return false;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        if (!value.isString()) // a number or null would become an empty aggregate string
            return false;
        result->aggregates.append(value.toString());
    }
    return true;
}

void PutAggregatesJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    AggregatesResult result;
    result.providerUuid = m_providerUuid;
    // From 1.19 the answer's generation is what the next PUT must carry.
    const bool needsGeneration = client()->microversion().hasAggregateGenerations();
    if (!parseAnswer(body, &result) || (needsGeneration && result.generation < 0)) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The server accepted the change but its answer does not have the shape Placement "
                          "sends; reload to see the current state."));
        error.setUrl(reply->request().url());
        fail(error);
        return;
    }
    // For the history of confirmed changes: the request id names this write in the server's logs.
    m_requestId = QString::fromLatin1(reply->rawHeader("x-openstack-request-id").left(128));
    emit finished(result);
}
