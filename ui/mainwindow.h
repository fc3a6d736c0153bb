#pragma once

#include "apierror.h"
#include "providerloader.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ConnectionBar;
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
    void connectTo(const QUrl &endpoint, const QString &token);
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
    // The open error details dialog, if any.
    ErrorDetailsDialog *errorDetailsDialog() const;

public slots:
    // Connects with the fields' current values (Connect button, Enter, F5).
    void refresh();
    // Stops a running load; rows read so far stay (Esc, Cancel).
    void cancelLoad();
    void showErrorDetails();

signals:
    void loadFinished(const LoadSummary &summary);
    void loadFailed(const ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
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
    FilterBar *m_filterBar = nullptr;
    MembershipTableView *m_tableView = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QPointer<ErrorDetailsDialog> m_errorDetailsDialog;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QTimer *m_statusUpdateTimer;
    ApiError m_lastError;      // what "Details…" shows
    QString m_loadingEndpoint; // the fields' text when the running load started
    QString m_loadingToken;
    bool m_everConnected = false; // placeholder text: "connect first" vs "no providers"
};
