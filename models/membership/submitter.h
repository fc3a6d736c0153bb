#pragma once

#include "api/apierror.h"
#include "membership/historyentry.h"
#include "membership/providerconflict.h"
#include "membership/submitsummary.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class PlacementClient;
class MembershipStore;
class ConflictResolver;
class PlacementJob;
class RequestQueue;
class RetryBudget;
struct AggregatesResult;

// Turns pending edits into PUTs, one provider at a time per slot, with bounded parallelism:
// - 1.19+: PUT the full desired set with the generation it was read at. A 409 concurrent_update re-reads
//   the provider; if only the generation moved (inventory, traits, allocations) the same set is resent
//   automatically, otherwise the ConflictResolver decides (merge / overwrite / keep server / later).
// - before 1.19: re-read right before each PUT to narrow the window, then PUT a bare list.
// Success moves the row's loaded set and generation to the server's answer; failures keep edits pending.
class Submitter : public QObject
{
    Q_OBJECT

public:
    Submitter(PlacementClient *client, MembershipStore *store, ConflictResolver *resolver,
              QObject *parent = nullptr);

    void setParallelism(int count);
    void setMaxAutomaticResends(int count) { m_maxAutomaticResends = count; }

    // Servers before 1.19 cannot detect concurrent changes: the UI must ask before submitting there.
    bool needsLegacyConfirmation() const;
    // Returns false (and does nothing) if there is nothing to submit, it is running, or legacy needs a yes.
    bool start(bool legacyConfirmed = false);
    // No new PUTs start; requests on the wire finish and their results are recorded.
    void cancel();
    // Also aborts the requests on the wire (a trickling or hanging server): their rows become
    // SubmitState::Unknown and are re-read before their next PUT, so an aborted PUT that did apply
    // is recognised instead of being sent blind. The edits stay pending (and journaled).
    void forceCancel();
    bool isRunning() const { return m_running; }
    bool isCanceling() const { return m_running && m_canceled; }

signals:
    void progress(int done, int total);
    void finished(const SubmitSummary &summary);
    // Things worth a line in the log panel (automatic resends, resolutions); never contains tokens.
    void logMessage(const QString &message);
    // The server confirmed a provider's new set (for the change history): uuid, name, before and
    // after, the new generation, the PUT's request id and how it got there. Time, user and
    // microversion are the caller's to add.
    void changeConfirmed(const HistoryEntry &entry);

private:
    struct Submission
    {
        QString uuid;
        QString name;
        QStringList base;
        QStringList mine;
        qint64 generation = -1;
        int rounds = 0;
        bool hadConflict = false;
        bool resent = false;                                       // resent after a generation-only 409
        HistoryEntry::How resolution = HistoryEntry::How::Applied; // Merged/Overwritten after a conflict
        QPointer<PlacementJob> putJob;                             // the provider's last PUT
        bool onTheWire = false; // set by forceCancel(): that PUT was running
    };

    void put(const QString &uuid);
    void read(const QString &uuid, bool legacyBeforePut);
    void onPutFinished(const QString &uuid, const AggregatesResult &result, const QString &requestId);
    void onRead(const QString &uuid, const AggregatesResult &result, bool legacyBeforePut);
    void onFailed(const QString &uuid, const ApiError &error, bool fromPut);
    void applyResolution(const QString &uuid, const ProviderConflict &conflict,
                         ConflictResolution resolution);
    bool isConcurrentUpdate(const ApiError &error) const;
    void finishProvider(const QString &uuid);
    void confirmed(const Submission &submission, const AggregatesResult &result, const QString &requestId,
                   HistoryEntry::How how);
    void fail(const QString &uuid, const ApiError &error);

    PlacementClient *m_client;
    MembershipStore *m_store;
    ConflictResolver *m_resolver;
    RequestQueue *m_queue;
    QHash<QString, Submission> m_active;
    std::shared_ptr<RetryBudget> m_retryBudget;
    SubmitSummary m_summary;
    int m_done = 0;
    int m_maxAutomaticResends = 5;
    bool m_running = false;
    bool m_canceled = false;
    bool m_forced = false;
    bool m_legacy = false;
};
