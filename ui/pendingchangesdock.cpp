#include "ui/pendingchangesdock.h"

#include "itemmodels/pendingchangesmodel.h"
#include "membership/membershipstore.h"
#include "session/desksession.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

PendingChangesDock::PendingChangesDock(DeskSession *session, PendingChangesModel *model, QWidget *parent)
    : QDockWidget(tr("Pending Changes"), parent), m_session(session)
{
    setObjectName(QStringLiteral("pendingChangesDock"));
    setAccessibleName(tr("Pending changes"));
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("pendingChangesPanel"));
    panel->setAccessibleName(tr("Pending changes"));
    m_view = new QTableView(panel);
    m_view->setObjectName(QStringLiteral("pendingChangesView"));
    m_view->setAccessibleName(tr("Pending changes per provider"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PendingChangesModel::ProviderColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setAccessibleName(tr("Pending changes columns"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setWordWrap(false);

    m_discardSelectedButton = new QPushButton(tr("&Discard Selected"), panel);
    m_discardSelectedButton->setObjectName(QStringLiteral("discardSelectedButton"));
    m_discardSelectedButton->setAccessibleName(tr("Discard selected"));
    m_discardSelectedButton->setToolTip(tr("Drop the pending edits of the selected providers"));
    m_discardAllButton = new QPushButton(tr("Discard A&ll"), panel);
    m_discardAllButton->setObjectName(QStringLiteral("discardAllButton"));
    m_discardAllButton->setAccessibleName(tr("Discard all"));
    m_discardAllButton->setToolTip(tr("Drop every pending edit"));
    connect(m_discardSelectedButton, &QPushButton::clicked, this, &PendingChangesDock::discardSelected);
    connect(m_discardAllButton, &QPushButton::clicked, this, &PendingChangesDock::discardAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingChangesDock::updateButtons);
    connect(session->store(), &MembershipStore::pendingEditsChanged, this,
            &PendingChangesDock::updateButtons);
    connect(session->store(), &MembershipStore::providersReset, this, &PendingChangesDock::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discardSelectedButton);
    buttons->addWidget(m_discardAllButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(panel);
    // Dock titles show no mnemonics; the menu entry that toggles it does.
    toggleViewAction()->setText(tr("&Pending Changes"));
    toggleViewAction()->setObjectName(QStringLiteral("togglePendingChangesAction"));
    updateButtons();
}

void PendingChangesDock::setIdle(bool idle)
{
    m_idle = idle;
    updateButtons();
}

void PendingChangesDock::updateButtons()
{
    const bool pending = m_session->store()->pendingEditCount() > 0;
    m_discardAllButton->setEnabled(m_idle && pending);
    m_discardSelectedButton->setEnabled(m_idle && m_view->selectionModel()->hasSelection());
}

void PendingChangesDock::discardSelected()
{
    QStringList uuids;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        uuids << index.data(PendingChangesModel::ProviderUuidRole).toString();
    MembershipStore *store = m_session->store();
    for (const QString &uuid : std::as_const(uuids)) {
        const int row = store->rowOf(uuid);
        if (row >= 0)
            store->discardEdits(row);
    }
}

void PendingChangesDock::discardAll()
{
    const int edits = m_session->store()->pendingEditCount();
    if (edits == 0)
        return;
    QPointer<DeskSession> session(m_session);
    MessageBox::ask(this, QMessageBox::Question, tr("Discard All Edits"),
                    tr("Discard all %n pending edit(s)? This cannot be undone.", nullptr, edits),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                    [session](MessageBox::Button answer) {
                        if (session && answer == QMessageBox::Discard)
                            session->discardAllEdits();
                    });
}
