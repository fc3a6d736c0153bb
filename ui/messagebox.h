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

    // Modal boxes (a nested event loop: network replies and repaints keep being processed).
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton,
                          const QString &details = {});
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton,
                           const QString &details = {});
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // Window-modal and asynchronous: returns at once, `done` gets the answer later.
    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    Buttons buttons, Button defaultButton, const std::function<void(Button)> &done);

    // Test seam: the next box is not shown and returns `answer` (NoButton turns the seam off).
    static void setNextAnswer(Button answer);
    // Title and text of the last box, shown or answered by the seam.
    static QString lastTitle();
    static QString lastText();
    static void clearLast();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton, const QString &details);
    static QMessageBox *create(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                               const QString &text, Buttons buttons, Button defaultButton,
                               const QString &details);

    static Button s_nextAnswer;
    static QString s_lastTitle;
    static QString s_lastText;
};
