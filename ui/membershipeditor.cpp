#include "ui/membershipeditor.h"

#include "api/placementclient.h"
#include "api/uuids.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipexport.h"
#include "membership/membershipplan.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "nova/novaaggregate.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/membershiptableview.h"
#include "ui/messagebox.h"
#include "ui/newaggregatedialog.h"
#include "ui/reconciledialog.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
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

void MembershipEditor::goToAggregate()
{
    MembershipStore *store = m_session->store();
    if (store->aggregateCount() == 0)
        return;
    auto *dialog = new AggregatePickerDialog(store, AggregatePickerDialog::Mode::GoTo, {}, m_window);
    dialog->setNovaDirectory(m_session->novaDirectory(), m_session->aggregateLabels());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { goToAggregate(dialog->selectedUuid()); });
    dialog->open();
}

bool MembershipEditor::goToAggregate(const QString &aggregate)
{
    MembershipStore *store = m_session->store();
    int column = store->columnOf(aggregate);
    if (column < 0)
        column = store->columnForInput(aggregate);
    if (column < 0)
        return false;
    const int viewColumn = MembershipTableModel::FirstAggregateColumn + column;
    if (m_filterModel->rowCount() == 0) {
        // No row to put the cursor on (the filter hides them all): show the header at least.
        m_view->horizontalScrollBar()->setValue(m_view->horizontalHeader()->sectionPosition(viewColumn) -
                                                m_view->columnWidth(MembershipTableModel::NameColumn));
        return true;
    }
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    const QModelIndex target = m_filterModel->index(row, viewColumn);
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    emit message(tr("Column %1.").arg(m_filterModel->headerData(viewColumn, Qt::Horizontal).toString()));
    return true;
}

void MembershipEditor::pickAggregate(bool add)
{
    const QList<int> rows = selectedStoreRows();
    if (rows.isEmpty())
        return;
    MembershipStore *store = m_session->store();
    const auto mode = add ? AggregatePickerDialog::Mode::Add : AggregatePickerDialog::Mode::Remove;
    auto *dialog = new AggregatePickerDialog(store, mode, rows, m_window);
    dialog->setNovaDirectory(m_session->novaDirectory(), m_session->aggregateLabels());
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
        if (SetMembershipCommand *command = SetMembershipCommand::create(
                store, rows, column, add, m_session->aggregateName(store->aggregateUuid(column))))
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
    menu->addSeparator();
    // Labels are for what Nova does not name; one Nova does name keeps its label only in the tooltip.
    AggregateLabels *labels = m_session->aggregateLabels();
    const bool hasLabel = !labels->label(uuid).isEmpty();
    QAction *label = menu->addAction(hasLabel ? tr("Edit Local &Label…") : tr("Set Local &Label…"), this,
                                     [this, uuid] { editLocalLabel(uuid); });
    label->setObjectName(QStringLiteral("localLabelAction"));
    label->setEnabled(labels->problem().isEmpty());
    QAction *clear = menu->addAction(tr("Remove Local Label"), this, [this, uuid] {
        QString error;
        if (!m_session->aggregateLabels()->setLabel(uuid, QString(), &error))
            MessageBox::inform(m_window, QMessageBox::Warning, tr("Local Label"), error);
    });
    clear->setObjectName(QStringLiteral("removeLocalLabelAction"));
    clear->setEnabled(hasLabel && labels->problem().isEmpty());
    menu->popup(globalPosition);
}

void MembershipEditor::editLocalLabel(const QString &aggregate)
{
    const NovaAggregate *nova = m_session->novaDirectory()->aggregateFor(aggregate);
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("localLabelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Local Label"));
    dialog->setLabelText(
        (nova ? tr("Nova calls aggregate %1 \"%2\"; its name stays in the header.")
                    .arg(Uuids::label(aggregate), nova->name)
              : tr("A name for aggregate %1, which Nova does not know.").arg(Uuids::label(aggregate))) +
        QLatin1Char('\n') +
        tr("Kept on this computer for this cloud, not in Placement; an empty label removes it (at most %n "
           "character(s)).",
           nullptr, AggregateLabels::MaxLabelLength));
    dialog->setTextValue(m_session->aggregateLabels()->label(aggregate));
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, self, aggregate](const QString &text) {
        if (!self)
            return;
        QString error;
        if (!m_session->aggregateLabels()->setLabel(aggregate, text, &error))
            MessageBox::inform(m_window, QMessageBox::Warning, tr("Local Label"), error);
        else if (!text.trimmed().isEmpty())
            emit message(tr("Aggregate %1 is labelled “%2” on this computer.")
                             .arg(Uuids::label(aggregate), text.trimmed()));
    });
    dialog->open();
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

namespace {

QFileDialog *labelsFileDialog(QWidget *parent, const QString &title, QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("labelsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setNameFilters(
        {MembershipEditor::tr("Label files (*.json *.yaml *.yml)"), MembershipEditor::tr("All files (*)")});
    if (mode == QFileDialog::AcceptSave)
        dialog->setDefaultSuffix(QStringLiteral("json"));
    return dialog;
}

} // namespace

void MembershipEditor::importLabels()
{
    QFileDialog *dialog = labelsFileDialog(m_window, tr("Import Aggregate Labels"), QFileDialog::AcceptOpen);
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &path) {
        if (self)
            self->importLabelsFrom(path);
    });
    dialog->open();
}

void MembershipEditor::exportLabels()
{
    QFileDialog *dialog = labelsFileDialog(m_window, tr("Export Aggregate Labels"), QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("aggregate-labels.json"));
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &path) {
        if (self)
            self->exportLabelsTo(path);
    });
    dialog->open();
}

namespace {

QFileDialog *exportFileDialog(QWidget *parent, const QString &title, const QString &fileName)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({MembershipEditor::tr("CSV for spreadsheets (*.csv)"),
                            MembershipEditor::tr("JSON for scripts (*.json)"),
                            MembershipEditor::tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(fileName);
    // The suffix follows the chosen filter, so the format is what the name says.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.json")) ? QStringLiteral("json")
                                                                          : QStringLiteral("csv"));
    });
    return dialog;
}

} // namespace

QList<int> MembershipEditor::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_filterModel->rowCount());
    for (int row = 0; row < m_filterModel->rowCount(); ++row)
        rows << m_filterModel->mapToSource(m_filterModel->index(row, 0)).row();
    return rows;
}

void MembershipEditor::exportTable()
{
    QFileDialog *dialog =
        exportFileDialog(m_window, tr("Export Table"), QStringLiteral("placement-membership.csv"));
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &path) {
        if (self)
            self->exportTableTo(path);
    });
    dialog->open();
}

void MembershipEditor::exportEdits()
{
    QFileDialog *dialog =
        exportFileDialog(m_window, tr("Export Pending Edits"), QStringLiteral("pending-edits.csv"));
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &path) {
        if (self)
            self->exportEditsTo(path);
    });
    dialog->open();
}

bool MembershipEditor::exportTableTo(const QString &path)
{
    const QList<int> rows = shownRows();
    const MembershipExport::NameOf nameOf = [this](const QString &aggregate) {
        return m_session->aggregateName(aggregate);
    };
    const QByteArray bytes =
        MembershipExport::table(*m_session->store(), rows, MembershipExport::formatForPath(path), nameOf,
                                m_session->client()->baseUrl().toDisplayString(QUrl::RemoveUserInfo));
    QString error;
    if (!MembershipExport::save(path, bytes, &error)) {
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Export Table"),
                           tr("The table was not exported."), error);
        return false;
    }
    QString text =
        tr("Exported %n provider(s) to %1.", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path));
    if (rows.size() < m_session->store()->providerCount())
        text += QLatin1Char(' ') + tr("Only the rows the filter shows.");
    emit message(text);
    return true;
}

bool MembershipEditor::exportEditsTo(const QString &path)
{
    const QList<int> rows = shownRows();
    const MembershipExport::NameOf nameOf = [this](const QString &aggregate) {
        return m_session->aggregateName(aggregate);
    };
    const QByteArray bytes =
        MembershipExport::edits(*m_session->store(), rows, MembershipExport::formatForPath(path), nameOf,
                                m_session->client()->baseUrl().toDisplayString(QUrl::RemoveUserInfo));
    QString error;
    if (!MembershipExport::save(path, bytes, &error)) {
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Export Pending Edits"),
                           tr("The pending edits were not exported."), error);
        return false;
    }
    const int edits = MembershipExport::editCount(*m_session->store(), rows);
    QString text =
        tr("Exported %n pending edit(s) to %1.", nullptr, edits).arg(QDir::toNativeSeparators(path));
    if (edits < m_session->store()->pendingEditCount())
        text += QLatin1Char(' ') + tr("Only those of the rows the filter shows.");
    emit message(text);
    return true;
}

void MembershipEditor::importPlan()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Plan"));
    dialog->setObjectName(QStringLiteral("importPlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Plans (*.csv *.json)"), tr("All files (*)")});
    QPointer<MembershipEditor> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &path) {
        if (self)
            self->importPlanFrom(path);
    });
    dialog->open();
}

void MembershipEditor::importPlanFrom(const QString &path)
{
    const QString title = tr("Import Plan");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::inform(
            m_window, QMessageBox::Warning, title, tr("The plan could not be read."),
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QList<MembershipPlan::Line> lines;
    MembershipPlan::Problem problem;
    if (!MembershipPlan::parse(file.read(qint64(33) << 20), MembershipExport::formatForPath(path), &lines,
                               &problem)) {
        MessageBox::inform(
            m_window, QMessageBox::Warning, title, tr("This file is not a plan."),
            tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(problem.line).arg(problem.text));
        return;
    }
    const MembershipPlan::Result result =
        MembershipPlan::resolve(lines, *m_session->store(), [this](const QString &aggregate) {
            return m_session->aggregateName(aggregate);
        });
    QStringList problems;
    for (const MembershipPlan::Problem &each : result.problems)
        problems << tr("Line %1: %2").arg(each.line).arg(each.text);
    if (result.edits.isEmpty()) {
        MessageBox::inform(
            m_window, problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title,
            problems.isEmpty()
                ? tr("The plan changes nothing: the table already is as it says (%n line(s)).", nullptr,
                     result.unchanged)
                : tr("The plan has no usable edit; %n line(s) have problems.", nullptr, int(problems.size())),
            problems.join(QLatin1Char('\n')));
        return;
    }
    // The preview: what would become pending, and what was left out.
    QStringList diff = MembershipPlan::diffText(result).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    constexpr int Shown = 15;
    QString preview = diff.mid(0, Shown).join(QLatin1Char('\n'));
    if (diff.size() > Shown)
        preview += QLatin1Char('\n') + tr("… and %n more", nullptr, int(diff.size() - Shown));
    QString text = tr("The plan makes %n pending edit(s):", nullptr, int(result.edits.size())) +
                   QLatin1String("\n\n") + preview + QLatin1String("\n\n");
    if (!problems.isEmpty())
        text +=
            tr("%n line(s) have problems and are left out (see Details). ", nullptr, int(problems.size()));
    text += tr("Nothing is sent until you submit, and Undo takes the whole plan back.");
    std::unique_ptr<SetMembershipCommand> made(MembershipPlan::command(result, m_session->store()));
    if (!made)
        return;
    const int edits = made->changeCount();
    auto command = std::make_shared<std::unique_ptr<SetMembershipCommand>>(std::move(made));
    QPointer<MembershipEditor> self(this);
    MessageBox::ask(
        m_window, problems.isEmpty() ? QMessageBox::Question : QMessageBox::Warning, title, text,
        QMessageBox::Yes | QMessageBox::Cancel, problems.isEmpty() ? QMessageBox::Yes : QMessageBox::Cancel,
        [self, command, edits, path](MessageBox::Button answer) {
            if (!self || answer != QMessageBox::Yes || self->m_session->isSubmitting())
                return;
            // push() runs redo(), which sets each cell to what the plan says.
            self->m_session->undoStack()->push(command->release());
            emit self->message(tr("Imported %n pending edit(s) from %1.", nullptr, edits)
                                   .arg(QDir::toNativeSeparators(path)));
        },
        problems.join(QLatin1Char('\n')));
}

void MembershipEditor::importLabelsFrom(const QString &path)
{
    int replaced = 0;
    QString error;
    const int count = m_session->aggregateLabels()->importFile(path, &replaced, &error);
    if (count < 0) {
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Import Aggregate Labels"),
                           tr("No labels were imported."), error);
        return;
    }
    QString text =
        tr("Imported %n aggregate label(s) from %1.", nullptr, count).arg(QDir::toNativeSeparators(path));
    if (replaced > 0)
        text += QLatin1Char(' ') + tr("%n existing label(s) replaced.", nullptr, replaced);
    emit message(text);
}

void MembershipEditor::exportLabelsTo(const QString &path)
{
    QString error;
    if (!m_session->aggregateLabels()->exportFile(path, &error)) {
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Export Aggregate Labels"),
                           tr("The labels were not exported."), error);
        return;
    }
    emit message(tr("Exported %n aggregate label(s) to %1.", nullptr, m_session->aggregateLabels()->count())
                     .arg(QDir::toNativeSeparators(path)));
}
