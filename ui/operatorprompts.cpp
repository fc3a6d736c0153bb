#include "ui/operatorprompts.h"

#include "membership/editjournal.h"
#include "membership/membershipstore.h"
#include "ui/messagebox.h"

#include <QPointer>
#include <QWidget>

OperatorPrompts::OperatorPrompts(QWidget *window, DeskSession *session)
    : QObject(window), m_window(window), m_session(session)
{
}

void OperatorPrompts::confirmPendingEdits(DeskSession::AfterSubmit after,
                                          const std::function<void()> &proceed)
{
    const int edits = m_session->store()->pendingEditCount();
    if (edits == 0) {
        proceed();
        return;
    }
    const QString question =
        after == DeskSession::AfterSubmit::Close
            ? tr("You have %n unsubmitted edit(s). Submit them before closing?", nullptr, edits)
            : tr("You have %n unsubmitted edit(s). A refresh reloads every row. Submit them first?", nullptr,
                 edits);
    QPointer<OperatorPrompts> self(this);
    MessageBox::ask(m_window, QMessageBox::Warning, tr("Unsubmitted Edits"),
                    question + QLatin1Char('\n') +
                        tr("Apply submits them, Discard drops them, Cancel keeps everything."),
                    QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply,
                    [self, after, proceed](MessageBox::Button answer) {
                        if (!self)
                            return;
                        if (answer == QMessageBox::Apply) {
                            emit self->submitRequested(after);
                        } else if (answer == QMessageBox::Discard) {
                            self->m_session->discardAllEdits();
                            proceed();
                        }
                    });
}

void OperatorPrompts::confirmSubmit(const std::function<void(bool)> &submit)
{
    if (!m_session->needsLegacyConfirmation()) {
        submit(false);
        return;
    }
    MessageBox::ask(m_window, QMessageBox::Warning, tr("Submit Without Conflict Detection"),
                    tr("This Placement server is older than microversion 1.19 and cannot detect concurrent "
                       "changes. If someone else changes the same providers' aggregates meanwhile, their "
                       "changes can be lost (overwritten by yours).\n\nSubmit anyway?"),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                    [submit](MessageBox::Button answer) {
                        if (answer == QMessageBox::Yes)
                            submit(true);
                    });
}

void OperatorPrompts::confirmCloseWhileSubmitting(const std::function<void()> &proceed)
{
    MessageBox::ask(
        m_window, QMessageBox::Warning, tr("Submit Running"),
        tr("A submit is still running. Close anyway?") + QLatin1String("\n\n") +
            tr("Requests on the wire are aborted. Providers whose update may have reached the server "
               "are read again before their next submit, and every edit the server has not confirmed "
               "stays saved and is offered when you start again."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [proceed](MessageBox::Button answer) {
            if (answer == QMessageBox::Yes)
                proceed();
        });
}

void OperatorPrompts::offerJournal(const QList<JournalEntry> &entries, int editCount)
{
    QPointer<OperatorPrompts> self(this);
    MessageBox::ask(
        m_window, QMessageBox::Question, tr("Unsaved Edits"),
        tr("Restore %n unsaved edit(s) from the last session?", nullptr, editCount) + QLatin1Char('\n') +
            tr("They were made on %n provider(s) and are re-applied on top of what the server holds now.",
               nullptr, int(entries.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, [self, entries](MessageBox::Button answer) {
            if (!self)
                return;
            if (answer != QMessageBox::Yes) {
                self->m_session->declineJournal();
                return;
            }
            const JournalRestoreReport report = self->m_session->restoreJournal(entries);
            emit self->journalRestored(report);
            if (!report.deleted.isEmpty())
                self->offerToForget(report);
        });
}

void OperatorPrompts::offerToForget(const JournalRestoreReport &report)
{
    QPointer<OperatorPrompts> self(this);
    const QStringList uuids = report.deletedUuids;
    MessageBox::ask(
        m_window, QMessageBox::Question, tr("Deleted Providers"),
        tr("%n provider(s) with saved edits were deleted on the server: %1.", nullptr,
           int(report.deleted.size()))
                .arg(report.deleted.join(QLatin1String(", "))) +
            QLatin1Char('\n') + tr("Forget their saved edits? No keeps them and asks again next time."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [self, uuids](MessageBox::Button answer) {
            if (self && answer == QMessageBox::Yes)
                self->m_session->forgetJournalEntries(uuids);
        });
}

void OperatorPrompts::showSubmitFailures(const QString &failures)
{
    MessageBox::inform(m_window, QMessageBox::Warning, tr("Submit Failures"),
                       tr("These providers were not updated; their edits stay pending."), failures);
}

void OperatorPrompts::showAbout()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(PLACEMENT_DESK_VERSION)
                                : QCoreApplication::applicationVersion();
    MessageBox::inform(m_window, QMessageBox::Information, tr("About Placement Desk"),
                       tr("Placement Desk %1\n\nShows which OpenStack resource providers belong to which "
                          "aggregates, as OpenStack Placement reports them.\n\nBuilt with Qt %2.")
                           .arg(version, QString::fromLatin1(qVersion())));
}
