#pragma once

#include "session/desksession.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

class QWidget;
struct JournalEntry;
struct JournalRestoreReport;

// The questions the main window asks the operator before a flow goes on: unsubmitted edits before
// a close, refresh or connection change; a submit to a server without generations; saved edits from
// an earlier session. Every question is window-modal and asynchronous (MessageBox::ask): the event
// loop never nests, and the answer continues the flow from a callback. The window stays the view;
// the texts and the answer → DeskSession call mapping live here.
class OperatorPrompts : public QObject
{
    Q_OBJECT

public:
    OperatorPrompts(QWidget *window, DeskSession *session);

    // Unsubmitted edits and a close/refresh/connection change is coming. `proceed` runs when there
    // are none (at once) or the operator discards them. Apply asks for a submit that continues with
    // `after` once everything is applied (submitRequested()); Cancel keeps everything.
    void confirmPendingEdits(DeskSession::AfterSubmit after, const std::function<void()> &proceed);
    // Before a submit: on servers older than 1.19 asks whether to go on without conflict
    // detection. `submit(legacyConfirmed)` runs unless the operator cancels.
    void confirmSubmit(const std::function<void(bool legacyConfirmed)> &submit);
    // Closing while a submit runs: `proceed` (abort and close, edits kept in the journal) on Yes.
    void confirmCloseWhileSubmitting(const std::function<void()> &proceed);
    // After a load: offers the saved edits of an earlier session, then restores or declines them.
    void offerJournal(const QList<JournalEntry> &entries, int editCount);
    // Providers a submit could not update, with every failure in the details.
    void showSubmitFailures(const QString &failures);
    void showAbout();

signals:
    void submitRequested(DeskSession::AfterSubmit after);
    void journalRestored(const JournalRestoreReport &report);

private:
    void offerToForget(const JournalRestoreReport &report);

    QWidget *m_window;
    DeskSession *m_session;
};
