#include "ui/connectionbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent), m_endpointLabel(new QLabel(tr("&Endpoint:"), this)),
      m_endpointEdit(new QLineEdit(this)), m_tokenLabel(new QLabel(tr("&Token:"), this)),
      m_tokenEdit(new QLineEdit(this)), m_connectButton(new QPushButton(tr("&Connect"), this))
{
    setObjectName(QStringLiteral("connectionBar"));
    setAccessibleName(tr("Connection"));

    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_endpointLabel->setAccessibleName(tr("Endpoint"));
    m_endpointLabel->setBuddy(m_endpointEdit);
    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setAccessibleName(tr("Endpoint URL"));
    m_endpointEdit->setAccessibleDescription(
        tr("URL of the Placement API, for example http://controller:8778"));
    m_endpointEdit->setPlaceholderText(tr("http://controller:8778"));
    m_endpointEdit->setToolTip(tr("URL of the Placement API (http or https), including any path prefix"));
    m_endpointEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_tokenLabel->setObjectName(QStringLiteral("tokenLabel"));
    m_tokenLabel->setAccessibleName(tr("Token"));
    m_tokenLabel->setBuddy(m_tokenEdit);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Token"));
    m_tokenEdit->setAccessibleDescription(tr("Keystone token sent as X-Auth-Token; it is never saved"));
    m_tokenEdit->setPlaceholderText(tr("X-Auth-Token"));
    m_tokenEdit->setToolTip(
        tr("Keystone token sent as X-Auth-Token. It is kept in memory only, never saved."));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    // A fixed name: the visible text switches between Connect and Refresh, the action is the same.
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setAccessibleDescription(tr("Loads all resource providers and their aggregates"));
    m_connectButton->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_endpointLabel);
    layout->addWidget(m_endpointEdit, 3);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_tokenLabel);
    layout->addWidget(m_tokenEdit, 1);
    layout->addWidget(m_connectButton);

    connect(m_endpointEdit, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_tokenEdit, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionBar::connectRequested);
    connect(m_endpointEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateButtonText);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateButtonText);
}

QString ConnectionBar::endpointText() const
{
    return m_endpointEdit->text().trimmed();
}

void ConnectionBar::setEndpointText(const QString &text)
{
    m_endpointEdit->setText(text);
}

QString ConnectionBar::token() const
{
    return m_tokenEdit->text().trimmed();
}

void ConnectionBar::setToken(const QString &token)
{
    m_tokenEdit->setText(token);
}

void ConnectionBar::setLoadedConnection(const QString &endpoint, const QString &token)
{
    m_loadedEndpoint = endpoint;
    m_loadedToken = token;
    m_hasLoadedConnection = true;
    updateButtonText();
}

bool ConnectionBar::matchesLoadedConnection() const
{
    return m_hasLoadedConnection && endpointText() == m_loadedEndpoint && token() == m_loadedToken;
}

void ConnectionBar::focusEndpoint()
{
    m_endpointEdit->setFocus(Qt::OtherFocusReason);
    m_endpointEdit->selectAll();
}

void ConnectionBar::updateButtonText()
{
    const bool refresh = matchesLoadedConnection();
    m_connectButton->setText(refresh ? tr("&Refresh") : tr("&Connect"));
    m_connectButton->setToolTip(refresh ? tr("Reload providers and aggregates from this endpoint (F5)")
                                        : tr("Connect to this endpoint and load its providers (F5)"));
}
