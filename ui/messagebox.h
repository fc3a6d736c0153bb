#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// The one seam every message box of the app passes through (KeePassXC's MessageBox pattern).
// Tests call setNextAnswer() and the next box returns that answer without being shown, so
// confirmations and warnings are testable headless. lastText() tells a test what would have shown.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // Window-modal and asynchronous: returns at once, `done` gets the answer later (or at once when
    // the test seam answers). There is no synchronous variant: a nested event loop lets network
    // replies re-enter the code that asked, which is how half-finished flows happen.
    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    Buttons buttons, Button defaultButton, const std::function<void(Button)> &done,
                    const QString &details = {});
    // An OK-only notice (information, warning); nothing waits for it.
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &details = {});

    // Test seam: the next box is not shown and returns `answer` (NoButton turns the seam off).
    static void setNextAnswer(Button answer);
    // Title and text of the last box, shown or answered by the seam.
    static QString lastTitle();
    static QString lastText();
    static void clearLast();

private:
    static QMessageBox *create(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                               const QString &text, Buttons buttons, Button defaultButton,
                               const QString &details);

    static Button s_nextAnswer;
    static QString s_lastTitle;
    static QString s_lastText;
};
