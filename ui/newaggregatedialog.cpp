#include "ui/newaggregatedialog.h"

#include "api/uuids.h"
#include "membership/membershipstore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NewAggregateDialog::NewAggregateDialog(const MembershipStore *store, QWidget *parent)
    : NewAggregateDialog(
          [store](const QString &canonicalUuid) {
              return store && store->columnForInput(canonicalUuid) >= 0;
          },
          parent)
{
}

NewAggregateDialog::NewAggregateDialog(ExistsFunction exists, QWidget *parent)
    : QDialog(parent), m_exists(std::move(exists)), m_uuidEdit(new QLineEdit(this)),
      m_generateButton(new QPushButton(tr("&Generate"), this)), m_messageIcon(new QLabel(this)),
      m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("newAggregateDialog"));
    setWindowTitle(tr("New Aggregate"));
    setAccessibleName(tr("New aggregate"));

    auto *intro = new QLabel(tr("Paste the UUID of an aggregate, or generate a new one. Placement creates an "
                                "aggregate when the first provider is added to it."),
                             this);
    intro->setObjectName(QStringLiteral("newAggregateIntro"));
    intro->setAccessibleName(tr("Explanation"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *uuidLabel = new QLabel(tr("&UUID:"), this);
    uuidLabel->setObjectName(QStringLiteral("uuidLabel"));
    uuidLabel->setAccessibleName(tr("UUID"));
    uuidLabel->setBuddy(m_uuidEdit);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    m_uuidEdit->setObjectName(QStringLiteral("uuidEdit"));
    m_uuidEdit->setAccessibleName(tr("Aggregate UUID"));
    m_uuidEdit->setFont(mono);
    m_uuidEdit->setClearButtonEnabled(true);
    // Words, not an example UUID: a grey UUID would look like a value already filled in.
    m_uuidEdit->setPlaceholderText(tr("Paste a UUID or press Generate"));
    // Room for the longest accepted spelling ("urn:uuid:{…}") without scrolling.
    m_uuidEdit->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(48, QLatin1Char('0'))) + 40);

    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setAccessibleName(tr("Generate a new UUID"));
    m_generateButton->setToolTip(tr("Fill in a new random UUID"));
    m_generateButton->setAutoDefault(false);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setObjectName(QStringLiteral("validationIcon"));
    m_messageIcon->setAccessibleName(tr("Validation status"));
    m_messageIcon->setFixedSize(iconSize, iconSize);
    m_messageLabel->setObjectName(QStringLiteral("validationMessage"));
    m_messageLabel->setAccessibleName(tr("Validation message"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines reserved, so the dialog does not jump while typing.
    m_messageLabel->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newAggregateButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Add aggregate"));
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(tr("Add aggregate"));
    m_okButton->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(uuidLabel);
    editRow->addWidget(m_uuidEdit, 1);
    editRow->addWidget(m_generateButton);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_messageLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(editRow);
    layout->addLayout(messageRow);
    layout->addWidget(buttons);

    connect(m_uuidEdit, &QLineEdit::textChanged, this, &NewAggregateDialog::validate);
    connect(m_generateButton, &QPushButton::clicked, this, &NewAggregateDialog::generate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_uuidEdit->setFocus();
    validate();
}

QString NewAggregateDialog::canonicalUuid() const
{
    return isInputValid() ? Uuids::canonical(m_uuidEdit->text()) : QString();
}

QString NewAggregateDialog::text() const
{
    return m_uuidEdit->text();
}

void NewAggregateDialog::setText(const QString &text)
{
    m_uuidEdit->setText(text);
}

QString NewAggregateDialog::message() const
{
    return m_messageLabel->text();
}

void NewAggregateDialog::generate()
{
    // A collision is practically impossible; the loop only guarantees the promise above.
    QString uuid = Uuids::generate();
    for (int attempt = 0; attempt < 10 && m_exists && m_exists(uuid); ++attempt)
        uuid = Uuids::generate();
    m_uuidEdit->setText(uuid);
    m_uuidEdit->setFocus();
}

void NewAggregateDialog::validate()
{
    const QString text = m_uuidEdit->text();
    const QString canonical = Uuids::canonical(text);
    if (text.trimmed().isEmpty()) {
        setMessage(State::Empty, tr("Any spelling works: upper or lower case, with or without dashes, in "
                                    "braces or as urn:uuid:…"));
    } else if (canonical.isNull()) {
        setMessage(State::Invalid, tr("Not a valid UUID: %1").arg(invalidReason(text)));
    } else if (m_exists && m_exists(canonical)) {
        setMessage(State::Duplicate, tr("Aggregate %1 is already present.").arg(canonical));
    } else {
        setMessage(State::Valid, tr("Will be added as %1").arg(canonical));
    }
}

void NewAggregateDialog::setMessage(State state, const QString &text)
{
    m_state = state;
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleDescription(text);
    m_uuidEdit->setAccessibleDescription(text);
    m_okButton->setEnabled(state == State::Valid);

    const bool problem = state == State::Invalid || state == State::Duplicate;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (problem) {
        m_messageIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
        m_messageIcon->setAccessibleDescription(tr("Problem"));
    } else if (state == State::Valid) {
        m_messageIcon->setPixmap(
            style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this).pixmap(iconSize));
        m_messageIcon->setAccessibleDescription(tr("Valid"));
    } else {
        m_messageIcon->clear();
        m_messageIcon->setAccessibleDescription(QString());
    }
}

// Says why, in the same normalisation Uuids::canonical() applies, so the hint matches the rule.
QString NewAggregateDialog::invalidReason(const QString &text)
{
    QString compact = text.trimmed(); // case kept, so the hint quotes what was typed
    if (compact.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        compact.remove(0, 9);
    if (compact.startsWith(QLatin1Char('{')) && compact.endsWith(QLatin1Char('}')))
        compact = compact.mid(1, compact.size() - 2);
    compact.remove(QLatin1Char('-'));
    for (const QChar c : std::as_const(compact)) {
        const QChar lower = c.toLower();
        const bool hex = (lower >= QLatin1Char('0') && lower <= QLatin1Char('9')) ||
                         (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'));
        if (c.isSpace())
            return tr("it contains a space; a UUID has only hexadecimal digits (0-9, a-f) and dashes.");
        if (!hex)
            return tr("“%1” is not a hexadecimal digit (0-9, a-f).").arg(c);
    }
    return tr("it has %n hexadecimal digit(s); a UUID has 32.", "", int(compact.size()));
}
