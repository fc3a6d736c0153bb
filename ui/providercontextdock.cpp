#include "ui/providercontextdock.h"

#include "api/apierror.h"
#include "api/microversion.h"
#include "api/placementclient.h"
#include "api/uuids.h"
#include "itemmodels/providercontext.h"
#include "itemmodels/providerinventorymodel.h"
#include "itemmodels/providertraitsmodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "membership/providerdetailscache.h"
#include "nova/novadirectory.h"
#include "session/desksession.h"

#include <QAction>
#include <QFontInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString providerLink(const ProviderContext::Provider &provider)
{
    const QString text = provider.name.isEmpty() ? Uuids::display(provider.uuid) : provider.name;
    // Names come from the server: escaped, never markup.
    return QStringLiteral("<a href=\"provider:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(provider.uuid)), text.toHtmlEscaped());
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAccessibleName(text);
    label->setWordWrap(true); // "Traits (3) — 1 missing for aggregate isolation" must not widen the panel
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ProviderContextDock::ProviderContextDock(DeskSession *session, QWidget *parent)
    : QDockWidget(tr("Provider"), parent), m_session(session), m_settle(new QTimer(this)),
      m_header(new QLabel(this)), m_tree(new QLabel(this)), m_aggregates(new QLabel(this)),
      m_status(new QLabel(this)), m_traitsTitle(sectionTitle(tr("Traits"), this)),
      m_traitsView(new QListView(this)), m_inventoryTitle(sectionTitle(tr("Inventories and usage"), this)),
      m_inventoryView(new QTableView(this)), m_refresh(new QPushButton(tr("Re&read"), this)),
      m_traits(new ProviderTraitsModel(this)), m_inventory(new ProviderInventoryModel(this))
{
    setObjectName(QStringLiteral("providerContextDock"));
    setAccessibleName(tr("Provider context"));
    toggleViewAction()->setText(tr("&Provider Context"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleProviderContextAction"));

    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] { fetch(false); });

    m_header->setObjectName(QStringLiteral("providerContextHeader"));
    m_header->setAccessibleName(tr("Provider"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (QLabel *label : {m_tree, m_aggregates}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link.startsWith(QLatin1String("provider:")))
                emit providerRequested(QUrl::fromPercentEncoding(link.mid(9).toLatin1()));
        });
    }
    m_tree->setObjectName(QStringLiteral("providerContextTree"));
    m_tree->setAccessibleName(tr("Place in the provider tree"));
    m_aggregates->setObjectName(QStringLiteral("providerContextAggregates"));
    m_aggregates->setAccessibleName(tr("Aggregates of the provider"));
    m_status->setObjectName(QStringLiteral("providerContextStatus"));
    m_status->setAccessibleName(tr("Provider details status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_traitsView->setObjectName(QStringLiteral("providerTraitsView"));
    m_traitsView->setAccessibleName(tr("Traits"));
    m_traitsView->setModel(m_traits);
    m_traitsView->setWordWrap(true); // "NAME — missing; required by …" in full
    m_traitsView->setMinimumHeight(fontMetrics().height() * 4);
    m_traitsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inventoryView->setObjectName(QStringLiteral("providerInventoryView"));
    m_inventoryView->setAccessibleName(tr("Inventories and usage"));
    m_inventoryView->setModel(m_inventory);
    m_inventoryView->verticalHeader()->hide();
    m_inventoryView->setWordWrap(false);
    m_inventoryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inventoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inventoryView->horizontalHeader()->setAccessibleName(tr("Inventory columns"));
    m_inventoryView->setMinimumHeight(fontMetrics().height() * 6);
    m_refresh->setObjectName(QStringLiteral("providerContextRefresh"));
    m_refresh->setAccessibleName(tr("Read the provider's details again"));
    m_refresh->setToolTip(tr("Read this provider's inventories, usages and traits from the server again."));
    connect(m_refresh, &QPushButton::clicked, this, [this] { fetch(true); });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    // Narrow side margins: the panel is narrow, and a UUID does not wrap.
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(SideMargin, margins.top(), SideMargin, margins.bottom());
    layout->addWidget(m_header);
    layout->addWidget(m_tree);
    m_aggregatesTitle = sectionTitle(tr("Aggregates"), content);
    layout->addWidget(m_aggregatesTitle);
    layout->addWidget(m_aggregates);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    layout->addWidget(m_inventoryTitle);
    layout->addWidget(m_inventoryView, 1);
    layout->addWidget(m_traitsTitle);
    layout->addWidget(m_traitsView, 1);
    layout->addStretch(0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // The content follows the panel's width (labels wrap); only the inventory table scrolls sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Provider context"));
    // Wide enough for the header's UUID on one line (Qt breaks it nowhere: a hyphen before a digit is
    // no break opportunity, so an unbreakable UUID wider than the panel was clipped, and the Reread
    // button with it) and for the inventory's main columns; the dock starts at this.
    const QFontMetrics uuidMetrics(uuidFont());
    int hexDigit = 0;
    for (const QChar digit : QStringLiteral("0123456789abcdef"))
        hexDigit = std::max(hexDigit, uuidMetrics.horizontalAdvance(digit));
    const int uuidWidth = 32 * hexDigit + 4 * uuidMetrics.horizontalAdvance(QLatin1Char('-'));
    scroll->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 40, uuidWidth + 2 * SideMargin) +
                            scroll->verticalScrollBar()->sizeHint().width());
    scroll->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    m_traitsView->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    m_traitsView->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_inventoryView->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    m_inventoryView->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    setWidget(scroll);

    ProviderDetailsCache *details = session->providerDetails();
    connect(details, &ProviderDetailsCache::ready, this, [this](const QString &uuid) {
        if (uuid == m_uuid)
            showDetails();
    });
    connect(details, &ProviderDetailsCache::failed, this, &ProviderContextDock::showFailure);
    MembershipStore *store = session->store();
    connect(store, &MembershipStore::providerChanged, this, &ProviderContextDock::onRowChanged);
    connect(store, &MembershipStore::providersReset, this, [this] {
        if (m_session->store()->rowOf(m_uuid) < 0)
            showProvider({});
        else
            updateContext();
    });
    connect(session->novaDirectory(), &NovaDirectory::changed, this, &ProviderContextDock::updateContext);
    connect(session->aggregateLabels(), &AggregateLabels::labelsChanged, this,
            &ProviderContextDock::updateContext);
    connect(session->aggregateLabels(), &AggregateLabels::labelChanged, this,
            &ProviderContextDock::updateContext);
    showProvider({});
}

QFont ProviderContextDock::uuidFont() const
{
    // A little smaller than the name: the full UUID then fits the panel's starting width.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, QFontInfo(font()).pointSizeF() * 0.9));
    return small;
}

void ProviderContextDock::showProvider(const QString &uuid)
{
    if (uuid == m_uuid && !uuid.isEmpty())
        return;
    m_uuid = uuid;
    m_shownGeneration = -1;
    m_traits->clear();
    m_inventory->clear();
    updateContext();
    if (uuid.isEmpty()) {
        m_settle->stop();
        return;
    }
    if (m_session->providerDetails()->details(uuid))
        showDetails(); // what was read before, at once; fetch() reads again if it is stale
    if (isVisible())
        m_settle->start();
}

void ProviderContextDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (!m_uuid.isEmpty())
        m_settle->start(); // it was hidden: nothing was read meanwhile
}

void ProviderContextDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    m_settle->stop(); // closed or behind another tab: read when it is shown again
}

void ProviderContextDock::onRowChanged(int row)
{
    const MembershipStore *store = m_session->store();
    if (m_uuid.isEmpty() || row < 0 || row >= store->providerCount() || store->provider(row).uuid != m_uuid)
        return;
    updateContext();
    // Its generation moved (a submit, a refresh, the live view): what was shown is stale.
    if (store->provider(row).generation != m_shownGeneration && isVisible())
        m_settle->start();
}

void ProviderContextDock::updateContext()
{
    const MembershipStore *store = m_session->store();
    const int row = store->rowOf(m_uuid);
    m_refresh->setEnabled(row >= 0);
    // Without a provider only the hint shows.
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_tree, m_aggregatesTitle, m_aggregates, m_status, m_refresh,
                                          m_inventoryTitle, m_inventoryView, m_traitsTitle, m_traitsView})
        part->setVisible(row >= 0);
    if (row < 0) {
        m_header->setText(tr("<i>Select a provider to see its inventories, usage, traits, tree and "
                             "aggregates.</i>"));
        m_tree->clear();
        m_aggregates->clear();
        m_status->clear();
        m_contextAggregates.clear();
        m_traitsTitle->setText(tr("Traits"));
        return;
    }
    const ProviderContext context =
        ProviderContext::build(*store, row, m_session->novaDirectory(), [this](const QString &aggregate) {
            return m_session->aggregateName(aggregate);
        });
    const QLocale locale;
    m_header->setText(
        tr("<b>%1</b><br>%2<br>Generation %3")
            .arg(context.provider.name.toHtmlEscaped(),
                 QStringLiteral("<span style=\"font-size:%1pt\">%2</span>")
                     .arg(QString::number(uuidFont().pointSizeF(), 'f', 1),
                          Uuids::display(context.provider.uuid)),
                 context.generation >= 0 ? locale.toString(context.generation) : tr("unknown")));

    QStringList tree;
    if (!context.parent.uuid.isEmpty())
        tree.append(tr("Parent: %1").arg(providerLink(context.parent)));
    if (!context.root.uuid.isEmpty() && context.root.uuid != context.provider.uuid)
        tree.append(tr("Root: %1").arg(providerLink(context.root)));
    if (context.parent.uuid.isEmpty())
        tree.append(tr("A root provider."));
    if (context.childCount > 0) {
        QStringList children;
        for (const ProviderContext::Provider &child : context.children)
            children.append(providerLink(child));
        QString line = tr("%n child provider(s): %1", nullptr, context.childCount)
                           .arg(children.join(QLatin1String(", ")));
        if (context.childCount > context.children.size())
            line += QLatin1Char(' ') +
                    tr("and %n more", nullptr, context.childCount - int(context.children.size()));
        tree.append(line);
    }
    m_tree->setText(tree.join(QLatin1String("<br>")));

    QStringList aggregates;
    m_contextAggregates.clear();
    for (const ProviderContext::Aggregate &aggregate : context.aggregates) {
        m_contextAggregates.append(aggregate.aggregate);
        QString text = aggregate.name.isEmpty() ? Uuids::display(aggregate.aggregate).toHtmlEscaped()
                                                : aggregate.name.toHtmlEscaped();
        if (!aggregate.availabilityZone.isEmpty())
            text += QLatin1Char(' ') + tr("(zone %1)").arg(aggregate.availabilityZone.toHtmlEscaped());
        if (aggregate.pending > 0)
            text = tr("<b>+ %1</b> (pending)").arg(text);
        else if (aggregate.pending < 0)
            text = tr("<s>%1</s> (pending removal)").arg(text);
        aggregates.append(text);
    }
    const ProviderRecord &record = store->provider(row);
    if (!record.membershipKnown())
        m_aggregates->setText(tr("<i>Not read yet.</i>"));
    else if (aggregates.isEmpty())
        m_aggregates->setText(tr("<i>In no aggregate.</i>"));
    else
        m_aggregates->setText(aggregates.join(QLatin1String("<br>")));
    if (const ProviderDetails *details = m_session->providerDetails()->details(m_uuid))
        m_traits->setTraits(details->traits,
                            ProviderTraitsModel::requiredBy(m_session->novaDirectory(), m_contextAggregates));
}

void ProviderContextDock::fetch(bool force)
{
    const MembershipStore *store = m_session->store();
    const int row = store->rowOf(m_uuid);
    if (row < 0)
        return;
    ProviderDetailsCache *details = m_session->providerDetails();
    const qint64 generation = store->provider(row).generation;
    if (!force && details->isCurrent(m_uuid, generation)) {
        showDetails();
        return;
    }
    m_status->setText(tr("Reading inventories, usage and traits…"));
    details->request(m_uuid, generation, force);
}

void ProviderContextDock::showDetails()
{
    const ProviderDetails *details = m_session->providerDetails()->details(m_uuid);
    if (!details)
        return;
    m_shownGeneration = details->generation;
    m_inventory->setDetails(*details);
    m_traits->setTraits(details->traits,
                        ProviderTraitsModel::requiredBy(m_session->novaDirectory(), m_contextAggregates));
    const QLocale locale;
    const int missing = m_traits->count(ProviderTraitsModel::Kind::Missing);
    QString title = tr("Traits (%1)").arg(locale.toString(qsizetype(details->traits.size())));
    if (missing > 0)
        title += QLatin1Char(' ') + tr("— %n missing for aggregate isolation", nullptr, missing);
    m_traitsTitle->setText(title);
    QStringList status;
    status.append(tr("Read at generation %1.").arg(locale.toString(details->generation)));
    if (!details->traitsKnown)
        status.append(tr("Traits need microversion %1; the server speaks %2.")
                          .arg(Microversion::providerTraits().toString(),
                               m_session->client()->microversion().toString()));
    m_status->setText(status.join(QLatin1Char(' ')));
}

void ProviderContextDock::showFailure(const QString &uuid, const ApiError &error)
{
    if (uuid != m_uuid || error.isCanceled())
        return;
    m_status->setText(tr("Could not read the provider's details: %1").arg(error.fullText()));
}
