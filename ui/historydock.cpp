#include "ui/historydock.h"

#include "itemmodels/historymodel.h"
#include "membership/changehistory.h"
#include "membership/membershipexport.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "session/desksession.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

HistoryDock::HistoryDock(DeskSession *session, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_session(session),
      m_model(new HistoryModel(
          session->changeHistory(),
          [session](const QString &aggregate) { return session->aggregateName(aggregate); }, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this)), m_undo(new QPushButton(tr("&Undo as Pending Edits"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("historyDock"));
    setAccessibleName(tr("History of confirmed changes"));
    toggleViewAction()->setText(tr("&History"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleHistoryAction"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HistoryModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search provider, aggregate, user, request ID…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setAccessibleName(tr("History summary"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Confirmed changes"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setAccessibleName(tr("History columns"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    m_undo->setObjectName(QStringLiteral("historyUndoButton"));
    m_undo->setAccessibleName(tr("Undo the selected changes as pending edits"));
    m_export->setAccessibleName(tr("Export the history as CSV"));
    m_undo->setToolTip(tr("Turn the selected changes back into pending edits against what the table shows "
                          "now; review them, then Submit. Nothing is sent yet."));
    m_export->setObjectName(QStringLiteral("historyExportButton"));
    m_export->setToolTip(tr("Write the changes the search shows as CSV."));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        QString why;
        const int edits = undoSelected(&why);
        emit message(edits > 0 ? tr("%n pending edit(s) undo the selected change(s); review them and Submit.",
                                    nullptr, edits)
                               : why);
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryDock::chooseExportPath);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_undo);
    top->addWidget(m_export);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDock::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateSummary();
        m_view->scrollToBottom();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateButtons(); // a reset clears the selection without selectionChanged()
        m_view->scrollToBottom();
    });
    connect(session, &DeskSession::novaLoaded, m_model, &HistoryModel::namesChanged);
    connect(session, &DeskSession::stateChanged, this, &HistoryDock::updateButtons);
    updateSummary();
    updateButtons();
}

void HistoryDock::updateSummary()
{
    const QLocale locale;
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = all == shown
                       ? tr("%n confirmed change(s) on this cloud.", nullptr, all)
                       : tr("%1 of %n confirmed change(s) match.", nullptr, all).arg(locale.toString(shown));
    const QString problem = m_session->changeHistory()->readProblem();
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + problem;
    m_summary->setText(text);
    m_export->setEnabled(shown > 0);
}

void HistoryDock::updateButtons()
{
    m_undo->setEnabled(!selectedEntries().isEmpty() && !m_session->isSubmitting());
}

QList<int> HistoryDock::selectedEntries() const
{
    QList<int> entries;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        entries.append(m_proxy->mapToSource(index).row());
    std::sort(entries.begin(), entries.end());
    return entries;
}

int HistoryDock::undoSelected(QString *why)
{
    const QList<int> entries = selectedEntries();
    const auto reason = [why](const QString &text) {
        if (why)
            *why = text;
        return 0;
    };
    if (entries.isEmpty())
        return reason(tr("Select the changes to undo first."));
    if (m_session->isSubmitting())
        return reason(tr("A submit is running; undo from the history after it."));
    const QList<HistoryEntry> &history = m_session->changeHistory()->entries();
    MembershipStore *store = m_session->store();
    // Oldest first, and the first change of a cell decides: undoing two changes of one aggregate on
    // one provider ends where the older one started.
    QList<WantedMembership> wanted;
    QSet<QString> missing;
    QSet<QString> seen;
    for (const int index : entries) {
        const HistoryEntry &entry = history.at(index);
        const int row = store->rowOf(entry.providerUuid);
        if (row < 0 || !store->isEditable(row)) {
            missing.insert(entry.providerName.isEmpty() ? entry.providerUuid : entry.providerName);
            continue;
        }
        for (const WantedMembership &want : ChangeHistory::undoOf(entry)) {
            const QString key = want.providerUuid + QLatin1Char('\n') + want.aggregate;
            if (seen.contains(key))
                continue; // an older change of the same cell decided it already
            seen.insert(key);
            wanted.append(want);
        }
    }
    const QList<MembershipCellChange> changes = SetMembershipCommand::changesTo(*store, wanted);
    QStringList notes;
    if (!missing.isEmpty()) {
        QStringList names = missing.values();
        names.sort();
        notes.append(tr("Not in the table or not editable now: %1.").arg(names.join(QLatin1String(", "))));
    }
    if (changes.isEmpty()) {
        notes.prepend(
            tr("The table already shows the state before the selected change(s); nothing to undo."));
        return reason(notes.join(QLatin1Char(' ')));
    }
    auto *command = new SetMembershipCommand(
        store, changes, tr("Undo %n change(s) from the history", nullptr, int(entries.size())));
    m_session->undoStack()->push(command);
    if (why)
        *why = notes.join(QLatin1Char(' '));
    return int(changes.size());
}

bool HistoryDock::exportCsv(const QString &path, QString *error) const
{
    const QList<HistoryEntry> &history = m_session->changeHistory()->entries();
    QList<HistoryEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(history.at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const QByteArray csv = ChangeHistory::toCsv(
        shown, [session = m_session](const QString &aggregate) { return session->aggregateName(aggregate); });
    return MembershipExport::save(path, csv, error);
}

void HistoryDock::chooseExportPath()
{
    auto *dialog = new QFileDialog(this, tr("Export History"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("placement-history.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error))
            emit message(tr("Wrote the history to %1.").arg(path));
        else
            MessageBox::inform(this, QMessageBox::Warning, tr("Export History"), error);
    });
    dialog->open();
}
