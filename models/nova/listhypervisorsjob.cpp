#include "nova/listhypervisorsjob.h"

#include "nova/novaclient.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QUrlQuery>

ListHypervisorsJob::ListHypervisorsJob(NovaClient *client, int limit, const QString &marker)
    : NovaJob(client), m_limit(limit), m_marker(marker)
{
}

NovaJob::Limits ListHypervisorsJob::limits() const
{
    // A page of 1,000 hypervisor details (cpu_info included) is ~2 MB.
    return {32ll * 1024 * 1024, 2 * 60 * 1000, tr("a page of Nova's hypervisor list")};
}

QNetworkReply *ListHypervisorsJob::sendRequest()
{
    QUrlQuery query;
    if (m_limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    if (!m_marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), m_marker);
    return get(client()->makeRequest(QStringLiteral("/os-hypervisors/detail"), query));
}

bool ListHypervisorsJob::parsePage(const QJsonObject &object, HypervisorPage *page)
{
    const QJsonValue list = object.value(QLatin1String("hypervisors"));
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    page->hypervisors.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return false;
        const QJsonObject entry = value.toObject();
        NovaHypervisor hypervisor;
        // Before 2.53 the id is an integer: not a provider UUID, so not usable here.
        if (!entry.value(QLatin1String("id")).isString())
            return false;
        hypervisor.id = entry.value(QLatin1String("id")).toString();
        hypervisor.hostname = entry.value(QLatin1String("hypervisor_hostname")).toString();
        const QJsonObject service = entry.value(QLatin1String("service")).toObject();
        hypervisor.host = service.value(QLatin1String("host")).toString();
        hypervisor.state = entry.value(QLatin1String("state")).toString();
        hypervisor.status = entry.value(QLatin1String("status")).toString();
        if (hypervisor.id.isEmpty())
            return false;
        page->hypervisors.append(hypervisor);
    }
    const QJsonArray links = object.value(QLatin1String("hypervisors_links")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1String("rel")).toString() != QLatin1String("next"))
            continue;
        const QUrl href(link.value(QLatin1String("href")).toString());
        page->nextMarker = QUrlQuery(href).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
        if (page->nextMarker.isEmpty())
            return false; // a next link we cannot follow would end the list early
    }
    return true;
}

void ListHypervisorsJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    QJsonObject object;
    if (!parseObject(body, &object))
        return;
    HypervisorPage page;
    if (!parsePage(object, &page)) {
        failInvalid(reply, tr("Nova's hypervisor list does not have the shape Nova sends (2.53 or later)."));
        return;
    }
    emit finished(page);
}
