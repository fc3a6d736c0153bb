#include "ui/mainstatusbar.h"

#include "api/discoverversionsjob.h"
#include "ui/infolabel.h"

#include <QProgressBar>
#include <QPushButton>

MainStatusBar::MainStatusBar(QWidget *parent)
    : QStatusBar(parent),
      m_versionLabel(new InfoLabel(tr("Server version"), QStringLiteral("versionLabel"), this)),
      m_providerCountLabel(new InfoLabel(tr("Providers"), QStringLiteral("providerCountLabel"), this)),
      m_aggregateCountLabel(new InfoLabel(tr("Aggregates"), QStringLiteral("aggregateCountLabel"), this)),
      m_rowProblemsLabel(new InfoLabel(tr("Row problems"), QStringLiteral("rowProblemsLabel"), this)),
      m_pendingLabel(new InfoLabel(tr("Pending edits"), QStringLiteral("pendingLabel"), this)),
      m_progressBar(new QProgressBar(this)), m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Status bar"));

    m_progressBar->setObjectName(QStringLiteral("loadProgressBar"));
    m_progressBar->setAccessibleName(tr("Load progress"));
    m_progressBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    m_progressBar->setTextVisible(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->setAccessibleDescription(tr("Stops the load; the rows read so far stay (Esc)"));
    m_cancelButton->setToolTip(tr("Stop loading; rows read so far stay (Esc)"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setFocusPolicy(Qt::TabFocus);
    m_rowProblemsLabel->setToolTip(tr("Rows whose aggregates could not be read; see the Status column"));

    addPermanentWidget(m_progressBar);
    addPermanentWidget(m_cancelButton);
    addPermanentWidget(m_pendingLabel);
    addPermanentWidget(m_rowProblemsLabel);
    addPermanentWidget(m_providerCountLabel);
    addPermanentWidget(m_aggregateCountLabel);
    addPermanentWidget(m_versionLabel);
    m_progressBar->hide();
    m_cancelButton->hide();
    m_rowProblemsLabel->hide();
    m_pendingLabel->hide();
    m_pendingLabel->setToolTip(tr("Edits not submitted yet; see the Pending changes panel"));

    connect(m_cancelButton, &QPushButton::clicked, this, &MainStatusBar::cancelRequested);
    clearVersionInfo();
    setProviderCounts(0, 0);
    setAggregateCount(0);
}

QString MainStatusBar::versionText(const VersionInfo &info)
{
    return tr("Placement %1 (server %2–%3)")
        .arg(info.negotiated.toString(), info.minimum.toString(), info.maximum.toString());
}

void MainStatusBar::setVersionInfo(const VersionInfo &info)
{
    m_versionLabel->setValueText(versionText(info));
    m_versionLabel->setToolTip(
        tr("Microversion in use: %1. The server offers %2 to %3.")
            .arg(info.negotiated.toString(), info.minimum.toString(), info.maximum.toString()));
}

void MainStatusBar::clearVersionInfo()
{
    m_versionLabel->setValueText(tr("Not connected"));
    m_versionLabel->setToolTip(QString());
}

void MainStatusBar::setProviderCounts(int shown, int total)
{
    m_providerCountLabel->setValueText(shown == total
                                           ? tr("%n provider(s)", nullptr, total)
                                           : tr("%1 of %n provider(s) shown", nullptr, total).arg(shown));
}

void MainStatusBar::setAggregateCount(int count)
{
    m_aggregateCountLabel->setValueText(tr("%n aggregate(s)", nullptr, count));
}

void MainStatusBar::setRowProblems(int failed, int deleted, int notLoaded)
{
    QStringList parts;
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (deleted > 0)
        parts << tr("%n deleted", nullptr, deleted);
    if (notLoaded > 0)
        parts << tr("%n not loaded", nullptr, notLoaded);
    m_rowProblemsLabel->setValueText(parts.join(tr(", ", "separator between row problem counts")));
    m_rowProblemsLabel->setVisible(!parts.isEmpty());
}

void MainStatusBar::setPendingCounts(int providers, int edits)
{
    m_pendingLabel->setValueText(tr("%n provider(s) changed", nullptr, providers) +
                                 tr(", ", "separator between pending counts") +
                                 tr("%n edit(s)", nullptr, edits));
    m_pendingLabel->setVisible(edits > 0);
}

void MainStatusBar::startProgress(const QString &text)
{
    m_progressBar->setRange(0, 0); // busy until the number of providers is known
    m_progressBar->setFormat(text);
    m_progressBar->setAccessibleDescription(text);
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
}

void MainStatusBar::setProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    const QString text = tr("%1 of %n provider(s)", nullptr, total).arg(done);
    m_progressBar->setFormat(text);
    m_progressBar->setAccessibleDescription(text);
}

void MainStatusBar::finishProgress()
{
    m_progressBar->hide();
    m_cancelButton->hide();
}

bool MainStatusBar::isProgressVisible() const
{
    return !m_progressBar->isHidden();
}
