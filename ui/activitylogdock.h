#pragma once

#include <QDockWidget>

class QPlainTextEdit;

// The Activity dock: one line per step of sign-in, load, journal and submit, each with the time.
// The one place timestamps are formatted.
class ActivityLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityLogDock(QWidget *parent = nullptr);

    QPlainTextEdit *log() const { return m_log; }

public slots:
    void append(const QString &message);

private:
    QPlainTextEdit *m_log;
};
