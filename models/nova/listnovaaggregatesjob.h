#pragma once

#include "nova/novaaggregate.h"
#include "nova/novajob.h"

#include <QList>

// GET /os-aggregates: every host aggregate with its UUID (2.41+), AZ, hosts and metadata.
class ListNovaAggregatesJob : public NovaJob
{
    Q_OBJECT

public:
    explicit ListNovaAggregatesJob(NovaClient *client);

    // Parses {"aggregates": [...]}; false if the shape is wrong (an entry without uuid or name, a
    // non-string host or metadata value).
    static bool parseAggregates(const QJsonObject &object, QList<NovaAggregate> *aggregates);

signals:
    void finished(const QList<NovaAggregate> &aggregates);

protected:
    Limits limits() const override;
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
};
