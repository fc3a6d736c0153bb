#include "ui/mainwindow.h"

#include "api/uuids.h"

#include "api/endpointurl.h"
#include "api/placementclient.h"
#include "auth/cloudconfig.h"
#include "auth/configerror.h"
#include "auth/keystonesession.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "itemmodels/pendingchangesmodel.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/submitter.h"
#include "ui/activitylogdock.h"
#include "ui/conflictdialog.h"
#include "ui/connectdialog.h"
#include "ui/connectionbar.h"
#include "ui/dialogconflictstrategy.h"
#include "ui/driftdock.h"
#include "ui/errordetailsdialog.h"
#include "ui/filterbar.h"
#include "ui/historydock.h"
#include "ui/loadfilterdialog.h"
#include "ui/mainactions.h"
#include "ui/mainstatusbar.h"
#include "ui/membershipeditor.h"
#include "ui/membershiptableview.h"
#include "ui/messagebanner.h"
#include "ui/operatorprompts.h"
#include "ui/pendingchangesdock.h"
#include "ui/providercontextdock.h"
#include "ui/requestlogdock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSizeGrip>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

// Resources live in this static library; referencing the initializer keeps the linker from dropping them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

const auto GeometryKey = QLatin1String("mainWindow/geometry");
const auto StateKey = QLatin1String("mainWindow/state");
const auto EndpointKey = QLatin1String("connection/endpoint");
const auto AutoMergeKey = QLatin1String("submit/autoMerge");
const auto LiveIntervalKey = QLatin1String("view/liveInterval");
const auto CompactColumnsKey = QLatin1String("view/compactAggregateColumns");

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent), m_session(new DeskSession(network, this)),
      m_tableModel(new MembershipTableModel(m_session->store(), this)),
      m_filterModel(new MembershipFilterProxyModel(this)),
      m_pendingModel(new PendingChangesModel(m_session->store(), this)),
      m_conflictStrategy(new DialogConflictStrategy(this, this)),
      m_prompts(new OperatorPrompts(this, m_session))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Placement Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.png")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    m_filterModel->setSourceModel(m_tableModel);
    m_tableModel->setUndoStack(m_session->undoStack());
    m_tableModel->setNovaDirectory(m_session->novaDirectory());
    m_tableModel->setAggregateLabels(m_session->aggregateLabels());
    m_pendingModel->setAggregateNames(m_session->novaDirectory(), m_session->aggregateLabels());
    // Drift marks follow every new reading of either side.
    const auto updateDrift = [this] { m_tableModel->setDriftReport(m_session->driftReport()); };
    connect(m_session, &DeskSession::novaLoaded, this, updateDrift);
    connect(m_session, &DeskSession::driftChanged, this, updateDrift);
    connect(m_session, &DeskSession::novaFailed, this, updateDrift);
    connect(m_session, &DeskSession::submitFinished, this, updateDrift);
    connect(m_session, &DeskSession::reconcileFinished, this, updateDrift);
    connect(m_session, &DeskSession::loadStarted, this, updateDrift);
    m_session->setConflictStrategy(m_conflictStrategy);
    m_conflictStrategy->setAggregateNamer(
        [session = m_session](const QString &aggregate) { return session->aggregateName(aggregate); });
    // Conflicts found while a dialog is open update its "apply to all remaining (N)".
    connect(conflictResolver(), &ConflictResolver::waitingChanged, m_conflictStrategy,
            &DialogConflictStrategy::setRemainingAfterThis);

    m_actions = new MainActions(this, m_session->undoStack());
    createCentralWidget();
    createDocks();
    m_mainToolBar = addToolBar(tr("Main Toolbar"));
    m_actions->populate(menuBar(), m_mainToolBar,
                        {m_pendingDock->toggleViewAction(), m_activityDock->toggleViewAction(),
                         m_driftDock->toggleViewAction(), m_requestLogDock->toggleViewAction(),
                         m_historyDock->toggleViewAction(), m_contextDock->toggleViewAction()});
    connectActions();
    m_statusBar = new MainStatusBar(this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &MainStatusBar::cancelRequested, this, &MainWindow::cancelLoad);
    connect(m_editor, &MembershipEditor::message, m_statusBar,
            [this](const QString &text) { m_statusBar->showMessage(text); });
    connect(m_historyDock, &HistoryDock::message, m_statusBar,
            [this](const QString &text) { m_statusBar->showMessage(text); });
    for (QSizeGrip *grip : m_statusBar->findChildren<QSizeGrip *>())
        grip->setAccessibleName(tr("Resize window"));
    connectSession();

    m_statusBar->follow(m_session, m_filterModel);
    connect(m_statusBar, &MainStatusBar::countsUpdated, this, &MainWindow::updatePlaceholder);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateEditActions);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateEditActions);
    // The live view's "changed on server" mark of a row clears when the operator goes to it.
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    store()->markSeen(m_filterModel->mapToSource(current).row());
                const int row = current.isValid() ? m_filterModel->mapToSource(current).row() : -1;
                m_contextDock->showProvider(
                    row >= 0 && row < store()->providerCount() ? store()->provider(row).uuid : QString());
            });
    const auto updateSeen = [this] {
        m_actions->markAllSeen->setEnabled(store()->changedOnServerCount() > 0);
    };
    connect(store(), &MembershipStore::providerChanged, this, updateSeen);
    connect(store(), &MembershipStore::providersReset, this, updateSeen);

    restoreSettings();
    m_session->setAutoMerge(m_actions->autoMerge->isChecked());
    updateEditActions();
    updatePlaceholder();
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectSession()
{
    MembershipStore *store = m_session->store();
    connect(store, &MembershipStore::pendingEditsChanged, this, &MainWindow::updateEditActions);
    connect(store, &MembershipStore::providersReset, this, &MainWindow::updateEditActions);
    connect(store, &MembershipStore::aggregateInserted, this, &MainWindow::updateEditActions);

    connect(m_session, &DeskSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &DeskSession::connectionChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &DeskSession::activity, m_activityDock, &ActivityLogDock::append);
    connect(m_session, &DeskSession::securityWarningsChanged, this,
            [this](const QList<SecurityWarning> &warnings) {
                m_securityBanner->showPersistent(MessageBanner::Level::Warning,
                                                 SecurityWarning::joinedText(warnings));
            });
    connect(m_session, &DeskSession::signInStarted, this, [this] {
        m_banner->dismiss();
        m_lastError = {};
    });
    connect(m_session, &DeskSession::signedIn, this, [this](const QUrl &placementUrl) {
        m_connectionBar->endpointEdit()->setText(placementUrl.toString());
    });
    connect(m_session, &DeskSession::signInFailed, this, [this](const ApiError &error) {
        if (!error.isCanceled())
            showError(error);
        updatePlaceholder();
    });
    connect(m_session, &DeskSession::loadStarted, this, [this] {
        m_banner->dismiss();
        m_lastError = {};
        m_loadingEndpoint = m_connectionBar->endpointText();
        m_loadingToken = m_session->hasCloudSession() ? QString() : m_connectionBar->token();
    });
    connect(m_session->loader(), &ProviderLoader::stageChanged, this, &MainWindow::updatePlaceholder);
    connect(m_session, &DeskSession::versionNegotiated, this, [this] {
        // The endpoint answered as Placement: worth remembering for the next start (the catalog's URL
        // of a cloud session is not: the cloud is what gets chosen again).
        if (!m_session->hasCloudSession())
            QSettings().setValue(EndpointKey,
                                 client()->baseUrl().toString()); // parsed: no user info, never the token
        m_connectionBar->setLoadedConnection(m_loadingEndpoint, m_loadingToken);
    });
    connect(m_session, &DeskSession::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_session, &DeskSession::loadFailed, this, [this](const ApiError &error) {
        showError(error);
        updatePlaceholder();
        emit loadFailed(error);
    });
    connect(m_session, &DeskSession::journalFound, m_prompts, &OperatorPrompts::offerJournal);
    connect(m_prompts, &OperatorPrompts::journalRestored, this, &MainWindow::onJournalRestored);
    connect(m_prompts, &OperatorPrompts::submitRequested, this, &MainWindow::startSubmit);
    connect(m_session, &DeskSession::journalHandled, this, &MainWindow::journalHandled);
    connect(m_session, &DeskSession::journalError, this, [this](const QString &message) {
        m_lastError = {};
        m_banner->showMessage(MessageBanner::Level::Error, message);
    });
    connect(m_session, &DeskSession::notice, this, [this](const QString &text) { showWarning(text); });
    connect(m_session, &DeskSession::submitFinished, this, &MainWindow::onSubmitFinished);
    connect(m_session, &DeskSession::continueAfterSubmit, this, [this](DeskSession::AfterSubmit after) {
        if (after == DeskSession::AfterSubmit::Close)
            close();
    });
}

// ---- widgets ----------------------------------------------------------------------------------

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    const std::pair<QAction *, void (MainWindow::*)()> targets[] = {
        {a->refresh, &MainWindow::refresh},
        {a->reloadAll, &MainWindow::reloadAll},
        {a->loadOnly, &MainWindow::openLoadFilter},
        {a->cancel, &MainWindow::cancelLoad},
        {a->connectCloud, &MainWindow::openConnectDialog},
        {a->disconnectCloud, &MainWindow::endCloudSession},
        {a->addToAggregate, &MainWindow::addToAggregate},
        {a->removeFromAggregate, &MainWindow::removeFromAggregate},
        {a->newAggregate, &MainWindow::newAggregate},
        {a->submit, &MainWindow::submit},
    };
    for (const auto &[action, slot] : targets)
        connect(action, &QAction::triggered, this, slot);
    connect(a->importLabels, &QAction::triggered, m_editor, &MembershipEditor::importLabels);
    connect(a->exportLabels, &QAction::triggered, m_editor, &MembershipEditor::exportLabels);
    connect(a->exportTable, &QAction::triggered, m_editor, &MembershipEditor::exportTable);
    connect(a->exportEdits, &QAction::triggered, m_editor, &MembershipEditor::exportEdits);
    connect(a->importPlan, &QAction::triggered, m_editor, &MembershipEditor::importPlan);
    connect(a->about, &QAction::triggered, m_prompts, &OperatorPrompts::showAbout);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(a->focusFilter, &QAction::triggered, m_filterBar, &FilterBar::focusTextFilter);
    connect(a->clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clearFilters);
    connect(a->autoMerge, &QAction::toggled, this, [this](bool checked) {
        m_session->setAutoMerge(checked);
        QSettings().setValue(AutoMergeKey, checked);
    });
    connect(a->liveGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLiveInterval(action->data().toInt(), true); });
    connect(a->markAllSeen, &QAction::triggered, store(), &MembershipStore::markAllSeen);
    connect(a->goToAggregate, &QAction::triggered, m_editor, qOverload<>(&MembershipEditor::goToAggregate));
    connect(a->compactColumns, &QAction::toggled, this, [this](bool compact) {
        m_tableView->setCompactAggregateColumns(compact);
        QSettings().setValue(CompactColumnsKey, compact);
    });
}

void MainWindow::setLiveInterval(int seconds, bool remember)
{
    m_session->setLiveInterval(seconds);
    const int interval = m_session->liveInterval();
    QAction *matching = nullptr;
    for (QAction *action : std::as_const(m_actions->liveIntervals)) {
        if (action->data().toInt() == interval)
            matching = action;
    }
    if (!matching) {
        // An interval from the command line that the menu does not offer gets its own entry.
        matching = m_actions->liveGroup->addAction(tr("Every %n Second(s)", nullptr, interval));
        matching->setCheckable(true);
        matching->setData(interval);
        m_actions->liveIntervals.append(matching);
        if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("liveMenu")))
            menu->addAction(matching);
    }
    matching->setChecked(true);
    if (remember)
        QSettings().setValue(LiveIntervalKey, interval);
    m_statusBar->updateCounts();
    if (interval > 0)
        m_activityDock->append(
            tr("Live view: refreshing every %n second(s) in the background.", nullptr, interval));
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    central->setAccessibleName(tr("Main area"));
    m_connectionBar = new ConnectionBar(central);
    m_banner = new MessageBanner(central);
    m_securityBanner = new MessageBanner(central);
    m_securityBanner->setObjectName(QStringLiteral("securityBanner"));
    m_securityBanner->setAccessibleName(tr("Security warning"));
    m_securityBanner->closeButton()->hide(); // stays while the connection is insecure
    m_securityBanner->hide();
    m_filterBar = new FilterBar(m_session->store(), m_filterModel, central);
    m_filterBar->setNovaDirectory(m_session->novaDirectory());
    m_filterBar->setAggregateLabels(m_session->aggregateLabels());
    m_tableView = new MembershipTableView(central);
    m_tableView->setModel(m_filterModel);
    m_editor = new MembershipEditor(this, m_session, m_tableView, m_filterModel);
    connect(m_tableView, &MembershipTableView::aggregateHeaderMenuRequested, m_editor,
            &MembershipEditor::showAggregateMenu);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 2);
    for (QWidget *widget : {static_cast<QWidget *>(m_connectionBar), static_cast<QWidget *>(m_securityBanner),
                            static_cast<QWidget *>(m_banner), static_cast<QWidget *>(m_filterBar)})
        layout->addWidget(widget);
    layout->addWidget(m_tableView, 1);
    setCentralWidget(central);

    const QList<QWidget *> tabOrder{m_connectionBar->endpointEdit(),  m_connectionBar->tokenEdit(),
                                    m_connectionBar->connectButton(), m_banner->detailsButton(),
                                    m_banner->closeButton(),          m_filterBar->textFilterEdit(),
                                    m_filterBar->aggregateCombo(),    m_tableView};
    for (int i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_connectionBar, &ConnectionBar::connectRequested, this, &MainWindow::refresh);
    connect(m_banner, &MessageBanner::detailsRequested, this, &MainWindow::showErrorDetails);
    connect(m_filterBar, &FilterBar::filtersChanged, this,
            [this] { m_actions->clearFilters->setEnabled(m_filterBar->hasActiveFilter()); });
}

bool MainWindow::event(QEvent *event)
{
    // QMainWindow makes the tab bar of tabbed docks itself, when it lays them out.
    if (event->type() == QEvent::ChildPolished) {
        auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child());
        if (tabs && tabs->accessibleName().isEmpty())
            tabs->setAccessibleName(tr("Docked panels"));
    }
    return QMainWindow::event(event);
}

void MainWindow::createDocks()
{
    m_pendingDock = new PendingChangesDock(m_session, m_pendingModel, this);
    m_activityDock = new ActivityLogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    splitDockWidget(m_pendingDock, m_activityDock, Qt::Horizontal);
    m_driftDock = new DriftDock(m_session, this);
    tabifyDockWidget(m_activityDock, m_driftDock);
    m_requestLogDock = new RequestLogDock(m_session->requestLog(), this);
    tabifyDockWidget(m_driftDock, m_requestLogDock);
    m_historyDock = new HistoryDock(m_session, this);
    tabifyDockWidget(m_requestLogDock, m_historyDock);
    m_activityDock->raise();
    m_contextDock = new ProviderContextDock(m_session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_contextDock);
    connect(m_contextDock, &ProviderContextDock::providerRequested, this, &MainWindow::goToProvider);
}

bool MainWindow::goToProvider(const QString &uuid)
{
    const int row = store()->rowOf(uuid);
    if (row < 0) {
        m_statusBar->showMessage(tr("That provider is not in the table."));
        return false;
    }
    const int column = m_tableView->currentIndex().isValid() ? m_tableView->currentIndex().column()
                                                             : int(MembershipTableModel::NameColumn);
    QModelIndex target = m_filterModel->mapFromSource(m_tableModel->index(row, column));
    if (!target.isValid()) {
        // The filters hide it: the operator asked for this row, so show everything again.
        m_filterBar->clearFilters();
        target = m_filterModel->mapFromSource(m_tableModel->index(row, column));
    }
    if (!target.isValid())
        return false;
    m_tableView->setCurrentIndex(target);
    m_tableView->scrollTo(target, QAbstractItemView::PositionAtCenter);
    return true;
}

// ---- settings and accessors -------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(StateKey).toByteArray())) {
        // The table gets most of the height; the docks start as a short strip below it.
        const int dockHeight = fontMetrics().height() * 9;
        resizeDocks({m_pendingDock, m_activityDock}, {dockHeight, dockHeight}, Qt::Vertical);
        resizeDocks({m_contextDock}, {fontMetrics().averageCharWidth() * 40}, Qt::Horizontal);
    }
    m_actions->autoMerge->setChecked(settings.value(AutoMergeKey, false).toBool());
    m_actions->compactColumns->setChecked(settings.value(CompactColumnsKey, false).toBool());
    if (const int live = settings.value(LiveIntervalKey, 0).toInt(); live > 0)
        setLiveInterval(live);
    m_connectionBar->setEndpointText(settings.value(EndpointKey).toString());
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

void MainWindow::setEndpoint(const QString &endpoint)
{
    endCloudSession();
    m_connectionBar->setEndpointText(endpoint);
}

QString MainWindow::endpoint() const
{
    return m_connectionBar->endpointText();
}

void MainWindow::setToken(const QString &token)
{
    endCloudSession();
    m_connectionBar->setToken(token);
}

// ---- connecting and loading -------------------------------------------------------------------

void MainWindow::connectTo(const QUrl &endpoint, const QString &token)
{
    endCloudSession();
    m_connectionBar->setEndpointText(endpoint.toString());
    m_connectionBar->setToken(token);
    refresh();
}

void MainWindow::refresh()
{
    if (!isSubmitting())
        m_prompts->confirmPendingEdits(DeskSession::AfterSubmit::Reload, [this] { reconnect(); });
}

void MainWindow::reloadAll()
{
    if (isSubmitting())
        return;
    m_prompts->confirmPendingEdits(DeskSession::AfterSubmit::Reload, [this] {
        m_session->requestFullLoad();
        reconnect();
    });
}

void MainWindow::openLoadFilter()
{
    if (isSubmitting())
        return;
    MembershipStore *store = m_session->store();
    DeskSession *session = m_session;
    // What the operator typed: an aggregate's exact string (any spelling of a column's UUID, Nova's
    // name, a local label), a provider's UUID (its UUID or unique exact name).
    const auto aggregate = [store, session](const QString &typed) -> QString {
        const int column = store->columnForInput(typed);
        if (column >= 0)
            return store->aggregateUuid(column);
        QString found;
        for (int c = 0; c < store->aggregateCount(); ++c) {
            if (session->aggregateName(store->aggregateUuid(c)) == typed) {
                if (!found.isNull())
                    return {}; // two aggregates of that name
                found = store->aggregateUuid(c);
            }
        }
        return found;
    };
    const auto provider = [store](const QString &typed) -> QString {
        if (Uuids::isValid(typed))
            return Uuids::canonical(typed);
        QString found;
        for (int row = 0; row < store->providerCount(); ++row) {
            if (store->provider(row).name == typed) {
                if (!found.isNull())
                    return {};
                found = store->provider(row).uuid;
            }
        }
        return found;
    };
    auto *dialog = new LoadFilterDialog(client()->microversion(), aggregate, provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setQuery(m_session->providerQuery());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { loadOnly(dialog->clearRequested() ? ProviderQuery() : dialog->query()); });
    dialog->open();
}

void MainWindow::loadOnly(const ProviderQuery &query)
{
    if (isSubmitting())
        return;
    m_prompts->confirmPendingEdits(DeskSession::AfterSubmit::Reload, [this, query] {
        m_session->setProviderQuery(query);
        m_statusBar->updateCounts();
        reconnect();
    });
}

void MainWindow::reconnect()
{
    if (isSubmitting())
        return;
    if (m_session->hasCloudSession()) {
        m_session->reload();
        return;
    }
    QString problem;
    const QUrl url = EndpointUrl::parse(m_connectionBar->endpointText(), &problem);
    if (!url.isValid()) {
        m_lastError = {};
        m_banner->showMessage(MessageBanner::Level::Error, problem);
        m_connectionBar->focusEndpoint();
        return;
    }
    m_session->connectToEndpoint(url, m_connectionBar->token().toUtf8());
}

void MainWindow::openConnectDialog()
{
    if (isSubmitting())
        return;
    auto *dialog = new ConnectDialog(CloudConfig(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        if (profile.authUrl.isValid() || profile.fixedPlacementUrl().isValid())
            connectToCloud(profile);
    });
    dialog->open();
}

void MainWindow::connectToCloud(const ConnectionProfile &profile)
{
    if (isSubmitting())
        return;
    m_prompts->confirmPendingEdits(DeskSession::AfterSubmit::Nothing, [this, profile] {
        if (isSubmitting())
            return;
        setCloudFieldsLocked(true);
        m_session->connectToCloud(profile);
    });
}

void MainWindow::endCloudSession()
{
    if (!m_session->hasCloudSession())
        return;
    m_session->endCloudSession();
    setCloudFieldsLocked(false);
}

void MainWindow::setCloudFieldsLocked(bool locked)
{
    m_connectionBar->endpointEdit()->setReadOnly(locked);
    m_connectionBar->tokenEdit()->setEnabled(!locked);
    if (locked)
        m_connectionBar->tokenEdit()->clear();
    m_actions->disconnectCloud->setEnabled(locked);
}

void MainWindow::cancelLoad()
{
    if (isSubmitting())
        m_statusBar->showMessage(
            m_session->submitter()->isCanceling()
                ? tr("Aborting the requests on the wire; their rows are read again next time.")
                : tr("Canceling: no new requests start; those on the wire finish (Cancel "
                     "again aborts them)…"));
    m_session->cancel();
}

void MainWindow::onStateChanged(DeskSession::State state)
{
    // Nova calls of a reconcile rest the table like a submit: the rows they touch are read again.
    const bool submitting =
        state == DeskSession::State::Submitting || state == DeskSession::State::Reconciling;
    m_actions->cancel->setEnabled(state != DeskSession::State::Idle);
    // One button, Esc, for whatever runs: say which it stops.
    QString cancelText = tr("&Stop Loading");
    QString cancelTip = tr("Stop loading; rows read so far stay (Esc)");
    if (state == DeskSession::State::Submitting) {
        cancelText = tr("Cancel &Submit");
        cancelTip =
            tr("No new requests start; those on the wire finish, and pressing again aborts them (Esc)");
    } else if (state == DeskSession::State::Reconciling) {
        cancelText = tr("&Stop Nova Calls");
        cancelTip = tr("No further call to Nova; the one on the wire finishes (Esc)");
    }
    if (m_actions->cancel->text() != cancelText) {
        m_actions->cancel->setText(cancelText);
        m_actions->cancel->setToolTip(cancelTip);
        if (QWidget *button = m_mainToolBar->widgetForAction(m_actions->cancel))
            button->setAccessibleName(QString(cancelText).remove(QLatin1Char('&')));
    }
    m_actions->editGroup->setEnabled(!submitting);
    m_actions->refresh->setEnabled(!submitting);
    m_actions->reloadAll->setEnabled(!submitting);
    m_connectionBar->setEnabled(!submitting);
    m_pendingDock->setIdle(!submitting);
    // The cell delegate toggles on click and Space whatever the edit triggers: the table rests.
    m_tableView->setEnabled(!submitting);
    updateEditActions();
    updatePlaceholder();
}

void MainWindow::onLoadFinished(const LoadSummary &summary)
{
    if (summary.failed > 0 || summary.deleted > 0) {
        // "Details…" shows the first failing row's error; every row has its own in its tooltip.
        m_lastError = {};
        for (int row = 0; row < store()->providerCount() && !m_lastError.isError(); ++row) {
            if (store()->provider(row).state == ProviderRecord::State::Failed)
                m_lastError = store()->provider(row).error;
        }
        QStringList parts;
        if (summary.failed > 0)
            parts << tr("The aggregates of %n provider(s) could not be read.", nullptr, summary.failed);
        if (summary.deleted > 0)
            parts << tr("%n provider(s) were deleted on the server while loading.", nullptr, summary.deleted);
        parts << tr("The Status column and its tooltips say why.");
        m_banner->showMessage(MessageBanner::Level::Warning, parts.join(QLatin1Char(' ')),
                              m_lastError.isError());
    }
    m_tableView->fitNameColumn();
    updatePlaceholder();
    emit loadFinished(summary);
}

void MainWindow::onJournalRestored(const JournalRestoreReport &report)
{
    const QString text = DeskSession::restoreReportText(report);
    m_statusBar->showMessage(text);
    if (!report.unverified.isEmpty() || !report.deleted.isEmpty())
        showWarning(text);
}

// ---- errors -----------------------------------------------------------------------------------

void MainWindow::showError(const ApiError &error)
{
    m_lastError = error;
    m_banner->showMessage(MessageBanner::Level::Error, error.bannerText(), true);
}

void MainWindow::showWarning(const QString &text, bool withDetails)
{
    m_banner->showMessage(MessageBanner::Level::Warning, text, withDetails);
}

void MainWindow::showConfigurationError(const ConfigError &error)
{
    m_lastError = {};
    m_banner->showMessage(MessageBanner::Level::Error, error.text());
}

void MainWindow::showErrorDetails()
{
    if (!m_lastError.isError()) {
        if (!m_submitFailures.isEmpty())
            m_prompts->showSubmitFailures(m_submitFailures);
        return;
    }
    if (m_errorDetailsDialog)
        m_errorDetailsDialog->close();
    m_errorDetailsDialog = new ErrorDetailsDialog(m_lastError, this);
    m_errorDetailsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDetailsDialog->show(); // non-modal: the window stays usable
}

// ---- status -----------------------------------------------------------------------------------

void MainWindow::updatePlaceholder()
{
    QString text;
    if (isLoading())
        text = tr("Loading…");
    else if (!m_session->hasConnected())
        text = tr("Enter the Placement endpoint and a token above, then press Connect (F5).");
    else if (store()->providerCount() == 0)
        text =
            m_lastError.isError() ? tr("Nothing loaded.") : tr("This Placement has no resource providers.");
    else
        text = tr("No provider matches the filter.");
    m_tableView->setPlaceholderText(text);
}

void MainWindow::updateWindowTitle()
{
    const QUrl url = client()->baseUrl();
    const QString cloud = m_session->cloudName();
    if (!cloud.isEmpty())
        setWindowTitle(tr("%1 — Placement Desk").arg(cloud));
    else if (url.isValid() && !url.host().isEmpty())
        setWindowTitle(tr("%1 — Placement Desk").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    else
        setWindowTitle(tr("Placement Desk"));
}

// ---- closing and pending edits ----------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSubmitting() && !m_closeKeepingEdits) {
        // Allowed mid-submit: aborted PUTs are re-read next time, and unconfirmed edits stay journaled.
        event->ignore();
        m_prompts->confirmCloseWhileSubmitting([this] {
            m_closeKeepingEdits = true;
            m_session->forceCancel();
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    if (store()->pendingEditCount() > 0 && !m_closeKeepingEdits) {
        // The question is asynchronous: this close stops here, and a Discard closes again (queued:
        // QWidget::close() does nothing while a close event is being handled).
        event->ignore();
        m_prompts->confirmPendingEdits(DeskSession::AfterSubmit::Close, [this] {
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    m_session->cancel();
    m_session->flushJournal();
    saveWindowSettings();
    event->accept();
}

// ---- editing and submitting -------------------------------------------------------------------

QList<int> MainWindow::selectedStoreRows() const
{
    return m_editor->selectedStoreRows();
}

void MainWindow::addToAggregate()
{
    m_editor->addToAggregate();
}

void MainWindow::removeFromAggregate()
{
    m_editor->removeFromAggregate();
}

void MainWindow::newAggregate()
{
    m_editor->newAggregate();
}

void MainWindow::submit()
{
    startSubmit(DeskSession::AfterSubmit::Nothing);
}

void MainWindow::startSubmit(DeskSession::AfterSubmit after)
{
    if (isSubmitting() || isLoading() || store()->pendingEditCount() == 0)
        return;
    m_prompts->confirmSubmit([this, after](bool legacyConfirmed) {
        if (isSubmitting() || isLoading())
            return;
        m_submitFailures.clear();
        m_conflictStrategy->setWindow(this);
        m_session->submit(legacyConfirmed, after);
    });
}

void MainWindow::onSubmitFinished(const SubmitSummary &summary)
{
    const QString text = summary.text();
    if (summary.failed > 0) {
        m_lastError = {};
        m_submitFailures = summary.failures.join(QLatin1Char('\n'));
        QStringList shown = summary.failures.mid(0, 3);
        if (summary.failures.size() > 3)
            shown << tr("… and %n more", nullptr, int(summary.failures.size() - 3));
        showWarning(text + QLatin1Char('\n') + shown.join(QLatin1Char('\n')), true);
    }
    emit submitFinished(summary);
}

void MainWindow::updateEditActions()
{
    const bool idle = !isSubmitting();
    const bool hasRows = store()->providerCount() > 0;
    const bool hasSelection = hasRows && m_tableView->currentIndex().isValid();
    m_actions->addToAggregate->setEnabled(hasSelection);
    m_actions->removeFromAggregate->setEnabled(hasSelection);
    m_actions->newAggregate->setEnabled(hasRows);
    m_actions->submit->setEnabled(idle && store()->pendingEditCount() > 0);
    m_actions->exportTable->setEnabled(hasRows);
    m_actions->goToAggregate->setEnabled(store()->aggregateCount() > 0);
    m_actions->importPlan->setEnabled(idle && hasRows);
    m_actions->exportEdits->setEnabled(store()->pendingEditCount() > 0);
}

QTableView *MainWindow::pendingChangesView() const
{
    return m_pendingDock->view();
}

QPlainTextEdit *MainWindow::activityLog() const
{
    return m_activityDock->log();
}

ErrorDetailsDialog *MainWindow::errorDetailsDialog() const
{
    return m_errorDetailsDialog.data();
}
