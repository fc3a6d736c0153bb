#include "ui/membershiptableview.h"

#include "itemmodels/membershiptablemodel.h"
#include "ui/boundedtableaccessible.h"
#include "ui/membershipcelldelegate.h"
#include "ui/providernamedelegate.h"
#include "ui/rowstatusdelegate.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

MembershipTableView::MembershipTableView(QWidget *parent)
    : QTableView(parent), m_nameDelegate(new ProviderNameDelegate(this)),
      m_cellDelegate(new MembershipCellDelegate(this)), m_statusDelegate(new RowStatusDelegate(this)),
      m_pinnedView(new QTableView(this))
{
    // Before anything asks for this view's accessible interface: at most
    // BoundedTableAccessible::MaxLiveCells cell interfaces, whatever an assistive tool walks.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&BoundedTableAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("membershipTable"));
    setAccessibleName(tr("Providers and aggregates"));
    setAccessibleDescription(tr("One row per resource provider, one check column per aggregate; "
                                "a checked cell means the provider is a member of that aggregate."));
    horizontalHeader()->setAccessibleName(tr("Column headers"));
    verticalHeader()->setAccessibleName(tr("Row headers"));
    horizontalScrollBar()->setAccessibleName(tr("Scroll columns"));
    verticalScrollBar()->setAccessibleName(tr("Scroll rows"));

    setItemDelegate(m_cellDelegate);
    setItemDelegateForColumn(MembershipTableModel::NameColumn, m_nameDelegate);
    setItemDelegateForColumn(MembershipTableModel::StatusColumn, m_statusDelegate);

    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it

    // Fixed row heights: no per-row measuring, which matters with thousands of providers.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    verticalHeader()->setDefaultSectionSize(qMax(fontMetrics().height(), indicator) + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(aggregateColumnWidth());
    header->setMinimumSectionSize(
        qMin(aggregateColumnWidth(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3));
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideRight);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &position) {
        const int section = header->logicalIndexAt(position);
        if (section >= MembershipTableModel::FirstAggregateColumn)
            emit aggregateHeaderMenuRequested(section - MembershipTableModel::FirstAggregateColumn,
                                              header->viewport()->mapToGlobal(position));
    });

    // Start in tree order (-1); the third click on a header goes back to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MembershipTableView::onSortIndicatorChanged);
    connect(header, &QHeaderView::sectionResized, this, &MembershipTableView::onSectionResized);
    setUpPinnedView();
}

void MembershipTableView::setUpPinnedView()
{
    m_pinnedView->setObjectName(QStringLiteral("pinnedNameView"));
    m_pinnedView->setAccessibleName(tr("Provider names"));
    m_pinnedView->setAccessibleDescription(
        tr("The name column, kept in view while the aggregate columns scroll"));
    m_pinnedView->horizontalHeader()->setAccessibleName(tr("Name column header"));
    m_pinnedView->verticalHeader()->setAccessibleName(tr("Row headers"));
    m_pinnedView->horizontalScrollBar()->setAccessibleName(tr("Scroll columns"));
    m_pinnedView->verticalScrollBar()->setAccessibleName(tr("Scroll rows"));
    // Keyboard focus stays in the main view; the overlay only shows and takes clicks.
    m_pinnedView->setFocusPolicy(Qt::NoFocus);
    m_pinnedView->setFrameShape(QFrame::NoFrame);
    m_pinnedView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinnedView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinnedView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_pinnedView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // pixel offsets keep both views in step
    m_pinnedView->setAlternatingRowColors(true);
    m_pinnedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pinnedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pinnedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pinnedView->setWordWrap(false);
    m_pinnedView->setTextElideMode(Qt::ElideRight);
    m_pinnedView->setCornerButtonEnabled(false);
    m_pinnedView->setItemDelegateForColumn(MembershipTableModel::NameColumn, m_nameDelegate);
    m_pinnedView->verticalHeader()->hide();
    m_pinnedView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_pinnedView->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_pinnedView->horizontalHeader()->setHighlightSections(false);
    m_pinnedView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_pinnedView->horizontalHeader()->setStretchLastSection(false);
    m_pinnedView->horizontalHeader()->setMinimumSectionSize(horizontalHeader()->minimumSectionSize());

    // Sorting from the overlay's header goes through the main header, which sorts the model once.
    QHeaderView *pinnedHeader = m_pinnedView->horizontalHeader();
    pinnedHeader->setSectionsClickable(true);
    pinnedHeader->setSortIndicatorShown(true);
    pinnedHeader->setSortIndicatorClearable(true);
    pinnedHeader->setSortIndicator(-1, Qt::AscendingOrder);
    connect(pinnedHeader, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (horizontalHeader()->sortIndicatorSection() != section ||
            horizontalHeader()->sortIndicatorOrder() != order)
            horizontalHeader()->setSortIndicator(section, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                QHeaderView *pinned = m_pinnedView->horizontalHeader();
                if (pinned->sortIndicatorSection() != section || pinned->sortIndicatorOrder() != order)
                    pinned->setSortIndicator(section, order);
            });
    // Dragging the name column's edge in the overlay resizes the real column.
    connect(pinnedHeader, &QHeaderView::sectionResized, this, [this](int section, int, int newSize) {
        if (section == MembershipTableModel::NameColumn && columnWidth(section) != newSize)
            setColumnWidth(section, newSize);
    });

    connect(m_pinnedView->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_pinnedView->verticalScrollBar(),
            &QAbstractSlider::setValue);
    viewport()->stackUnder(m_pinnedView);
}

void MembershipTableView::hidePinnedViewColumns(int first, int last)
{
    for (int column = qMax(first, 0); column <= last; ++column)
        m_pinnedView->setColumnHidden(column, column != MembershipTableModel::NameColumn);
}

void MembershipTableView::updatePinnedViewGeometry()
{
    // Without rows the overlay would only hide part of the placeholder text; the real header is beneath.
    const bool show = model() && model()->columnCount() > 0 && model()->rowCount() > 0 &&
                      !isColumnHidden(MembershipTableModel::NameColumn);
    m_pinnedView->setVisible(show);
    if (!show)
        return;
    const int width = columnWidth(MembershipTableModel::NameColumn);
    if (m_pinnedView->columnWidth(MembershipTableModel::NameColumn) != width)
        m_pinnedView->setColumnWidth(MembershipTableModel::NameColumn, width);
    m_pinnedView->setGeometry(frameWidth() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0),
                              frameWidth(), width + 1, viewport()->height() + horizontalHeader()->height());
}

void MembershipTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updatePinnedViewGeometry();
}

void MembershipTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updatePinnedViewGeometry();
}

void MembershipTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    if (index.column() == MembershipTableModel::NameColumn) {
        // The name is always in view; only scroll vertically.
        const int horizontal = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(horizontal);
        return;
    }
    QTableView::scrollTo(index, hint);
    // Do not leave the cell hidden under the pinned name column.
    const int covered = m_pinnedView->isVisible() ? columnWidth(MembershipTableModel::NameColumn) : 0;
    const int left = visualRect(index).left();
    if (left < covered)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - covered);
}

int MembershipTableView::aggregateColumnWidth() const
{
    // Eight hex digits plus room for the sort arrow and margins.
    return fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + fontMetrics().height() + 8;
}

void MembershipTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        this->model()->disconnect(this);
    QTableView::setModel(model);
    m_pinnedView->setModel(model);
    // One selection for both views; the overlay's own selection model is not needed.
    QItemSelectionModel *ownSelection = m_pinnedView->selectionModel();
    m_pinnedView->setSelectionModel(selectionModel());
    if (ownSelection != selectionModel())
        delete ownSelection;
    if (model) {
        // A reload resets the model and with it every section's width and hidden state.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            applyColumnWidths();
            fitAggregateColumns(0, this->model()->columnCount() - 1);
            hidePinnedViewColumns(0, this->model()->columnCount() - 1);
            updatePinnedViewGeometry();
        });
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    hidePinnedViewColumns(first, last);
                    fitAggregateColumns(first, last);
                });
        // Names arrive after the columns (Nova is read after Placement; labels change).
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        fitAggregateColumns(first, last);
                });
        hidePinnedViewColumns(0, model->columnCount() - 1);
    }
    applyColumnWidths();
    updatePinnedViewGeometry();
}

void MembershipTableView::applyColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * metrics.height();
    const QHash<int, int> defaults = {
        {MembershipTableModel::NameColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 28 + padding},
        // The first 13 characters and an ellipsis: enough to tell providers apart at a glance, and
        // 160 px more for aggregate columns at 1280 px (more than 4 fit). The whole UUID is in the
        // tooltip, in Copy, and one drag of the header handle away.
        {MembershipTableModel::UuidColumn,
         metrics.horizontalAdvance(QStringLiteral("00000000-0000…")) + padding},
        {MembershipTableModel::GenerationColumn,
         metrics.horizontalAdvance(
             model() ? model()->headerData(MembershipTableModel::GenerationColumn, Qt::Horizontal).toString()
                     : QStringLiteral("Generation")) +
             padding},
        {MembershipTableModel::StatusColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 12 + padding},
    };
    m_applyingWidths = true;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        setColumnWidth(it.key(), m_fixedColumnWidths.value(it.key(), it.value()));
    m_applyingWidths = false;
}

void MembershipTableView::setCompactAggregateColumns(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    horizontalHeader()->setMinimumSectionSize(
        compact ? compactAggregateColumnWidth() / 2
                : qMin(aggregateColumnWidth(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3));
    if (model())
        fitAggregateColumns(0, model()->columnCount() - 1);
}

int MembershipTableView::compactAggregateColumnWidth() const
{
    // The check box and a little room either side; two or three letters of the header show.
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) + 14;
}

void MembershipTableView::fitAggregateColumns(int first, int last)
{
    if (!model())
        return;
    const int base = m_compact ? compactAggregateColumnWidth() : aggregateColumnWidth();
    const int cap = m_compact ? base : base * 3 / 2;
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    // Room for the sort arrow and the section's margins, as aggregateColumnWidth() leaves.
    const int padding = metrics.height() + 8;
    m_applyingWidths = true;
    for (int column = qMax(first, int(MembershipTableModel::FirstAggregateColumn));
         column <= last && column < model()->columnCount(); ++column) {
        const QString text = model()->headerData(column, Qt::Horizontal).toString();
        const int width = qBound(base, metrics.horizontalAdvance(text) + padding, cap);
        if (columnWidth(column) != width)
            setColumnWidth(column, width);
    }
    m_applyingWidths = false;
}

void MembershipTableView::fitNameColumn()
{
    if (m_nameColumnSizedByUser || !model())
        return;
    // sizeHintForColumn() measures a bounded sample of rows (QHeaderView's resize precision).
    const int wanted = sizeHintForColumn(MembershipTableModel::NameColumn) + fontMetrics().height();
    const int limit = qMax(columnWidth(MembershipTableModel::NameColumn), viewport()->width() / 3);
    const int width = qBound(columnWidth(MembershipTableModel::NameColumn), wanted, limit);
    m_applyingWidths = true;
    setColumnWidth(MembershipTableModel::NameColumn, width);
    m_applyingWidths = false;
}

void MembershipTableView::onSectionResized(int section, int /*oldSize*/, int newSize)
{
    if (section == MembershipTableModel::NameColumn)
        updatePinnedViewGeometry();
    // Only a drag on a header handle counts as the user's choice; resets and our own sizing do not.
    if (m_applyingWidths || MembershipTableModel::isAggregateColumn(section) || newSize == 0 ||
        QGuiApplication::mouseButtons() == Qt::NoButton)
        return;
    m_fixedColumnWidths.insert(section, newSize);
    if (section == MembershipTableModel::NameColumn)
        m_nameColumnSizedByUser = true;
}

void MembershipTableView::onSortIndicatorChanged(int section, Qt::SortOrder /*order*/)
{
    m_nameDelegate->setIndentationEnabled(section < 0);
    viewport()->update();
    m_pinnedView->viewport()->update();
}

void MembershipTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholderText)
        return;
    m_placeholderText = text;
    viewport()->update();
}

void MembershipTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholderText.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const QRect area = viewport()->rect().adjusted(20, 20, -20, -20);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholderText);
}
