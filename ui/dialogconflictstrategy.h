#pragma once

#include "membership/conflictdecisionstrategy.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ConflictDialog;
class QWidget;

// Asks the operator through a ConflictDialog, one provider at a time (ConflictResolver serializes the
// questions). The dialog is window-modal over the given window and opened with open(): decide()
// returns at once and nothing blocks the GUI thread, so replies of other PUTs keep arriving.
// Tests reach the open dialog through currentDialog() / dialogOpened() and click it with QTest.
class DialogConflictStrategy : public QObject, public ConflictDecisionStrategy
{
    Q_OBJECT

public:
    explicit DialogConflictStrategy(QWidget *window, QObject *parent = nullptr);
    // Closes an open dialog without answering: its resolver is going away as well. Call
    // ConflictResolver::cancelPending() first to answer Skip properly.
    ~DialogConflictStrategy() override;

    // The window dialogs are modal to (may change between submits, e.g. after re-parenting).
    void setWindow(QWidget *window) { m_window = window; }
    QWidget *window() const { return m_window; }
    // How the dialogs name aggregates (Nova's name or a local label); unset: by UUID only.
    void setAggregateNamer(const std::function<QString(const QString &)> &names) { m_names = names; }

    void decide(const ProviderConflict &conflict, int remainingAfterThis,
                std::function<void(const ConflictDecision &)> answer) override;
    // Closes the open dialog (if any) and answers Skip, ignoring its "apply to all" box.
    void abandon() override;

    // Conflicts still waiting behind the open one changed (the resolver asks as soon as the first
    // conflict arrives, before later ones are known): forwarded to the open dialog, if any.
    void setRemainingAfterThis(int remainingAfterThis);

    // The dialog waiting for an answer, or nullptr.
    ConflictDialog *currentDialog() const { return m_dialog; }

signals:
    void dialogOpened(ConflictDialog *dialog);

private:
    void finish(ConflictDialog *dialog, const ConflictDecision &decision);

    QPointer<QWidget> m_window;
    QPointer<ConflictDialog> m_dialog;
    std::function<QString(const QString &)> m_names;
    std::function<void(const ConflictDecision &)> m_answer;
};
