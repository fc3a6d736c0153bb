#include "ui/activitylogdock.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTime>

ActivityLogDock::ActivityLogDock(QWidget *parent)
    : QDockWidget(tr("Activity"), parent), m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("activityDock"));
    setAccessibleName(tr("Activity"));
    m_log->setObjectName(QStringLiteral("activityLog"));
    m_log->setAccessibleName(tr("Activity log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_log->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    setWidget(m_log);
    // Dock titles show no mnemonics; the menu entry that toggles it does.
    toggleViewAction()->setText(tr("Ac&tivity"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleActivityAction"));
}

void ActivityLogDock::append(const QString &message)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), message));
}
