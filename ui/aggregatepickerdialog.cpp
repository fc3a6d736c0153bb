#include "ui/aggregatepickerdialog.h"

#include "api/uuids.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"
#include "ui/newaggregatedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int UuidRole = Qt::UserRole;
constexpr int NewRole = Qt::UserRole + 1;

} // namespace

AggregatePickerDialog::AggregatePickerDialog(const MembershipStore *store, Mode mode,
                                             const QList<int> &selectedRows, QWidget *parent)
    : QDialog(parent), m_store(store), m_mode(mode), m_rows(selectedRows)
{
    const bool adding = mode == Mode::Add;
    const bool jumping = mode == Mode::GoTo;
    setObjectName(QStringLiteral("aggregatePickerDialog"));
    setWindowTitle(jumping  ? tr("Go to Aggregate")
                   : adding ? tr("Add to Aggregate")
                            : tr("Remove from Aggregate"));
    setAccessibleName(jumping  ? tr("Go to aggregate")
                      : adding ? tr("Add to aggregate")
                               : tr("Remove from aggregate"));
    setSizeGripEnabled(true);

    const int rowCount = int(m_rows.size());
    QString introText;
    if (jumping)
        introText = tr("Show the column of this aggregate (type part of its name or UUID):");
    else if (adding)
        introText = rowCount > 0 ? tr("Add the %n selected provider(s) to this aggregate:", "", rowCount)
                                 : tr("Add the selected providers to this aggregate:");
    else
        introText = rowCount > 0 ? tr("Remove the %n selected provider(s) from this aggregate:", "", rowCount)
                                 : tr("Remove the selected providers from this aggregate:");
    auto *intro = new QLabel(introText, this);
    intro->setObjectName(QStringLiteral("pickerIntro"));
    intro->setAccessibleName(tr("Explanation"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("aggregateFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter aggregates"));
    m_filterEdit->setPlaceholderText(tr("Part of a UUID, any spelling"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setObjectName(QStringLiteral("aggregateFilterLabel"));
    filterLabel->setAccessibleName(tr("Filter"));
    filterLabel->setBuddy(m_filterEdit);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("aggregateList"));
    m_list->setAccessibleName(tr("Aggregates"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideNone);
    QStringList headers{tr("Aggregate UUID"), tr("Members")};
    if (!m_rows.isEmpty())
        headers << tr("Selected in it");
    m_list->setHeaderLabels(headers);
    m_list->headerItem()->setToolTip(MembersColumn,
                                     tr("Providers in the aggregate as loaded from the server"));
    if (!m_rows.isEmpty())
        m_list->headerItem()->setToolTip(
            SelectedColumn, tr("How many of the selected providers are in it, pending edits included"));

    if (m_store) {
        for (int column = 0; column < m_store->aggregateCount(); ++column) {
            int selectedMembers = 0;
            for (int row : std::as_const(m_rows))
                selectedMembers += m_store->wantsMember(row, column) ? 1 : 0;
            // Removing from an aggregate none of the selected providers is in would do nothing.
            if (mode == Mode::Remove && !m_rows.isEmpty() && selectedMembers == 0)
                continue;
            addItem(m_store->aggregateUuid(column), m_store->memberCount(column), selectedMembers, false);
        }
    }

    // Whole UUIDs, never elided: short forms are ambiguous when choosing what to change.
    QHeaderView *header = m_list->header();
    for (int column = MembersColumn; column < m_list->columnCount(); ++column)
        m_list->headerItem()->setTextAlignment(column, Qt::AlignCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UuidColumn, QHeaderView::Stretch);
    const int uuidWidth = QFontMetrics(mono).horizontalAdvance(QString(36, QLatin1Char('0'))) + 24;
    int minimumWidth = uuidWidth + 2 * m_list->frameWidth() +
                       m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    // Count columns: as wide as their header or widest value ("new" included), plus breathing room.
    for (int column = MembersColumn; column < m_list->columnCount(); ++column) {
        int contents = m_list->fontMetrics().horizontalAdvance(tr("new"));
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            contents = qMax(contents,
                            m_list->fontMetrics().horizontalAdvance(m_list->topLevelItem(i)->text(column)));
        const int width = qMax(header->sectionSizeHint(column), contents) + 20;
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
        minimumWidth += width;
    }
    m_list->setMinimumWidth(minimumWidth);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 12);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("aggregateEmptyLabel"));
    m_emptyLabel->setAccessibleName(tr("No aggregates"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("aggregatePickerButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(jumping  ? tr("Go to column")
                        : adding ? tr("Add to aggregate")
                                 : tr("Remove from aggregate"));
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(m_okButton->text());
    m_okButton->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    if (adding) {
        // Next to the filter, not among OK/Cancel: it opens another dialog rather than finishing this one.
        m_newButton = new QPushButton(tr("&New aggregate…"), this);
        m_newButton->setObjectName(QStringLiteral("newAggregateButton"));
        m_newButton->setAccessibleName(tr("New aggregate"));
        m_newButton->setToolTip(tr("Add the providers to an aggregate that is not a column yet"));
        m_newButton->setAutoDefault(false);
        connect(m_newButton, &QPushButton::clicked, this, &AggregatePickerDialog::openNewAggregateDialog);
    }

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    if (m_newButton)
        filterRow->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(buttons);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &AggregatePickerDialog::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AggregatePickerDialog::updateState);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_okButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!selectedUuid().isNull())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_filterEdit->setFocus();
    applyFilter();
}

AggregatePickerDialog::~AggregatePickerDialog() = default;

void AggregatePickerDialog::setNovaDirectory(const NovaDirectory *directory, const AggregateLabels *labels)
{
    const bool nova = directory && directory->isLoaded();
    if ((!nova && (!labels || labels->count() == 0)) || m_nameColumn >= 0)
        return;
    m_nameColumn = m_list->columnCount();
    m_list->setColumnCount(m_nameColumn + 1);
    m_list->headerItem()->setText(m_nameColumn, nova ? tr("Nova name") : tr("Local label"));
    m_list->headerItem()->setToolTip(m_nameColumn, tr("The Nova host aggregate mirrored into this Placement "
                                                      "aggregate, or your local label (quoted) for one Nova "
                                                      "does not know"));
    int width = m_list->header()->sectionSizeHint(m_nameColumn);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString uuid = item->data(UuidColumn, UuidRole).toString();
        if (const NovaAggregate *aggregate = nova ? directory->aggregateFor(uuid) : nullptr) {
            item->setText(m_nameColumn, aggregate->name);
            if (!aggregate->availabilityZone.isEmpty())
                item->setToolTip(m_nameColumn, tr("Availability zone %1").arg(aggregate->availabilityZone));
        } else if (const QString label = labels ? labels->label(uuid) : QString(); !label.isEmpty()) {
            item->setText(m_nameColumn, tr("“%1”").arg(label));
            item->setToolTip(m_nameColumn, tr("Local label, kept on this computer"));
        }
        width = qMax(width, m_list->fontMetrics().horizontalAdvance(item->text(m_nameColumn)));
    }
    width += 20;
    m_list->header()->setSectionResizeMode(m_nameColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(m_nameColumn, width);
    m_list->setMinimumWidth(m_list->minimumWidth() + width);
    m_filterEdit->setPlaceholderText(nova ? tr("Part of a UUID (any spelling) or a Nova name")
                                          : tr("Part of a UUID (any spelling) or a label"));
}

QTreeWidgetItem *AggregatePickerDialog::addItem(const QString &uuid, int members, int selectedMembers,
                                                bool isNew, int index)
{
    // Shown canonical (with the stored spelling when it differs); picked by its exact string.
    const QString canonical = Uuids::label(uuid);
    auto *item = new QTreeWidgetItem;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    item->setText(UuidColumn, canonical);
    item->setFont(UuidColumn, mono);
    item->setData(UuidColumn, UuidRole, uuid);
    item->setData(UuidColumn, NewRole, isNew);
    item->setText(MembersColumn, isNew ? tr("new") : QString::number(members));
    item->setTextAlignment(MembersColumn, Qt::AlignCenter);
    if (isNew)
        item->setToolTip(MembersColumn, tr("Not a column yet: added when you confirm"));
    if (!m_rows.isEmpty()) {
        item->setText(SelectedColumn, tr("%1 of %2").arg(selectedMembers).arg(m_rows.size()));
        item->setTextAlignment(SelectedColumn, Qt::AlignCenter);
    }
    if (index < 0)
        m_list->addTopLevelItem(item);
    else
        m_list->insertTopLevelItem(index, item);
    return item;
}

QTreeWidgetItem *AggregatePickerDialog::itemFor(const QString &uuid) const
{
    // The exact string first; else the item an operator means by another spelling (canonical first).
    QTreeWidgetItem *sameUuid = nullptr;
    const QString key = Uuids::key(uuid);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString exact = item->data(UuidColumn, UuidRole).toString();
        if (exact == uuid)
            return item;
        if (Uuids::key(exact) == key && (!sameUuid || exact == key))
            sameUuid = item;
    }
    return sameUuid;
}

bool AggregatePickerDialog::isOffered(const QString &uuid) const
{
    return itemFor(uuid);
}

QString AggregatePickerDialog::selectedUuid() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.first()->isHidden())
        return {};
    return selected.first()->data(UuidColumn, UuidRole).toString();
}

bool AggregatePickerDialog::isNewAggregate() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return !selected.isEmpty() && !selected.first()->isHidden() &&
           selected.first()->data(UuidColumn, NewRole).toBool();
}

bool AggregatePickerDialog::selectUuid(const QString &uuid)
{
    QTreeWidgetItem *item = itemFor(uuid);
    if (!item || item->isHidden())
        return false;
    m_list->setCurrentItem(item);
    item->setSelected(true);
    m_list->scrollToItem(item);
    return true;
}

void AggregatePickerDialog::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

QStringList AggregatePickerDialog::visibleUuids() const
{
    QStringList uuids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden())
            uuids << item->data(UuidColumn, UuidRole).toString();
    }
    return uuids;
}

void AggregatePickerDialog::applyFilter()
{
    const QString needle = Uuids::compact(m_filterEdit->text());
    QTreeWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString haystack = Uuids::compact(item->data(UuidColumn, UuidRole).toString());
        const bool nameMatches =
            m_nameColumn >= 0 && !m_filterEdit->text().trimmed().isEmpty() &&
            item->text(m_nameColumn).contains(m_filterEdit->text().trimmed(), Qt::CaseInsensitive);
        const bool visible = needle.isEmpty() || haystack.contains(needle) || nameMatches;
        item->setHidden(!visible);
        if (visible && !firstVisible)
            firstVisible = item;
    }
    // Keep a visible selection, so Enter in the filter picks what the list shows first.
    QTreeWidgetItem *current = m_list->currentItem();
    if (firstVisible && (!current || current->isHidden() || !current->isSelected())) {
        m_list->setCurrentItem(firstVisible);
        firstVisible->setSelected(true);
    } else if (!firstVisible) {
        m_list->clearSelection();
    }
    updateState();
}

void AggregatePickerDialog::updateState()
{
    const bool any = m_list->topLevelItemCount() > 0;
    const bool anyVisible = !visibleUuids().isEmpty();
    QString empty;
    if (!any && m_mode == Mode::Add)
        empty = tr("No aggregates are loaded yet. Use “New aggregate…” to add one.");
    else if (!any)
        empty = m_rows.isEmpty() ? tr("No aggregates are loaded.")
                                 : tr("None of the selected providers is in an aggregate.");
    else if (!anyVisible && m_mode == Mode::Add && Uuids::isValid(m_filterEdit->text()))
        empty = tr("%1 is not a column yet. Use “New aggregate…” to add it.")
                    .arg(Uuids::canonical(m_filterEdit->text()));
    else if (!anyVisible)
        empty = tr("No aggregate matches “%1”.").arg(m_filterEdit->text().trimmed());
    m_emptyLabel->setText(empty);
    m_emptyLabel->setAccessibleDescription(empty);
    m_emptyLabel->setVisible(!empty.isEmpty());
    m_okButton->setEnabled(!selectedUuid().isNull());
}

void AggregatePickerDialog::openNewAggregateDialog()
{
    if (m_newDialog)
        return;
    // Present means: a column already, or created in this picker a moment ago.
    auto exists = [this](const QString &canonicalUuid) {
        return (m_store && m_store->columnForInput(canonicalUuid) >= 0) || isOffered(canonicalUuid);
    };
    auto *dialog = new NewAggregateDialog(exists, this);
    m_newDialog = dialog;
    // A UUID typed into the filter is most likely the one to add.
    if (Uuids::isValid(m_filterEdit->text()))
        dialog->setText(m_filterEdit->text().trimmed());
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_newDialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        const QString uuid = dialog->canonicalUuid();
        if (uuid.isNull())
            return;
        m_filterEdit->clear();
        QTreeWidgetItem *item = itemFor(uuid);
        if (!item)
            item = addItem(uuid, 0, 0, true, 0);
        m_list->clearSelection();
        m_list->setCurrentItem(item);
        item->setSelected(true);
        m_list->scrollToItem(item);
        m_list->setFocus();
        updateState();
    });
    dialog->open(); // window-modal over this picker; never exec()
}

bool AggregatePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the filter move through the list, so filter-and-pick needs no Tab.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
