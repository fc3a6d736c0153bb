#include "nova/aggregateactionjob.h"

#include "nova/listnovaaggregatesjob.h"
#include "nova/novaclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

AggregateActionJob::AggregateActionJob(NovaClient *client, Action action, int aggregateId,
                                       const QString &host)
    : NovaJob(client), m_action(action), m_aggregateId(aggregateId), m_host(host)
{
}

QByteArray AggregateActionJob::requestBody(Action action, const QString &host)
{
    const QString verb =
        action == Action::AddHost ? QStringLiteral("add_host") : QStringLiteral("remove_host");
    return QJsonDocument(QJsonObject{{verb, QJsonObject{{QStringLiteral("host"), host}}}})
        .toJson(QJsonDocument::Compact);
}

QNetworkReply *AggregateActionJob::sendRequest()
{
    QNetworkRequest request =
        client()->makeRequest(QStringLiteral("/os-aggregates/%1/action").arg(m_aggregateId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return post(request, requestBody(m_action, m_host));
}

bool AggregateActionJob::parseAnswer(const QJsonObject &object, NovaAggregate *aggregate)
{
    const QJsonValue value = object.value(QLatin1String("aggregate"));
    if (!value.isObject())
        return false;
    QList<NovaAggregate> parsed;
    if (!ListNovaAggregatesJob::parseAggregates(
            QJsonObject{{QStringLiteral("aggregates"), QJsonArray{value}}}, &parsed) ||
        parsed.size() != 1)
        return false;
    *aggregate = parsed.first();
    return true;
}

void AggregateActionJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    NovaAggregate aggregate;
    if (!parseAnswer(object, &aggregate)) {
        failInvalid(reply, tr("Nova's answer to the aggregate action does not have the shape Nova sends."));
        return;
    }
    emit finished(aggregate);
}
