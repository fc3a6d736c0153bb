#pragma once

#include "api/placementjob.h"

#include <QHash>

// GET /resource_providers/{uuid}/usages (any microversion).
class GetUsagesJob : public PlacementJob
{
    Q_OBJECT

public:
    GetUsagesJob(PlacementClient *client, const QString &providerUuid);

    // {"usages": {CLASS: N}, "resource_provider_generation": N}. False if the shape is wrong.
    static bool parseUsages(const QJsonObject &object, QHash<QString, qint64> *usages, qint64 *generation);

signals:
    void finished(const QHash<QString, qint64> &usages, qint64 generation);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_providerUuid;
};
