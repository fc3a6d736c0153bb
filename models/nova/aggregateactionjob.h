#pragma once

#include "nova/novaaggregate.h"
#include "nova/novajob.h"

// POST /os-aggregates/{id}/action: add_host or remove_host. Nova then mirrors the change into
// Placement itself (by provider *name*; a missing provider still answers 200), so the caller must
// re-read Placement to know what happened there.
class AggregateActionJob : public NovaJob
{
    Q_OBJECT

public:
    enum class Action {
        AddHost,
        RemoveHost,
    };

    AggregateActionJob(NovaClient *client, Action action, int aggregateId, const QString &host);

    Action action() const { return m_action; }
    int aggregateId() const { return m_aggregateId; }
    QString host() const { return m_host; }

    static QByteArray requestBody(Action action, const QString &host);
    // Parses {"aggregate": {...}}: the aggregate after the change.
    static bool parseAnswer(const QJsonObject &object, NovaAggregate *aggregate);

signals:
    void finished(const NovaAggregate &aggregate);

protected:
    bool isIdempotent() const override { return false; }
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    Action m_action;
    int m_aggregateId;
    QString m_host;
};
