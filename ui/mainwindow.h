#pragma once

#include "apierror.h"
#include "providerloader.h"
#include "securitywarning.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class ConfigError;
class ConnectionBar;
class ConnectionProfile;
class KeystoneSession;
class ConflictResolver;
class DialogConflictStrategy;
class EditJournal;
class PendingChangesModel;
class QActionGroup;
class QDockWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;
class Submitter;
struct SubmitSummary;
class ErrorDetailsDialog;
class FilterBar;
class MainStatusBar;
class MembershipFilterProxyModel;
class MembershipStore;
class MembershipTableModel;
class MembershipTableView;
class MessageBanner;
class PlacementClient;
class QAction;
class QNetworkAccessManager;
class QTimer;
class QToolBar;

// The main window: connection bar, inline message banner, filter bar, the membership table, and a
// status bar with version, counts and load progress. A thin view: the state lives in
// MembershipStore, loading in ProviderLoader; nothing here blocks the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `network` is injected by tests; by default the window owns its own manager.
    explicit MainWindow(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connection fields. The endpoint is remembered (QSettings) once it answered as Placement;
    // the token never is.
    void setEndpoint(const QString &endpoint);
    QString endpoint() const;
    void setToken(const QString &token);

    // Aggregate GETs in flight at once, and the per-request transfer timeout.
    void setParallelism(int count);
    void setRequestTimeout(int seconds);

    // Fills the fields and loads, exactly as typing them and pressing Connect.
    // Ends any cloud session.
    void connectTo(const QUrl &endpoint, const QString &token);
    // Signs in through Keystone (asynchronously, cancelable), points the client at the catalog's
    // Placement and loads. The session lives until another connection replaces it.
    void connectToCloud(const ConnectionProfile &profile);
    // Back to the plain endpoint + token fields.
    void endCloudSession();
    KeystoneSession *keystoneSession() const { return m_session.get(); }
    // clouds.yaml / OS_* problems found at start, shown in the error banner.
    void showConfigurationError(const ConfigError &error);
    // The persistent warnings (verify off, http:// to a remote host) now shown.
    QList<SecurityWarning> securityWarnings() const { return m_securityWarnings; }
    MessageBanner *securityBanner() const { return m_securityBanner; }
    bool isLoading() const;

    // The last fatal error shown in the banner (none after a good load).
    ApiError lastError() const { return m_lastError; }

    MembershipStore *store() const { return m_store; }
    MembershipTableModel *tableModel() const { return m_tableModel; }
    MembershipFilterProxyModel *filterModel() const { return m_filterModel; }
    MembershipTableView *tableView() const { return m_tableView; }
    ProviderLoader *loader() const { return m_loader; }
    PlacementClient *client() const { return m_client; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBanner *messageBanner() const { return m_banner; }
    MainStatusBar *mainStatusBar() const { return m_statusBar; }
    QToolBar *mainToolBar() const { return m_mainToolBar; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PendingChangesModel *pendingChangesModel() const { return m_pendingModel; }
    QTableView *pendingChangesView() const { return m_pendingView; }
    QPlainTextEdit *activityLog() const { return m_activityLog; }
    Submitter *submitter() const { return m_submitter; }
    ConflictResolver *conflictResolver() const { return m_resolver; }
    DialogConflictStrategy *conflictStrategy() const { return m_conflictStrategy; }
    EditJournal *editJournal() const { return m_journal; }
    bool isSubmitting() const;
    // Store rows of the table's selected rows (or of the current cell), in store order.
    QList<int> selectedStoreRows() const;
    // The open error details dialog, if any.
    ErrorDetailsDialog *errorDetailsDialog() const;

public slots:
    // Connects with the fields' current values (Connect button, Enter, F5).
    void refresh();
    // "Connect to Cloud…" (Ctrl+O).
    void openConnectDialog();
    // Stops a running load; rows read so far stay (Esc, Cancel).
    void cancelLoad();
    void showErrorDetails();
    // Sends every pending edit (Ctrl+Return); asks first on servers without generations.
    void submit();
    void addToAggregate();
    void removeFromAggregate();
    void newAggregate();
    void discardSelectedPending();
    void discardAllPending();

signals:
    void loadFinished(const LoadSummary &summary);
    void loadFailed(const ApiError &error);
    void submitFinished(const SubmitSummary &summary);
    // After a load: the saved-edits question was answered (or there was none).
    void journalHandled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createDocks();
    void pickAggregate(bool add);
    void setSubmitting(bool submitting);
    void onSubmitFinished(const SubmitSummary &summary);
    void offerJournalRestore();
    void updateEditActions();
    // Pending edits and a close/refresh is coming: true to go on now (discarded or none), false to
    // stop (canceled, or a submit started that continues `after` once everything is applied).
    enum class AfterSubmit {
        Nothing,
        Close,
        Refresh,
    };
    bool confirmPendingEdits(AfterSubmit after);
    void nameInternalWidgets();
    void restoreSettings();
    void saveWindowSettings() const;
    void rememberEndpoint(const QString &endpoint) const;

    void onStageChanged(ProviderLoader::Stage stage);
    void onVersionNegotiated(const VersionInfo &info);
    void onProgress(int done, int total);
    void onLoadFinished(const LoadSummary &summary);
    void onLoadFailed(const ApiError &error);
    void reportRowProblems(const LoadSummary &summary);
    void showError(const ApiError &error);
    void startLoad(const QUrl &url, const QString &token);
    void onAuthenticated();
    void onAuthenticationFailed(const ApiError &error);
    void setSecurityWarnings(const QList<SecurityWarning> &warnings);
    void scheduleStatusUpdate();
    void updateStatusCounts();
    void updatePlaceholder();
    void updateWindowTitle();
    void showAbout();

    QNetworkAccessManager *m_network;
    PlacementClient *m_client;
    MembershipStore *m_store;
    ProviderLoader *m_loader;
    MembershipTableModel *m_tableModel;
    MembershipFilterProxyModel *m_filterModel;

    ConnectionBar *m_connectionBar = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_securityBanner = nullptr; // persistent: no close button while the condition holds
    FilterBar *m_filterBar = nullptr;
    MembershipTableView *m_tableView = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QPointer<ErrorDetailsDialog> m_errorDetailsDialog;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_connectCloudAction = nullptr;
    QAction *m_disconnectCloudAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addToAggregateAction = nullptr;
    QAction *m_removeFromAggregateAction = nullptr;
    QAction *m_newAggregateAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_autoMergeAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_editGroup = nullptr; // disabled as a whole while submitting

    QUndoStack *m_undoStack;
    PendingChangesModel *m_pendingModel;
    ConflictResolver *m_resolver;
    DialogConflictStrategy *m_conflictStrategy;
    Submitter *m_submitter;
    EditJournal *m_journal;
    QDockWidget *m_pendingDock = nullptr;
    QTableView *m_pendingView = nullptr;
    QPushButton *m_discardSelectedButton = nullptr;
    QPushButton *m_discardAllButton = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QPlainTextEdit *m_activityLog = nullptr;
    QString m_submitFailures; // what "Details…" shows after a submit with failures
    AfterSubmit m_afterSubmit = AfterSubmit::Nothing;

    QTimer *m_statusUpdateTimer;
    ApiError m_lastError;      // what "Details…" shows
    QString m_loadingEndpoint; // the fields' text when the running load started
    QString m_loadingToken;
    std::shared_ptr<KeystoneSession> m_session; // while connected to a cloud through Keystone
    QList<SecurityWarning> m_securityWarnings;
    bool m_everConnected = false; // placeholder text: "connect first" vs "no providers"
};
