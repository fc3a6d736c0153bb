#include "ui/loadfilterdialog.h"

#include "api/uuids.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

LoadFilterDialog::LoadFilterDialog(const Microversion &serverVersion, Resolver aggregate, Resolver provider,
                                   QWidget *parent)
    : QDialog(parent), m_version(serverVersion), m_aggregate(std::move(aggregate)),
      m_provider(std::move(provider)), m_nameEdit(new QLineEdit(this)),
      m_membershipCombo(new QComboBox(this)), m_aggregatesEdit(new QLineEdit(this)),
      m_treeEdit(new QLineEdit(this)), m_traitsEdit(new QLineEdit(this)),
      m_resourcesEdit(new QLineEdit(this)), m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("loadFilterDialog"));
    setWindowTitle(tr("Load Only"));
    setAccessibleName(tr("Load only"));
    setSizeGripEnabled(true);

    auto *intro = new QLabel(tr("Ask the server for the matching providers only: a filtered load of a large "
                                "cloud is quick. Fields left empty do not filter."),
                             this);
    intro->setObjectName(QStringLiteral("loadFilterIntro"));
    intro->setWordWrap(true);

    const struct
    {
        QLineEdit *edit;
        const char *name;
        QString accessible;
        QString placeholder;
    } edits[] = {
        {m_nameEdit, "nameFilterEdit", tr("Provider name"), tr("exact name, e.g. compute-17")},
        {m_aggregatesEdit, "aggregatesFilterEdit", tr("Aggregates"),
         tr("UUIDs or names, separated by commas")},
        {m_treeEdit, "treeFilterEdit", tr("In the tree of"), tr("a provider's name or UUID")},
        {m_traitsEdit, "traitsFilterEdit", tr("Traits"), tr("e.g. HW_CPU_X86_AVX2, !CUSTOM_MAINTENANCE")},
        {m_resourcesEdit, "resourcesFilterEdit", tr("Free resources"), tr("e.g. VCPU:4, MEMORY_MB:8192")},
    };
    for (const auto &spec : edits) {
        spec.edit->setObjectName(QLatin1String(spec.name));
        spec.edit->setAccessibleName(spec.accessible);
        spec.edit->setPlaceholderText(spec.placeholder);
        spec.edit->setClearButtonEnabled(true);
        connect(spec.edit, &QLineEdit::textChanged, this, [this] { m_problemLabel->clear(); });
    }
    m_membershipCombo->setObjectName(QStringLiteral("membershipCombo"));
    m_membershipCombo->setAccessibleName(tr("Membership"));
    m_membershipCombo->addItem(tr("Member of any of"), int(Membership::Any));
    m_membershipCombo->addItem(tr("Member of all of"), int(Membership::All));
    m_membershipCombo->addItem(tr("Member of none of"), int(Membership::None));
    connect(m_membershipCombo, &QComboBox::currentIndexChanged, this, &LoadFilterDialog::updateHints);

    auto *form = new QFormLayout;
    const auto hintLabel = [this](const QString &row) {
        auto *label = new QLabel(this);
        label->setObjectName(row + QStringLiteral("Hint"));
        label->setEnabled(false); // greyed: a note, not a control
        m_hintLabels.insert(row, label);
        return label;
    };
    const auto addRow = [&](const QString &label, const QString &row, QWidget *field) {
        auto *line = new QHBoxLayout;
        line->addWidget(field, 1);
        line->addWidget(hintLabel(row));
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, line);
    };
    addRow(tr("&Name:"), QStringLiteral("name"), m_nameEdit);
    auto *memberLine = new QWidget(this);
    auto *memberLayout = new QHBoxLayout(memberLine);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    memberLayout->addWidget(m_membershipCombo);
    memberLayout->addWidget(m_aggregatesEdit, 1);
    addRow(tr("&Aggregates:"), QStringLiteral("memberOf"), memberLine);
    addRow(tr("In &tree of:"), QStringLiteral("inTree"), m_treeEdit);
    addRow(tr("T&raits:"), QStringLiteral("required"), m_traitsEdit);
    addRow(tr("&Resources:"), QStringLiteral("resources"), m_resourcesEdit);

    m_problemLabel->setObjectName(QStringLiteral("loadFilterProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: palette(link)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loadButton"));
    QPushButton *everything = buttons->addButton(tr("Load &Everything"), QDialogButtonBox::ResetRole);
    everything->setObjectName(QStringLiteral("loadEverythingButton"));
    everything->setToolTip(tr("Clear every filter and load all providers"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoadFilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(everything, &QPushButton::clicked, this, [this] {
        m_clear = true;
        QDialog::accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
    updateHints();
}

QStringList LoadFilterDialog::split(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

void LoadFilterDialog::setQuery(const ProviderQuery &query)
{
    m_nameEdit->setText(query.name);
    const QStringList memberOfs = query.memberOfParameters();
    Membership membership = Membership::Any;
    QStringList aggregates;
    if (memberOfs.size() > 1) {
        membership = Membership::All;
        aggregates = memberOfs;
    } else if (!memberOfs.isEmpty()) {
        QString parameter = memberOfs.first();
        if (parameter.startsWith(QLatin1Char('!'))) {
            membership = Membership::None;
            parameter.remove(0, 1);
        }
        if (parameter.startsWith(QLatin1String("in:")))
            parameter.remove(0, 3);
        aggregates = split(parameter);
    }
    m_membershipCombo->setCurrentIndex(m_membershipCombo->findData(int(membership)));
    m_aggregatesEdit->setText(aggregates.join(QLatin1String(", ")));
    m_treeEdit->setText(query.inTree);
    m_traitsEdit->setText(split(query.required).join(QLatin1String(", ")));
    m_resourcesEdit->setText(split(query.resources).join(QLatin1String(", ")));
    updateHints();
}

ProviderQuery LoadFilterDialog::query() const
{
    ProviderQuery query;
    query.name = m_nameEdit->text().trimmed();
    QStringList aggregates;
    for (const QString &typed : split(m_aggregatesEdit->text())) {
        const QString exact = m_aggregate ? m_aggregate(typed) : QString();
        aggregates << (exact.isNull() ? typed : exact);
    }
    if (!aggregates.isEmpty()) {
        switch (static_cast<Membership>(m_membershipCombo->currentData().toInt())) {
        case Membership::Any:
            query.memberOf = aggregates.size() == 1
                                 ? aggregates.first()
                                 : QString(QStringLiteral("in:") + aggregates.join(QLatin1Char(',')));
            break;
        case Membership::All:
            query.memberOf = aggregates.first();
            query.moreMemberOf = aggregates.mid(1);
            break;
        case Membership::None:
            query.memberOf = aggregates.size() == 1
                                 ? QString(QLatin1Char('!') + aggregates.first())
                                 : QString(QStringLiteral("!in:") + aggregates.join(QLatin1Char(',')));
            break;
        }
    }
    const QString tree = m_treeEdit->text().trimmed();
    if (!tree.isEmpty()) {
        const QString uuid = m_provider ? m_provider(tree) : QString();
        query.inTree = uuid.isNull() ? tree : uuid;
    }
    QStringList traits = split(m_traitsEdit->text());
    for (QString &trait : traits)
        trait = trait.toUpper(); // trait names are upper case (CUSTOM_… too)
    query.required = traits.join(QLatin1Char(','));
    QStringList resources = split(m_resourcesEdit->text());
    for (QString &resource : resources)
        resource.remove(QLatin1Char(' '));
    query.resources = resources.join(QLatin1Char(','));
    return query;
}

QStringList LoadFilterDialog::problems() const
{
    QStringList problems;
    for (const QString &typed : split(m_aggregatesEdit->text())) {
        if ((!m_aggregate || m_aggregate(typed).isNull()) && !Uuids::isValid(typed))
            problems << tr("No aggregate is called “%1”; give its UUID.").arg(typed.left(80));
    }
    const QString tree = m_treeEdit->text().trimmed();
    if (!tree.isEmpty() && (!m_provider || m_provider(tree).isNull()) && !Uuids::isValid(tree))
        problems << tr("No provider is called “%1”; give its UUID.").arg(tree.left(80));
    static const QRegularExpression trait(QStringLiteral("^!?[A-Z0-9_]+$"));
    for (const QString &typed : split(m_traitsEdit->text())) {
        if (!trait.match(typed.toUpper()).hasMatch())
            problems << tr("“%1” is not a trait name (letters, digits and _; ! in front forbids it).")
                            .arg(typed.left(80));
    }
    static const QRegularExpression resource(QStringLiteral("^[A-Z0-9_]+:[0-9]+$"));
    for (const QString &typed : split(m_resourcesEdit->text())) {
        QString compact = typed;
        compact.remove(QLatin1Char(' '));
        if (!resource.match(compact).hasMatch())
            problems << tr("“%1” is not CLASS:AMOUNT (e.g. VCPU:4).").arg(typed.left(80));
    }
    for (const ProviderQuery::Unsupported &entry : query().unsupportedAt(m_version))
        problems << tr("%1 needs microversion %2; this server offers %3.")
                        .arg(entry.parameter, entry.needed.toString(), m_version.toString());
    return problems;
}

void LoadFilterDialog::accept()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_problemLabel->setText(found.join(QLatin1Char('\n')));
        return;
    }
    m_clear = false;
    QDialog::accept();
}

void LoadFilterDialog::updateHints()
{
    const auto membership = static_cast<Membership>(m_membershipCombo->currentData().toInt());
    const Microversion memberOf = membership == Membership::All    ? ProviderQuery::multipleMemberOf()
                                  : membership == Membership::None ? ProviderQuery::forbiddenAggregates()
                                                                   : Microversion::memberOf();
    const QList<QPair<QString, Microversion>> needs{
        {QStringLiteral("name"), Microversion(1, 0)},
        {QStringLiteral("memberOf"), memberOf},
        {QStringLiteral("inTree"), Microversion::providerTrees()},
        {QStringLiteral("required"), ProviderQuery::requiredTraits()},
        {QStringLiteral("resources"), ProviderQuery::resourcesFilter()},
    };
    for (const auto &[row, needed] : needs) {
        const bool tooOld = m_version.isValid() && m_version < needed;
        const QString hint = tooOld ? tr("needs %1").arg(needed.toString()) : QString();
        m_hints.insert(row, hint);
        if (QLabel *label = m_hintLabels.value(row))
            label->setText(hint);
    }
    m_aggregatesEdit->setEnabled(m_hints.value(QStringLiteral("memberOf")).isEmpty() ||
                                 m_membershipCombo->currentIndex() != 0);
    m_treeEdit->setEnabled(m_hints.value(QStringLiteral("inTree")).isEmpty());
    m_traitsEdit->setEnabled(m_hints.value(QStringLiteral("required")).isEmpty());
    m_resourcesEdit->setEnabled(m_hints.value(QStringLiteral("resources")).isEmpty());
}
