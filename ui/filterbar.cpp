#include "ui/filterbar.h"

#include "api/uuids.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FilterBar::FilterBar(MembershipStore *store, MembershipFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_store(store), m_proxy(proxy), m_textLabel(new QLabel(tr("F&ilter:"), this)),
      m_textEdit(new QLineEdit(this)), m_aggregateLabel(new QLabel(tr("&Aggregate:"), this)),
      m_aggregateCombo(new QComboBox(this)),
      m_onlyChangedCheck(new QCheckBox(tr("Only c&hanged rows"), this)),
      m_onlyDriftingCheck(new QCheckBox(tr("Only drif&ting rows"), this)), m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    setAccessibleName(tr("Filters"));

    m_textLabel->setObjectName(QStringLiteral("textFilterLabel"));
    m_textLabel->setAccessibleName(tr("Filter"));
    m_textLabel->setBuddy(m_textEdit);
    m_textEdit->setObjectName(QStringLiteral("textFilterEdit"));
    m_textEdit->setAccessibleName(tr("Filter by name or UUID"));
    m_textEdit->setAccessibleDescription(tr("Shows only providers whose name or UUID contains this text"));
    m_textEdit->setPlaceholderText(tr("Filter by name or UUID"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    // QLineEdit's clear button is a private tool button without a name; give it one.
    const QList<QToolButton *> lineEditButtons = m_textEdit->findChildren<QToolButton *>();
    for (QToolButton *button : lineEditButtons) {
        button->setObjectName(QStringLiteral("clearTextFilterButton"));
        button->setAccessibleName(tr("Clear filter text"));
        button->setToolTip(tr("Clear filter text"));
    }

    m_aggregateLabel->setObjectName(QStringLiteral("aggregateFilterLabel"));
    m_aggregateLabel->setAccessibleName(tr("Aggregate"));
    m_aggregateLabel->setBuddy(m_aggregateCombo);
    m_aggregateCombo->setObjectName(QStringLiteral("aggregateFilterCombo"));
    m_aggregateCombo->setAccessibleName(tr("Aggregate filter"));
    m_aggregateCombo->setAccessibleDescription(
        tr("Shows all providers, or only the members or non-members of one aggregate"));
    m_aggregateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aggregateCombo->setMinimumContentsLength(24);

    m_onlyChangedCheck->setObjectName(QStringLiteral("onlyChangedCheck"));
    m_onlyChangedCheck->setAccessibleName(tr("Only changed rows"));
    m_onlyChangedCheck->setToolTip(tr("Show only providers with pending edits"));
    m_onlyDriftingCheck->setObjectName(QStringLiteral("onlyDriftingCheck"));
    m_onlyDriftingCheck->setAccessibleName(tr("Only drifting rows"));
    m_onlyDriftingCheck->setToolTip(
        tr("Show only providers whose memberships differ from Nova's host aggregates (cells marked \u2260)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_textEdit, 2);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_aggregateLabel);
    layout->addWidget(m_aggregateCombo, 1);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_onlyChangedCheck);
    layout->addWidget(m_onlyDriftingCheck);
    layout->addStretch(1);

    connect(m_textEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTextFilter(text);
        emit filtersChanged();
    });
    connect(m_aggregateCombo, &QComboBox::currentIndexChanged, this, &FilterBar::applyAggregateChoice);
    connect(m_onlyChangedCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setOnlyChanged(checked);
        emit filtersChanged();
    });
    connect(m_onlyDriftingCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setOnlyDrifting(checked);
        emit filtersChanged();
    });

    // Columns arrive one by one while a load runs; rebuild the list once per burst.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(50);
    connect(m_rebuildTimer, &QTimer::timeout, this, &FilterBar::rebuildAggregateCombo);
    connect(m_store, &MembershipStore::aggregateInserted, this, &FilterBar::scheduleComboRebuild);
    connect(m_store, &MembershipStore::providersReset, this, &FilterBar::scheduleComboRebuild);
    rebuildAggregateCombo();
}

void FilterBar::setNovaDirectory(const NovaDirectory *directory)
{
    if (m_nova)
        disconnect(m_nova, nullptr, this, nullptr);
    m_nova = directory;
    if (m_nova)
        connect(m_nova, &NovaDirectory::changed, this, &FilterBar::scheduleComboRebuild);
    scheduleComboRebuild();
}

void FilterBar::setAggregateLabels(const AggregateLabels *labels)
{
    if (m_localLabels)
        disconnect(m_localLabels, nullptr, this, nullptr);
    m_localLabels = labels;
    if (m_localLabels) {
        connect(m_localLabels, &AggregateLabels::labelsChanged, this, &FilterBar::scheduleComboRebuild);
        connect(m_localLabels, &AggregateLabels::labelChanged, this, &FilterBar::scheduleComboRebuild);
    }
    scheduleComboRebuild();
}

void FilterBar::focusTextFilter()
{
    m_textEdit->setFocus(Qt::ShortcutFocusReason);
    m_textEdit->selectAll();
}

void FilterBar::clearFilters()
{
    m_textEdit->clear();
    m_aggregateCombo->setCurrentIndex(0);
    m_onlyChangedCheck->setChecked(false);
    m_onlyDriftingCheck->setChecked(false);
}

bool FilterBar::hasActiveFilter() const
{
    return !m_proxy->textFilter().isEmpty() || !m_proxy->aggregateFilter().isEmpty() ||
           m_proxy->onlyChanged() || m_proxy->onlyDrifting();
}

void FilterBar::scheduleComboRebuild()
{
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void FilterBar::addAggregateItems(const QString &uuid)
{
    // Short canonical form; another stored spelling of the same UUID says which it is.
    const int column = m_store->columnOf(uuid);
    QString shortUuid = Uuids::shortForm(Uuids::display(uuid));
    if (column >= 0 && !m_store->otherSpellings(column).isEmpty())
        shortUuid = tr("%1 (stored as %2)").arg(shortUuid, uuid);
    // The name operators know first, the UUID beside it (names need not be unique).
    if (const NovaAggregate *nova = m_nova ? m_nova->aggregateFor(uuid) : nullptr)
        shortUuid = tr("%1 (%2)").arg(nova->name, shortUuid);
    else if (const QString label = m_localLabels ? m_localLabels->label(uuid) : QString(); !label.isEmpty())
        shortUuid = tr("“%1” (%2)").arg(label, shortUuid);
    const auto addItem = [this, &uuid](const QString &text, MembershipFilterProxyModel::AggregateMode mode,
                                       const QString &toolTip) {
        m_aggregateCombo->addItem(text);
        const int index = m_aggregateCombo->count() - 1;
        m_aggregateCombo->setItemData(index, uuid, AggregateUuidRole);
        m_aggregateCombo->setItemData(index, int(mode), ModeRole);
        m_aggregateCombo->setItemData(index, toolTip, Qt::ToolTipRole);
    };
    addItem(tr("Member of %1").arg(shortUuid), MembershipFilterProxyModel::AggregateMode::MemberOf,
            tr("Providers in aggregate %1").arg(uuid));
    addItem(tr("Not member of %1").arg(shortUuid), MembershipFilterProxyModel::AggregateMode::NotMemberOf,
            tr("Providers not in aggregate %1").arg(uuid));
}

void FilterBar::rebuildAggregateCombo()
{
    // The chosen aggregate stays in the list even while a reload has not seen it yet, so a refresh
    // does not silently drop the user's filter.
    const QString chosen = m_proxy->aggregateFilter();
    QStringList uuids = m_store->aggregateUuids();
    if (!chosen.isEmpty() && !uuids.contains(chosen)) {
        uuids.append(chosen);
        Uuids::sortByIdentity(&uuids);
    }

    const QSignalBlocker blocker(m_aggregateCombo);
    m_aggregateCombo->clear();
    m_aggregateCombo->addItem(tr("All providers"));
    m_aggregateCombo->setItemData(0, tr("Do not filter by aggregate"), Qt::ToolTipRole);
    for (const QString &uuid : std::as_const(uuids))
        addAggregateItems(uuid);

    int current = 0;
    if (!chosen.isEmpty()) {
        for (int i = 1; i < m_aggregateCombo->count(); ++i) {
            if (m_aggregateCombo->itemData(i, AggregateUuidRole).toString() == chosen &&
                m_aggregateCombo->itemData(i, ModeRole).toInt() == int(m_proxy->aggregateMode())) {
                current = i;
                break;
            }
        }
    }
    m_aggregateCombo->setCurrentIndex(current);
    m_aggregateCombo->setEnabled(m_aggregateCombo->count() > 1);
}

void FilterBar::applyAggregateChoice(int comboIndex)
{
    if (comboIndex <= 0) {
        m_proxy->setAggregateFilter(QString());
    } else {
        m_proxy->setAggregateFilter(m_aggregateCombo->itemData(comboIndex, AggregateUuidRole).toString(),
                                    static_cast<MembershipFilterProxyModel::AggregateMode>(
                                        m_aggregateCombo->itemData(comboIndex, ModeRole).toInt()));
    }
    emit filtersChanged();
}
