#include "ui/dialogconflictstrategy.h"

#include "ui/conflictdialog.h"

#include <QWidget>

DialogConflictStrategy::DialogConflictStrategy(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window)
{
}

DialogConflictStrategy::~DialogConflictStrategy()
{
    // No answer from a destructor: the callback may point into objects already torn down.
    m_answer = {};
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

void DialogConflictStrategy::decide(const ProviderConflict &conflict, int remainingAfterThis,
                                    std::function<void(const ConflictDecision &)> answer)
{
    // The resolver asks one question at a time; if a caller does not, the older question is
    // closed with Skip so that every answer is still given exactly once.
    abandon();

    auto *dialog = new ConflictDialog(conflict, remainingAfterThis, m_names, m_window);
    m_dialog = dialog;
    m_answer = std::move(answer);
    connect(dialog, &ConflictDialog::decided, this,
            [this, dialog](const ConflictDecision &decision) { finish(dialog, decision); });
    // If the window goes away with the dialog, it never finishes: drop the answer (see destructor).
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog || m_dialog.isNull())
            m_answer = {};
    });
    dialog->open(); // window-modal, returns at once; never exec()
    emit dialogOpened(dialog);
}

void DialogConflictStrategy::setRemainingAfterThis(int remainingAfterThis)
{
    if (m_dialog)
        m_dialog->setRemainingAfterThis(remainingAfterThis);
}

void DialogConflictStrategy::finish(ConflictDialog *dialog, const ConflictDecision &decision)
{
    if (dialog != m_dialog)
        return;
    dialog->disconnect(this);
    dialog->deleteLater();
    m_dialog = nullptr;
    // Cleared before answering: the answer may ask the next question right away.
    auto answer = std::exchange(m_answer, {});
    if (answer)
        answer(decision);
}

void DialogConflictStrategy::abandon()
{
    ConflictDialog *dialog = m_dialog;
    if (!dialog)
        return;
    dialog->disconnect(this);
    m_dialog = nullptr;
    dialog->reject();
    dialog->deleteLater();
    auto answer = std::exchange(m_answer, {});
    if (answer)
        answer({ConflictResolution::Skip, false});
}
