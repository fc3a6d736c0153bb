#pragma once

#include "api/apierror.h"
#include "api/microversion.h"
#include "api/retrypolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;
class TokenSource;
class DiscoverVersionsJob;
class ListProvidersJob;
class GetAggregatesJob;
class PutAggregatesJob;
class GetInventoriesJob;
class GetUsagesJob;
class GetTraitsJob;
class ConcurrencyLimit;
struct ProviderQuery;

// Knows where Placement is, which microversion to speak and how to authenticate; creates one job per
// request. The QNetworkAccessManager is injected so tests can put a fake network layer underneath.
class PlacementClient : public QObject
{
    Q_OBJECT

public:
    explicit PlacementClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PlacementClient() override;

    QNetworkAccessManager *network() const { return m_network; }

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setTokenSource(std::shared_ptr<TokenSource> source);
    TokenSource *tokenSource() const { return m_tokenSource.get(); }
    void setToken(const QByteArray &token); // shorthand for a StaticTokenSource
    QByteArray token() const;

    // The negotiated version; invalid until discovery succeeded (see DiscoverVersionsJob).
    void setMicroversion(const Microversion &version) { m_microversion = version; }
    Microversion microversion() const { return m_microversion; }

    // Caps negotiation below Microversion::clientMaximum(), e.g. to exercise a legacy server's behaviour.
    void setMaximumMicroversion(const Microversion &version) { m_maximumMicroversion = version; }
    Microversion maximumMicroversion() const { return m_maximumMicroversion; }

    // TLS settings for every request (CA bundle, client certificate, verify: false); see TlsSettings.
    // Without one, Qt's default configuration applies.
    void setSslConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }

    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    // Every request must be answered within this time, however slowly bytes trickle in (0: no
    // deadline). The transfer timeout above restarts with every byte; this one does not.
    void setRequestDeadline(int milliseconds) { m_requestDeadlineMs = milliseconds; }
    int requestDeadline() const { return m_requestDeadlineMs; }

    // Responses larger than this are aborted: a misbehaving server must not exhaust memory.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Transient faults (5xx, 429, resets) are retried per this policy; RetryPolicy::none() turns it off.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // A fresh allowance of retries shared by the jobs created from now on (one per submit or load);
    // returns it so the caller can read how many were used. Without one, each job only has its own
    // maxAttempts.
    std::shared_ptr<RetryBudget> startRetryBudget(int retries);
    std::shared_ptr<RetryBudget> retryBudget() const { return m_retryBudget; }

    // How many requests to keep in flight against this server, learned by every RequestQueue that
    // runs this client's jobs (loads, submits), so a submit starts at what the load found. Starts
    // over when the base URL changes.
    std::shared_ptr<ConcurrencyLimit> concurrency() const { return m_concurrency; }

    // URL of an API path below the base URL, keeping any path prefix such as /placement.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // A request with every header Placement needs: version, Accept, token, User-Agent, timeout.
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {},
                                const Microversion &version = {}) const;
    // The same headers and settings for another service of the same cloud (Nova): one login, one
    // TLS configuration, one set of timeouts. `versionHeader` is the whole OpenStack-API-Version
    // value ("compute 2.53"), or empty.
    QNetworkRequest makeRequestFor(const QUrl &url, const QByteArray &versionHeader) const;

    static QByteArray userAgent();

    DiscoverVersionsJob *discoverVersions();
    ListProvidersJob *listProviders(const ProviderQuery &query);
    GetAggregatesJob *getAggregates(const QString &providerUuid);
    PutAggregatesJob *putAggregates(const QString &providerUuid, const QStringList &aggregates,
                                    qint64 generation);
    // The provider context pane's reads (GetTraitsJob needs 1.6).
    GetInventoriesJob *getInventories(const QString &providerUuid);
    GetUsagesJob *getUsages(const QString &providerUuid);
    GetTraitsJob *getTraits(const QString &providerUuid);

signals:
    // A request is sent again after a transient fault (for the activity log).
    void requestRetrying(const QString &method, const QString &path, int attempt, int delayMs,
                         const ApiError &reason);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::shared_ptr<TokenSource> m_tokenSource;
    Microversion m_microversion;
    Microversion m_maximumMicroversion;
    QSslConfiguration m_sslConfiguration;
    bool m_hasSslConfiguration = false;
    int m_transferTimeoutMs = 30000;
    int m_requestDeadlineMs = 5 * 60 * 1000; // a 100,000-provider listing on a slow link still fits
    qint64 m_maxResponseBytes = 256ll * 1024 * 1024;
    RetryPolicy m_retryPolicy = RetryPolicy::transient();
    std::shared_ptr<RetryBudget> m_retryBudget;
    std::shared_ptr<ConcurrencyLimit> m_concurrency;
};
