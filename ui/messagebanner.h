#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline, non-blocking message above the table (like KMessageWidget): an icon, a sentence,
// an optional "Details…" button and a close button. Load errors go here instead of a modal box,
// so the window stays usable and the message stays visible while the user fixes the endpoint.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    // `hasDetails` shows the "Details…" button, which emits detailsRequested().
    void showMessage(Level level, const QString &text, bool hasDetails = false);
    void dismiss();
    // A banner that stays while its condition holds: no close button; hidden when `text` is empty.
    void showPersistent(Level level, const QString &text);

    Level level() const { return m_level; }
    QString text() const;
    QPushButton *detailsButton() const { return m_detailsButton; }
    QToolButton *closeButton() const { return m_closeButton; }

signals:
    void detailsRequested();
    void dismissed();

private:
    void applyLevelStyle();

    Level m_level = Level::Information;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QPushButton *m_detailsButton;
    QToolButton *m_closeButton;
};
