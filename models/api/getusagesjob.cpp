#include "api/getusagesjob.h"

#include "api/placementclient.h"

#include <QNetworkReply>

GetUsagesJob::GetUsagesJob(PlacementClient *client, const QString &providerUuid)
    : PlacementJob(client), m_providerUuid(providerUuid)
{
}

GetUsagesJob::Limits GetUsagesJob::limits() const
{
    // A few dozen resource classes or traits are a few KiB; a provider with every standard trait
    // is ~20 KiB.
    return {4ll * 1024 * 1024, 60 * 1000, tr("one provider's usages")};
}

QNetworkReply *GetUsagesJob::sendRequest()
{
    return get(client()->makeRequest(providerPath(m_providerUuid, QLatin1String("usages"))));
}

bool GetUsagesJob::parseUsages(const QJsonObject &object, QHash<QString, qint64> *usages, qint64 *generation)
{
    const QJsonValue list = object.value(QLatin1String("usages"));
    const QJsonValue providerGeneration = object.value(QLatin1String("resource_provider_generation"));
    if (!list.isObject() || !providerGeneration.isDouble() || providerGeneration.toDouble() < 0)
        return false;
    const QJsonObject classes = list.toObject();
    QHash<QString, qint64> parsed;
    parsed.reserve(classes.size());
    for (auto it = classes.constBegin(); it != classes.constEnd(); ++it) {
        const double used = it.value().toDouble(-1);
        if (!it.value().isDouble() || it.key().isEmpty() || it.key().size() > 255 || used < 0 ||
            used > 9.0e15 || used != static_cast<double>(static_cast<qint64>(used)))
            return false;
        parsed.insert(it.key(), static_cast<qint64>(used));
    }
    *usages = parsed;
    *generation = providerGeneration.toInteger(-1);
    return *generation >= 0;
}

void GetUsagesJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    QHash<QString, qint64> usages;
    qint64 generation = -1;
    if (!parseUsages(object, &usages, &generation)) {
        failShape(reply, tr("the provider's usages"));
        return;
    }
    emit finished(usages, generation);
}
