#pragma once

#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "auth/securitywarning.h"
#include "membership/driftreport.h"
#include "membership/editjournal.h"
#include "membership/providerloader.h"
#include "membership/reconcileplan.h"
#include "membership/submitsummary.h"
#include "session/reconcileoutcome.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class AggregateLabels;
class ChangeHistory;
class ProviderDetailsCache;
class ConflictDecisionStrategy;
class ConflictResolver;
class ConnectionProfile;
class HostActionRunner;
class KeystoneSession;
class LiveRefresher;
struct LiveSummary;
class MembershipStore;
class NovaClient;
class NovaDirectory;
class NovaLoader;
class ProviderCache;
struct ProviderCacheData;
class PlacementClient;
class ProviderRereader;
class QNetworkAccessManager;
class RequestLog;
class QTimer;
class QUndoStack;
class Submitter;
class TraitIsolationCheck;

// The engine behind the window, without widgets: it owns the network manager (or is given one),
// the Placement client, the membership store, the loader, the undo stack, the conflict resolver,
// the submitter, the edit journal and the Keystone session, and runs the flows the window used to
// run — connect (endpoint + token, or a cloud profile through Keystone), reload, cancel, submit
// (optionally continuing with a close or a reload once everything is applied), and the journal's
// restore offer after a load. Questions to the operator are the caller's: the engine says when
// one is due (journalFound(), needsLegacyConfirmation()) and takes the answer as a method call.
//
// Every flow is tested headless (tst_desksession) with the fake network manager and with a real
// Placement. Nothing here blocks: everything runs on the caller's event loop.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        SigningIn,   // Keystone login in flight
        Loading,     // discovery, listing or aggregate reads in flight
        Submitting,  // PUTs in flight
        Reconciling, // add_host/remove_host calls to Nova, then both sides read again
    };
    Q_ENUM(State)

    // What to do once a submit has applied every pending edit.
    enum class AfterSubmit {
        Nothing,
        Close,  // continueAfterSubmit(Close): the window closes itself
        Reload, // the engine reloads
    };
    Q_ENUM(AfterSubmit)

    // `network` is injected by tests; by default the engine owns its own manager.
    explicit DeskSession(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~DeskSession() override;

    QNetworkAccessManager *network() const { return m_network; }
    // Every request the session's network manager sends (Placement, Keystone, Nova).
    RequestLog *requestLog() const { return m_requestLog; }
    PlacementClient *client() const { return m_client; }
    MembershipStore *store() const { return m_store; }
    ProviderLoader *loader() const { return m_loader; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ConflictResolver *conflictResolver() const { return m_resolver; }
    Submitter *submitter() const { return m_submitter; }
    EditJournal *editJournal() const { return m_journal; }
    // The warm-start cache: a load of an endpoint the store does not show yet starts from it (rows
    // in State::Cached) and refreshes; every complete load and every submit saves it.
    ProviderCache *providerCache() const { return m_cache; }
    void setCacheEnabled(bool enabled);
    // The operator's local labels of this cloud's aggregates (Placement-only ones have no other name).
    AggregateLabels *aggregateLabels() const { return m_labels; }
    // Every change this cloud's server confirmed (per endpoint, in the data folder; the window's
    // History dock). Submits append to it with the Keystone user and project when signed in.
    ChangeHistory *changeHistory() const { return m_history; }
    // Inventories, usages and traits of one provider at a time, for the context pane; forgotten
    // when the endpoint changes.
    ProviderDetailsCache *providerDetails() const { return m_details; }
    // Nova's name of an aggregate string, else its local label, else empty (AggregateLabels::nameOf).
    QString aggregateName(const QString &aggregate) const;
    KeystoneSession *keystoneSession() const { return m_keystone.get(); }
    // What Nova knows (names, AZs, hosts, compute nodes), read after every Placement load when the
    // session has a compute endpoint; Placement works the same without it.
    NovaClient *nova() const { return m_nova; }
    NovaDirectory *novaDirectory() const { return m_novaDirectory; }
    NovaLoader *novaLoader() const { return m_novaLoader; }
    // The drift between Nova and Placement as last read (empty until Nova is loaded).
    DriftReport driftReport() const;
    HostActionRunner *hostActionRunner() const { return m_hostActions; }
    TraitIsolationCheck *traitCheck() const { return m_traits; }

    // A reconcile of the current drift, for the operator to preview (nothing happens yet).
    ReconcilePlan planReconcile(ReconcilePlan::Direction direction,
                                const ReconcilePlan::Scope &scope = {}) const;
    // Carries out a previewed plan the operator confirmed. PlacementMatchesNova: its edits become
    // one undo step of ordinary pending edits (submitted as any other). NovaMatchesPlacement: its
    // add_host/remove_host calls go to Nova one by one (state Reconciling, cancel() stops between
    // two), then the providers of those hosts and Nova are read again and reconcileFinished()
    // reports. Returns false if nothing was started (empty, busy, or the edits are already pending).
    bool applyReconcile(const ReconcilePlan &plan);

    State state() const { return m_state; }
    bool isLoading() const;
    bool isSubmitting() const;
    bool isSigningIn() const;
    bool isReconciling() const { return m_reconcilePhase != ReconcilePhase::None; }
    bool hasCloudSession() const { return m_keystone != nullptr; }
    // A load was started at least once (the table's placeholder says "connect first" before).
    bool hasConnected() const { return m_everConnected; }
    // The cloud's name (clouds.yaml) while in a cloud session, else empty.
    QString cloudName() const;
    QList<SecurityWarning> securityWarnings() const { return m_securityWarnings; }

    void setParallelism(int count);
    void setRequestTimeout(int seconds);
    void setConflictStrategy(ConflictDecisionStrategy *strategy);
    void setAutoMerge(bool enabled);

    // Ends any cloud session, then loads `endpoint` with `token` (which may be empty).
    void connectToEndpoint(const QUrl &endpoint, const QByteArray &token);
    // Nova's compute endpoint for endpoint + token use (--os-compute-endpoint-override); a cloud
    // session takes it from compute_endpoint_override or the catalog instead. Takes effect at the
    // next connectToEndpoint(). Invalid: no Nova.
    void setComputeEndpoint(const QUrl &url) { m_plainComputeUrl = url; }
    QUrl computeEndpoint() const { return m_plainComputeUrl; }
    // Reads Nova again (after a reconcile, or when it was unreachable).
    void reloadNova();
    // Signs in through Keystone (asynchronously, cancelable), points the client at the catalog's
    // Placement and loads. The session lives until another connection replaces it.
    void connectToCloud(const ConnectionProfile &profile);
    // Back to plain endpoint + token use; the client forgets the session's token and TLS settings.
    void endCloudSession();
    // Loads again from the connected endpoint; in a cloud session whose login failed, signs in again.
    // Returns false when there is nothing to reload (never connected). A reload of the same
    // endpoint is a refresh (ProviderLoader::refresh: only what changed is read).
    bool reload();
    // The next load (reload, or a connect to the same endpoint) reads everything again.
    void requestFullLoad();
    // "Load only…": the server-side filters of every load from now on (loads, refreshes, the live
    // view). Takes effect at the next load; an empty query loads everything. A filtered table is
    // not saved as the warm-start cache (the next start would show only part of the cloud).
    void setProviderQuery(const ProviderQuery &query) { m_query = query; }
    ProviderQuery providerQuery() const { return m_query; }
    // --- Live view (issue 11): every `seconds` (0: off, the default; at least 5) a background round
    // of LiveRefresher while the session is idle — one listing, reads of what changed, a few member_of
    // sweeps — that updates rows in place and keeps every pending edit (re-based when auto-merge is
    // on, else held for Submit's conflict flow). Loads, submits, reconciles and cancel() stop a
    // running round; the next tick starts again.
    void setLiveInterval(int seconds);
    int liveInterval() const { return m_liveInterval; }
    LiveRefresher *liveRefresher() const { return m_live; }
    bool isLiveRefreshing() const;
    // One round now (the timer's tick); false if the session is busy or shows nothing it could refresh.
    bool refreshLive();

    // Stops a running sign-in, load or submit; rows read so far stay. During a submit the PUTs on the
    // wire finish; a second cancel() aborts them (forceCancel()).
    void cancel();
    // Stops everything now, aborting PUTs on the wire; their rows are re-read before their next PUT
    // (Submitter::forceCancel()). Pending edits stay, and so does the journal.
    void forceCancel();

    // A server without generations (< 1.19) cannot detect concurrent changes: ask before submit().
    bool needsLegacyConfirmation() const;
    // Sends every pending edit. Returns false if nothing was started (nothing pending, busy).
    bool submit(bool legacyConfirmed = false, AfterSubmit after = AfterSubmit::Nothing);
    // Drops every pending edit, its undo steps and its journal entries.
    void discardAllEdits();

    // The answer to journalFound(): re-apply the saved edits on top of the server's state, or put
    // the journal aside. Either way recording starts and journalHandled() follows.
    // Entries of rows that are not loaded stay in the journal verbatim (see JournalRestoreReport).
    JournalRestoreReport restoreJournal(const QList<JournalEntry> &entries);
    void declineJournal();
    // The operator acknowledged that these providers are deleted: their saved edits go.
    void forgetJournalEntries(const QStringList &providerUuids);
    // Writes unsaved journal changes now (close, destruction).
    void flushJournal();

    // "Restored edits for 3 providers. …": what restoreJournal() did, in one line.
    static QString restoreReportText(const JournalRestoreReport &report);

signals:
    void stateChanged(DeskSession::State state);
    void securityWarningsChanged(const QList<SecurityWarning> &warnings);
    // The connection changed (endpoint, cloud); window titles follow it.
    void connectionChanged();
    // Something worth a line in the activity log (untimed; the view adds the time).
    void activity(const QString &message);

    void signInStarted(const ConnectionProfile &profile);
    void signedIn(const QUrl &placementUrl);
    void signInFailed(const ApiError &error); // Kind::Canceled after cancel()
    void loadStarted(const QUrl &endpoint);
    // A warm start: the table shows `providers` rows as the cache saved them at `savedAt`; a refresh
    // verifying them runs now (loadFinished() follows as for any load).
    void cacheShown(int providers, const QDateTime &savedAt);
    void versionNegotiated(const VersionInfo &info);
    void loadFinished(const LoadSummary &summary);
    void loadFailed(const ApiError &error);
    // Saved edits from an earlier session wait for an answer (restoreJournal() or declineJournal()).
    void journalFound(const QList<JournalEntry> &entries, int editCount);
    // The journal question of a load is answered (or there was none); recording runs.
    void journalHandled();
    void journalError(const QString &message);
    // Not an error, but the operator should know (a second instance on the same endpoint, entries
    // of the provider list that were not shown).
    void notice(const QString &message);
    // Nova was read (names and drift are current) or could not be (novaDirectory() says why).
    void novaLoaded();
    void novaFailed(const ApiError &error);
    // The required-trait check that follows a Nova read (and a submit or reconcile) ended: the drift
    // report has its findings now.
    void driftChanged();
    // A "make Nova match Placement" run: call `index` of `total` is on the wire, or ended.
    void hostActionStarted(int index, int total, const HostAction &action);
    void hostActionFinished(int index, int total, const HostAction &action);
    void reconcileFinished(const ReconcileOutcome &outcome);
    // A live round ended (not after a cancel); rows someone else changed are marked in the store.
    void liveRefreshed(const LiveSummary &summary);
    void liveFailed(const ApiError &error);
    void submitStarted(int providers);
    void submitFinished(const SubmitSummary &summary);
    // A submit asked to continue with Close has applied every edit: the caller closes now.
    void continueAfterSubmit(DeskSession::AfterSubmit after);

private:
    void startLoad(const QUrl &url);
    void onCacheRead(const ProviderCacheData &data, const QString &problem);
    void cancelCacheRead();
    void saveCache();
    void onLoadFinished(const LoadSummary &summary);
    void onSubmitFinished(const SubmitSummary &summary);
    void onLiveFinished(const LiveSummary &summary);
    void onAuthenticated();
    void setSecurityWarnings(const QList<SecurityWarning> &warnings);
    void updateState();
    void forgetConnections();
    void onHostActionsFinished();
    void onRereadFinished();
    void finishReconcile();

    QNetworkAccessManager *m_network;
    RequestLog *m_requestLog;
    PlacementClient *m_client;
    MembershipStore *m_store;
    ProviderLoader *m_loader;
    QUndoStack *m_undoStack;
    ConflictResolver *m_resolver;
    Submitter *m_submitter;
    bool m_fullLoadRequested = false;
    ProviderQuery m_query;
    EditJournal *m_journal;
    ProviderCache *m_cache;
    AggregateLabels *m_labels;
    ChangeHistory *m_history;
    ProviderDetailsCache *m_details;
    std::shared_ptr<KeystoneSession> m_keystone; // while connected to a cloud through Keystone
    QList<SecurityWarning> m_securityWarnings;
    QByteArray m_plainToken; // endpoint + token use: what the client was given last
    QUrl m_plainComputeUrl;  // endpoint + token use: Nova, if given
    NovaClient *m_nova;
    NovaDirectory *m_novaDirectory;
    NovaLoader *m_novaLoader;
    HostActionRunner *m_hostActions;
    ProviderRereader *m_rereader;
    TraitIsolationCheck *m_traits;
    LiveRefresher *m_live;
    QTimer *m_liveTimer;
    int m_liveInterval = 0;
    enum class ReconcilePhase {
        None,
        Calling,     // Nova calls in flight
        Rereading,   // the hosts' providers are read again from Placement
        ReadingNova, // then Nova
    };
    ReconcilePhase m_reconcilePhase = ReconcilePhase::None;
    ReconcileOutcome m_reconcileOutcome;
    State m_state = State::Idle;
    AfterSubmit m_afterSubmit = AfterSubmit::Nothing;
    bool m_everConnected = false;
};
