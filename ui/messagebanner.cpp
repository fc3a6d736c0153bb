#include "ui/messagebanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_iconLabel(new QLabel(this)), m_textLabel(new QLabel(this)),
      m_detailsButton(new QPushButton(tr("&Details…"), this)), m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);

    m_iconLabel->setObjectName(QStringLiteral("messageBannerIcon"));
    m_iconLabel->setAccessibleName(tr("Message icon"));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_textLabel->setObjectName(QStringLiteral("messageBannerText"));
    m_textLabel->setAccessibleName(tr("Message text"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton->setObjectName(QStringLiteral("messageBannerDetailsButton"));
    m_detailsButton->setAccessibleName(tr("Details"));
    m_detailsButton->setAccessibleDescription(
        tr("Shows the full error with Placement's message and request ID"));

    m_closeButton->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBanner::detailsRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::showMessage(Level level, const QString &text, bool hasDetails)
{
    m_level = level;
    m_textLabel->setText(text);
    m_textLabel->setAccessibleDescription(text);
    m_detailsButton->setVisible(hasDetails);
    applyLevelStyle();
    setAccessibleDescription(
        tr("%1: %2", "message level: message text").arg(m_iconLabel->accessibleDescription(), text));
    show();
    // Screen readers announce the new message without moving the focus.
    QAccessibleEvent event(m_textLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::showPersistent(Level level, const QString &text)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    showMessage(level, text);
    m_closeButton->hide();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

void MessageBanner::applyLevelStyle()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString background = QStringLiteral("#e7f1fb");
    QString border = QStringLiteral("#9cc0e4");
    QString name = tr("Information");
    switch (m_level) {
    case Level::Information:
        break;
    case Level::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        background = QStringLiteral("#fff4e0");
        border = QStringLiteral("#e8b964");
        name = tr("Warning");
        break;
    case Level::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        background = QStringLiteral("#fdecea");
        border = QStringLiteral("#e3a29b");
        name = tr("Error");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_iconLabel->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_iconLabel->setAccessibleDescription(name);
    // Light tints with dark text, readable in light and dark themes alike.
    setStyleSheet(
        QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "QFrame#messageBanner QLabel { color: #1d1d1d; background: transparent; }")
            .arg(background, border));
}
