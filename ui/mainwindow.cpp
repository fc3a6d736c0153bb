#include "mainwindow.h"

#include "connectionbar.h"
#include "endpointurl.h"
#include "errordetailsdialog.h"
#include "filterbar.h"
#include "mainstatusbar.h"
#include "membershipfilterproxymodel.h"
#include "membershipstore.h"
#include "membershiptablemodel.h"
#include "membershiptableview.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "placementclient.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSizeGrip>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent), m_network(network ? network : new QNetworkAccessManager(this)),
      m_client(new PlacementClient(m_network, this)), m_store(new MembershipStore(this)),
      m_loader(new ProviderLoader(m_client, m_store, this)),
      m_tableModel(new MembershipTableModel(m_store, this)),
      m_filterModel(new MembershipFilterProxyModel(this)), m_statusUpdateTimer(new QTimer(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Placement Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.png")));
    // Room for the pending-changes dock and more toolbars (editing and submitting).
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    m_filterModel->setSourceModel(m_tableModel);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
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

    restoreSettings();
    updateStatusCounts();
    updatePlaceholder();
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

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
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_cancelAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->setAccessibleName(tr("View"));
    viewMenu->addAction(m_focusFilterAction);
    viewMenu->addAction(m_clearFiltersAction);

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
    m_mainToolBar->addAction(m_refreshAction);
    m_mainToolBar->addAction(m_cancelAction);
    // The editing actions (submit, undo, redo) join this toolbar later.

    const QList<QAction *> actions = m_mainToolBar->actions();
    for (QAction *action : actions) {
        if (QWidget *button = m_mainToolBar->widgetForAction(action)) {
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
    m_filterBar = new FilterBar(m_store, m_filterModel, central);
    m_tableView = new MembershipTableView(central);
    m_tableView->setModel(m_filterModel);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->addWidget(m_connectionBar);
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

void MainWindow::nameInternalWidgets()
{
    // Qt's own helper widgets have no accessible names; tools that drive the app by name need them.
    if (auto *extension = m_mainToolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More toolbar actions"));
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
    restoreState(settings.value(StateKey).toByteArray());
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
    m_connectionBar->setEndpointText(endpoint);
}

QString MainWindow::endpoint() const
{
    return m_connectionBar->endpointText();
}

void MainWindow::setToken(const QString &token)
{
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
    QString problem;
    const QUrl url = EndpointUrl::parse(m_connectionBar->endpointText(), &problem);
    if (!url.isValid()) {
        m_lastError = {};
        m_banner->showMessage(MessageBanner::Level::Error, problem);
        m_connectionBar->focusEndpoint();
        return;
    }
    // Another server's rows must not linger under this one's version and counts.
    if (url.adjusted(QUrl::StripTrailingSlash) != m_client->baseUrl().adjusted(QUrl::StripTrailingSlash)) {
        m_store->clear();
        m_statusBar->clearVersionInfo();
    }
    m_banner->dismiss();
    m_lastError = {};
    m_loadingEndpoint = m_connectionBar->endpointText();
    m_loadingToken = m_connectionBar->token();
    m_client->setBaseUrl(url);
    m_client->setToken(m_loadingToken.toUtf8());
    m_everConnected = true;
    updateWindowTitle();
    m_loader->start();
}

void MainWindow::cancelLoad()
{
    if (m_loader->isRunning())
        m_loader->cancel();
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
    // The endpoint answered as Placement: worth remembering for the next start.
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
    if (!m_lastError.isError())
        return;
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
    if (url.isValid() && !url.host().isEmpty())
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
    // Unsubmitted edits will be asked about here (through MessageBox) once editing exists.
    cancelLoad();
    saveWindowSettings();
    event->accept();
}
