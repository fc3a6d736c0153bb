#pragma once

#include "membership/reconcileplan.h"
#include "session/reconcileoutcome.h"

#include <QDialog>

class DeskSession;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The preview of a reconcile and, for "make Nova match Placement", its run: every change listed
// (provider and aggregate by name; host and Nova aggregate), what is skipped and why, warnings, and
// one button that does it. Nothing happens before that button. A Placement plan becomes pending
// edits and the dialog closes; a Nova plan runs here with progress, a Stop button (no further call;
// the one in flight finishes) and each call's outcome with Nova's own error, then the result after
// both sides were read again.
class ReconcileDialog : public QDialog
{
    Q_OBJECT

public:
    ReconcileDialog(DeskSession *session, const ReconcilePlan &plan, QWidget *parent = nullptr);

    QTreeWidget *changes() const { return m_changes; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *outcomeLabel() const { return m_outcome; }

private:
    void apply();
    void onActionStarted(int index, int total);
    void onActionFinished(int index, int total, const HostAction &action);
    void onFinished(const ReconcileOutcome &outcome);

    DeskSession *m_session;
    ReconcilePlan m_plan;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QPlainTextEdit *m_notes;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    bool m_running = false;
};
