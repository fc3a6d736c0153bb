#include "nova/listnovaaggregatesjob.h"

#include "nova/novaclient.h"

#include <QJsonArray>
#include <QNetworkReply>

ListNovaAggregatesJob::ListNovaAggregatesJob(NovaClient *client) : NovaJob(client) {}

NovaJob::Limits ListNovaAggregatesJob::limits() const
{
    // Aggregates are few (hundreds) but list their hosts: 10,000 hosts in 1,000 aggregates is ~1 MB.
    return {32ll * 1024 * 1024, 2 * 60 * 1000, tr("Nova's aggregate list")};
}

QNetworkReply *ListNovaAggregatesJob::sendRequest()
{
    return get(client()->makeRequest(QStringLiteral("/os-aggregates")));
}

bool ListNovaAggregatesJob::parseAggregates(const QJsonObject &object, QList<NovaAggregate> *aggregates)
{
    const QJsonValue list = object.value(QLatin1String("aggregates"));
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    aggregates->reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return false;
        const QJsonObject entry = value.toObject();
        NovaAggregate aggregate;
        const QJsonValue id = entry.value(QLatin1String("id"));
        if (!id.isDouble())
            return false;
        aggregate.id = id.toInt(-1);
        aggregate.uuid = entry.value(QLatin1String("uuid")).toString();
        aggregate.name = entry.value(QLatin1String("name")).toString();
        if (aggregate.id < 0 || aggregate.uuid.isEmpty() || aggregate.name.isEmpty())
            return false;
        aggregate.availabilityZone = entry.value(QLatin1String("availability_zone")).toString();
        const QJsonValue hosts = entry.value(QLatin1String("hosts"));
        if (!hosts.isArray() && !hosts.isNull() && !hosts.isUndefined())
            return false;
        const QJsonArray hostArray = hosts.toArray();
        for (const QJsonValue &host : hostArray) {
            if (!host.isString())
                return false;
            aggregate.hosts << host.toString();
        }
        const QJsonValue metadata = entry.value(QLatin1String("metadata"));
        if (!metadata.isObject() && !metadata.isNull() && !metadata.isUndefined())
            return false;
        const QJsonObject metadataObject = metadata.toObject();
        for (auto it = metadataObject.begin(); it != metadataObject.end(); ++it) {
            if (!it.value().isString())
                return false;
            aggregate.metadata.insert(it.key(), it.value().toString());
        }
        aggregates->append(aggregate);
    }
    return true;
}

void ListNovaAggregatesJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    QList<NovaAggregate> aggregates;
    if (!parseAggregates(object, &aggregates)) {
        failInvalid(reply, tr("Nova's aggregate list does not have the shape Nova sends."));
        return;
    }
    emit finished(aggregates);
}
