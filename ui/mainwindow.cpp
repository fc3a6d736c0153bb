#include "mainwindow.h"

#include "aggregatepickerdialog.h"
#include "cloudconfig.h"
#include "conflictdialog.h"
#include "conflictresolver.h"
#include "connectdialog.h"
#include "connectionbar.h"
#include "dialogconflictstrategy.h"
#include "editjournal.h"
#include "endpointurl.h"
#include "errordetailsdialog.h"
#include "filterbar.h"
#include "keystonesession.h"
#include "mainstatusbar.h"
#include "membershipfilterproxymodel.h"
#include "membershipstore.h"
#include "membershiptablemodel.h"
#include "membershiptableview.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "newaggregatedialog.h"
#include "pendingchangesmodel.h"
#include "placementclient.h"
#include "setmembershipcommand.h"
#include "submitsummary.h"
#include "submitter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSizeGrip>
#include <QSslConfiguration>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent), m_network(network ? network : new QNetworkAccessManager(this)),
      m_client(new PlacementClient(m_network, this)), m_store(new MembershipStore(this)),
      m_loader(new ProviderLoader(m_client, m_store, this)),
      m_tableModel(new MembershipTableModel(m_store, this)),
      m_filterModel(new MembershipFilterProxyModel(this)), m_undoStack(new QUndoStack(this)),
      m_pendingModel(new PendingChangesModel(m_store, this)), m_resolver(new ConflictResolver(this)),
      m_conflictStrategy(new DialogConflictStrategy(this, this)),
      m_submitter(new Submitter(m_client, m_store, m_resolver, this)),
      m_journal(new EditJournal(m_store, this)), m_statusUpdateTimer(new QTimer(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Placement Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.png")));
    // Room for the pending-changes dock and more toolbars (editing and submitting).
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    m_filterModel->setSourceModel(m_tableModel);
    m_tableModel->setUndoStack(m_undoStack);
    m_resolver->setStrategy(m_conflictStrategy);
    // Conflicts found while a dialog is open update its "apply to all remaining (N)".
    connect(m_resolver, &ConflictResolver::waitingChanged, m_conflictStrategy,
            &DialogConflictStrategy::setRemainingAfterThis);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createDocks();
    m_statusBar = new MainStatusBar(this);
    setStatusBar(m_statusBar);
    nameInternalWidgets();

    connect(m_connectionBar, &ConnectionBar::connectRequested, this, &MainWindow::refresh);
    connect(m_statusBar, &MainStatusBar::cancelRequested, this, &MainWindow::cancelLoad);
    connect(m_banner, &MessageBanner::detailsRequested, this, &MainWindow::showErrorDetails);
    connect(m_filterBar, &FilterBar::filtersChanged, this, [this] {
        m_clearFiltersAction->setEnabled(m_filterBar->hasActiveFilter());
        scheduleStatusUpdate();
    });

    connect(m_loader, &ProviderLoader::stageChanged, this, &MainWindow::onStageChanged);
    connect(m_loader, &ProviderLoader::versionNegotiated, this, &MainWindow::onVersionNegotiated);
    connect(m_loader, &ProviderLoader::progress, this, &MainWindow::onProgress);
    connect(m_loader, &ProviderLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &ProviderLoader::failed, this, &MainWindow::onLoadFailed);

    // Counters are recomputed at most every 100 ms: rows arrive by the thousand during a load.
    m_statusUpdateTimer->setSingleShot(true);
    m_statusUpdateTimer->setInterval(100);
    connect(m_statusUpdateTimer, &QTimer::timeout, this, &MainWindow::updateStatusCounts);
    connect(m_store, &MembershipStore::providersReset, this, &MainWindow::scheduleStatusUpdate);
    connect(m_store, &MembershipStore::providerChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(m_store, &MembershipStore::aggregateInserted, this, &MainWindow::scheduleStatusUpdate);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleStatusUpdate);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleStatusUpdate);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleStatusUpdate);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleStatusUpdate);

    // Undo steps refer to rows of the previous load; a fresh load makes them meaningless.
    connect(m_store, &MembershipStore::providersReset, m_undoStack, &QUndoStack::clear);
    connect(m_store, &MembershipStore::pendingEditsChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(m_store, &MembershipStore::pendingEditsChanged, this, &MainWindow::updateEditActions);
    connect(m_store, &MembershipStore::providersReset, this, &MainWindow::updateEditActions);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateEditActions);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateEditActions);

    connect(m_submitter, &Submitter::progress, m_statusBar, &MainStatusBar::setProgress);
    connect(m_submitter, &Submitter::finished, this, &MainWindow::onSubmitFinished);
    connect(m_submitter, &Submitter::logMessage, this, [this](const QString &message) {
        m_activityLog->appendPlainText(
            QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), message));
    });
    connect(m_journal, &EditJournal::writeFailed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Pending edits could not be saved to disk: %1").arg(message));
    });

    restoreSettings();
    m_resolver->setAutoMerge(m_autoMergeAction->isChecked());
    updateEditActions();
    updateStatusCounts();
    updatePlaceholder();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // The conflict dialog must not answer a resolver that is going away; unsaved edits go to disk now.
    m_submitter->cancel();
    m_resolver->cancelPending();
    m_resolver->setStrategy(nullptr);
    m_journal->flush();
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    // F5 everywhere, plus the platform's own refresh keys (Ctrl+R on some desktops), without duplicates.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    const QList<QKeySequence> platformRefreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    for (const QKeySequence &key : platformRefreshKeys) {
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    }
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Connect to the endpoint and load all providers and aggregates (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = new QAction(tr("&Stop Loading"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop, nullptr, this));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop loading; rows read so far stay (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoad);

    m_connectCloudAction = new QAction(tr("Connect to &Cloud…"), this);
    m_connectCloudAction->setObjectName(QStringLiteral("connectCloudAction"));
    m_connectCloudAction->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon, nullptr, this));
    m_connectCloudAction->setShortcut(QKeySequence::Open);
    m_connectCloudAction->setToolTip(
        tr("Sign in to an OpenStack cloud from clouds.yaml or by hand, through Keystone (Ctrl+O)"));
    connect(m_connectCloudAction, &QAction::triggered, this, &MainWindow::openConnectDialog);

    m_disconnectCloudAction = new QAction(tr("&Disconnect from Cloud"), this);
    m_disconnectCloudAction->setObjectName(QStringLiteral("disconnectCloudAction"));
    m_disconnectCloudAction->setToolTip(tr("End the Keystone session; the endpoint and token fields are "
                                           "editable again"));
    m_disconnectCloudAction->setEnabled(false);
    connect(m_disconnectCloudAction, &QAction::triggered, this, &MainWindow::endCloudSession);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_focusFilterAction = new QAction(tr("&Filter Providers"), this);
    m_focusFilterAction->setObjectName(QStringLiteral("focusFilterAction"));
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    connect(m_focusFilterAction, &QAction::triggered, this, [this] { m_filterBar->focusTextFilter(); });

    m_clearFiltersAction = new QAction(tr("&Clear Filters"), this);
    m_clearFiltersAction->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearFiltersAction->setEnabled(false);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] { m_filterBar->clearFilters(); });

    m_editGroup = new QActionGroup(this);
    m_editGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);

    m_undoAction = m_undoStack->createUndoAction(m_editGroup, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"),
                                           style()->standardIcon(QStyle::SP_ArrowBack, nullptr, this)));
    m_redoAction = m_undoStack->createRedoAction(m_editGroup, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_editGroup->addAction(m_undoAction);
    m_editGroup->addAction(m_redoAction);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
                                           style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this)));

    m_addToAggregateAction = new QAction(tr("&Add to Aggregate…"), m_editGroup);
    m_addToAggregateAction->setObjectName(QStringLiteral("addToAggregateAction"));
    m_addToAggregateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_addToAggregateAction->setToolTip(tr("Add the selected providers to an aggregate (Ctrl++)"));
    connect(m_addToAggregateAction, &QAction::triggered, this, &MainWindow::addToAggregate);

    m_removeFromAggregateAction = new QAction(tr("Re&move from Aggregate…"), m_editGroup);
    m_removeFromAggregateAction->setObjectName(QStringLiteral("removeFromAggregateAction"));
    m_removeFromAggregateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_removeFromAggregateAction->setToolTip(tr("Remove the selected providers from an aggregate (Ctrl+-)"));
    connect(m_removeFromAggregateAction, &QAction::triggered, this, &MainWindow::removeFromAggregate);

    m_newAggregateAction = new QAction(tr("&New Aggregate…"), m_editGroup);
    m_newAggregateAction->setObjectName(QStringLiteral("newAggregateAction"));
    m_newAggregateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAggregateAction->setToolTip(tr("Add a column for a new aggregate UUID (Ctrl+N)"));
    connect(m_newAggregateAction, &QAction::triggered, this, &MainWindow::newAggregate);

    m_submitAction = new QAction(tr("&Submit Changes"), this);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_submitAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
    m_submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submitAction->setToolTip(tr("Send every pending edit to Placement (Ctrl+Return)"));
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submit);

    m_autoMergeAction = new QAction(tr("&Merge Conflicts Automatically"), this);
    m_autoMergeAction->setObjectName(QStringLiteral("autoMergeAction"));
    m_autoMergeAction->setCheckable(true);
    m_autoMergeAction->setToolTip(
        tr("When another writer changed a provider's aggregates too, apply my edits on top without asking"));
    connect(m_autoMergeAction, &QAction::toggled, this, [this](bool checked) {
        m_resolver->setAutoMerge(checked);
        QSettings().setValue(AutoMergeKey, checked);
    });

    m_aboutAction = new QAction(tr("&About Placement Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->setAccessibleName(tr("File"));
    fileMenu->addAction(m_connectCloudAction);
    fileMenu->addAction(m_disconnectCloudAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_cancelAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->setAccessibleName(tr("Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_addToAggregateAction);
    editMenu->addAction(m_removeFromAggregateAction);
    editMenu->addAction(m_newAggregateAction);
    editMenu->addSeparator();
    editMenu->addAction(m_submitAction);
    editMenu->addAction(m_autoMergeAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->setAccessibleName(tr("View"));
    viewMenu->addAction(m_focusFilterAction);
    viewMenu->addAction(m_clearFiltersAction);
    m_viewMenu = viewMenu; // the docks add their toggle actions here

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->setAccessibleName(tr("Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_mainToolBar = addToolBar(tr("Main Toolbar"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    m_mainToolBar->setAccessibleName(tr("Main toolbar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->addAction(m_connectCloudAction);
    m_mainToolBar->addAction(m_refreshAction);
    m_mainToolBar->addAction(m_cancelAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_undoAction);
    m_mainToolBar->addAction(m_redoAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_addToAggregateAction);
    m_mainToolBar->addAction(m_removeFromAggregateAction);
    m_mainToolBar->addAction(m_newAggregateAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_submitAction);

    // Their text names the step ("Undo Add … to …"): too long for a toolbar, so icon only.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(m_mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    const QList<QAction *> actions = m_mainToolBar->actions();
    for (QAction *action : actions) {
        QWidget *button = m_mainToolBar->widgetForAction(action);
        if (button && action->isSeparator()) {
            button->setObjectName(QStringLiteral("toolBarSeparator"));
            button->setAccessibleName(tr("Separator"));
        } else if (button) {
            button->setObjectName(action->objectName() + QLatin1String("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }
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
    m_filterBar = new FilterBar(m_store, m_filterModel, central);
    m_tableView = new MembershipTableView(central);
    m_tableView->setModel(m_filterModel);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_securityBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tableView, 1);
    setCentralWidget(central);

    setTabOrder(m_connectionBar->endpointEdit(), m_connectionBar->tokenEdit());
    setTabOrder(m_connectionBar->tokenEdit(), m_connectionBar->connectButton());
    setTabOrder(m_connectionBar->connectButton(), m_banner->detailsButton());
    setTabOrder(m_banner->detailsButton(), m_banner->closeButton());
    setTabOrder(m_banner->closeButton(), m_filterBar->textFilterEdit());
    setTabOrder(m_filterBar->textFilterEdit(), m_filterBar->aggregateCombo());
    setTabOrder(m_filterBar->aggregateCombo(), m_tableView);
}

void MainWindow::createDocks()
{
    m_pendingDock = new QDockWidget(tr("Pending Changes"), this);
    m_pendingDock->setObjectName(QStringLiteral("pendingChangesDock"));
    m_pendingDock->setAccessibleName(tr("Pending changes"));
    auto *pendingPanel = new QWidget(m_pendingDock);
    pendingPanel->setObjectName(QStringLiteral("pendingChangesPanel"));
    pendingPanel->setAccessibleName(tr("Pending changes"));
    m_pendingView = new QTableView(pendingPanel);
    m_pendingView->setObjectName(QStringLiteral("pendingChangesView"));
    m_pendingView->setAccessibleName(tr("Pending changes per provider"));
    m_pendingView->setModel(m_pendingModel);
    m_pendingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pendingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pendingView->verticalHeader()->hide();
    m_pendingView->horizontalHeader()->setStretchLastSection(true);
    m_pendingView->horizontalHeader()->setSectionResizeMode(PendingChangesModel::ProviderColumn,
                                                            QHeaderView::ResizeToContents);
    m_pendingView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_pendingView->setWordWrap(false);
    m_discardSelectedButton = new QPushButton(tr("&Discard Selected"), pendingPanel);
    m_discardSelectedButton->setObjectName(QStringLiteral("discardSelectedButton"));
    m_discardSelectedButton->setAccessibleName(tr("Discard selected"));
    m_discardSelectedButton->setToolTip(tr("Drop the pending edits of the selected providers"));
    m_discardAllButton = new QPushButton(tr("Discard A&ll"), pendingPanel);
    m_discardAllButton->setObjectName(QStringLiteral("discardAllButton"));
    m_discardAllButton->setAccessibleName(tr("Discard all"));
    m_discardAllButton->setToolTip(tr("Drop every pending edit"));
    connect(m_discardSelectedButton, &QPushButton::clicked, this, &MainWindow::discardSelectedPending);
    connect(m_discardAllButton, &QPushButton::clicked, this, &MainWindow::discardAllPending);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateEditActions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discardSelectedButton);
    buttons->addWidget(m_discardAllButton);
    buttons->addStretch(1);
    auto *pendingLayout = new QVBoxLayout(pendingPanel);
    pendingLayout->setContentsMargins(4, 4, 4, 4);
    pendingLayout->addWidget(m_pendingView, 1);
    pendingLayout->addLayout(buttons);
    m_pendingDock->setWidget(pendingPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);

    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setAccessibleName(tr("Activity"));
    m_activityLog = new QPlainTextEdit(m_activityDock);
    m_activityLog->setObjectName(QStringLiteral("activityLog"));
    m_activityLog->setAccessibleName(tr("Activity log"));
    m_activityLog->setReadOnly(true);
    m_activityLog->setMaximumBlockCount(5000);
    m_activityDock->setWidget(m_activityLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    splitDockWidget(m_pendingDock, m_activityDock, Qt::Horizontal);

    m_viewMenu->addSeparator();
    // Dock titles show no mnemonics; the menu entries that toggle them do.
    m_pendingDock->toggleViewAction()->setText(tr("&Pending Changes"));
    m_activityDock->toggleViewAction()->setText(tr("Ac&tivity"));
    m_viewMenu->addAction(m_pendingDock->toggleViewAction());
    m_viewMenu->addAction(m_activityDock->toggleViewAction());
    m_pendingDock->toggleViewAction()->setObjectName(QStringLiteral("togglePendingChangesAction"));
    m_activityDock->toggleViewAction()->setObjectName(QStringLiteral("toggleActivityAction"));
}

void MainWindow::nameInternalWidgets()
{
    // Qt's own helper widgets have no accessible names; tools that drive the app by name need them.
    if (auto *extension = m_mainToolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More toolbar actions"));
    m_pendingView->horizontalHeader()->setAccessibleName(tr("Pending changes columns"));
    for (QAbstractScrollArea *area : {static_cast<QAbstractScrollArea *>(m_pendingView),
                                      static_cast<QAbstractScrollArea *>(m_activityLog)}) {
        area->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
        area->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    }
    const QList<QSizeGrip *> grips = m_statusBar->findChildren<QSizeGrip *>();
    for (QSizeGrip *grip : grips)
        grip->setAccessibleName(tr("Resize window"));
}

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
    }
    m_autoMergeAction->setChecked(settings.value(AutoMergeKey, false).toBool());
    m_connectionBar->setEndpointText(settings.value(EndpointKey).toString());
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

void MainWindow::rememberEndpoint(const QString &endpoint) const
{
    // Only the endpoint: the token is a credential and stays in memory.
    QSettings settings;
    settings.setValue(EndpointKey, endpoint);
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

void MainWindow::setParallelism(int count)
{
    m_loader->setParallelism(count);
}

void MainWindow::setRequestTimeout(int seconds)
{
    m_client->setTransferTimeout(seconds * 1000);
}

void MainWindow::connectTo(const QUrl &endpoint, const QString &token)
{
    endCloudSession();
    m_connectionBar->setEndpointText(endpoint.toString());
    m_connectionBar->setToken(token);
    refresh();
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning();
}

void MainWindow::refresh()
{
    if (isSubmitting())
        return;
    if (!confirmPendingEdits(AfterSubmit::Refresh))
        return;
    if (m_session) {
        // A cloud session: reload through it, or sign in again after a failed login.
        if (m_session->isAuthenticated())
            startLoad(m_session->placementUrl(), QString());
        else if (m_session->state() != KeystoneSession::State::Authenticating)
            connectToCloud(m_session->profile());
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
    // Plain http:// to a remote host sends the token in clear text: say so for as long as it lasts.
    setSecurityWarnings(SecurityWarning::forUrl(url, TlsSettings()));
    m_client->setToken(m_connectionBar->token().toUtf8());
    startLoad(url, m_connectionBar->token());
}

void MainWindow::startLoad(const QUrl &url, const QString &token)
{
    // Another server's rows must not linger under this one's version and counts.
    // Saved edits wait in the journal until the fresh rows are there and the operator decided.
    m_journal->flush();
    m_journal->setRecording(false);
    m_journal->setEndpoint(url);
    if (url.adjusted(QUrl::StripTrailingSlash) != m_client->baseUrl().adjusted(QUrl::StripTrailingSlash)) {
        m_store->clear();
        m_statusBar->clearVersionInfo();
    }
    m_banner->dismiss();
    m_lastError = {};
    m_loadingEndpoint = m_connectionBar->endpointText();
    m_loadingToken = token;
    m_client->setBaseUrl(url);
    m_everConnected = true;
    updateWindowTitle();
    m_loader->start();
}

void MainWindow::cancelLoad()
{
    if (m_session && m_session->state() == KeystoneSession::State::Authenticating)
        m_session->cancel();
    if (m_loader->isRunning())
        m_loader->cancel();
    if (m_submitter->isRunning()) {
        m_submitter->cancel();
        m_statusBar->showMessage(tr("Canceling: no new requests start; those on the wire finish…"));
    }
}

void MainWindow::onStageChanged(ProviderLoader::Stage stage)
{
    const bool loading = stage != ProviderLoader::Stage::Idle;
    m_cancelAction->setEnabled(loading);
    switch (stage) {
    case ProviderLoader::Stage::Idle:
        m_statusBar->finishProgress();
        break;
    case ProviderLoader::Stage::Discovering:
        m_statusBar->startProgress(tr("Connecting…"));
        m_statusBar->showMessage(
            tr("Asking %1 for its API versions…").arg(m_client->baseUrl().toDisplayString()));
        break;
    case ProviderLoader::Stage::Listing:
        m_statusBar->startProgress(tr("Listing providers…"));
        m_statusBar->showMessage(tr("Listing resource providers…"));
        break;
    case ProviderLoader::Stage::FetchingAggregates:
        m_statusBar->showMessage(tr("Reading each provider's aggregates…"));
        break;
    }
    updatePlaceholder();
}

void MainWindow::onVersionNegotiated(const VersionInfo &info)
{
    m_statusBar->setVersionInfo(info);
    // The endpoint answered as Placement: worth remembering for the next start (the catalog's URL
    // of a cloud session is not: the cloud is what gets chosen again).
    if (!m_session)
        rememberEndpoint(m_loadingEndpoint);
    m_connectionBar->setLoadedConnection(m_loadingEndpoint, m_loadingToken);
}

void MainWindow::onProgress(int done, int total)
{
    m_statusBar->setProgress(done, total);
}

void MainWindow::onLoadFinished(const LoadSummary &summary)
{
    if (summary.canceled) {
        m_statusBar->showMessage(
            tr("Load canceled: aggregates of %1 of %n provider(s) read.", nullptr, summary.providers)
                .arg(summary.loaded));
    } else {
        m_statusBar->showMessage(tr("Loaded %n provider(s) in %1 s.", nullptr, summary.providers)
                                     .arg(QLocale().toString(summary.elapsedMs / 1000.0, 'f', 1)));
    }
    reportRowProblems(summary);
    m_tableView->fitNameColumn();
    updateStatusCounts();
    updatePlaceholder();
    emit loadFinished(summary);
    offerJournalRestore();
}

void MainWindow::offerJournalRestore()
{
    if (m_journal->hasSavedEdits()) {
        QList<JournalEntry> entries;
        QString error;
        if (!m_journal->load(&entries, &error)) {
            m_lastError = {};
            m_banner->showMessage(MessageBanner::Level::Error, error);
        } else if (!entries.isEmpty()) {
            int edits = 0;
            for (const JournalEntry &entry : std::as_const(entries))
                edits += int(entry.adds.size() + entry.removes.size());
            const auto answer = MessageBox::question(
                this, tr("Unsaved Edits"),
                tr("Restore %n unsaved edit(s) from the last session?", nullptr, edits) + QLatin1Char('\n') +
                    tr("They were made on %n provider(s) and are re-applied on top of what the server holds "
                       "now.",
                       nullptr, int(entries.size())),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                const JournalRestoreReport report = m_journal->restore(entries);
                QStringList parts{tr("Restored edits for %n provider(s).", nullptr, report.restored)};
                if (report.alreadyApplied > 0)
                    parts << tr("%n provider(s) already had them on the server.", nullptr,
                                report.alreadyApplied);
                if (!report.missing.isEmpty())
                    parts << tr("Gone from the server: %1.").arg(report.missing.join(QLatin1String(", ")));
                const QString text = parts.join(QLatin1Char(' '));
                m_statusBar->showMessage(text);
                m_activityLog->appendPlainText(text);
                if (!report.missing.isEmpty())
                    m_banner->showMessage(MessageBanner::Level::Warning, text);
            } else {
                m_journal->setAside(QStringLiteral("declined"));
            }
        }
    }
    m_journal->setRecording(true);
    emit journalHandled();
}

void MainWindow::reportRowProblems(const LoadSummary &summary)
{
    if (summary.failed == 0 && summary.deleted == 0)
        return;
    // "Details…" shows the first failing row's error; every row has its own in its tooltip.
    m_lastError = {};
    for (int row = 0; row < m_store->providerCount(); ++row) {
        const ProviderRecord &record = m_store->provider(row);
        if (record.state == ProviderRecord::State::Failed) {
            m_lastError = record.error;
            break;
        }
    }
    QStringList parts;
    if (summary.failed > 0)
        parts << tr("The aggregates of %n provider(s) could not be read.", nullptr, summary.failed);
    if (summary.deleted > 0)
        parts << tr("%n provider(s) were deleted on the server while loading.", nullptr, summary.deleted);
    parts << tr("The Status column and its tooltips say why.");
    m_banner->showMessage(MessageBanner::Level::Warning, parts.join(QLatin1Char(' ')), m_lastError.isError());
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // Recording stays off: the saved edits wait for a load that works.
    m_statusBar->showMessage(tr("Load failed."));
    showError(error);
    updateStatusCounts();
    updatePlaceholder();
    emit loadFailed(error);
}

void MainWindow::showError(const ApiError &error)
{
    m_lastError = error;
    QString text = error.summary();
    const QString detail = error.shortDetail();
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Placement says: %1").arg(detail);
    m_banner->showMessage(MessageBanner::Level::Error, text, true);
}

void MainWindow::showErrorDetails()
{
    if (!m_lastError.isError()) {
        if (!m_submitFailures.isEmpty())
            MessageBox::warning(this, tr("Submit Failures"),
                                tr("These providers were not updated; their edits stay pending."),
                                QMessageBox::Ok, QMessageBox::Ok, m_submitFailures);
        return;
    }
    if (m_errorDetailsDialog)
        m_errorDetailsDialog->close();
    m_errorDetailsDialog = new ErrorDetailsDialog(m_lastError, this);
    m_errorDetailsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDetailsDialog->show(); // non-modal: the window stays usable
}

ErrorDetailsDialog *MainWindow::errorDetailsDialog() const
{
    return m_errorDetailsDialog.data();
}

void MainWindow::scheduleStatusUpdate()
{
    if (!m_statusUpdateTimer->isActive())
        m_statusUpdateTimer->start();
}

void MainWindow::updateStatusCounts()
{
    m_statusBar->setProviderCounts(m_filterModel->rowCount(), m_store->providerCount());
    m_statusBar->setAggregateCount(m_store->aggregateCount());
    m_statusBar->setPendingCounts(m_store->pendingProviderCount(), m_store->pendingEditCount());
    m_statusBar->setRowProblems(m_store->countInState(ProviderRecord::State::Failed),
                                m_store->countInState(ProviderRecord::State::Deleted),
                                m_store->countInState(ProviderRecord::State::Canceled));
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_loader->isRunning())
        text = tr("Loading…");
    else if (!m_everConnected)
        text = tr("Enter the Placement endpoint and a token above, then press Connect (F5).");
    else if (m_store->providerCount() == 0)
        text =
            m_lastError.isError() ? tr("Nothing loaded.") : tr("This Placement has no resource providers.");
    else
        text = tr("No provider matches the filter.");
    m_tableView->setPlaceholderText(text);
}

void MainWindow::updateWindowTitle()
{
    const QUrl url = m_client->baseUrl();
    const QString cloud = m_session ? m_session->profile().cloudName : QString();
    if (!cloud.isEmpty())
        setWindowTitle(tr("%1 — Placement Desk").arg(cloud));
    else if (url.isValid() && !url.host().isEmpty())
        setWindowTitle(tr("%1 — Placement Desk").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    else
        setWindowTitle(tr("Placement Desk"));
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Placement Desk"),
        tr("Placement Desk %1\n\nShows which OpenStack resource providers belong to which aggregates, "
           "as OpenStack Placement reports them.\n\nBuilt with Qt %2.")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(PLACEMENT_DESK_VERSION)
                                                                  : QCoreApplication::applicationVersion(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSubmitting()) {
        // Closing mid-submit would leave unconfirmed PUTs unaccounted for.
        m_statusBar->showMessage(tr("Submitting; cancel it first or wait until it finishes."));
        event->ignore();
        return;
    }
    if (!confirmPendingEdits(AfterSubmit::Close)) {
        event->ignore();
        return;
    }
    cancelLoad();
    m_journal->flush();
    saveWindowSettings();
    event->accept();
}

bool MainWindow::confirmPendingEdits(AfterSubmit after)
{
    if (m_store->pendingEditCount() == 0)
        return true;
    const QString question = after == AfterSubmit::Close
                                 ? tr("You have %n unsubmitted edit(s). Submit them before closing?", nullptr,
                                      m_store->pendingEditCount())
                                 : tr("You have %n unsubmitted edit(s). A refresh reloads every row. Submit "
                                      "them first?",
                                      nullptr, m_store->pendingEditCount());
    const auto answer = MessageBox::warning(
        this, tr("Unsubmitted Edits"),
        question + QLatin1Char('\n') + tr("Apply submits them, Discard drops them, Cancel keeps everything."),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    switch (answer) {
    case QMessageBox::Apply:
        m_afterSubmit = after;
        submit();
        return false;
    case QMessageBox::Discard:
        m_store->discardAllEdits();
        m_undoStack->clear();
        m_journal->flush();
        return true;
    default:
        return false;
    }
}

bool MainWindow::isSubmitting() const
{
    return m_submitter->isRunning();
}

QList<int> MainWindow::selectedStoreRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_tableView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        const int row = m_filterModel->mapToSource(index).row();
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty() && m_tableView->currentIndex().isValid())
        rows.append(m_filterModel->mapToSource(m_tableView->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::addToAggregate()
{
    pickAggregate(true);
}

void MainWindow::removeFromAggregate()
{
    pickAggregate(false);
}

void MainWindow::pickAggregate(bool add)
{
    const QList<int> rows = selectedStoreRows();
    if (rows.isEmpty())
        return;
    auto *dialog = new AggregatePickerDialog(
        m_store, add ? AggregatePickerDialog::Mode::Add : AggregatePickerDialog::Mode::Remove, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows, add] {
        const QString uuid = dialog->selectedUuid();
        if (uuid.isEmpty() || isSubmitting())
            return;
        int column = m_store->columnOf(uuid);
        if (column < 0 && dialog->isNewAggregate())
            column = m_store->addAggregate(uuid);
        if (column < 0)
            return;
        // All selected rows in one step: one Undo reverts the whole bulk action.
        if (SetMembershipCommand *command = SetMembershipCommand::create(m_store, rows, column, add))
            m_undoStack->push(command);
        else
            m_statusBar->showMessage(tr("Nothing to change: the selected providers already are as asked."));
    });
    dialog->open();
}

void MainWindow::newAggregate()
{
    auto *dialog = new NewAggregateDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int column = m_store->addAggregate(dialog->canonicalUuid());
        if (column >= 0)
            m_tableView->scrollTo(
                m_filterModel->index(0, MembershipTableModel::FirstAggregateColumn + column));
    });
    dialog->open();
}

void MainWindow::discardSelectedPending()
{
    QStringList uuids;
    const QModelIndexList selected = m_pendingView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        uuids << index.data(PendingChangesModel::ProviderUuidRole).toString();
    for (const QString &uuid : std::as_const(uuids)) {
        const int row = m_store->rowOf(uuid);
        if (row >= 0)
            m_store->discardEdits(row);
    }
}

void MainWindow::discardAllPending()
{
    if (m_store->pendingEditCount() == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Discard All Edits"),
        tr("Discard all %n pending edit(s)? This cannot be undone.", nullptr, m_store->pendingEditCount()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    m_store->discardAllEdits();
    m_undoStack->clear();
}

void MainWindow::submit()
{
    if (isSubmitting() || m_loader->isRunning() || m_store->pendingEditCount() == 0) {
        m_afterSubmit = AfterSubmit::Nothing;
        return;
    }
    bool legacyConfirmed = false;
    if (m_submitter->needsLegacyConfirmation()) {
        const auto answer = MessageBox::warning(
            this, tr("Submit Without Conflict Detection"),
            tr("This Placement server is older than microversion 1.19 and cannot detect concurrent "
               "changes. If someone else changes the same providers' aggregates meanwhile, their changes "
               "can be lost (overwritten by yours).\n\nSubmit anyway?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            m_afterSubmit = AfterSubmit::Nothing;
            return;
        }
        legacyConfirmed = true;
    }
    m_submitFailures.clear();
    m_conflictStrategy->setWindow(this);
    m_resolver->setAutoMerge(m_autoMergeAction->isChecked());
    m_activityLog->appendPlainText(
        tr("%1  Submitting edits for %n provider(s)…", nullptr, m_store->pendingProviderCount())
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    if (!m_submitter->start(legacyConfirmed)) {
        m_afterSubmit = AfterSubmit::Nothing;
        return;
    }
    setSubmitting(true);
}

void MainWindow::setSubmitting(bool submitting)
{
    m_editGroup->setEnabled(!submitting);
    m_refreshAction->setEnabled(!submitting);
    m_connectionBar->setEnabled(!submitting);
    m_cancelAction->setEnabled(submitting || m_loader->isRunning());
    // The cell delegate toggles on click and Space whatever the edit triggers: the table rests.
    m_tableView->setEnabled(!submitting);
    if (submitting) {
        m_statusBar->startProgress(tr("Submitting…"));
        m_statusBar->showMessage(tr("Submitting pending edits…"));
    } else {
        m_statusBar->finishProgress();
    }
    updateEditActions();
}

void MainWindow::onSubmitFinished(const SubmitSummary &summary)
{
    setSubmitting(false);
    const QString text = summary.text();
    m_statusBar->showMessage(text);
    m_activityLog->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
    if (summary.failed > 0) {
        m_lastError = {};
        m_submitFailures = summary.failures.join(QLatin1Char('\n'));
        QStringList shown = summary.failures.mid(0, 3);
        if (summary.failures.size() > 3)
            shown << tr("… and %n more", nullptr, int(summary.failures.size() - 3));
        m_banner->showMessage(MessageBanner::Level::Warning,
                              text + QLatin1Char('\n') + shown.join(QLatin1Char('\n')), true);
    }
    const AfterSubmit after = std::exchange(m_afterSubmit, AfterSubmit::Nothing);
    const bool everythingApplied = m_store->pendingEditCount() == 0;
    emit submitFinished(summary);
    if (!everythingApplied)
        return;
    if (after == AfterSubmit::Close)
        QTimer::singleShot(0, this, &QWidget::close);
    else if (after == AfterSubmit::Refresh)
        QTimer::singleShot(0, this, &MainWindow::refresh);
}

void MainWindow::updateEditActions()
{
    const bool idle = !isSubmitting();
    const bool hasRows = m_store->providerCount() > 0;
    const bool hasSelection = hasRows && m_tableView->currentIndex().isValid();
    m_addToAggregateAction->setEnabled(hasSelection);
    m_removeFromAggregateAction->setEnabled(hasSelection);
    m_newAggregateAction->setEnabled(hasRows);
    m_submitAction->setEnabled(idle && m_store->pendingEditCount() > 0);
    if (m_discardAllButton) {
        m_discardAllButton->setEnabled(idle && m_store->pendingEditCount() > 0);
        m_discardSelectedButton->setEnabled(idle && m_pendingView->selectionModel()->hasSelection());
    }
}

void MainWindow::openConnectDialog()
{
    if (isSubmitting())
        return;
    ConnectDialog dialog(CloudConfig(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    if (profile.authUrl.isValid() || profile.fixedPlacementUrl().isValid())
        connectToCloud(profile);
}

void MainWindow::connectToCloud(const ConnectionProfile &profile)
{
    if (isSubmitting())
        return;
    if (!confirmPendingEdits(AfterSubmit::Nothing))
        return;
    endCloudSession();
    m_session = std::make_shared<KeystoneSession>(m_network);
    m_session->setProfile(profile);
    connect(m_session.get(), &KeystoneSession::authenticated, this, &MainWindow::onAuthenticated);
    connect(m_session.get(), &KeystoneSession::authenticationFailed, this,
            &MainWindow::onAuthenticationFailed);
    connect(m_session.get(), &KeystoneSession::securityWarningsChanged, this,
            &MainWindow::setSecurityWarnings);
    // Known before the login: the Keystone URL itself may be http:// or unverified.
    QList<SecurityWarning> early = SecurityWarning::forUrl(profile.authUrl, profile.tls);
    if (!profile.authUrl.isValid())
        early = SecurityWarning::forUrl(profile.fixedPlacementUrl(), profile.tls);
    setSecurityWarnings(early);
    m_connectionBar->endpointEdit()->setReadOnly(true);
    m_connectionBar->tokenEdit()->setEnabled(false);
    m_connectionBar->tokenEdit()->clear();
    m_disconnectCloudAction->setEnabled(true);
    m_banner->dismiss();
    m_lastError = {};
    m_cancelAction->setEnabled(true);
    m_statusBar->startProgress(tr("Signing in to Keystone…"));
    m_statusBar->showMessage(profile.authUrl.isValid()
                                 ? tr("Signing in to Keystone at %1…").arg(profile.authUrl.toDisplayString())
                                 : tr("Signing in to Keystone…"));
    m_activityLog->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                     tr("Signing in as %1.").arg(profile.displayName())));
    updateWindowTitle();
    m_session->authenticate();
}

void MainWindow::endCloudSession()
{
    if (!m_session)
        return;
    m_session->cancel();
    m_session->disconnect(this);
    m_session.reset();
    // The client must not keep renewing through a session that is gone.
    m_client->setToken({});
    m_client->setSslConfiguration(QSslConfiguration::defaultConfiguration());
    m_connectionBar->endpointEdit()->setReadOnly(false);
    m_connectionBar->tokenEdit()->setEnabled(true);
    m_disconnectCloudAction->setEnabled(false);
    setSecurityWarnings({});
    updateWindowTitle();
}

void MainWindow::onAuthenticated()
{
    m_statusBar->finishProgress();
    m_cancelAction->setEnabled(false);
    KeystoneSession::configureClient(m_session, m_client);
    const QString url = m_session->placementUrl().toString();
    m_connectionBar->endpointEdit()->setText(url);
    m_activityLog->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                     tr("Signed in; Placement is at %1.").arg(url)));
    setSecurityWarnings(m_session->securityWarnings());
    startLoad(m_session->placementUrl(), QString());
}

void MainWindow::onAuthenticationFailed(const ApiError &error)
{
    m_statusBar->finishProgress();
    m_cancelAction->setEnabled(false);
    if (error.kind() == ApiError::Kind::Canceled) {
        m_statusBar->showMessage(tr("Sign-in canceled."));
        return;
    }
    m_statusBar->showMessage(tr("Sign-in failed."));
    m_lastError = error;
    QString text = error.summary();
    const QString detail = error.shortDetail();
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Keystone says: %1").arg(detail);
    m_banner->showMessage(MessageBanner::Level::Error, text, true);
    updatePlaceholder();
}

void MainWindow::showConfigurationError(const ConfigError &error)
{
    QString where = error.file();
    if (!where.isEmpty() && error.line() > 0)
        where += QLatin1Char(':') + QString::number(error.line());
    m_lastError = {};
    m_banner->showMessage(MessageBanner::Level::Error,
                          where.isEmpty() ? error.message() : tr("%1: %2").arg(where, error.message()));
}

void MainWindow::setSecurityWarnings(const QList<SecurityWarning> &warnings)
{
    m_securityWarnings = warnings;
    if (warnings.isEmpty()) {
        m_securityBanner->hide();
        return;
    }
    QStringList lines;
    for (const SecurityWarning &warning : warnings)
        lines << warning.text();
    m_securityBanner->showMessage(MessageBanner::Level::Warning, lines.join(QLatin1Char('\n')));
    m_securityBanner->closeButton()->hide();
}
