#include "ui/mainstatusbar.h"

#include "api/placementclient.h"
#include "auth/connectionprofile.h"
#include "membership/liverefresher.h"
#include "membership/membershipstore.h"
#include "membership/submitter.h"
#include "session/desksession.h"

#include "api/discoverversionsjob.h"
#include "ui/infolabel.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

MainStatusBar::MainStatusBar(QWidget *parent)
    : QStatusBar(parent),
      m_versionLabel(new InfoLabel(tr("Server version"), QStringLiteral("versionLabel"), this)),
      m_providerCountLabel(new InfoLabel(tr("Providers"), QStringLiteral("providerCountLabel"), this)),
      m_aggregateCountLabel(new InfoLabel(tr("Aggregates"), QStringLiteral("aggregateCountLabel"), this)),
      m_rowProblemsLabel(new InfoLabel(tr("Row problems"), QStringLiteral("rowProblemsLabel"), this)),
      m_pendingLabel(new InfoLabel(tr("Pending edits"), QStringLiteral("pendingLabel"), this)),
      m_cacheLabel(new InfoLabel(tr("From cache"), QStringLiteral("cacheLabel"), this)),
      m_liveLabel(new InfoLabel(tr("Live view"), QStringLiteral("liveLabel"), this)),
      m_queryLabel(new InfoLabel(tr("Server-side filter"), QStringLiteral("queryLabel"), this)),
      m_progressBar(new QProgressBar(this)), m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Status bar"));

    m_progressBar->setObjectName(QStringLiteral("loadProgressBar"));
    m_progressBar->setAccessibleName(tr("Load progress"));
    m_progressBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    m_progressBar->setTextVisible(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->setAccessibleDescription(tr("Stops the load; the rows read so far stay (Esc)"));
    m_cancelButton->setToolTip(tr("Stop loading; rows read so far stay (Esc)"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setFocusPolicy(Qt::TabFocus);
    m_rowProblemsLabel->setToolTip(tr("Rows whose aggregates could not be read; see the Status column"));

    addPermanentWidget(m_progressBar);
    addPermanentWidget(m_cancelButton);
    addPermanentWidget(m_cacheLabel);
    addPermanentWidget(m_queryLabel);
    addPermanentWidget(m_liveLabel);
    addPermanentWidget(m_pendingLabel);
    addPermanentWidget(m_rowProblemsLabel);
    addPermanentWidget(m_providerCountLabel);
    addPermanentWidget(m_aggregateCountLabel);
    addPermanentWidget(m_versionLabel);
    m_progressBar->hide();
    m_cancelButton->hide();
    m_rowProblemsLabel->hide();
    m_pendingLabel->hide();
    m_cacheLabel->hide();
    m_liveLabel->hide();
    m_queryLabel->hide();
    m_pendingLabel->setToolTip(tr("Edits not submitted yet; see the Pending changes panel"));

    connect(m_cancelButton, &QPushButton::clicked, this, &MainStatusBar::cancelRequested);
    clearVersionInfo();
    setProviderCounts(0, 0);
    setAggregateCount(0);
}

QString MainStatusBar::versionText(const VersionInfo &info)
{
    return tr("Placement %1 (server %2–%3)")
        .arg(info.negotiated.toString(), info.minimum.toString(), info.maximum.toString());
}

void MainStatusBar::setVersionInfo(const VersionInfo &info)
{
    m_versionLabel->setValueText(versionText(info));
    m_versionLabel->setToolTip(
        tr("Microversion in use: %1. The server offers %2 to %3.")
            .arg(info.negotiated.toString(), info.minimum.toString(), info.maximum.toString()));
}

void MainStatusBar::clearVersionInfo()
{
    m_versionLabel->setValueText(tr("Not connected"));
    m_versionLabel->setToolTip(QString());
}

void MainStatusBar::setProviderCounts(int shown, int total)
{
    m_providerCountLabel->setValueText(shown == total
                                           ? tr("%n provider(s)", nullptr, total)
                                           : tr("%1 of %n provider(s) shown", nullptr, total).arg(shown));
}

void MainStatusBar::setAggregateCount(int count)
{
    m_aggregateCountLabel->setValueText(tr("%n aggregate(s)", nullptr, count));
}

void MainStatusBar::setRowProblems(int failed, int deleted, int notLoaded)
{
    QStringList parts;
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (deleted > 0)
        parts << tr("%n deleted", nullptr, deleted);
    if (notLoaded > 0)
        parts << tr("%n not loaded", nullptr, notLoaded);
    m_rowProblemsLabel->setValueText(parts.join(tr(", ", "separator between row problem counts")));
    m_rowProblemsLabel->setVisible(!parts.isEmpty());
}

void MainStatusBar::setPendingCounts(int providers, int edits)
{
    m_pendingLabel->setValueText(tr("%n provider(s) changed", nullptr, providers) +
                                 tr(", ", "separator between pending counts") +
                                 tr("%n edit(s)", nullptr, edits));
    m_pendingLabel->setVisible(edits > 0);
}

void MainStatusBar::startProgress(const QString &text)
{
    m_progressBar->setRange(0, 0); // busy until the number of providers is known
    m_progressBar->setFormat(text);
    m_progressBar->setAccessibleDescription(text);
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
}

void MainStatusBar::setProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    const QString text = tr("%1 of %n provider(s)", nullptr, total).arg(done);
    m_progressBar->setFormat(text);
    m_progressBar->setAccessibleDescription(text);
}

void MainStatusBar::finishProgress()
{
    m_progressBar->hide();
    m_cancelButton->hide();
}

bool MainStatusBar::isProgressVisible() const
{
    return !m_progressBar->isHidden();
}

void MainStatusBar::follow(DeskSession *session, QAbstractItemModel *shownRows)
{
    m_session = session;
    m_shownRows = shownRows;
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(100);
    connect(m_countsTimer, &QTimer::timeout, this, &MainStatusBar::updateCounts);
    const auto schedule = [this] {
        if (!m_countsTimer->isActive())
            m_countsTimer->start();
    };
    MembershipStore *store = session->store();
    connect(store, &MembershipStore::providersReset, this, schedule);
    connect(store, &MembershipStore::providerChanged, this, schedule);
    connect(store, &MembershipStore::aggregateInserted, this, schedule);
    connect(store, &MembershipStore::pendingEditsChanged, this, schedule);
    connect(shownRows, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(shownRows, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(shownRows, &QAbstractItemModel::modelReset, this, schedule);
    connect(shownRows, &QAbstractItemModel::layoutChanged, this, schedule);

    connect(session, &DeskSession::signInStarted, this, [this](const ConnectionProfile &profile) {
        startProgress(tr("Signing in to Keystone…"));
        showMessage(profile.authUrl.isValid()
                        ? tr("Signing in to Keystone at %1…").arg(profile.authUrl.toDisplayString())
                        : tr("Signing in to Keystone…"));
    });
    connect(session, &DeskSession::signedIn, this, &MainStatusBar::finishProgress);
    connect(session, &DeskSession::signInFailed, this, [this](const ApiError &error) {
        finishProgress();
        showMessage(error.isCanceled() ? tr("Sign-in canceled.") : tr("Sign-in failed."));
    });
    connect(session, &DeskSession::loadStarted, this, [this] {
        if (m_session->store()->providerCount() == 0)
            clearVersionInfo();
    });
    connect(session->loader(), &ProviderLoader::stageChanged, this, [this](ProviderLoader::Stage stage) {
        switch (stage) {
        case ProviderLoader::Stage::Idle:
            break;
        case ProviderLoader::Stage::Discovering:
            startProgress(tr("Connecting…"));
            showMessage(
                tr("Asking %1 for its API versions…").arg(m_session->client()->baseUrl().toDisplayString()));
            break;
        case ProviderLoader::Stage::Listing:
            startProgress(tr("Listing providers…"));
            showMessage(tr("Listing resource providers…"));
            break;
        case ProviderLoader::Stage::FetchingAggregates:
            showMessage(tr("Reading each provider's aggregates…"));
            break;
        }
    });
    connect(session, &DeskSession::cacheShown, this, [this](int providers, const QDateTime &savedAt) {
        m_cacheSavedAt = savedAt;
        showMessage(
            tr("Showing %n provider(s) as cached on %1; verifying with the server…", nullptr, providers)
                .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)));
        updateCounts();
    });
    connect(session->loader(), &ProviderLoader::progress, this, &MainStatusBar::setProgress);
    connect(session->submitter(), &Submitter::progress, this, &MainStatusBar::setProgress);
    connect(session, &DeskSession::versionNegotiated, this, &MainStatusBar::setVersionInfo);
    connect(session, &DeskSession::loadFinished, this, [this](const LoadSummary &summary) {
        if (summary.canceled)
            showMessage(
                tr("Load canceled: aggregates of %1 of %n provider(s) read.", nullptr, summary.providers)
                    .arg(summary.loaded));
        else if (summary.incremental)
            showMessage(
                tr("Refreshed %n provider(s) in %1 s with %2: %3 re-read, the rest unchanged.", nullptr,
                   summary.providers)
                    .arg(QLocale().toString(summary.elapsedMs / 1000.0, 'f', 1),
                         tr("%n request(s)", nullptr, summary.requests),
                         QLocale().toString(summary.providers - summary.reused + summary.sweepCorrections)));
        else
            showMessage(tr("Loaded %n provider(s) in %1 s with %2.", nullptr, summary.providers)
                            .arg(QLocale().toString(summary.elapsedMs / 1000.0, 'f', 1),
                                 tr("%n request(s)", nullptr, summary.requests)));
        updateCounts();
    });
    connect(session, &DeskSession::loadFailed, this, [this] {
        showMessage(tr("Load failed."));
        updateCounts();
    });
    connect(session, &DeskSession::stateChanged, this, [this](DeskSession::State state) {
        if (state == DeskSession::State::Submitting) {
            startProgress(tr("Submitting…"));
            showMessage(tr("Submitting pending edits…"));
        } else if (state == DeskSession::State::Idle) {
            finishProgress();
        }
    });
    connect(session, &DeskSession::submitFinished, this,
            [this](const SubmitSummary &summary) { showMessage(summary.text()); });
    connect(session, &DeskSession::liveRefreshed, this, [this](const LiveSummary &summary) {
        m_liveCheckedAt = QDateTime::currentDateTime();
        m_liveRequests = summary.requests;
        updateCounts();
    });
    connect(session, &DeskSession::liveFailed, this, [this](const ApiError &error) {
        showMessage(tr("Live view: the refresh failed: %1").arg(error.summary()));
    });
    updateCounts();
}

void MainStatusBar::updateCounts()
{
    if (!m_session)
        return;
    const MembershipStore *store = m_session->store();
    setProviderCounts(m_shownRows->rowCount(), store->providerCount());
    setAggregateCount(store->aggregateCount());
    setPendingCounts(store->pendingProviderCount(), store->pendingEditCount());
    // Rows from the warm-start cache: greyed in the table, and said here until the server confirmed them.
    const int cached = store->countInState(ProviderRecord::State::Cached);
    m_cacheLabel->setValueText(m_session->isLoading()
                                   ? tr("%n row(s) from cache, verifying…", nullptr, cached)
                                   : tr("%n row(s) from cache, not verified", nullptr, cached));
    m_cacheLabel->setToolTip(
        tr("These rows show what the server held when the cache was saved (%1). They cannot be edited "
           "until a refresh has checked them (F5).")
            .arg(QLocale().toString(m_cacheSavedAt.toLocalTime(), QLocale::ShortFormat)));
    m_cacheLabel->setVisible(cached > 0);
    // The live view: how many rows carry a "changed on server" mark, and when it last looked.
    const int changed = store->changedOnServerCount();
    m_liveLabel->setValueText(changed > 0 ? tr("Live: %n changed on server", nullptr, changed)
                                          : tr("Live view on"));
    m_liveLabel->setToolTip(
        m_liveCheckedAt.isValid()
            ? tr("Refreshed in the background every %n second(s); last checked at %1 with %2. Marked rows "
                 "were changed by someone else; selecting a row clears its mark.",
                 nullptr, m_session->liveInterval())
                  .arg(QLocale().toString(m_liveCheckedAt.time(), QLocale::LongFormat),
                       tr("%n request(s)", nullptr, m_liveRequests))
            : tr("Refreshed in the background every %n second(s); not checked yet.", nullptr,
                 m_session->liveInterval()));
    m_liveLabel->setVisible(m_session->liveInterval() > 0 || changed > 0);
    // A filtered load shows part of the cloud: say so while it does.
    const QString query = m_session->providerQuery().describe();
    m_queryLabel->setValueText(
        tr("Loaded only: %1")
            .arg(fontMetrics().elidedText(query, Qt::ElideRight, fontMetrics().averageCharWidth() * 40)));
    m_queryLabel->setToolTip(tr("Loaded with server-side filters: %1. File > Load Only… changes them; "
                                "“Load Everything” there clears them.")
                                 .arg(query));
    m_queryLabel->setVisible(!query.isEmpty());
    setRowProblems(store->countInState(ProviderRecord::State::Failed),
                   store->countInState(ProviderRecord::State::Deleted),
                   store->countInState(ProviderRecord::State::Canceled));
    emit countsUpdated();
}
