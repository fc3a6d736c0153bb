#pragma once

#include "api/apierror.h"
#include "api/providerquery.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class MembershipStore;
class PlacementClient;
class PlacementJob;
class RequestQueue;
class RetryBudget;
struct AggregatesResult;
struct ProviderInfo;

struct LiveSummary
{
    int providers = 0;        // listed
    int added = 0;            // new rows
    int vanished = 0;         // rows gone from the listing (those with pending edits stay, Deleted)
    int reread = 0;           // aggregate GETs (new rows, moved generations, sweep corrections)
    int changed = 0;          // rows whose set someone else changed (marked changedOnServer)
    int held = 0;             // of those, rows whose pending edits keep the old base (Submit asks)
    int sweeps = 0;           // member_of sweeps sent this round
    int sweepCorrections = 0; // rows a sweep disagreed with (a writer below 1.19)
    int failed = 0;           // GETs that failed (the row keeps what it showed)
    int requests = 0;
    qint64 elapsedMs = 0;
    bool canceled = false;
};
Q_DECLARE_METATYPE(LiveSummary)

// The live view's background refresh (issue 11): like ProviderLoader::refresh() it costs in proportion
// to what changed — one listing, an aggregate GET for each provider that is new or whose generation
// moved, and member_of sweeps of a few known aggregates per round (rotating, so every aggregate is
// swept every few rounds; a writer below microversion 1.19 changes sets without a generation) — but
// it never resets the table or drops anything pending: rows are updated in place
// (MembershipStore::mergeListing(), applyLiveChange()). A row someone else changed is marked
// changedOnServer; its pending edits are re-based on the server's set when auto-merge is on, else
// the change is held and Submit's 409 asks (never rewritten silently). A failed GET leaves the row as
// it was. Needs 1.19 (generations); below, start() reports failed().
class LiveRefresher : public QObject
{
    Q_OBJECT

public:
    LiveRefresher(PlacementClient *client, MembershipStore *store, QObject *parent = nullptr);

    // The cap of requests in flight (the loader's --parallel); the client's limit decides below it.
    void setParallelism(int count) { m_parallelism = count; }
    // How many known aggregates one round sweeps (0: none).
    void setSweepsPerRound(int count) { m_sweepsPerRound = qMax(0, count); }
    int sweepsPerRound() const { return m_sweepsPerRound; }
    // Pending edits of a changed row follow the server's set (true) or hold it for Submit (false).
    void setRebase(bool rebase) { m_rebase = rebase; }

    // One round with the listing's query (the one the table was loaded with).
    bool start(const ProviderQuery &query);
    // Stops now; rows keep what they showed (answers not in yet are dropped).
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const LiveSummary &summary);
    void failed(const ApiError &error);

private:
    void onListed(const QList<ProviderInfo> &listed);
    void enqueueGet(const QString &uuid, bool known);
    void enqueueSweep(const QString &aggregate);
    void onAggregates(const AggregatesResult &result, bool known);
    void finish();

    PlacementClient *m_client;
    MembershipStore *m_store;
    RequestQueue *m_queue = nullptr;
    QPointer<PlacementJob> m_listing;
    std::shared_ptr<RetryBudget> m_retryBudget;
    int m_parallelism = 4;
    int m_sweepsPerRound = 20;
    bool m_rebase = true;
    bool m_running = false;
    quint64 m_round = 0;     // ignores late answers of a canceled round
    qsizetype m_sweepAt = 0; // where the rotating sweep continues next round
    QSet<QString> m_reading; // rows with a GET this round (a sweep need not send them again)
    LiveSummary m_summary;
    QElapsedTimer m_timer;
};
