#pragma once

#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/listprovidersjob.h"
#include "api/providerquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

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
    // A refresh (ProviderLoader::refresh): rows whose aggregates were kept because their generation
    // had not moved, member_of sweeps sent, and rows re-read because a sweep disagreed with the
    // kept set (a writer below microversion 1.19 changes aggregates without moving the generation).
    bool incremental = false;
    int reused = 0;
    int sweeps = 0;
    int sweepCorrections = 0;
    // Rows still shown from the warm-start cache when the load ended (canceled, or a sweep failed
    // and its re-reads did not finish): State::Cached, not editable.
    int unverified = 0;
    // Every request the load or refresh sent (discovery, listing, aggregate GETs, sweeps; resends of
    // transient faults not counted).
    int requests = 0;
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
    // Like start(), but costs in proportion to what changed (issue 11): lists again, reads
    // aggregates only for providers that are new or whose generation moved (rows that were not
    // loaded are read too), and sweeps every aggregate the table knew with member_of (1.3+; one
    // request each) to catch writers that change aggregates without moving the generation
    // (microversion < 1.19); a row a sweep disagrees with is read again. Providers gone from the
    // listing disappear. Pending edits go, as with start() (the window asks before either).
    // Rows shown from the warm-start cache (State::Cached) are kept alike, but stay Cached (not
    // editable) until every sweep has answered; then they are Loaded.
    // Falls back to start() when the table holds nothing loaded or the server is below 1.19
    // (generations then do not say whether a set changed).
    void refresh(const ProviderQuery &query = {});
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    // The query of the last start() or refresh() (a live refresh lists with the same one).
    ProviderQuery query() const { return m_query; }

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
    void processListed(quint64 generation);
    void dropUnprocessed();
    void enqueueGet(const QString &uuid);
    void enqueueSweep(const QString &aggregate);
    void verifyKept();
    void cancelRow(const QString &uuid);
    void rereadKept(const QString &uuid);
    void onAggregatesFailed(const QString &providerUuid, const ApiError &error);
    void finish();
    void reportFinished();
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
    // A refresh: what the table held before (rows loaded at their listed generation, by uuid), the
    // aggregates it knew, and which rows kept their set (a sweep may send them for a re-read).
    struct Kept
    {
        qint64 generation = -1;
        QStringList aggregates;
        bool verified = true; // false: from the warm-start cache (State::Cached)
    };
    bool m_incremental = false;
    QHash<QString, Kept> m_kept;
    QStringList m_knownAggregates;
    QSet<QString> m_reusedRows;
    // Kept rows from the cache: Cached until every sweep has answered without disagreeing.
    QSet<QString> m_unverified;
    // Rows a refresh is reading again, with what they showed before: a cancel puts that back
    // (State::Cached, greyed) instead of leaving them "not loaded".
    QHash<QString, Kept> m_previous;
    int m_sweepsPending = 0;
    bool m_sweepFailed = false;
    // Listed rows still to be read or kept (handed to the queue a chunk per event-loop turn).
    QList<ProviderInfo> m_toProcess;
    qsizetype m_processed = 0;
};
