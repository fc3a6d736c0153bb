#pragma once

#include <QDockWidget>

class DeskSession;
class PendingChangesModel;
class QPushButton;
class QTableView;

// The Pending Changes dock: one row per provider with unsubmitted edits, and buttons to discard
// the selected rows' edits or all of them.
class PendingChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    PendingChangesDock(DeskSession *session, PendingChangesModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Discarding is off while a submit runs.
    void setIdle(bool idle);

public slots:
    void discardSelected();
    void discardAll();

private:
    void updateButtons();

    DeskSession *m_session;
    QTableView *m_view;
    QPushButton *m_discardSelectedButton;
    QPushButton *m_discardAllButton;
    bool m_idle = true;
};
