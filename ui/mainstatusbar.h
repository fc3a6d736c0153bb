#pragma once

#include <QDateTime>
#include <QStatusBar>

struct VersionInfo;
class DeskSession;
class InfoLabel;
class QAbstractItemModel;
class QTimer;
class QProgressBar;
class QPushButton;

// Status bar: transient messages on the left; server version, provider and aggregate counts and
// row problems on the right; a progress bar with a Cancel button while a load runs.
// Room is left for more counters (pending changes) next to the existing ones.
class MainStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit MainStatusBar(QWidget *parent = nullptr);

    void setVersionInfo(const VersionInfo &info);
    void clearVersionInfo();
    void setProviderCounts(int shown, int total);
    void setAggregateCount(int count);
    // Rows that could not be read; hidden while there are none.
    void setRowProblems(int failed, int deleted, int notLoaded);
    // "3 providers changed, 5 edits"; hidden with nothing pending.
    void setPendingCounts(int providers, int edits);

    // Busy indicator (total unknown) until setProgress() is called with a total.
    void startProgress(const QString &text);
    void setProgress(int done, int total);
    void finishProgress();
    bool isProgressVisible() const;

    static QString versionText(const VersionInfo &info);

    // Shows what `session` does (sign-in, load stages, progress, submit, outcomes) and keeps the counts
    // current: providers shown in `shownRows` of all, aggregates, pending edits, row problems.
    // Counts are recomputed at most every 100 ms: rows arrive by the thousand during a load.
    void follow(DeskSession *session, QAbstractItemModel *shownRows);
    void updateCounts();

    InfoLabel *versionLabel() const { return m_versionLabel; }
    InfoLabel *providerCountLabel() const { return m_providerCountLabel; }
    InfoLabel *aggregateCountLabel() const { return m_aggregateCountLabel; }
    InfoLabel *rowProblemsLabel() const { return m_rowProblemsLabel; }
    InfoLabel *pendingLabel() const { return m_pendingLabel; }
    // "228 rows from cache, verifying…": shown while any row is State::Cached.
    InfoLabel *cacheLabel() const { return m_cacheLabel; }
    // "Live: 2 changed on server": shown while the live view is on.
    InfoLabel *liveLabel() const { return m_liveLabel; }
    // "Only: member_of=…": shown while the table was loaded with server-side filters (Load Only…).
    InfoLabel *queryLabel() const { return m_queryLabel; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    void cancelRequested();
    // The counts were recomputed (the window's placeholder text follows them).
    void countsUpdated();

private:
    InfoLabel *m_versionLabel;
    InfoLabel *m_providerCountLabel;
    InfoLabel *m_aggregateCountLabel;
    InfoLabel *m_rowProblemsLabel;
    InfoLabel *m_pendingLabel;
    InfoLabel *m_cacheLabel;
    InfoLabel *m_liveLabel;
    InfoLabel *m_queryLabel;
    QDateTime m_liveCheckedAt;
    int m_liveRequests = 0;
    QDateTime m_cacheSavedAt;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    DeskSession *m_session = nullptr;
    QAbstractItemModel *m_shownRows = nullptr;
    QTimer *m_countsTimer = nullptr;
};
