#pragma once

#include "api/getaggregatesjob.h"
#include "api/placementjob.h"

#include <QStringList>

// PUT /resource_providers/{uuid}/aggregates: replaces the whole set. From 1.19 the body carries the
// generation the set was read at and the server refuses a stale one with 409 concurrent_update;
// before 1.19 the body is a bare list and nothing is checked.
class PutAggregatesJob : public PlacementJob
{
    Q_OBJECT

public:
    // generation < 0 is only valid below microversion 1.19.
    PutAggregatesJob(PlacementClient *client, const QString &providerUuid, const QStringList &aggregates,
                     qint64 generation);

    QString providerUuid() const { return m_providerUuid; }
    static QByteArray requestBody(const QStringList &aggregates, qint64 generation, bool withGeneration);
    // Reads the answer to the PUT: 1.19+ {"aggregates", "resource_provider_generation"}, before 1.19
    // a bare list. False if it has neither shape; `result` keeps its providerUuid.
    static bool parseAnswer(const QByteArray &body, AggregatesResult *result);
    // The answer's x-openstack-request-id (for the change history); set before finished().
    QString requestId() const { return m_requestId; }

signals:
    // The set and generation the server now holds.
    void finished(const AggregatesResult &result);

protected:
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_providerUuid;
    QStringList m_aggregates;
    qint64 m_generation;
    QString m_requestId;
};
