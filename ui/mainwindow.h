#pragma once

#include "api/apierror.h"
#include "auth/securitywarning.h"
#include "membership/providerloader.h"
#include "session/desksession.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ActivityLogDock;
class DriftDock;
class HistoryDock;
class ProviderContextDock;
class ConfigError;
class ConflictResolver;
class ConnectionBar;
class ConnectionProfile;
class DialogConflictStrategy;
class EditJournal;
class ErrorDetailsDialog;
class FilterBar;
class KeystoneSession;
class MainActions;
class MainStatusBar;
class MembershipEditor;
class RequestLogDock;
class MembershipFilterProxyModel;
class MembershipStore;
class MembershipTableModel;
class MembershipTableView;
class MessageBanner;
class OperatorPrompts;
class PendingChangesDock;
class PendingChangesModel;
class PlacementClient;
class QAction;
class QActionGroup;
class QMenu;
class QNetworkAccessManager;
class QPlainTextEdit;
class QTableView;
class QTimer;
class QToolBar;
class QUndoStack;
class Submitter;
struct SubmitSummary;

// The main window: view code over a DeskSession (models/session), which runs every flow. Here:
// the connection bar, banners, filter bar, membership table, docks and status bar, the questions
// to the operator, and what each outcome looks like. Nothing here blocks the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `network` is injected by tests; by default the session owns its own manager.
    explicit MainWindow(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connection fields. The endpoint is remembered (QSettings) once it answered as Placement;
    // the token never is.
    void setEndpoint(const QString &endpoint);
    QString endpoint() const;
    void setToken(const QString &token);

    // Fills the fields and loads, exactly as typing them and pressing Connect. Ends any cloud session.
    void connectTo(const QUrl &endpoint, const QString &token);
    // Signs in through Keystone and loads (see DeskSession::connectToCloud()).
    void connectToCloud(const ConnectionProfile &profile);
    // Back to the plain endpoint + token fields.
    void endCloudSession();
    // The live view's interval in seconds (0: off), as View > Live View sets it; `remember` saves it
    // for the next start (the menu does; --live does not).
    void setLiveInterval(int seconds, bool remember = false);
    // clouds.yaml / OS_* problems found at start, shown in the error banner.
    void showConfigurationError(const ConfigError &error);

    DeskSession *session() const { return m_session; }
    KeystoneSession *keystoneSession() const { return m_session->keystoneSession(); }
    QList<SecurityWarning> securityWarnings() const { return m_session->securityWarnings(); }
    bool isLoading() const { return m_session->isLoading(); }
    bool isSubmitting() const { return m_session->isSubmitting(); }
    // The last fatal error shown in the banner (none after a good load).
    ApiError lastError() const { return m_lastError; }

    MembershipStore *store() const { return m_session->store(); }
    PlacementClient *client() const { return m_session->client(); }
    ProviderLoader *loader() const { return m_session->loader(); }
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    Submitter *submitter() const { return m_session->submitter(); }
    ConflictResolver *conflictResolver() const { return m_session->conflictResolver(); }
    EditJournal *editJournal() const { return m_session->editJournal(); }
    DialogConflictStrategy *conflictStrategy() const { return m_conflictStrategy; }
    MembershipTableModel *tableModel() const { return m_tableModel; }
    MembershipFilterProxyModel *filterModel() const { return m_filterModel; }
    PendingChangesModel *pendingChangesModel() const { return m_pendingModel; }
    MembershipTableView *tableView() const { return m_tableView; }
    MembershipEditor *membershipEditor() const { return m_editor; }
    RequestLogDock *requestLogDock() const { return m_requestLogDock; }
    HistoryDock *historyDock() const { return m_historyDock; }
    ProviderContextDock *providerContextDock() const { return m_contextDock; }
    // Makes the provider's row current (clearing the text filter if it hides it); false if the
    // table does not have it.
    bool goToProvider(const QString &uuid);
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBanner *messageBanner() const { return m_banner; }
    MessageBanner *securityBanner() const { return m_securityBanner; }
    MainStatusBar *mainStatusBar() const { return m_statusBar; }
    QToolBar *mainToolBar() const { return m_mainToolBar; }
    QTableView *pendingChangesView() const;
    QPlainTextEdit *activityLog() const;
    // Store rows of the table's selected rows (or of the current cell), in store order.
    QList<int> selectedStoreRows() const;
    // The open error details dialog, if any.
    ErrorDetailsDialog *errorDetailsDialog() const;

public slots:
    // Connects with the fields' current values (Connect button, Enter, F5).
    void refresh();
    // File > Load Only…: the filter dialog; its answer loads (after the pending-edits question).
    void openLoadFilter();
    // Loads with these server-side filters from now on (an empty query: everything).
    void loadOnly(const ProviderQuery &query);
    void reloadAll();
    // "Connect to Cloud…" (Ctrl+O).
    void openConnectDialog();
    // Stops a running sign-in, load or submit; rows read so far stay (Esc, Cancel).
    void cancelLoad();
    void showErrorDetails();
    // Sends every pending edit (Ctrl+Return); asks first on servers without generations.
    void submit();
    void addToAggregate();
    void removeFromAggregate();
    void newAggregate();

signals:
    void loadFinished(const LoadSummary &summary);
    void loadFailed(const ApiError &error);
    void submitFinished(const SubmitSummary &summary);
    // After a load: the saved-edits question was answered (or there was none).
    void journalHandled();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void connectActions();
    void createCentralWidget();
    void createDocks();
    void connectSession();
    // refresh() once no edits are pending: loads with the fields' values or reloads the cloud.
    void reconnect();
    void startSubmit(DeskSession::AfterSubmit after);
    void onStateChanged(DeskSession::State state);
    void onLoadFinished(const LoadSummary &summary);
    void onSubmitFinished(const SubmitSummary &summary);
    void onJournalRestored(const JournalRestoreReport &report);
    void setCloudFieldsLocked(bool locked);
    void showError(const ApiError &error);
    void showWarning(const QString &text, bool withDetails = false);
    void updateEditActions();
    void updatePlaceholder();
    void updateWindowTitle();
    void restoreSettings();
    void saveWindowSettings() const;

    DeskSession *m_session;
    MembershipTableModel *m_tableModel;
    MembershipFilterProxyModel *m_filterModel;
    PendingChangesModel *m_pendingModel;
    DialogConflictStrategy *m_conflictStrategy;
    OperatorPrompts *m_prompts;

    ConnectionBar *m_connectionBar = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_securityBanner = nullptr; // persistent: no close button while the condition holds
    FilterBar *m_filterBar = nullptr;
    MembershipTableView *m_tableView = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    PendingChangesDock *m_pendingDock = nullptr;
    ActivityLogDock *m_activityDock = nullptr;
    DriftDock *m_driftDock = nullptr;
    QPointer<ErrorDetailsDialog> m_errorDetailsDialog;

    MainActions *m_actions = nullptr;
    MembershipEditor *m_editor = nullptr;
    RequestLogDock *m_requestLogDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    ProviderContextDock *m_contextDock = nullptr;

    bool m_closeKeepingEdits = false; // closing mid-submit: unconfirmed edits stay in the journal
    ApiError m_lastError;             // what "Details…" shows
    QString m_submitFailures;         // what "Details…" shows after a submit with failures
    QString m_loadingEndpoint;        // the fields' text when the running load started
    QString m_loadingToken;
};
