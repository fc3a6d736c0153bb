#include "ui/driftdock.h"

#include "itemmodels/driftmodel.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"
#include "ui/reconciledialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const DriftItem::Kind AllKinds[] = {DriftItem::Kind::MissingInPlacement, DriftItem::Kind::MissingInNova,
                                    DriftItem::Kind::PartialHost,        DriftItem::Kind::NodeWithoutProvider,
                                    DriftItem::Kind::NameMismatch,       DriftItem::Kind::LacksRequiredTrait,
                                    DriftItem::Kind::PlacementOnly};

} // namespace

DriftDock::DriftDock(DeskSession *session, QWidget *parent)
    : QDockWidget(tr("Drift"), parent), m_session(session), m_model(new DriftModel(session->store(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_summary(new QLabel(this)), m_kind(new QComboBox(this)),
      m_view(new QTableView(this)), m_toPlacement(new QPushButton(tr("Make &Placement Match Nova…"), this)),
      m_toNova(new QPushButton(tr("Make &Nova Match Placement…"), this))
{
    setObjectName(QStringLiteral("driftDock"));
    setAccessibleName(tr("Drift between Nova and Placement"));
    toggleViewAction()->setText(tr("&Drift"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleDriftAction"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DriftModel::KindRole);
    m_summary->setObjectName(QStringLiteral("driftSummary"));
    m_summary->setAccessibleName(tr("Drift summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kind->setObjectName(QStringLiteral("driftKindFilter"));
    m_kind->setAccessibleName(tr("Show drift of kind"));
    m_view->setObjectName(QStringLiteral("driftView"));
    m_view->setAccessibleName(tr("Drift"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // The report's own order first (memberships that drift, then Placement-only aggregates); a
    // click on a header sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setAccessibleName(tr("Drift columns"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));

    m_toPlacement->setObjectName(QStringLiteral("reconcilePlacementButton"));
    m_toPlacement->setAccessibleName(tr("Make Placement match Nova"));
    m_toPlacement->setToolTip(tr("Preview pending edits that put Placement's memberships where Nova's host "
                                 "aggregates say (the selected rows, or all)."));
    m_toNova->setObjectName(QStringLiteral("reconcileNovaButton"));
    m_toNova->setAccessibleName(tr("Make Nova match Placement"));
    m_toNova->setToolTip(tr("Preview add_host/remove_host calls that make Nova's host aggregates follow "
                            "Placement (the selected rows, or all)."));
    // The summary on a line of its own: beside the buttons it wrapped into a narrow column that
    // cut the counts off in a short dock.
    auto *top = new QHBoxLayout;
    top->addWidget(m_toPlacement);
    top->addWidget(m_toNova);
    top->addStretch(1);
    top->addWidget(m_kind);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DriftDock::applyKindFilter);
    connect(session, &DeskSession::novaLoaded, this, &DriftDock::refresh);
    connect(session, &DeskSession::driftChanged, this, &DriftDock::refresh);
    connect(session, &DeskSession::novaFailed, this, &DriftDock::refresh);
    connect(session, &DeskSession::submitFinished, this, &DriftDock::refresh);
    connect(session, &DeskSession::loadStarted, this, &DriftDock::refresh);
    connect(session, &DeskSession::reconcileFinished, this, &DriftDock::refresh);
    connect(session, &DeskSession::stateChanged, this, &DriftDock::updateButtons);
    connect(m_toPlacement, &QPushButton::clicked, this, [this] { reconcile(false); });
    connect(m_toNova, &QPushButton::clicked, this, [this] { reconcile(true); });
    refresh();
}

void DriftDock::refresh()
{
    const DriftReport report = m_session->driftReport();
    m_model->setReport(report);
    m_view->resizeColumnsToContents();

    const int selected = m_kind->currentData().isValid() ? m_kind->currentData().toInt() : -1;
    m_kind->blockSignals(true);
    m_kind->clear();
    m_kind->addItem(tr("All kinds (%1)").arg(report.items().size()));
    for (DriftItem::Kind kind : AllKinds)
        m_kind->addItem(tr("%1 (%2)").arg(DriftReport::kindName(kind)).arg(report.count(kind)), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(selected)));
    m_kind->blockSignals(false);
    applyKindFilter();

    updateButtons();
    const NovaDirectory *nova = m_session->novaDirectory();
    switch (nova->state()) {
    case NovaDirectory::State::NotConfigured:
        m_summary->setText(tr("Nova is not connected: give a compute endpoint (compute_endpoint_override, "
                              "--os-compute-endpoint-override) or use a cloud whose catalog lists Nova."));
        return;
    case NovaDirectory::State::Loading:
        m_summary->setText(tr("Reading Nova's host aggregates…"));
        return;
    case NovaDirectory::State::Unavailable:
        m_summary->setText(tr("Nova could not be read: %1").arg(nova->unavailableReason().bannerText()));
        return;
    case NovaDirectory::State::Loaded:
        break;
    }
    const int drifting = int(report.items().size()) - report.count(DriftItem::Kind::PlacementOnly);
    if (drifting == 0)
        m_summary->setText(
            tr("Nova and Placement agree on every host aggregate.") + QLatin1Char(' ') +
            tr("%n Placement-only aggregate(s).", nullptr, report.count(DriftItem::Kind::PlacementOnly)));
    else
        m_summary->setText(
            tr("%n difference(s) between Nova and Placement.", nullptr, drifting) + QLatin1Char(' ') +
            tr("%n Placement-only aggregate(s).", nullptr, report.count(DriftItem::Kind::PlacementOnly)));
}

void DriftDock::applyKindFilter()
{
    const QVariant kind = m_kind->currentData();
    m_proxy->setFilterFixedString(kind.isValid() ? QString::number(kind.toInt()) : QString());
}

void DriftDock::updateButtons()
{
    const bool ready = m_session->novaDirectory()->isLoaded() &&
                       m_session->state() == DeskSession::State::Idle && m_model->rowCount() > 0;
    m_toPlacement->setEnabled(ready);
    m_toNova->setEnabled(ready);
}

void DriftDock::reconcile(bool novaMatchesPlacement)
{
    ReconcilePlan::Scope scope;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString aggregate = row.data(DriftModel::AggregateRole).toString();
        const QString provider = row.data(DriftModel::ProviderUuidRole).toString();
        if (!aggregate.isEmpty() && !scope.aggregates.contains(aggregate))
            scope.aggregates << aggregate;
        if (!provider.isEmpty() && !scope.providers.contains(provider))
            scope.providers << provider;
    }
    const ReconcilePlan plan =
        m_session->planReconcile(novaMatchesPlacement ? ReconcilePlan::Direction::NovaMatchesPlacement
                                                      : ReconcilePlan::Direction::PlacementMatchesNova,
                                 scope);
    auto *dialog = new ReconcileDialog(m_session, plan, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
