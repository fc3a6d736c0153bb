#include "api/getinventoriesjob.h"

#include "api/placementclient.h"

#include <QNetworkReply>

#include <algorithm>

namespace {

// A count Placement stores (an integer column): a JSON number without a fraction, within range.
bool readCount(const QJsonObject &object, QLatin1String key, qint64 fallback, qint64 *value)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined()) {
        *value = fallback;
        return true;
    }
    if (!field.isDouble())
        return false;
    const double number = field.toDouble();
    if (number < 0 || number > 9.0e15 || number != static_cast<double>(static_cast<qint64>(number)))
        return false;
    *value = static_cast<qint64>(number);
    return true;
}

} // namespace

GetInventoriesJob::GetInventoriesJob(PlacementClient *client, const QString &providerUuid)
    : PlacementJob(client), m_providerUuid(providerUuid)
{
}

GetInventoriesJob::Limits GetInventoriesJob::limits() const
{
    // A few dozen resource classes or traits are a few KiB; a provider with every standard trait
    // is ~20 KiB.
    return {4ll * 1024 * 1024, 60 * 1000, tr("one provider's inventories")};
}

QNetworkReply *GetInventoriesJob::sendRequest()
{
    return get(client()->makeRequest(providerPath(m_providerUuid, QLatin1String("inventories"))));
}

bool GetInventoriesJob::parseInventories(const QJsonObject &object, QVector<ProviderInventory> *inventories,
                                         qint64 *generation)
{
    const QJsonValue list = object.value(QLatin1String("inventories"));
    const QJsonValue providerGeneration = object.value(QLatin1String("resource_provider_generation"));
    if (!list.isObject() || !providerGeneration.isDouble() || providerGeneration.toDouble() < 0)
        return false;
    const QJsonObject classes = list.toObject();
    QVector<ProviderInventory> parsed;
    parsed.reserve(classes.size());
    for (auto it = classes.constBegin(); it != classes.constEnd(); ++it) {
        if (!it.value().isObject() || it.key().isEmpty() || it.key().size() > 255)
            return false;
        const QJsonObject fields = it.value().toObject();
        ProviderInventory inventory;
        inventory.resourceClass = it.key();
        const QJsonValue ratio = fields.value(QLatin1String("allocation_ratio"));
        if (!fields.value(QLatin1String("total")).isDouble() || (!ratio.isUndefined() && !ratio.isDouble()))
            return false;
        inventory.allocationRatio = ratio.isUndefined() ? 1.0 : ratio.toDouble();
        if (!(inventory.allocationRatio >= 0) || inventory.allocationRatio > 1.0e6)
            return false;
        if (!readCount(fields, QLatin1String("total"), 0, &inventory.total) ||
            !readCount(fields, QLatin1String("reserved"), 0, &inventory.reserved) ||
            !readCount(fields, QLatin1String("min_unit"), 1, &inventory.minUnit) ||
            !readCount(fields, QLatin1String("max_unit"), inventory.total, &inventory.maxUnit) ||
            !readCount(fields, QLatin1String("step_size"), 1, &inventory.stepSize))
            return false;
        parsed.append(inventory);
    }
    std::sort(parsed.begin(), parsed.end(), [](const ProviderInventory &a, const ProviderInventory &b) {
        return a.resourceClass < b.resourceClass;
    });
    *inventories = parsed;
    *generation = providerGeneration.toInteger(-1);
    return *generation >= 0;
}

void GetInventoriesJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    QVector<ProviderInventory> inventories;
    qint64 generation = -1;
    if (!parseInventories(object, &inventories, &generation)) {
        failShape(reply, tr("the provider's inventories"));
        return;
    }
    emit finished(inventories, generation);
}
