#include "ui/conflictdialog.h"

#include "api/uuids.h"
#include "membership/conflictpreview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

// Lists show this many rows before they scroll; enough for typical providers (a handful of aggregates)
// while the whole dialog still fits a 768-pixel-high screen.
constexpr int MaxVisibleRows = 4;
// The Overwrite warning names this many undone changes, then counts the rest.
constexpr int MaxWarningLines = 3;
// Wide enough that descriptions wrap at most once next to the result lists.
constexpr int PreferredWidth = 720;

using Mark = ConflictPreview::Mark;
using Reason = ConflictPreview::Reason;

// The words for a reason. `inResult`: the entry is in a choice's resulting set, not in a change list.
QString reasonText(Reason reason, bool inResult)
{
    switch (reason) {
    case Reason::None:
        break;
    case Reason::AddedOnServer:
        return ConflictDialog::tr("Added on the server");
    case Reason::RemovedOnServer:
        return ConflictDialog::tr("Removed on the server");
    case Reason::AddedByMe:
        return inResult ? ConflictDialog::tr("Your addition") : ConflictDialog::tr("You added it");
    case Reason::RemovedByMe:
        return inResult ? ConflictDialog::tr("Your removal") : ConflictDialog::tr("You removed it");
    case Reason::AddsBackServerRemoval:
        return ConflictDialog::tr("Adds back an aggregate the server removed");
    case Reason::UndoesServerAddition:
        return ConflictDialog::tr("Removes an aggregate the server added");
    }
    return {};
}

QFont monospaceFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF());
    return font;
}

// "+"/"−" in front and bold: the difference never depends on colour. (No strike-out: it would hide
// the "−" itself.)
void addEntry(QListWidget *list, Mark mark, const QString &uuid, const QString &reason, const QString &name)
{
    static const QString minus = QString(QChar(0x2212));
    // A name with the short UUID keeps the list about as wide as a bare UUID; the exact string
    // stays in the tooltip and in what a screen reader says.
    const QString what = name.isEmpty() ? uuid : ConflictDialog::tr("%1 (%2)").arg(name, uuid);
    const QString shown =
        name.isEmpty() ? Uuids::label(uuid)
                       : ConflictDialog::tr("%1 (%2)").arg(name, Uuids::shortForm(Uuids::display(uuid)));
    QString prefix;
    QString spoken;
    switch (mark) {
    case Mark::Kept:
        prefix = QStringLiteral(" ");
        spoken = ConflictDialog::tr("Unchanged: %1").arg(what);
        break;
    case Mark::Added:
        prefix = QStringLiteral("+");
        spoken = ConflictDialog::tr("Added: %1").arg(what);
        break;
    case Mark::Removed:
        prefix = minus;
        spoken = ConflictDialog::tr("Removed: %1").arg(what);
        break;
    }
    auto *item = new QListWidgetItem(prefix + QLatin1Char(' ') + shown, list);
    if (mark != Mark::Kept) {
        QFont font = list->font();
        font.setBold(true);
        item->setFont(font);
    }
    if (!reason.isEmpty())
        spoken += QStringLiteral(" (") + reason + QLatin1Char(')');
    const QString tip =
        name.isEmpty() ? reason
                       : Uuids::label(uuid) + (reason.isEmpty() ? QString() : QLatin1Char('\n') + reason);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    item->setData(Qt::AccessibleTextRole, spoken);
    item->setData(Qt::UserRole, uuid);
    item->setData(Qt::UserRole + 1, int(mark));
}

void addPlaceholder(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    QFont font = list->font();
    font.setItalic(true);
    item->setFont(font);
    item->setFlags(Qt::NoItemFlags);
    item->setData(Qt::AccessibleTextRole, text);
}

// Tall enough for its rows (up to MaxVisibleRows) and always wide enough for a whole UUID.
void fitList(QListWidget *list)
{
    const int frame = 2 * list->frameWidth();
    const int rows = qBound(1, list->count(), MaxVisibleRows);
    int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = list->fontMetrics().height() + 2;
    int width = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        width = qMax(width, QFontMetrics(item->font()).horizontalAdvance(item->text()));
    }
    // The longest possible entry, so lists of different content still line up.
    QFont bold = list->font();
    bold.setBold(true);
    width = qMax(width,
                 QFontMetrics(bold).horizontalAdvance(QStringLiteral("+ ") + QString(36, QLatin1Char('0'))));
    width += frame + 4 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 8;
    if (list->count() > MaxVisibleRows)
        width += list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
    list->setMinimumWidth(width);
    list->setFixedHeight(rows * rowHeight + frame);
}

void addEntries(QListWidget *list, const QList<ConflictPreview::Entry> &entries, bool inResult,
                const QString &placeholder, const ConflictDialog::AggregateNamer &names)
{
    for (const ConflictPreview::Entry &entry : entries)
        addEntry(list, entry.mark, entry.uuid, reasonText(entry.reason, inResult),
                 names ? names(entry.uuid) : QString());
    if (list->count() == 0)
        addPlaceholder(list, placeholder);
    fitList(list);
}

// Both lists as tall as the longer one, so they read as a pair.
void pairHeights(QListWidget *first, QListWidget *second)
{
    const int height = qMax(first->minimumHeight(), second->minimumHeight());
    first->setFixedHeight(height);
    second->setFixedHeight(height);
}

QListWidget *createList(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setFont(monospaceFont(parent->font()));
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideNone);
    return list;
}

QLabel *createLabel(const QString &text, const QString &objectName, const QString &accessibleName,
                    QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const ProviderConflict &conflict, int remainingAfterThis, QWidget *parent)
    : ConflictDialog(conflict, remainingAfterThis, {}, parent)
{
}

ConflictDialog::ConflictDialog(const ProviderConflict &conflict, int remainingAfterThis,
                               const AggregateNamer &names, QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_names(names), m_remaining(qMax(0, remainingAfterThis))
{
    const QString name =
        conflict.providerName.isEmpty() ? Uuids::key(conflict.providerUuid) : conflict.providerName;
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict: %1").arg(name));
    setAccessibleName(tr("Conflict for provider %1").arg(name));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, this) + 4);
    buildHeader(layout);
    buildChanges(layout);
    buildChoices(layout);

    m_applyToAllCheck = new QCheckBox(this);
    m_applyToAllCheck->setObjectName(QStringLiteral("applyToAllCheck"));
    m_applyToAllCheck->setAccessibleName(tr("Apply to all remaining conflicts"));
    layout->addWidget(m_applyToAllCheck);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_applyButton = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_decideLaterButton = buttons->addButton(tr("&Decide later"), QDialogButtonBox::RejectRole);
    m_decideLaterButton->setObjectName(QStringLiteral("decideLaterButton"));
    m_decideLaterButton->setAccessibleName(tr("Decide later"));
    m_decideLaterButton->setToolTip(tr("Decide later: your edits stay pending"));
    m_decideLaterButton->setAccessibleDescription(tr("Decide later: your edits stay pending"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    connect(m_choiceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateButtons();
    });
    connect(m_applyToAllCheck, &QCheckBox::toggled, this, &ConflictDialog::updateButtons);

    m_mergeRadio->setChecked(true);
    m_mergeRadio->setFocus();
    setRemainingAfterThis(m_remaining);
    resize(minimumSize());
}

void ConflictDialog::updateMinimumSize()
{
    // Wrapped labels make the needed height depend on the width, which Qt does not enforce for a
    // window: pin the minimum to the height needed at the narrowest allowed width, so nothing overlaps.
    ensurePolished();
    // Row heights are only right once the style has polished the lists.
    for (QListWidget *list : findChildren<QListWidget *>())
        fitList(list);
    pairHeights(findChild<QListWidget *>(QStringLiteral("serverChangesList")),
                findChild<QListWidget *>(QStringLiteral("myChangesList")));
    layout()->invalidate();
    const int width = qMax(layout()->sizeHint().width(), PreferredWidth);
    setMinimumSize(width, layout()->totalHeightForWidth(width));
    if (height() < minimumHeight() || width > this->width())
        resize(qMax(this->width(), width), qMax(height(), minimumHeight()));
}

void ConflictDialog::setRemainingAfterThis(int remainingAfterThis)
{
    m_remaining = qMax(0, remainingAfterThis);
    m_remainingLabel->setText(tr("%n more conflict(s) waiting", "", m_remaining));
    m_remainingLabel->setVisible(m_remaining > 0);
    m_applyToAllCheck->setText(tr("Apply to &all remaining conflicts (%1)").arg(m_remaining));
    m_applyToAllCheck->setAccessibleDescription(
        tr("Answer the %n conflict(s) still waiting with the same choice, without asking", "", m_remaining));
    m_applyToAllCheck->setVisible(m_remaining > 0);
    updateButtons();
    updateMinimumSize();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::buildHeader(QVBoxLayout *layout)
{
    const QString name =
        m_conflict.providerName.isEmpty() ? Uuids::key(m_conflict.providerUuid) : m_conflict.providerName;
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("conflictIcon"));
    icon->setAccessibleName(tr("Warning"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = createLabel(tr("“%1” was changed on the server since you loaded it").arg(name),
                              QStringLiteral("conflictTitle"), tr("Conflict"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto *explanation =
        createLabel(tr("Choose which aggregates to send for this provider. Nothing is sent until you apply."),
                    QStringLiteral("conflictExplanation"), tr("Explanation"), this);

    auto *uuidValue = createLabel(Uuids::key(m_conflict.providerUuid), QStringLiteral("conflictProviderUuid"),
                                  tr("Provider UUID"), this);
    uuidValue->setWordWrap(false); // a UUID is never broken
    uuidValue->setFont(monospaceFont(font()));
    uuidValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *uuidLabel = createLabel(tr("Provider UUID:"), QStringLiteral("conflictProviderUuidLabel"),
                                  tr("Provider UUID"), this);
    uuidLabel->setWordWrap(false);
    // Text and visibility follow setRemainingAfterThis(); on the UUID's line to keep the dialog short.
    m_remainingLabel =
        createLabel(QString(), QStringLiteral("conflictRemainingLabel"), tr("Remaining conflicts"), this);
    m_remainingLabel->setWordWrap(false);
    m_remainingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *uuidRow = new QHBoxLayout;
    uuidRow->addWidget(uuidLabel);
    uuidRow->addWidget(uuidValue);
    uuidRow->addStretch(1);
    uuidRow->addWidget(m_remainingLabel);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    text->addLayout(uuidRow);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    layout->addLayout(top);
}

void ConflictDialog::buildChanges(QVBoxLayout *layout)
{
    const ConflictPreview preview(m_conflict.merge);
    auto *serverList =
        createList(this, QStringLiteral("serverChangesList"), tr("Changed on the server since you loaded"));
    addEntries(serverList, preview.serverChanges(), false, tr("No membership changes"), m_names);
    auto *myList = createList(this, QStringLiteral("myChangesList"), tr("Your changes"));
    addEntries(myList, preview.myChanges(), false, tr("No changes"), m_names);
    pairHeights(serverList, myList);

    auto *serverLabel = createLabel(tr("Changed on the &server since you loaded"),
                                    QStringLiteral("serverChangesLabel"), tr("Changed on the server"), this);
    serverLabel->setTextFormat(Qt::AutoText);
    serverLabel->setBuddy(serverList);
    auto *myLabel =
        createLabel(tr("&Your changes"), QStringLiteral("myChangesLabel"), tr("Your changes"), this);
    myLabel->setTextFormat(Qt::AutoText);
    myLabel->setBuddy(myList);
    QFont bold = serverLabel->font();
    bold.setBold(true);
    serverLabel->setFont(bold);
    myLabel->setFont(bold);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->addWidget(serverLabel, 0, 0);
    grid->addWidget(myLabel, 0, 1);
    grid->addWidget(serverList, 1, 0);
    grid->addWidget(myList, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
}

QListWidget *ConflictDialog::createResultList(ConflictResolution resolution, const QString &objectName)
{
    QString accessibleName;
    switch (resolution) {
    case ConflictResolution::Merge:
        accessibleName = tr("Server's set after merging");
        break;
    case ConflictResolution::Overwrite:
        accessibleName = tr("Server's set after overwriting");
        break;
    case ConflictResolution::KeepServer:
    case ConflictResolution::Skip:
        accessibleName = tr("Server's set when keeping it");
        break;
    }
    auto *list = createList(this, objectName, accessibleName);
    addEntries(list, ConflictPreview(m_conflict.merge).choice(resolution).entries, true, tr("No aggregates"),
               m_names);
    return list;
}

QWidget *ConflictDialog::createOverwriteWarning()
{
    QStringList lines;
    const auto uuidHtml = [this](const QString &uuid) -> QString {
        const QString name = m_names ? m_names(uuid) : QString();
        return (name.isEmpty() ? QString() : name.toHtmlEscaped() + QLatin1Char(' ')) +
               QStringLiteral("<span style=\"font-family: monospace; white-space: nowrap;\">") +
               (name.isEmpty() ? Uuids::label(uuid) : tr("(%1)").arg(Uuids::label(uuid))).toHtmlEscaped() +
               QStringLiteral("</span>");
    };
    for (const ConflictPreview::Entry &entry : ConflictPreview(m_conflict.merge).overwriteUndoes()) {
        lines << (entry.reason == Reason::UndoesServerAddition
                      ? tr("removes %1, which the server added").arg(uuidHtml(entry.uuid))
                      : tr("adds back %1, which the server removed").arg(uuidHtml(entry.uuid)));
    }

    auto *warning = new QFrame(this);
    warning->setObjectName(QStringLiteral("overwriteWarning"));
    warning->setAccessibleName(tr("Overwrite warning"));
    warning->setFrameShape(QFrame::StyledPanel);

    auto *icon = new QLabel(warning);
    icon->setObjectName(QStringLiteral("overwriteWarningIcon"));
    icon->setAccessibleName(tr("Warning"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    auto *text = new QLabel(warning);
    text->setObjectName(QStringLiteral("overwriteWarningText"));
    text->setAccessibleName(tr("Overwrite warning"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html =
        QStringLiteral("<b>") +
        tr("Warning: Overwrite undoes changes made on the server since you loaded:").toHtmlEscaped() +
        QStringLiteral("</b><ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (int i = 0; i < lines.size() && i < MaxWarningLines; ++i)
        html += QStringLiteral("<li>") + lines.at(i) + QStringLiteral("</li>");
    if (lines.size() > MaxWarningLines) {
        const int more = int(lines.size()) - MaxWarningLines;
        html += QStringLiteral("<li>") +
                tr("and %n more (see the Overwrite list)", "", more).toHtmlEscaped() +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    text->setText(html);
    text->setAccessibleDescription(QTextDocumentFragment::fromHtml(html).toPlainText());

    auto *row = new QHBoxLayout(warning);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    warning->setVisible(!lines.isEmpty());
    return warning;
}

void ConflictDialog::buildChoices(QVBoxLayout *layout)
{
    auto *group = new QGroupBox(tr("Resulting set for each choice"), this);
    group->setObjectName(QStringLiteral("choicesGroup"));
    group->setAccessibleName(tr("Resulting set for each choice"));

    m_choiceGroup = new QButtonGroup(this);
    m_choiceGroup->setObjectName(QStringLiteral("choiceGroup"));
    m_mergeRadio = new QRadioButton(tr("&Merge (recommended)"), group);
    m_mergeRadio->setObjectName(QStringLiteral("mergeRadio"));
    m_mergeRadio->setAccessibleName(tr("Merge"));
    m_overwriteRadio = new QRadioButton(tr("&Overwrite with my set"), group);
    m_overwriteRadio->setObjectName(QStringLiteral("overwriteRadio"));
    m_overwriteRadio->setAccessibleName(tr("Overwrite"));
    m_keepServerRadio = new QRadioButton(tr("&Keep the server's set"), group);
    m_keepServerRadio->setObjectName(QStringLiteral("keepServerRadio"));
    m_keepServerRadio->setAccessibleName(tr("Keep server"));
    m_choiceGroup->addButton(m_mergeRadio, int(ConflictResolution::Merge));
    m_choiceGroup->addButton(m_overwriteRadio, int(ConflictResolution::Overwrite));
    m_choiceGroup->addButton(m_keepServerRadio, int(ConflictResolution::KeepServer));

    m_mergeList = createResultList(ConflictResolution::Merge, QStringLiteral("mergeResultList"));
    m_overwriteList = createResultList(ConflictResolution::Overwrite, QStringLiteral("overwriteResultList"));
    m_keepServerList =
        createResultList(ConflictResolution::KeepServer, QStringLiteral("keepServerResultList"));
    for (QListWidget *list : {m_mergeList, m_overwriteList, m_keepServerList})
        list->setParent(group);

    const QString descriptions[] = {
        tr("Your additions and removals applied on top of the server's current set."),
        tr("Send your full set as it is, replacing the server's current set."),
        tr("Drop your edits for this provider and keep the server's current set."),
    };
    const QString names[] = {QStringLiteral("merge"), QStringLiteral("overwrite"),
                             QStringLiteral("keepServer")};
    QRadioButton *radios[] = {m_mergeRadio, m_overwriteRadio, m_keepServerRadio};
    QListWidget *lists[] = {m_mergeList, m_overwriteList, m_keepServerList};
    const ConflictResolution resolutions[] = {ConflictResolution::Merge, ConflictResolution::Overwrite,
                                              ConflictResolution::KeepServer};

    auto *legend = createLabel(
        tr("Each list shows the server's set after that choice: “+” is added to it, “−” is removed from it."),
        QStringLiteral("resultLegend"), tr("Legend"), group);

    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    grid->addWidget(legend, 0, 0, 1, 2);
    int row = 1;
    for (int i = 0; i < 3; ++i) {
        auto *line = new QFrame(group);
        line->setObjectName(names[i] + QStringLiteral("Separator"));
        line->setAccessibleName(tr("Separator"));
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        grid->addWidget(line, row++, 0, 1, 2);

        QFont bold = radios[i]->font();
        bold.setBold(true);
        radios[i]->setFont(bold);
        auto *description =
            createLabel(descriptions[i], names[i] + QStringLiteral("Description"),
                        radios[i]->accessibleName() + QLatin1Char(' ') + tr("description"), group);
        description->setIndent(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this) + 6);
        radios[i]->setAccessibleDescription(descriptions[i]);

        // A count in words as well, for anyone who skims past the symbols.
        const ConflictPreview::Choice choice = ConflictPreview(m_conflict.merge).choice(resolutions[i]);
        const int kept = choice.kept;
        const int added = choice.added;
        const int removed = choice.removed;
        const QString changes = added == 0 && removed == 0
                                    ? tr("no change on the server")
                                    : tr("%1 added, %2 removed").arg(added).arg(removed);
        auto *summary =
            createLabel(tr("Afterwards: %1 (%2)").arg(tr("%n aggregate(s)", "", kept + added), changes),
                        names[i] + QStringLiteral("Summary"),
                        radios[i]->accessibleName() + QLatin1Char(' ') + tr("summary"), group);
        summary->setIndent(description->indent());

        auto *text = new QVBoxLayout;
        text->setSpacing(4);
        text->addWidget(radios[i]);
        text->addWidget(description);
        text->addWidget(summary);
        text->addStretch(1);
        grid->addLayout(text, row, 0);
        grid->addWidget(lists[i], row, 1, Qt::AlignTop);
        ++row;

        if (radios[i] == m_overwriteRadio) {
            m_overwriteWarning = createOverwriteWarning();
            m_overwriteWarning->setParent(group);
            grid->addWidget(m_overwriteWarning, row++, 0, 1, 2);
        }
    }
    grid->setColumnStretch(0, 1);
    layout->addWidget(group);
}

ConflictResolution ConflictDialog::selectedResolution() const
{
    switch (m_choiceGroup->checkedId()) {
    case int(ConflictResolution::Overwrite):
        return ConflictResolution::Overwrite;
    case int(ConflictResolution::KeepServer):
        return ConflictResolution::KeepServer;
    default:
        return ConflictResolution::Merge;
    }
}

void ConflictDialog::setSelectedResolution(ConflictResolution resolution)
{
    if (QRadioButton *radio = radioFor(resolution))
        radio->setChecked(true);
}

bool ConflictDialog::applyToAllRemaining() const
{
    return m_remaining > 0 && m_applyToAllCheck->isChecked();
}

void ConflictDialog::setApplyToAllRemaining(bool applyToAll)
{
    if (m_remaining > 0)
        m_applyToAllCheck->setChecked(applyToAll);
}

ConflictDecision ConflictDialog::decision() const
{
    ConflictDecision decision;
    decision.resolution = m_skipped ? ConflictResolution::Skip : selectedResolution();
    decision.applyToAllRemaining = applyToAllRemaining();
    return decision;
}

bool ConflictDialog::hasOverwriteWarning() const
{
    return !m_overwriteWarning->isHidden();
}

QString ConflictDialog::applyButtonText() const
{
    return m_applyButton->text();
}

QRadioButton *ConflictDialog::radioFor(ConflictResolution resolution) const
{
    switch (resolution) {
    case ConflictResolution::Merge:
        return m_mergeRadio;
    case ConflictResolution::Overwrite:
        return m_overwriteRadio;
    case ConflictResolution::KeepServer:
        return m_keepServerRadio;
    case ConflictResolution::Skip:
        break;
    }
    return nullptr;
}

QListWidget *ConflictDialog::resultListFor(ConflictResolution resolution) const
{
    switch (resolution) {
    case ConflictResolution::Merge:
        return m_mergeList;
    case ConflictResolution::Overwrite:
        return m_overwriteList;
    case ConflictResolution::KeepServer:
        return m_keepServerList;
    case ConflictResolution::Skip:
        break;
    }
    return nullptr;
}

void ConflictDialog::updateButtons()
{
    // The buttons say what will happen (Nextcloud's "Keep local version"), including for how many.
    const bool all = applyToAllRemaining();
    const int count = m_remaining + 1;
    QString text;
    switch (selectedResolution()) {
    case ConflictResolution::Merge:
        text = all ? tr("Merge all %1").arg(count) : tr("Merge");
        break;
    case ConflictResolution::Overwrite:
        text = all ? tr("Overwrite all %1").arg(count) : tr("Overwrite");
        break;
    case ConflictResolution::KeepServer:
    case ConflictResolution::Skip:
        text = all ? tr("Keep server's set for all %1").arg(count) : tr("Keep server's set");
        break;
    }
    m_applyButton->setText(text);
    m_applyButton->setAccessibleName(text);
    m_decideLaterButton->setText(all ? tr("&Decide later for all %1").arg(count) : tr("&Decide later"));
    m_decideLaterButton->setAccessibleName(all ? tr("Decide later for all %1").arg(count)
                                               : tr("Decide later"));
}

// Closes first, then reports: a listener may open the next conflict's dialog right away.
// Listeners must not delete the dialog synchronously (use deleteLater()).
void ConflictDialog::accept()
{
    if (m_finished)
        return;
    m_finished = true;
    m_skipped = false;
    QDialog::accept();
    emit decided(decision());
}

void ConflictDialog::reject()
{
    if (m_finished)
        return;
    m_finished = true;
    m_skipped = true;
    QDialog::reject();
    emit decided(decision());
}
