#include "ui/errordetailsdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ErrorDetailsDialog::ErrorDetailsDialog(const ApiError &error, QWidget *parent)
    : QDialog(parent), m_error(error), m_detailsEdit(new QPlainTextEdit(this)),
      m_requestIdEdit(new QLineEdit(this)), m_copyRequestIdButton(new QPushButton(tr("&Copy"), this)),
      m_copyAllButton(new QPushButton(tr("Copy &all"), this))
{
    setObjectName(QStringLiteral("errorDetailsDialog"));
    setWindowTitle(tr("Error Details"));
    setAccessibleName(tr("Error details"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("errorDetailsIcon"));
    iconLabel->setAccessibleName(tr("Error"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *summaryLabel = new QLabel(error.summary(), this);
    summaryLabel->setObjectName(QStringLiteral("errorSummaryLabel"));
    summaryLabel->setAccessibleName(tr("Error summary"));
    summaryLabel->setAccessibleDescription(error.summary());
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *detailsLabel = new QLabel(tr("&Full message:"), this);
    detailsLabel->setObjectName(QStringLiteral("errorDetailsLabel"));
    detailsLabel->setAccessibleName(tr("Full message"));
    detailsLabel->setBuddy(m_detailsEdit);
    m_detailsEdit->setObjectName(QStringLiteral("errorDetailsText"));
    m_detailsEdit->setAccessibleName(tr("Full error message"));
    m_detailsEdit->setReadOnly(true);
    m_detailsEdit->setPlainText(buildDetailsText(error));
    m_detailsEdit->setMinimumSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70,
                                  fontMetrics().lineSpacing() * 8);

    auto *requestIdLabel = new QLabel(tr("&Request ID:"), this);
    requestIdLabel->setObjectName(QStringLiteral("requestIdLabel"));
    requestIdLabel->setAccessibleName(tr("Request ID"));
    requestIdLabel->setBuddy(m_requestIdEdit);
    m_requestIdEdit->setObjectName(QStringLiteral("requestIdEdit"));
    m_requestIdEdit->setAccessibleName(tr("Request ID"));
    m_requestIdEdit->setAccessibleDescription(
        tr("Placement's request ID, to find this request in the service log"));
    m_requestIdEdit->setReadOnly(true);
    m_requestIdEdit->setText(error.requestId());
    m_requestIdEdit->setPlaceholderText(tr("none (the request did not reach Placement)"));
    m_copyRequestIdButton->setObjectName(QStringLiteral("copyRequestIdButton"));
    m_copyRequestIdButton->setAccessibleName(tr("Copy request ID"));
    m_copyRequestIdButton->setEnabled(!error.requestId().isEmpty());
    m_copyAllButton->setObjectName(QStringLiteral("copyAllButton"));
    m_copyAllButton->setAccessibleName(tr("Copy all details"));

    auto *requestIdRow = new QHBoxLayout;
    requestIdRow->addWidget(requestIdLabel);
    requestIdRow->addWidget(m_requestIdEdit, 1);
    requestIdRow->addWidget(m_copyRequestIdButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("errorDetailsButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->addButton(m_copyAllButton, QDialogButtonBox::ActionRole);
    QPushButton *closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAccessibleName(tr("Close"));
    closeButton->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel);
    top->addWidget(summaryLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_detailsEdit, 1);
    layout->addLayout(requestIdRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyRequestIdButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_error.requestId()); });
    connect(m_copyAllButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(detailsText()); });
}

QString ErrorDetailsDialog::detailsText() const
{
    return m_detailsEdit->toPlainText();
}

QString ErrorDetailsDialog::buildDetailsText(const ApiError &error)
{
    QStringList lines;
    lines << error.fullText();
    // Placement's detail often has several lines (webob's generic preamble first); keep it whole.
    if (!error.detail().isEmpty() && error.detail().trimmed() != error.shortDetail())
        lines << QString() << tr("Complete server message:") << error.detail();
    lines << QString();
    if (error.httpStatus() > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    if (!error.title().isEmpty())
        lines << tr("Title: %1").arg(error.title());
    if (!error.code().isEmpty())
        lines << tr("Error code: %1").arg(error.code());
    if (error.url().isValid())
        lines << tr("URL: %1").arg(error.url().toDisplayString());
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}
