#include "api/placementclient.h"

#include "api/concurrencylimit.h"
#include "api/discoverversionsjob.h"
#include "api/getaggregatesjob.h"
#include "api/getinventoriesjob.h"
#include "api/gettraitsjob.h"
#include "api/getusagesjob.h"
#include "api/listprovidersjob.h"
#include "api/putaggregatesjob.h"
#include "api/tokensource.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

PlacementClient::PlacementClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_concurrency(std::make_shared<ConcurrencyLimit>())
{
}

PlacementClient::~PlacementClient() = default;

void PlacementClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_microversion = {};
    m_concurrency->reset(); // another server: nothing learned applies
}

void PlacementClient::setTokenSource(std::shared_ptr<TokenSource> source)
{
    m_tokenSource = std::move(source);
}

void PlacementClient::setToken(const QByteArray &token)
{
    m_tokenSource = std::make_shared<StaticTokenSource>(token);
}

void PlacementClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    m_hasSslConfiguration = true;
}

QByteArray PlacementClient::token() const
{
    return m_tokenSource ? m_tokenSource->token() : QByteArray();
}

std::shared_ptr<RetryBudget> PlacementClient::startRetryBudget(int retries)
{
    m_retryBudget = std::make_shared<RetryBudget>(retries);
    return m_retryBudget;
}

QUrl PlacementClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

QByteArray PlacementClient::userAgent()
{
    return QByteArrayLiteral("placement-desk/" PLACEMENT_DESK_VERSION " Qt/") + qVersion();
}

QNetworkRequest PlacementClient::makeRequest(const QString &path, const QUrlQuery &query,
                                             const Microversion &version) const
{
    const Microversion effective = version.isValid() ? version : m_microversion;
    return makeRequestFor(urlFor(path, query), effective.isValid()
                                                   ? "placement " + effective.toString().toLatin1()
                                                   : QByteArray());
}

QNetworkRequest PlacementClient::makeRequestFor(const QUrl &url, const QByteArray &versionHeader) const
{
    QNetworkRequest request(url);
    if (!versionHeader.isEmpty())
        request.setRawHeader("OpenStack-API-Version", versionHeader);
    request.setRawHeader("Accept", "application/json");
    const QByteArray currentToken = token();
    if (!currentToken.isEmpty())
        request.setRawHeader("X-Auth-Token", currentToken);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_transferTimeoutMs);
    if (m_hasSslConfiguration)
        request.setSslConfiguration(m_sslConfiguration);
    return request;
}

DiscoverVersionsJob *PlacementClient::discoverVersions()
{
    return new DiscoverVersionsJob(this, m_maximumMicroversion);
}

ListProvidersJob *PlacementClient::listProviders(const ProviderQuery &query)
{
    return new ListProvidersJob(this, query);
}

GetAggregatesJob *PlacementClient::getAggregates(const QString &providerUuid)
{
    return new GetAggregatesJob(this, providerUuid);
}

PutAggregatesJob *PlacementClient::putAggregates(const QString &providerUuid, const QStringList &aggregates,
                                                 qint64 generation)
{
    return new PutAggregatesJob(this, providerUuid, aggregates, generation);
}

GetInventoriesJob *PlacementClient::getInventories(const QString &providerUuid)
{
    return new GetInventoriesJob(this, providerUuid);
}

GetUsagesJob *PlacementClient::getUsages(const QString &providerUuid)
{
    return new GetUsagesJob(this, providerUuid);
}

GetTraitsJob *PlacementClient::getTraits(const QString &providerUuid)
{
    return new GetTraitsJob(this, providerUuid);
}
