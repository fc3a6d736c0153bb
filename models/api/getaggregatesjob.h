#pragma once

#include "api/placementjob.h"

#include <QStringList>

struct AggregatesResult
{
    QString providerUuid;
    QStringList aggregates; // as the server spells them
    qint64 generation = -1; // resource_provider_generation (1.19+), else -1
};

// GET /resource_providers/{uuid}/aggregates.
class GetAggregatesJob : public PlacementJob
{
    Q_OBJECT

public:
    GetAggregatesJob(PlacementClient *client, const QString &providerUuid);

    QString providerUuid() const { return m_providerUuid; }

    // Parses both shapes: 1.1–1.18 {"aggregates"} and 1.19+ {"aggregates", "resource_provider_generation"}.
    static bool parseAggregates(const QJsonObject &object, AggregatesResult *result);

signals:
    void finished(const AggregatesResult &result);

protected:
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_providerUuid;
};
