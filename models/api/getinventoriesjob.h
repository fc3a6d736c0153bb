#pragma once

#include "api/placementjob.h"
#include "api/providerdetails.h"

// GET /resource_providers/{uuid}/inventories (any microversion).
class GetInventoriesJob : public PlacementJob
{
    Q_OBJECT

public:
    GetInventoriesJob(PlacementClient *client, const QString &providerUuid);

    // {"inventories": {CLASS: {total, reserved, min_unit, max_unit, step_size, allocation_ratio}},
    //  "resource_provider_generation": N}; sorted by resource class. False if the shape is wrong.
    static bool parseInventories(const QJsonObject &object, QVector<ProviderInventory> *inventories,
                                 qint64 *generation);

signals:
    void finished(const QVector<ProviderInventory> &inventories, qint64 generation);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_providerUuid;
};
