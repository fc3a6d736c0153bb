#pragma once

#include <QDockWidget>

class DeskSession;
class HistoryModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The History panel: every change this cloud's server confirmed (membership/ChangeHistory), newest
// at the bottom, with a search over provider, aggregates (names and UUIDs), user, project and
// request id, CSV export of what the search shows, and "Undo as Pending Edits": the selected
// changes turned back into ordinary pending edits against the current state (previewed in the
// table, undoable, journaled, submitted with generations) — never a blind revert.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    HistoryDock(DeskSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QLabel *summary() const { return m_summary; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *exportButton() const { return m_export; }
    HistoryModel *model() const { return m_model; }

    // The entries the search shows, as CSV at `path` (the button asks for the path first).
    bool exportCsv(const QString &path, QString *error) const;
    // Pushes one undo step that reverses the selected entries' changes where the table does not
    // already show that; returns the number of cell edits (0: nothing to do, *why says why).
    int undoSelected(QString *why = nullptr);

signals:
    void message(const QString &text);

private:
    QList<int> selectedEntries() const;
    void updateSummary();
    void updateButtons();
    void chooseExportPath();

    DeskSession *m_session;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_undo;
    QPushButton *m_export;
};
