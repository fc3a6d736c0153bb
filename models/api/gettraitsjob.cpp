#include "api/gettraitsjob.h"

#include "api/placementclient.h"

#include <QJsonArray>
#include <QNetworkReply>

GetTraitsJob::GetTraitsJob(PlacementClient *client, const QString &providerUuid)
    : PlacementJob(client), m_providerUuid(providerUuid)
{
}

GetTraitsJob::Limits GetTraitsJob::limits() const
{
    // A few dozen resource classes or traits are a few KiB; a provider with every standard trait
    // is ~20 KiB.
    return {4ll * 1024 * 1024, 60 * 1000, tr("one provider's traits")};
}

QNetworkReply *GetTraitsJob::sendRequest()
{
    return get(client()->makeRequest(providerPath(m_providerUuid, QLatin1String("traits"))));
}

bool GetTraitsJob::parseTraits(const QJsonObject &object, QStringList *traits, qint64 *generation)
{
    const QJsonValue list = object.value(QLatin1String("traits"));
    const QJsonValue providerGeneration = object.value(QLatin1String("resource_provider_generation"));
    if (!list.isArray() || !providerGeneration.isDouble() || providerGeneration.toDouble() < 0)
        return false;
    const QJsonArray array = list.toArray();
    QStringList parsed;
    parsed.reserve(array.size());
    for (const QJsonValue &value : array) {
        // Trait names are at most 255 characters in Placement's schema.
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 255)
            return false;
        parsed.append(value.toString());
    }
    parsed.sort();
    parsed.removeDuplicates();
    *traits = parsed;
    *generation = providerGeneration.toInteger(-1);
    return *generation >= 0;
}

void GetTraitsJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    QStringList traits;
    qint64 generation = -1;
    if (!parseTraits(object, &traits, &generation)) {
        failShape(reply, tr("the provider's traits"));
        return;
    }
    emit finished(traits, generation);
}
