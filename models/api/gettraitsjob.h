#pragma once

#include "api/placementjob.h"

#include <QStringList>

// GET /resource_providers/{uuid}/traits (1.6+).
class GetTraitsJob : public PlacementJob
{
    Q_OBJECT

public:
    GetTraitsJob(PlacementClient *client, const QString &providerUuid);

    // {"traits": ["NAME", ...], "resource_provider_generation": N}; sorted. False if the shape is wrong.
    static bool parseTraits(const QJsonObject &object, QStringList *traits, qint64 *generation);

signals:
    void finished(const QStringList &traits, qint64 generation);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_providerUuid;
};
