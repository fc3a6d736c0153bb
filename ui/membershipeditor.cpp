#include "ui/membershipeditor.h"

#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/membershiptableview.h"
#include "ui/messagebox.h"
#include "ui/newaggregatedialog.h"
#include "ui/reconciledialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

MembershipEditor::MembershipEditor(QWidget *window, DeskSession *session, MembershipTableView *view,
                                   MembershipFilterProxyModel *filterModel)
    : QObject(window), m_window(window), m_session(session), m_view(view), m_filterModel(filterModel)
{
}

QList<int> MembershipEditor::selectedStoreRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        const int row = m_filterModel->mapToSource(index).row();
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_filterModel->mapToSource(m_view->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MembershipEditor::addToAggregate()
{
    pickAggregate(true);
}

void MembershipEditor::removeFromAggregate()
{
    pickAggregate(false);
}

void MembershipEditor::pickAggregate(bool add)
{
    const QList<int> rows = selectedStoreRows();
    if (rows.isEmpty())
        return;
    MembershipStore *store = m_session->store();
    const auto mode = add ? AggregatePickerDialog::Mode::Add : AggregatePickerDialog::Mode::Remove;
    auto *dialog = new AggregatePickerDialog(store, mode, rows, m_window);
    dialog->setNovaDirectory(m_session->novaDirectory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, store, dialog, rows, add] {
        const QString uuid = dialog->selectedUuid();
        if (uuid.isEmpty() || m_session->isSubmitting())
            return;
        // The picker offers exact column strings; typed text goes to the column it means.
        int column = store->columnOf(uuid);
        if (column < 0)
            column = dialog->isNewAggregate() ? store->addAggregate(uuid) : store->columnForInput(uuid);
        if (column < 0)
            return;
        // All selected rows in one step: one Undo reverts the whole bulk action.
        if (SetMembershipCommand *command = SetMembershipCommand::create(store, rows, column, add))
            m_session->undoStack()->push(command);
        else
            emit message(tr("Nothing to change: the selected providers already are as asked."));
    });
    dialog->open();
}

void MembershipEditor::showAggregateMenu(int aggregateColumn, const QPoint &globalPosition)
{
    MembershipStore *store = m_session->store();
    if (aggregateColumn < 0 || aggregateColumn >= store->aggregateCount())
        return;
    const QString uuid = store->aggregateUuid(aggregateColumn);
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("aggregateHeaderMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy UUID"), this, [uuid] { QGuiApplication::clipboard()->setText(uuid); });
    QAction *normalize = menu->addAction(tr("Normalize Spelling to %1…").arg(uuid), this,
                                         [this, aggregateColumn] { normalizeSpelling(aggregateColumn); });
    normalize->setObjectName(QStringLiteral("normalizeSpellingAction"));
    normalize->setEnabled(!store->otherSpellings(aggregateColumn).isEmpty() && !m_session->isSubmitting());
    menu->addSeparator();
    const bool novaReady =
        m_session->novaDirectory()->isLoaded() && m_session->state() == DeskSession::State::Idle;
    QAction *toPlacement = menu->addAction(tr("Make Placement Match Nova…"), this, [this, uuid] {
        reconcile(ReconcilePlan::Direction::PlacementMatchesNova, uuid);
    });
    toPlacement->setObjectName(QStringLiteral("reconcilePlacementAction"));
    toPlacement->setEnabled(novaReady && m_session->novaDirectory()->aggregateFor(uuid));
    QAction *toNova = menu->addAction(tr("Make Nova Match Placement…"), this, [this, uuid] {
        reconcile(ReconcilePlan::Direction::NovaMatchesPlacement, uuid);
    });
    toNova->setObjectName(QStringLiteral("reconcileNovaAction"));
    toNova->setEnabled(toPlacement->isEnabled());
    menu->popup(globalPosition);
}

void MembershipEditor::reconcile(ReconcilePlan::Direction direction, const QString &aggregate)
{
    const ReconcilePlan plan = m_session->planReconcile(direction, {{aggregate}, {}});
    auto *dialog = new ReconcileDialog(m_session, plan, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MembershipEditor::normalizeSpelling(int aggregateColumn)
{
    MembershipStore *store = m_session->store();
    std::unique_ptr<SetMembershipCommand> command(
        SetMembershipCommand::normalizeSpelling(store, aggregateColumn));
    if (!command) {
        emit message(tr("Nothing to normalize: no loaded provider uses another spelling of this UUID."));
        return;
    }
    const QString target = store->aggregateUuid(aggregateColumn);
    const QString others = store->otherSpellings(aggregateColumn).join(QLatin1String(", "));
    const int providers = command->providerCount();
    QPointer<MembershipEditor> self(this);
    auto shared = std::make_shared<std::unique_ptr<SetMembershipCommand>>(std::move(command));
    MessageBox::ask(
        m_window, QMessageBox::Question, tr("Normalize Spelling"),
        tr("Move %n provider(s) to the spelling %1?", nullptr, providers).arg(target) +
            QLatin1String("\n\n") +
            tr("Placement keeps each spelling as its own aggregate: this removes them from %1 and adds them "
               "to %2. Nothing is sent until you submit, and Undo reverts it in one step.")
                .arg(others, target),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, [self, shared](MessageBox::Button answer) {
            if (!self || answer != QMessageBox::Yes || self->m_session->isSubmitting())
                return;
            self->m_session->undoStack()->push(shared->release());
        });
}

void MembershipEditor::newAggregate()
{
    auto *dialog = new NewAggregateDialog(m_session->store(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int column = m_session->store()->addAggregate(dialog->canonicalUuid());
        if (column >= 0)
            m_view->scrollTo(m_filterModel->index(0, MembershipTableModel::FirstAggregateColumn + column));
    });
    dialog->open();
}
