#include "ui/messagebox.h"

#include <QAbstractButton>

MessageBox::Button MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastTitle;
QString MessageBox::s_lastText;

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::clearLast()
{
    s_lastTitle.clear();
    s_lastText.clear();
}

QMessageBox *MessageBox::create(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text, Buttons buttons, Button defaultButton,
                                const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box->setDetailedText(details);
    // Server messages and request ids must be copyable.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QList<QAbstractButton *> boxButtons = box->buttons();
    for (QAbstractButton *button : boxButtons)
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    return box;
}

void MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     Buttons buttons, Button defaultButton, const std::function<void(Button)> &done,
                     const QString &details)
{
    s_lastTitle = title;
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        if (done)
            done(answer);
        return;
    }
    QMessageBox *box = create(parent, icon, title, text, buttons, defaultButton, details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, done](int) {
        if (done)
            done(box->standardButton(box->clickedButton()));
    });
    box->open();
}

void MessageBox::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                        const QString &details)
{
    ask(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, details);
}
