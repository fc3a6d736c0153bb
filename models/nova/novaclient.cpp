#include "nova/novaclient.h"

#include "api/apierror.h"
#include "api/placementclient.h"
#include "nova/aggregateactionjob.h"
#include "nova/listhypervisorsjob.h"
#include "nova/listnovaaggregatesjob.h"
#include "nova/novaversionsjob.h"

NovaClient::NovaClient(PlacementClient *placement, QObject *parent) : QObject(parent), m_placement(placement)
{
}

NovaClient::~NovaClient() = default;

void NovaClient::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    m_baseUrl = base;
    m_microversion = {};
}

bool NovaClient::hasHypervisorUuids() const
{
    return m_microversion.isValid() && m_microversion >= hypervisorUuids();
}

Microversion NovaClient::clientMinimum()
{
    return Microversion(2, 41);
}

Microversion NovaClient::clientMaximum()
{
    return Microversion(2, 87);
}

Microversion NovaClient::hypervisorUuids()
{
    return Microversion(2, 53);
}

QUrl NovaClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest NovaClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    return m_placement->makeRequestFor(
        urlFor(path, query),
        m_microversion.isValid() ? "compute " + m_microversion.toString().toLatin1() : QByteArray());
}

RetryPolicy NovaClient::retryPolicy() const
{
    return m_placement->retryPolicy();
}

std::shared_ptr<RetryBudget> NovaClient::startRetryBudget(int retries)
{
    m_retryBudget = std::make_shared<RetryBudget>(retries);
    return m_retryBudget;
}

NovaVersionsJob *NovaClient::discoverVersions()
{
    return new NovaVersionsJob(this);
}

ListNovaAggregatesJob *NovaClient::listAggregates()
{
    return new ListNovaAggregatesJob(this);
}

ListHypervisorsJob *NovaClient::listHypervisors(int limit, const QString &marker)
{
    return new ListHypervisorsJob(this, limit, marker);
}

AggregateActionJob *NovaClient::addHost(int aggregateId, const QString &host)
{
    return new AggregateActionJob(this, AggregateActionJob::Action::AddHost, aggregateId, host);
}

AggregateActionJob *NovaClient::removeHost(int aggregateId, const QString &host)
{
    return new AggregateActionJob(this, AggregateActionJob::Action::RemoveHost, aggregateId, host);
}
