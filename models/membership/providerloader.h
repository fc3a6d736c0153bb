#pragma once

#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/listprovidersjob.h"
#include "api/providerquery.h"

#include <QElapsedTimer>
#include <QObject>

#include <QPointer>
#include <memory>

class PlacementClient;
class RetryBudget;
class MembershipStore;
class RequestQueue;
class PlacementJob;

struct LoadSummary
{
    int providers = 0;
    int loaded = 0;
    int failed = 0;
    int deleted = 0;
    bool canceled = false;
    qint64 elapsedMs = 0;
    int retries = 0; // transient faults (5xx, 429, resets) that were retried
    // Aggregate GETs that got no answer while their peers did (a connection the server does not
    // serve), taken off the wire and sent again; the longest one request took; the parallelism
    // the client's ConcurrencyLimit settled on.
    int stalls = 0;
    qint64 longestRequestMs = 0;
    int parallelism = 0;
    // Listed entries that are not a provider we can address: no UUID, or one listed twice (the first
    // one is kept). A server sends neither; a proxy or a broken deployment might.
    QStringList rejected;
};
Q_DECLARE_METATYPE(LoadSummary)

// Load flow: discover versions → list providers → every provider's aggregates with bounded parallelism.
// Rows fill in as answers arrive. One provider's failure marks that row only; a failure that concerns
// every request (no permission, no token) stops the load with one clear error.
class ProviderLoader : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        Discovering,
        Listing,
        FetchingAggregates,
    };
    Q_ENUM(Stage)

    ProviderLoader(PlacementClient *client, MembershipStore *store, QObject *parent = nullptr);

    void setParallelism(int count);
    int parallelism() const;

    void start(const ProviderQuery &query = {});
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }

signals:
    void stageChanged(ProviderLoader::Stage stage);
    void versionNegotiated(const VersionInfo &info);
    void progress(int done, int total);
    // The load ran to the end or was canceled; rows carry their own errors.
    void finished(const LoadSummary &summary);
    // Nothing could be loaded (discovery or listing failed, or a failure that applies to every request).
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);
    void replaceQueue();
    void listProviders();
    void fetchAggregates(const QList<ProviderInfo> &providers);
    void onAggregatesFailed(const QString &providerUuid, const ApiError &error);
    void finish();
    void abortWith(const ApiError &error);

    PlacementClient *m_client;
    MembershipStore *m_store;
    RequestQueue *m_queue = nullptr;
    int m_parallelism = 0;
    QPointer<PlacementJob> m_singleJob; // discovery or listing in flight
    ProviderQuery m_query;
    Stage m_stage = Stage::Idle;
    LoadSummary m_summary;
    QElapsedTimer m_timer;
    ApiError m_fatalError;
    quint64 m_generation = 0; // ignores late answers from a previous load
    std::shared_ptr<RetryBudget> m_retryBudget;
};
