#include "session/desksession.h"

#include "api/placementclient.h"
#include "api/requestlog.h"
#include "auth/connectionprofile.h"
#include "auth/keystonesession.h"
#include "auth/tlssettings.h"
#include "membership/aggregatelabels.h"
#include "membership/changehistory.h"
#include "membership/conflictresolver.h"
#include "membership/liverefresher.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"
#include "membership/providerdetailscache.h"
#include "membership/providerrereader.h"
#include "membership/setmembershipcommand.h"
#include "membership/submitter.h"
#include "membership/traitisolationcheck.h"
#include "nova/hostactionrunner.h"
#include "nova/novaclient.h"
#include "nova/novadirectory.h"
#include "nova/novaloader.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <QUndoStack>

#include <utility>

// Flow steps only: endpoints without user info, never a token.
Q_LOGGING_CATEGORY(lcSession, "placementdesk.session", QtInfoMsg)

DeskSession::DeskSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this)),
      m_requestLog(RequestLog::of(m_network) ? RequestLog::of(m_network) : new RequestLog(m_network)),
      m_client(new PlacementClient(m_network, this)), m_store(new MembershipStore(this)),
      m_loader(new ProviderLoader(m_client, m_store, this)), m_undoStack(new QUndoStack(this)),
      m_resolver(new ConflictResolver(this)), m_submitter(new Submitter(m_client, m_store, m_resolver, this)),
      m_journal(new EditJournal(m_store, this)), m_cache(new ProviderCache(this)),
      m_labels(new AggregateLabels(this)), m_history(new ChangeHistory(this)),
      m_details(new ProviderDetailsCache(m_client, this)), m_nova(new NovaClient(m_client, this)),
      m_novaDirectory(new NovaDirectory(this)), m_novaLoader(new NovaLoader(m_nova, m_novaDirectory, this)),
      m_hostActions(new HostActionRunner(m_nova, this)),
      m_rereader(new ProviderRereader(m_client, m_store, this)),
      m_traits(new TraitIsolationCheck(m_client, this)), m_live(new LiveRefresher(m_client, m_store, this)),
      m_liveTimer(new QTimer(this))
{
    m_liveTimer->setObjectName(QStringLiteral("liveTimer"));
    connect(m_liveTimer, &QTimer::timeout, this, &DeskSession::refreshLive);
    connect(m_live, &LiveRefresher::finished, this, &DeskSession::onLiveFinished);
    connect(m_live, &LiveRefresher::failed, this, [this](const ApiError &error) {
        qCInfo(lcSession).noquote() << "live refresh failed:" << error.summary();
        emit liveFailed(error);
    });
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    // Undo steps refer to rows of the previous load; a fresh load makes them meaningless.
    // (A live refresh's reset keeps every row's edits: its undo steps, addressed by uuid, stay.)
    connect(m_store, &MembershipStore::providersReset, m_undoStack, [this] {
        if (!m_store->resetKeepsEdits())
            m_undoStack->clear();
    });

    connect(m_loader, &ProviderLoader::stageChanged, this, &DeskSession::updateState);
    connect(m_loader, &ProviderLoader::versionNegotiated, this, &DeskSession::versionNegotiated);
    connect(m_loader, &ProviderLoader::finished, this, &DeskSession::onLoadFinished);
    connect(m_loader, &ProviderLoader::failed, this, [this](const ApiError &error) {
        // Recording stays off: the saved edits wait for a load that works.
        qCInfo(lcSession).noquote() << "load failed:" << error.summary();
        emit loadFailed(error);
    });
    connect(m_novaLoader, &NovaLoader::finished, this, [this] {
        if (m_novaDirectory->isLoaded())
            emit activity(
                tr("Nova: %n host aggregate(s), ", nullptr, int(m_novaDirectory->aggregates().size())) +
                tr("%n compute node(s).", nullptr, int(m_novaDirectory->hypervisors().size())));
        emit novaLoaded();
        m_traits->start(*m_novaDirectory, *m_store);
        if (m_reconcilePhase == ReconcilePhase::ReadingNova) {
            m_reconcileOutcome.novaReread = m_novaDirectory->isLoaded();
            finishReconcile();
        }
    });
    connect(m_novaLoader, &NovaLoader::failed, this, [this](const ApiError &error) {
        qCInfo(lcSession).noquote() << "Nova unavailable:" << error.summary();
        emit notice(tr("Nova's aggregate names and the drift report are not available. %1 Placement works as "
                       "before.")
                        .arg(error.bannerText()));
        emit novaFailed(error);
        if (m_reconcilePhase == ReconcilePhase::ReadingNova)
            finishReconcile();
    });
    connect(m_hostActions, &HostActionRunner::actionStarted, this,
            [this](int index, const HostAction &action) {
                emit hostActionStarted(index, int(m_hostActions->actions().size()), action);
            });
    connect(
        m_hostActions, &HostActionRunner::actionFinished, this,
        [this](int index, const HostAction &action, const NovaAggregate &aggregate) {
            if (action.outcome == HostAction::Outcome::Done) {
                m_novaDirectory->updateAggregate(aggregate);
                emit activity(tr("Nova: %1.").arg(ReconcilePlan::describe(action)));
            } else {
                emit activity(
                    tr("Nova: %1 failed: %2").arg(ReconcilePlan::describe(action), action.error.summary()));
            }
            emit hostActionFinished(index, int(m_hostActions->actions().size()), action);
        });
    connect(m_hostActions, &HostActionRunner::finished, this, &DeskSession::onHostActionsFinished);
    connect(m_rereader, &ProviderRereader::finished, this, &DeskSession::onRereadFinished);
    connect(m_traits, &TraitIsolationCheck::finished, this, [this] {
        for (const QString &problem : m_traits->problems())
            emit activity(problem);
        emit driftChanged();
    });
    connect(
        m_nova, &NovaClient::requestRetrying, this,
        [this](const QString &method, const QString &path, int attempt, int delayMs, const ApiError &reason) {
            emit activity(tr("Nova %1 %2: %3 Retrying (attempt %4) in %5 s.")
                              .arg(method, path, reason.summary())
                              .arg(attempt)
                              .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)));
        });
    connect(m_submitter, &Submitter::finished, this, &DeskSession::onSubmitFinished);
    connect(m_submitter, &Submitter::logMessage, this, &DeskSession::activity);
    connect(m_submitter, &Submitter::changeConfirmed, this, [this](HistoryEntry entry) {
        entry.time = QDateTime::currentDateTimeUtc();
        entry.microversion = m_client->microversion().toString();
        if (m_keystone) {
            entry.user = m_keystone->userName();
            entry.project = m_keystone->projectName();
        }
        QString error;
        if (!m_history->append(entry, &error))
            emit activity(error);
    });
    connect(
        m_client, &PlacementClient::requestRetrying, this,
        [this](const QString &method, const QString &path, int attempt, int delayMs, const ApiError &reason) {
            emit activity(tr("%1 %2: %3 Retrying (attempt %4) in %5 s.")
                              .arg(method, path, reason.summary())
                              .arg(attempt)
                              .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)));
        });
    connect(m_cache, &ProviderCache::readFinished, this, &DeskSession::onCacheRead);
    connect(m_cache, &ProviderCache::writeFailed, this, [this](const QString &message) {
        emit activity(tr("The provider cache was not saved: %1").arg(message));
    });
    connect(m_journal, &EditJournal::writeFailed, this, [this](const QString &message) {
        emit journalError(tr("Pending edits could not be saved to disk: %1").arg(message));
    });
}

DeskSession::~DeskSession()
{
    // A conflict dialog must not answer a resolver that is going away; unsaved edits go to disk now.
    m_submitter->cancel();
    m_resolver->cancelPending();
    m_resolver->setStrategy(nullptr);
    m_journal->flush();
}

QString DeskSession::aggregateName(const QString &aggregate) const
{
    return AggregateLabels::nameOf(m_novaDirectory, m_labels, aggregate);
}

bool DeskSession::isLoading() const
{
    return m_loader->isRunning() || m_cache->isReading();
}

void DeskSession::setCacheEnabled(bool enabled)
{
    m_cache->setEnabled(enabled);
}

void DeskSession::saveCache()
{
    if (!m_query.isEmpty())
        return; // part of the cloud: the next warm start would show only that part
    // Only the server's state of verified rows goes in (ProviderCache::snapshot()).
    m_cache->save(*m_store);
}

bool DeskSession::isSubmitting() const
{
    return m_submitter->isRunning();
}

bool DeskSession::isSigningIn() const
{
    return m_keystone && m_keystone->state() == KeystoneSession::State::Authenticating;
}

QString DeskSession::cloudName() const
{
    return m_keystone ? m_keystone->profile().cloudName : QString();
}

void DeskSession::setParallelism(int count)
{
    // The cap of the client's adaptive limit, which loads and submits share.
    m_loader->setParallelism(count);
    m_live->setParallelism(m_loader->parallelism());
    m_submitter->setParallelism(count);
}

void DeskSession::setRequestTimeout(int seconds)
{
    m_client->setTransferTimeout(seconds * 1000);
}

void DeskSession::setConflictStrategy(ConflictDecisionStrategy *strategy)
{
    m_resolver->setStrategy(strategy);
}

void DeskSession::setAutoMerge(bool enabled)
{
    m_resolver->setAutoMerge(enabled);
}

void DeskSession::updateState()
{
    State state = State::Idle;
    if (isSubmitting())
        state = State::Submitting;
    else if (isReconciling())
        state = State::Reconciling;
    else if (isLoading())
        state = State::Loading;
    else if (isSigningIn())
        state = State::SigningIn;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DeskSession::setSecurityWarnings(const QList<SecurityWarning> &warnings)
{
    if (warnings == m_securityWarnings)
        return;
    m_securityWarnings = warnings;
    emit securityWarningsChanged(warnings);
}

void DeskSession::forgetConnections()
{
    // Qt reuses kept-alive connections by host and port, whatever TLS settings or credentials they
    // were opened with: a new session starts on new connections.
    m_network->clearConnectionCache();
}

void DeskSession::connectToEndpoint(const QUrl &endpoint, const QByteArray &token)
{
    if (isSubmitting())
        return;
    const bool changed =
        hasCloudSession() || token != m_plainToken ||
        endpoint.adjusted(QUrl::StripTrailingSlash) != m_client->baseUrl().adjusted(QUrl::StripTrailingSlash);
    endCloudSession();
    if (changed)
        forgetConnections();
    // Plain http:// to a remote host sends the token in clear text: say so for as long as it lasts.
    setSecurityWarnings(SecurityWarning::forUrl(endpoint, TlsSettings()));
    m_plainToken = token;
    m_client->setToken(token);
    m_nova->setBaseUrl(m_plainComputeUrl);
    startLoad(endpoint);
}

void DeskSession::connectToCloud(const ConnectionProfile &profile)
{
    if (isSubmitting())
        return;
    endCloudSession();
    forgetConnections();
    m_keystone = std::make_shared<KeystoneSession>(m_network);
    m_keystone->setProfile(profile);
    connect(m_keystone.get(), &KeystoneSession::authenticated, this, &DeskSession::onAuthenticated);
    connect(m_keystone.get(), &KeystoneSession::authenticationFailed, this, [this](const ApiError &error) {
        updateState();
        if (!error.isCanceled())
            qCInfo(lcSession).noquote() << "sign-in failed:" << error.summary();
        emit signInFailed(error);
    });
    connect(m_keystone.get(), &KeystoneSession::securityWarningsChanged, this,
            &DeskSession::setSecurityWarnings);
    connect(m_keystone.get(), &KeystoneSession::stateChanged, this, &DeskSession::updateState);
    // Known before the login: the Keystone URL itself may be http:// or unverified.
    QList<SecurityWarning> early = SecurityWarning::forUrl(profile.authUrl, profile.tls);
    if (!profile.authUrl.isValid())
        early = SecurityWarning::forUrl(profile.fixedPlacementUrl(), profile.tls);
    setSecurityWarnings(early);
    emit connectionChanged();
    emit signInStarted(profile);
    emit activity(tr("Signing in as %1.").arg(profile.displayName()));
    m_keystone->authenticate();
    updateState();
}

void DeskSession::endCloudSession()
{
    if (!m_keystone)
        return;
    m_keystone->cancel();
    m_keystone->disconnect(this);
    m_keystone.reset();
    // The client must not keep renewing through a session that is gone, nor keep its TLS settings.
    m_live->cancel();
    m_client->setToken({});
    m_plainToken.clear();
    m_client->setSslConfiguration(QSslConfiguration::defaultConfiguration());
    // The profile's placement_api_version cap and the version negotiated under it belong to that
    // cloud, not to whatever endpoint comes next.
    m_client->setMaximumMicroversion({});
    m_client->setMicroversion({});
    m_novaLoader->cancel();
    m_nova->setBaseUrl({});
    m_novaDirectory->setNotConfigured();
    forgetConnections();
    setSecurityWarnings({});
    updateState();
    emit connectionChanged();
}

void DeskSession::onAuthenticated()
{
    KeystoneSession::configureClient(m_keystone, m_client);
    const QUrl url = m_keystone->placementUrl();
    emit activity(tr("Signed in; Placement is at %1.").arg(url.toString()));
    QString noCompute;
    const QUrl compute = m_keystone->computeUrl(&noCompute);
    m_nova->setBaseUrl(compute);
    if (compute.isValid())
        emit activity(tr("Nova is at %1.").arg(compute.toString()));
    else
        emit notice(tr("Nova's aggregate names and the drift report are off: %1 Placement works as before.")
                        .arg(noCompute));
    setSecurityWarnings(m_keystone->securityWarnings());
    emit signedIn(url);
    startLoad(url);
}

void DeskSession::requestFullLoad()
{
    m_fullLoadRequested = true;
}

bool DeskSession::reload()
{
    if (isSubmitting() || isReconciling())
        return false;
    if (m_keystone) {
        // A cloud session: reload through it, or sign in again after a failed login.
        if (m_keystone->isAuthenticated())
            startLoad(m_keystone->placementUrl());
        else if (!isSigningIn())
            connectToCloud(m_keystone->profile());
        return true;
    }
    if (!m_everConnected || !m_client->baseUrl().isValid())
        return false;
    startLoad(m_client->baseUrl());
    return true;
}

DriftReport DeskSession::driftReport() const
{
    return DriftReport::compute(*m_store, *m_novaDirectory, m_traits->findings());
}

ReconcilePlan DeskSession::planReconcile(ReconcilePlan::Direction direction,
                                         const ReconcilePlan::Scope &scope) const
{
    return ReconcilePlan::compute(direction, driftReport(), *m_store, *m_novaDirectory, scope);
}

bool DeskSession::applyReconcile(const ReconcilePlan &plan)
{
    if (plan.isEmpty() || isSubmitting() || isReconciling())
        return false;
    if (plan.direction() == ReconcilePlan::Direction::PlacementMatchesNova) {
        SetMembershipCommand *command = plan.command(m_store);
        if (!command)
            return false;
        m_undoStack->push(command);
        emit activity(tr("Make Placement match Nova: %n pending edit(s) created; submit to send them.",
                         nullptr, command->changeCount()));
        return true;
    }
    if (isLoading() || !m_hostActions->start(plan.hostActions()))
        return false;
    m_reconcileOutcome = {};
    m_reconcilePhase = ReconcilePhase::Calling;
    emit activity(
        tr("Make Nova match Placement: %n call(s) to Nova…", nullptr, int(plan.hostActions().size())));
    updateState();
    return true;
}

void DeskSession::onHostActionsFinished()
{
    if (m_reconcilePhase != ReconcilePhase::Calling)
        return; // a new connection ended the run
    m_reconcileOutcome.actions = m_hostActions->actions();
    // Nova wrote Placement for every host it accepted, by provider name: read those hosts' providers
    // again, by compute node UUID and by name (Nova finds them by name). A failed or canceled call
    // may have been applied too; its providers are read as well.
    QStringList providers;
    QSet<QString> hostnames;
    for (const HostAction &action : std::as_const(m_reconcileOutcome.actions)) {
        if (action.outcome == HostAction::Outcome::Canceled)
            continue;
        providers << action.providers;
        for (const NovaHypervisor *node : m_novaDirectory->hypervisorsOf(action.host)) {
            providers << node->id;
            hostnames.insert(node->hostname);
        }
    }
    // One pass over the rows, not one per node: the table may hold 100,000 providers.
    if (!hostnames.isEmpty()) {
        for (int row = 0; row < m_store->providerCount(); ++row) {
            if (hostnames.contains(m_store->provider(row).name))
                providers << m_store->provider(row).uuid;
        }
    }
    providers.removeDuplicates();
    m_reconcilePhase = ReconcilePhase::Rereading;
    m_rereader->start(providers);
}

void DeskSession::onRereadFinished()
{
    if (m_reconcilePhase != ReconcilePhase::Rereading)
        return;
    m_reconcileOutcome.reread = m_rereader->readCount();
    m_reconcileOutcome.rereadFailures = m_rereader->failures();
    saveCache();
    m_reconcilePhase = ReconcilePhase::ReadingNova;
    m_novaLoader->start();
}

void DeskSession::finishReconcile()
{
    m_reconcilePhase = ReconcilePhase::None;
    // What still differs for the hosts and aggregates of this run (e.g. a provider Nova's mirror did
    // not find by name): said, so that the operator knows which way to go next.
    const DriftReport report = driftReport();
    for (const DriftItem &item : report.items()) {
        for (const HostAction &action : std::as_const(m_reconcileOutcome.actions)) {
            if (action.outcome != HostAction::Outcome::Canceled && item.host == action.host &&
                NovaDirectory::matchKey(item.aggregate) == NovaDirectory::matchKey(action.aggregateUuid)) {
                m_reconcileOutcome.remainingDrift << DriftReport::describe(item);
                break;
            }
        }
    }
    updateState();
    emit activity(m_reconcileOutcome.text());
    emit reconcileFinished(m_reconcileOutcome);
}

void DeskSession::reloadNova()
{
    m_novaLoader->start();
}

void DeskSession::startLoad(const QUrl &url)
{
    m_live->cancel(); // its rows are about to be read (or replaced) anyway
    // Another server's rows must not linger under this one's version and counts. Saved edits wait
    // in the journal until the fresh rows are there and the operator decided.
    m_journal->flush();
    m_journal->setRecording(false);
    m_journal->setEndpoint(url);
    m_labels->setEndpoint(url);
    if (!m_labels->problem().isEmpty())
        emit activity(m_labels->problem());
    m_history->setEndpoint(url);
    if (!m_history->readProblem().isEmpty())
        emit activity(m_history->readProblem());
    if (isReconciling()) {
        // Another connection: no further Nova call, and no re-read into the new rows.
        m_hostActions->cancel();
        m_rereader->cancel();
        m_reconcilePhase = ReconcilePhase::None;
    }
    if (url.adjusted(QUrl::StripTrailingSlash) != m_client->baseUrl().adjusted(QUrl::StripTrailingSlash)) {
        m_store->clear();
        m_details->clear();
    }
    m_cache->cancelRead(); // a read for a previous connection shows nothing
    m_cache->setEndpoint(url);
    m_client->setBaseUrl(url);
    m_everConnected = true;
    qCInfo(lcSession).noquote() << "loading" << url.toDisplayString(QUrl::RemoveUserInfo);
    m_traits->clear();
    emit connectionChanged();
    emit loadStarted(url);
    // A refresh costs in proportion to what changed (it keeps rows whose generation did not move
    // and verifies them with member_of sweeps); it is a full load when nothing is kept (another
    // endpoint cleared the store above) or the operator asked for one.
    const bool full = std::exchange(m_fullLoadRequested, false);
    // (Not while a load for another connection runs: refresh() replaces that one silently.)
    if (!full && !m_loader->isRunning() && m_store->providerCount() == 0 && m_cache->isEnabled() &&
        m_query.isEmpty() && m_cache->exists()) {
        // A warm start: the cached table first (read off the UI thread), then the refresh.
        m_cache->read();
    } else if (full) {
        m_loader->start(m_query);
    } else {
        m_loader->refresh(m_query);
    }
    updateState();
}

void DeskSession::onCacheRead(const ProviderCacheData &data, const QString &problem)
{
    if (!problem.isEmpty())
        emit notice(
            tr("The provider cache was not used: %1 Everything is read from the server.").arg(problem));
    if (!data.isEmpty())
        m_store->restoreCached(data);
    // Rows the cache showed are kept when their generation did not move and verified by the sweeps;
    // with nothing shown this is a plain load. Started before cacheShown(), so whoever handles it
    // sees a loading session.
    m_loader->refresh(m_query);
    updateState();
    if (!data.isEmpty()) {
        qCInfo(lcSession) << "showing" << data.rows.size() << "providers from the cache; verifying";
        emit cacheShown(int(data.rows.size()), data.savedAt);
    }
}

void DeskSession::cancelCacheRead()
{
    if (!m_cache->isReading())
        return;
    // Nothing shown and nothing read: the load ends before it began.
    m_cache->cancelRead();
    LoadSummary summary;
    summary.canceled = true;
    onLoadFinished(summary);
}

void DeskSession::cancel()
{
    m_live->cancel();
    if (isSigningIn())
        m_keystone->cancel();
    cancelCacheRead();
    if (m_loader->isRunning())
        m_loader->cancel();
    if (m_reconcilePhase == ReconcilePhase::Calling)
        m_hostActions->cancel(); // the rest of the run still reads both sides again
    else
        m_novaLoader->cancel();
    // A second Cancel while the PUTs on the wire are still finishing aborts them too.
    if (m_submitter->isCanceling())
        m_submitter->forceCancel();
    else if (m_submitter->isRunning())
        m_submitter->cancel();
    updateState();
}

void DeskSession::forceCancel()
{
    m_live->cancel();
    if (isSigningIn())
        m_keystone->cancel();
    cancelCacheRead();
    if (m_loader->isRunning())
        m_loader->cancel();
    m_submitter->forceCancel();
    m_hostActions->cancel();
    updateState();
}

void DeskSession::onLoadFinished(const LoadSummary &summary)
{
    updateState();
    if (!summary.rejected.isEmpty())
        emit notice(tr("The server listed %n entry(ies) without a valid, unique provider UUID (%1); they "
                       "are not shown and cannot be edited.",
                       nullptr, int(summary.rejected.size()))
                        .arg(summary.rejected.mid(0, 3).join(QLatin1String(", "))));
    if (summary.retries > 0)
        emit activity(tr("Loading retried %n transient fault(s).", nullptr, summary.retries));
    // After loadStarted() (which clears the window's banner), so the operator sees them.
    if (m_journal->isReadOnly())
        emit journalError(m_journal->readOnlyReason());
    else if (m_journal->isSharedEndpoint())
        emit notice(tr("Another Placement Desk window is editing this endpoint. This one keeps its own "
                       "journal of pending edits; a later start offers both."));
    emit loadFinished(summary);
    // A complete table is the next start's warm start.
    if (!summary.canceled)
        saveCache();
    // After Placement, not beside it: the few Nova requests must not slow the table's load.
    if (!summary.canceled)
        m_novaLoader->start();
    if (m_journal->hasSavedEdits()) {
        QList<JournalEntry> entries;
        QString error;
        const bool read = m_journal->load(&entries, &error);
        if (!read)
            emit journalError(error);
        // What could be read is offered even when another file was corrupt.
        if (!entries.isEmpty()) {
            int edits = 0;
            for (const JournalEntry &entry : std::as_const(entries))
                edits += int(entry.adds.size() + entry.removes.size());
            emit journalFound(entries, edits);
            return;
        }
    }
    m_journal->setRecording(true);
    emit journalHandled();
}

JournalRestoreReport DeskSession::restoreJournal(const QList<JournalEntry> &entries)
{
    const JournalRestoreReport report = m_journal->restore(entries);
    emit activity(restoreReportText(report));
    m_journal->setRecording(true);
    emit journalHandled();
    return report;
}

void DeskSession::declineJournal()
{
    m_journal->setAside(QStringLiteral("declined"));
    m_journal->setRecording(true);
    emit journalHandled();
}

void DeskSession::forgetJournalEntries(const QStringList &providerUuids)
{
    m_journal->forgetEntries(providerUuids);
    m_journal->flush();
}

void DeskSession::flushJournal()
{
    m_journal->flush();
}

QString DeskSession::restoreReportText(const JournalRestoreReport &report)
{
    QStringList parts{tr("Restored edits for %n provider(s).", nullptr, report.restored)};
    if (report.alreadyApplied > 0)
        parts << tr("%n provider(s) already had them on the server.", nullptr, report.alreadyApplied);
    if (!report.unverified.isEmpty())
        parts << tr("%n provider(s) could not be checked (%1): their edits are kept and offered again next "
                    "time.",
                    nullptr, int(report.unverified.size()))
                     .arg(report.unverified.join(QLatin1String(", ")));
    if (!report.deleted.isEmpty())
        parts << tr("%n provider(s) were deleted on the server (%1): their edits are kept until you forget "
                    "them.",
                    nullptr, int(report.deleted.size()))
                     .arg(report.deleted.join(QLatin1String(", ")));
    return parts.join(QLatin1Char(' '));
}

bool DeskSession::needsLegacyConfirmation() const
{
    return m_submitter->needsLegacyConfirmation();
}

bool DeskSession::submit(bool legacyConfirmed, AfterSubmit after)
{
    if (isSubmitting() || isLoading() || isReconciling() || m_store->pendingEditCount() == 0)
        return false;
    if (needsLegacyConfirmation() && !legacyConfirmed)
        return false;
    const int providers = m_store->pendingProviderCount();
    // A live round's reads would race the PUTs: stop it (its rows are in a consistent state after
    // every answer); the submit's own re-reads cover what it would have found.
    m_live->cancel();
    if (!m_submitter->start(legacyConfirmed))
        return false;
    m_afterSubmit = after;
    emit activity(tr("Submitting edits for %n provider(s)…", nullptr, providers));
    updateState();
    emit submitStarted(providers);
    return true;
}

void DeskSession::onSubmitFinished(const SubmitSummary &summary)
{
    updateState();
    emit activity(summary.text());
    const AfterSubmit after = std::exchange(m_afterSubmit, AfterSubmit::Nothing);
    const bool everythingApplied = m_store->pendingEditCount() == 0;
    saveCache(); // what the server confirmed
    // Memberships moved: members lacking a required trait may have come or gone.
    if (m_novaDirectory->isLoaded())
        m_traits->start(*m_novaDirectory, *m_store);
    emit submitFinished(summary);
    if (!everythingApplied || after == AfterSubmit::Nothing)
        return;
    // On the next turn: whoever handles submitFinished() has seen the final state first.
    QTimer::singleShot(0, this, [this, after] {
        if (after == AfterSubmit::Reload)
            reload();
        emit continueAfterSubmit(after);
    });
}

void DeskSession::setLiveInterval(int seconds)
{
    m_liveInterval = seconds <= 0 ? 0 : std::max(seconds, 5);
    if (m_liveInterval == 0) {
        m_liveTimer->stop();
        m_live->cancel();
        return;
    }
    m_liveTimer->start(m_liveInterval * 1000);
}

bool DeskSession::isLiveRefreshing() const
{
    return m_live->isRunning();
}

bool DeskSession::refreshLive()
{
    // Only over a table the operator works with: idle, connected, recording edits (a journal
    // question answered), and with rows whose sets are known.
    if (m_live->isRunning() || m_state != State::Idle || !m_everConnected || !m_journal->isRecording() ||
        m_store->providerCount() == 0 || m_store->countInState(ProviderRecord::State::Loaded) == 0)
        return false;
    m_live->setRebase(m_resolver->autoMerge());
    return m_live->start(m_loader->query());
}

void DeskSession::onLiveFinished(const LiveSummary &summary)
{
    if (summary.canceled)
        return;
    if (summary.changed > 0 || summary.added > 0 || summary.vanished > 0) {
        QStringList parts;
        if (summary.changed > 0)
            parts << tr("%n provider(s) changed on the server", nullptr, summary.changed);
        if (summary.held > 0)
            parts << tr("%n with pending edits that Submit will check", nullptr, summary.held);
        if (summary.added > 0)
            parts << tr("%n new", nullptr, summary.added);
        if (summary.vanished > 0)
            parts << tr("%n gone", nullptr, summary.vanished);
        emit activity(tr("Live view: %1 (%n request(s)).", nullptr, summary.requests)
                          .arg(parts.join(QLatin1String(", "))));
        saveCache();
        if (m_novaDirectory->isLoaded())
            m_traits->start(*m_novaDirectory, *m_store);
    }
    emit liveRefreshed(summary);
}

void DeskSession::discardAllEdits()
{
    m_store->discardAllEdits();
    m_undoStack->clear();
    m_journal->flush();
}
