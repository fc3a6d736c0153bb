#pragma once

#include "api/microversion.h"
#include "api/retrypolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class ApiError;
class PlacementClient;
class NovaVersionsJob;
class ListNovaAggregatesJob;
class ListHypervisorsJob;
class AggregateActionJob;

// Nova's compute API for what Placement Desk needs of it: host aggregates (names, AZs, metadata,
// hosts) and hypervisors (which host's compute node is which provider), and add_host/remove_host.
//
// A cloud has one login: Nova is reached with the Placement client's token source, TLS settings,
// timeouts and retry policy (PlacementClient::makeRequestFor), so a reconnect or a renewed token
// applies to both services at once. Only the base URL and the microversion are Nova's own.
class NovaClient : public QObject
{
    Q_OBJECT

public:
    explicit NovaClient(PlacementClient *placement, QObject *parent = nullptr);
    ~NovaClient() override;

    PlacementClient *placement() const { return m_placement; }

    // The compute endpoint as the catalog or compute_endpoint_override gives it, e.g.
    // http://controller:8774/v2.1. Invalid: no Nova for this session. Resets the microversion.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }

    void setMicroversion(const Microversion &version) { m_microversion = version; }
    Microversion microversion() const { return m_microversion; }
    // Hypervisor ids are compute node UUIDs (= provider UUIDs) from 2.53 on.
    bool hasHypervisorUuids() const;

    // The range this client speaks: 2.41 (aggregate UUIDs) to 2.87 (from 2.88 on, hypervisor
    // details ask every "up" compute service over RPC, which can take minutes on a big cloud).
    static Microversion clientMinimum();
    static Microversion clientMaximum();
    static Microversion hypervisorUuids(); // 2.53

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;

    // Transient faults are retried with the Placement client's policy, within a budget of Nova's own
    // per load (a Nova hiccup must not use up a submit's retries).
    RetryPolicy retryPolicy() const;
    std::shared_ptr<RetryBudget> startRetryBudget(int retries);
    std::shared_ptr<RetryBudget> retryBudget() const { return m_retryBudget; }

    NovaVersionsJob *discoverVersions();
    ListNovaAggregatesJob *listAggregates();
    // One page of GET /os-hypervisors/detail; `marker` empty: the first page.
    ListHypervisorsJob *listHypervisors(int limit, const QString &marker);
    // POST /os-aggregates/{id}/action with {"add_host"|"remove_host": {"host": host}}.
    AggregateActionJob *addHost(int aggregateId, const QString &host);
    AggregateActionJob *removeHost(int aggregateId, const QString &host);

signals:
    // A request is sent again after a transient fault (for the activity log).
    void requestRetrying(const QString &method, const QString &path, int attempt, int delayMs,
                         const ApiError &reason);

private:
    PlacementClient *m_placement;
    QUrl m_baseUrl;
    Microversion m_microversion;
    std::shared_ptr<RetryBudget> m_retryBudget;
};
