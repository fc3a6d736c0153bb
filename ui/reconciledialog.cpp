#include "ui/reconciledialog.h"

#include "api/uuids.h"
#include "session/desksession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column {
    ChangeColumn = 0,
    StatusColumn,
};
} // namespace

ReconcileDialog::ReconcileDialog(DeskSession *session, const ReconcilePlan &plan, QWidget *parent)
    : QDialog(parent), m_session(session), m_plan(plan), m_summary(new QLabel(this)),
      m_changes(new QTreeWidget(this)), m_notes(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_outcome(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool toNova = plan.direction() == ReconcilePlan::Direction::NovaMatchesPlacement;
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(toNova ? tr("Make Nova Match Placement") : tr("Make Placement Match Nova"));
    resize(720, 460);

    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    const QString how =
        toNova
            ? tr("These calls go to Nova one by one when you confirm; Nova then updates Placement itself, "
                 "and "
                 "both are read again afterwards.")
            : tr("These become ordinary pending edits when you confirm: review them in Pending Changes and "
                 "submit as usual. Undo reverts them in one step.");
    m_summary->setText(plan.summary() + QLatin1Char(' ') + how);

    m_changes->setObjectName(QStringLiteral("reconcileChanges"));
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Change"), tr("Status")});
    m_changes->header()->setAccessibleName(tr("Change columns"));
    // The change takes the width; the status column only what "Failed: …" or "Geplant" needs (with
    // the last section stretching too, the two split it and German changes were cut off).
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    if (toNova) {
        for (const HostAction &action : plan.hostActions()) {
            auto *item = new QTreeWidgetItem(m_changes, {ReconcilePlan::describe(action), tr("Planned")});
            item->setToolTip(ChangeColumn, tr("Nova aggregate %1 (id %2, UUID %3)")
                                               .arg(action.aggregateName)
                                               .arg(action.aggregateId)
                                               .arg(action.aggregateUuid));
        }
    } else {
        for (const PlacementChange &change : plan.placementChanges()) {
            auto *item = new QTreeWidgetItem(m_changes, {ReconcilePlan::describe(change), tr("Planned")});
            item->setToolTip(ChangeColumn,
                             tr("Provider %1, aggregate %2").arg(change.providerUuid, change.aggregate));
        }
    }

    m_notes->setObjectName(QStringLiteral("reconcileNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setReadOnly(true);
    QStringList notes;
    for (const QString &warning : plan.warnings())
        notes << tr("Note: %1").arg(warning);
    for (const QString &skipped : plan.skipped())
        notes << tr("Skipped: %1").arg(skipped);
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_notes->setMaximumHeight(120);

    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, int(plan.hostActions().size()));
    m_progress->setValue(0);
    m_progress->hide();
    m_outcome->setObjectName(QStringLiteral("reconcileOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    m_apply = m_buttons->addButton(toNova ? tr("Send to Nova") : tr("Create Pending Edits"),
                                   QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("reconcileApply"));
    m_apply->setEnabled(!plan.isEmpty());
    m_apply->setDefault(!plan.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReconcileDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_running)
            m_session->cancel(); // Stop: no further call; the dialog stays for the outcome
        else
            reject();
    });
    connect(session, &DeskSession::hostActionStarted, this,
            [this](int index, int total, const HostAction &) { onActionStarted(index, total); });
    connect(session, &DeskSession::hostActionFinished, this, &ReconcileDialog::onActionFinished);
    connect(session, &DeskSession::reconcileFinished, this, &ReconcileDialog::onFinished);
}

void ReconcileDialog::apply()
{
    if (m_running)
        return;
    if (m_plan.direction() == ReconcilePlan::Direction::PlacementMatchesNova) {
        if (!m_session->applyReconcile(m_plan)) {
            m_outcome->setText(tr("Nothing was changed: the edits are already pending, or the table is busy "
                                  "(submit running)."));
            m_outcome->show();
            return;
        }
        accept();
        return;
    }
    if (!m_session->applyReconcile(m_plan)) {
        m_outcome->setText(tr("Nothing was sent: wait until the load or submit running now has finished."));
        m_outcome->show();
        return;
    }
    m_running = true;
    m_apply->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    m_progress->show();
}

void ReconcileDialog::onActionStarted(int index, int total)
{
    if (QTreeWidgetItem *item = m_changes->topLevelItem(index)) {
        item->setText(StatusColumn, tr("Sending…"));
        m_changes->scrollToItem(item);
    }
    m_progress->setFormat(tr("Call %1 of %2").arg(index + 1).arg(total));
}

void ReconcileDialog::onActionFinished(int index, int total, const HostAction &action)
{
    m_progress->setMaximum(total);
    m_progress->setValue(index + 1);
    QTreeWidgetItem *item = m_changes->topLevelItem(index);
    if (!item)
        return;
    if (action.outcome == HostAction::Outcome::Done) {
        item->setText(StatusColumn, tr("Done"));
    } else {
        item->setText(StatusColumn, tr("Failed: %1").arg(action.error.bannerText()));
        item->setToolTip(StatusColumn, action.error.bannerText());
    }
}

void ReconcileDialog::onFinished(const ReconcileOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    for (int index = 0; index < outcome.actions.size(); ++index) {
        if (outcome.actions.at(index).outcome == HostAction::Outcome::Canceled)
            if (QTreeWidgetItem *item = m_changes->topLevelItem(index))
                item->setText(StatusColumn, tr("Not sent"));
    }
    QString text = outcome.text();
    if (!outcome.remainingDrift.isEmpty())
        text += QLatin1Char('\n') + outcome.remainingDrift.join(QLatin1Char('\n'));
    m_outcome->setText(text);
    m_outcome->show();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}
