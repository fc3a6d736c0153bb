#include "api/listprovidersjob.h"

#include "api/placementclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ListProvidersJob::ListProvidersJob(PlacementClient *client, const ProviderQuery &query)
    : PlacementJob(client), m_query(query)
{
}

QNetworkReply *ListProvidersJob::sendRequest()
{
    QUrlQuery query;
    if (!m_query.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), m_query.name);
    if (!m_query.memberOf.isEmpty())
        query.addQueryItem(QStringLiteral("member_of"), m_query.memberOf);
    if (!m_query.inTree.isEmpty())
        query.addQueryItem(QStringLiteral("in_tree"), m_query.inTree);
    if (!m_query.required.isEmpty())
        query.addQueryItem(QStringLiteral("required"), m_query.required);
    return get(client()->makeRequest(QStringLiteral("/resource_providers"), query));
}

bool ListProvidersJob::parseProviders(const QJsonObject &object, QList<ProviderInfo> *providers)
{
    const QJsonValue list = object.value(QLatin1String("resource_providers"));
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    providers->reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        ProviderInfo info;
        info.uuid = entry.value(QLatin1String("uuid")).toString();
        info.name = entry.value(QLatin1String("name")).toString();
        info.generation = entry.value(QLatin1String("generation")).toInteger(-1);
        info.parentUuid = entry.value(QLatin1String("parent_provider_uuid")).toString();
        info.rootUuid = entry.value(QLatin1String("root_provider_uuid")).toString();
        if (info.uuid.isEmpty())
            return false;
        providers->append(info);
    }
    return true;
}

void ListProvidersJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    QList<ProviderInfo> providers;
    if (!parseProviders(object, &providers)) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The provider list from the server does not have the shape Placement sends."));
        error.setUrl(reply->request().url());
        fail(error);
        return;
    }
    emit finished(providers);
}

PlacementJob::Limits ListProvidersJob::limits() const
{
    // ~400 bytes per provider: 100,000 providers are ~40 MB; a slow link gets minutes.
    return {256ll * 1024 * 1024, 10 * 60 * 1000, tr("the provider list")};
}
