#include "ui/connectdialog.h"

#include "auth/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const auto LastCloudKey = QLatin1String("connect/lastCloud");
const auto ManualGroup = QLatin1String("connect/manual");
const int NameRole = Qt::UserRole; // empty for the Manual entry
const int ManualRole = Qt::UserRole + 1;

// The auth types the Manual entry offers, in combo order.
const ConnectionProfile::AuthType ManualAuthTypes[] = {
    ConnectionProfile::AuthType::Password,
    ConnectionProfile::AuthType::ApplicationCredential,
    ConnectionProfile::AuthType::Token,
    ConnectionProfile::AuthType::None,
};

} // namespace

ConnectDialog::ConnectDialog(const CloudConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config), m_credentials(new CredentialStore(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Cloud"));
    setAccessibleName(tr("Connect to cloud"));
    buildUi();
    m_config.load(&m_loadError);
    populateClouds();
    restoreSettings();
    updateFieldStates();
    probeKeyring();
}

QLineEdit *ConnectDialog::addLineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QWidget *ConnectDialog::filePicker(QLineEdit *edit, const QString &objectName, const QString &title)
{
    auto *row = new QWidget(this);
    row->setObjectName(objectName + QLatin1String("Row"));
    row->setAccessibleName(title);
    auto *button = new QPushButton(tr("Browse…"), row);
    button->setObjectName(objectName + QLatin1String("BrowseButton"));
    button->setAccessibleName(tr("Browse for %1").arg(title));
    connect(button, &QPushButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text());
        if (!file.isEmpty())
            edit->setText(QDir::toNativeSeparators(file));
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

void ConnectDialog::buildUi()
{
    auto *cloudsLabel = new QLabel(tr("&Clouds (clouds.yaml, OS_* variables):"), this);
    cloudsLabel->setObjectName(QStringLiteral("cloudsLabel"));
    cloudsLabel->setAccessibleName(tr("Clouds"));
    m_cloudList = new QTreeWidget(this);
    m_cloudList->setObjectName(QStringLiteral("cloudList"));
    m_cloudList->setAccessibleName(tr("Clouds"));
    m_cloudList->setRootIsDecorated(false);
    m_cloudList->setHeaderLabels(
        {tr("Cloud"), tr("Auth URL"), tr("User / project"), tr("Region"), tr("File")});
    m_cloudList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cloudsLabel->setBuddy(m_cloudList);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("configErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Configuration error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #c0392b; "
                                               "padding: 4px; border-radius: 3px;"));
    m_errorLabel->hide();

    m_manualGroup = new QGroupBox(tr("Manual login"), this);
    m_manualGroup->setObjectName(QStringLiteral("manualGroup"));
    m_manualGroup->setAccessibleName(tr("Manual login"));
    m_authTypeCombo = new QComboBox(this);
    m_authTypeCombo->setObjectName(QStringLiteral("authTypeCombo"));
    m_authTypeCombo->setAccessibleName(tr("Authentication type"));
    m_authTypeCombo->addItem(tr("Password"));
    m_authTypeCombo->addItem(tr("Application credential"));
    m_authTypeCombo->addItem(tr("Existing token"));
    m_authTypeCombo->addItem(tr("None (fixed endpoint)"));
    m_authUrlEdit = addLineEdit(QStringLiteral("authUrlEdit"), tr("Auth URL"));
    m_authUrlEdit->setPlaceholderText(tr("https://keystone.example.com:5000/v3"));
    m_endpointEdit = addLineEdit(QStringLiteral("manualEndpointEdit"), tr("Placement endpoint"));
    m_endpointEdit->setPlaceholderText(tr("http://controller:8778"));
    m_usernameEdit = addLineEdit(QStringLiteral("usernameEdit"), tr("User"));
    m_userDomainEdit = addLineEdit(QStringLiteral("userDomainEdit"), tr("User domain"));
    m_userDomainEdit->setPlaceholderText(QStringLiteral("Default"));
    m_projectEdit = addLineEdit(QStringLiteral("projectEdit"), tr("Project"));
    m_projectDomainEdit = addLineEdit(QStringLiteral("projectDomainEdit"), tr("Project domain"));
    m_projectDomainEdit->setPlaceholderText(QStringLiteral("Default"));
    m_credentialIdEdit = addLineEdit(QStringLiteral("credentialIdEdit"), tr("Application credential ID"));
    m_credentialSecretEdit =
        addLineEdit(QStringLiteral("credentialSecretEdit"), tr("Application credential secret"));
    m_credentialSecretEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit = addLineEdit(QStringLiteral("manualTokenEdit"), tr("Token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_regionEdit = addLineEdit(QStringLiteral("regionEdit"), tr("Region"));
    m_regionEdit->setPlaceholderText(tr("any"));
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(QStringLiteral("interfaceCombo"));
    m_interfaceCombo->setAccessibleName(tr("Interface"));
    m_interfaceCombo->addItems(
        {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")});

    auto *manualForm = new QFormLayout(m_manualGroup);
    manualForm->addRow(tr("Auth &type:"), m_authTypeCombo);
    manualForm->addRow(tr("&Auth URL:"), m_authUrlEdit);
    manualForm->addRow(tr("&Endpoint:"), m_endpointEdit);
    manualForm->addRow(tr("&User:"), m_usernameEdit);
    manualForm->addRow(tr("User &domain:"), m_userDomainEdit);
    manualForm->addRow(tr("Pro&ject:"), m_projectEdit);
    manualForm->addRow(tr("Project do&main:"), m_projectDomainEdit);
    manualForm->addRow(tr("Credential &ID:"), m_credentialIdEdit);
    manualForm->addRow(tr("Credential &secret:"), m_credentialSecretEdit);
    manualForm->addRow(tr("To&ken:"), m_tokenEdit);
    manualForm->addRow(tr("&Region:"), m_regionEdit);
    manualForm->addRow(tr("&Interface:"), m_interfaceCombo);

    // Asked for clouds too: clouds.yaml often leaves the password to the user.
    m_passwordEdit = addLineEdit(QStringLiteral("passwordEdit"), tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("from clouds.yaml / secure.yaml when empty"));
    m_rememberPasswordCheck = new QCheckBox(tr("Re&member password in the system keyring"), this);
    m_rememberPasswordCheck->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberPasswordCheck->setAccessibleName(tr("Remember password in the system keyring"));
    // Enabled only once a keyring answered: there is no plain-text fallback.
    m_rememberPasswordCheck->setEnabled(false);
    m_rememberPasswordCheck->setToolTip(tr("Checking for a system keyring…"));
    auto *passwordForm = new QFormLayout;
    passwordForm->addRow(tr("&Password:"), m_passwordEdit);
    passwordForm->addRow(QString(), m_rememberPasswordCheck);

    auto *tlsGroup = new QGroupBox(tr("TLS (manual login)"), this);
    tlsGroup->setObjectName(QStringLiteral("tlsGroup"));
    tlsGroup->setAccessibleName(tr("TLS"));
    m_verifyCheck = new QCheckBox(tr("&Verify server certificates"), this);
    m_verifyCheck->setObjectName(QStringLiteral("verifyCheck"));
    m_verifyCheck->setAccessibleName(tr("Verify server certificates"));
    m_verifyCheck->setChecked(true);
    m_caFileEdit = addLineEdit(QStringLiteral("caFileEdit"), tr("CA bundle"));
    m_certFileEdit = addLineEdit(QStringLiteral("certFileEdit"), tr("Client certificate"));
    m_keyFileEdit = addLineEdit(QStringLiteral("keyFileEdit"), tr("Client key"));
    auto *tlsForm = new QFormLayout(tlsGroup);
    tlsForm->addRow(QString(), m_verifyCheck);
    tlsForm->addRow(tr("CA &bundle:"), filePicker(m_caFileEdit, QStringLiteral("caFile"), tr("CA bundle")));
    tlsForm->addRow(tr("Client &certificate:"),
                    filePicker(m_certFileEdit, QStringLiteral("certFile"), tr("Client certificate")));
    tlsForm->addRow(tr("Client &key:"),
                    filePicker(m_keyFileEdit, QStringLiteral("keyFile"), tr("Client key")));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_manualGroup);
    right->addWidget(tlsGroup);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(cloudsLabel);
    left->addWidget(m_cloudList, 1);
    left->addWidget(m_errorLabel);
    left->addLayout(passwordForm);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_cloudList, &QTreeWidget::currentItemChanged, this, &ConnectDialog::updateFieldStates);
    connect(m_authTypeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateFieldStates);
    connect(m_cloudList, &QTreeWidget::itemDoubleClicked, this, &ConnectDialog::accept);
    resize(980, 560);
}

void ConnectDialog::populateClouds()
{
    if (m_loadError.isError()) {
        m_errorLabel->setText(m_loadError.text());
        m_errorLabel->show();
    }
    const QList<CloudEntry> clouds = m_config.clouds();
    for (const CloudEntry &cloud : clouds) {
        QString who = cloud.username;
        if (!cloud.projectName.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral(" / ")) + cloud.projectName;
        QString file = QDir::toNativeSeparators(cloud.file);
        auto *item = new QTreeWidgetItem(
            m_cloudList, {cloud.name, cloud.authUrl.toDisplayString(), who, cloud.regionName, file});
        item->setData(0, NameRole, cloud.name);
        item->setToolTip(4, cloud.inSecureFile ? tr("%1 (with secure.yaml)").arg(file) : file);
    }
    auto *manual = new QTreeWidgetItem(m_cloudList, {tr("Manual"), tr("typed in on the right")});
    manual->setData(0, ManualRole, true);
    m_cloudList->setCurrentItem(m_cloudList->topLevelItem(0));
}

bool ConnectDialog::isManualSelected() const
{
    const QTreeWidgetItem *item = m_cloudList->currentItem();
    return !item || item->data(0, ManualRole).toBool();
}

void ConnectDialog::selectCloud(const QString &name)
{
    for (int i = 0; i < m_cloudList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_cloudList->topLevelItem(i);
        const bool manual = item->data(0, ManualRole).toBool();
        if ((name.isEmpty() && manual) || (!manual && item->data(0, NameRole).toString() == name)) {
            m_cloudList->setCurrentItem(item);
            return;
        }
    }
}

void ConnectDialog::updateFieldStates()
{
    const bool manual = isManualSelected();
    const auto type = ManualAuthTypes[qBound(0, m_authTypeCombo->currentIndex(), 3)];
    m_manualGroup->setEnabled(manual);
    m_verifyCheck->parentWidget()->setEnabled(manual);
    m_authUrlEdit->setEnabled(type != ConnectionProfile::AuthType::None);
    m_endpointEdit->setEnabled(type == ConnectionProfile::AuthType::None);
    const bool user = type == ConnectionProfile::AuthType::Password;
    for (QLineEdit *edit : {m_usernameEdit, m_userDomainEdit})
        edit->setEnabled(user);
    const bool scoped = user || type == ConnectionProfile::AuthType::Token;
    for (QLineEdit *edit : {m_projectEdit, m_projectDomainEdit})
        edit->setEnabled(scoped);
    const bool credential = type == ConnectionProfile::AuthType::ApplicationCredential;
    m_credentialIdEdit->setEnabled(credential);
    m_credentialSecretEdit->setEnabled(credential);
    m_tokenEdit->setEnabled(type == ConnectionProfile::AuthType::Token);
    m_passwordEdit->setEnabled(!manual || user);
}

ConnectionProfile ConnectDialog::profile(QString *problem) const
{
    ConnectionProfile result;
    QString why;
    if (!isManualSelected()) {
        const QString name = m_cloudList->currentItem()->data(0, NameRole).toString();
        // A typed password wins over the files', like --os-password; clouds.yaml often has none.
        CloudConfig::Overrides overrides;
        if (!m_passwordEdit->text().isEmpty())
            overrides.insert(QStringLiteral("password"), m_passwordEdit->text());
        ConfigError error;
        result = m_config.resolve(name, overrides, &error);
        if (error.isError()) {
            if (problem)
                *problem = error.message();
            return {};
        }
    } else {
        result.authType = ManualAuthTypes[qBound(0, m_authTypeCombo->currentIndex(), 3)];
        result.authUrl = QUrl::fromUserInput(m_authUrlEdit->text().trimmed());
        if (result.authType == ConnectionProfile::AuthType::None) {
            result.authUrl = QUrl();
            result.endpoint = QUrl::fromUserInput(m_endpointEdit->text().trimmed());
        }
        if (result.authType == ConnectionProfile::AuthType::Password) {
            result.username = m_usernameEdit->text().trimmed();
            result.userDomainName = m_userDomainEdit->text().trimmed();
            if (result.userDomainName.isEmpty())
                result.userDomainName = QStringLiteral("Default");
            result.password = m_passwordEdit->text();
        }
        if (result.authType == ConnectionProfile::AuthType::Password ||
            result.authType == ConnectionProfile::AuthType::Token) {
            result.projectName = m_projectEdit->text().trimmed();
            result.projectDomainName = m_projectDomainEdit->text().trimmed();
            if (!result.projectName.isEmpty() && result.projectDomainName.isEmpty())
                result.projectDomainName = QStringLiteral("Default");
        }
        if (result.authType == ConnectionProfile::AuthType::ApplicationCredential) {
            result.applicationCredentialId = m_credentialIdEdit->text().trimmed();
            result.applicationCredentialSecret = m_credentialSecretEdit->text();
        }
        if (result.authType == ConnectionProfile::AuthType::Token)
            result.token = m_tokenEdit->text().trimmed();
        result.regionName = m_regionEdit->text().trimmed();
        result.interface = m_interfaceCombo->currentText();
        result.tls.verify = m_verifyCheck->isChecked();
        result.tls.caFile = m_caFileEdit->text().trimmed();
        result.tls.certFile = m_certFileEdit->text().trimmed();
        result.tls.keyFile = m_keyFileEdit->text().trimmed();
    }
    if (!result.validate(&why)) {
        if (problem)
            *problem = why;
        return {};
    }
    return result;
}

void ConnectDialog::accept()
{
    QString problem;
    const ConnectionProfile chosen = profile(&problem);
    if (!problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->show();
        return;
    }
    saveSettings();
    if (m_rememberPasswordCheck->isEnabled() && m_rememberPasswordCheck->isChecked() &&
        !chosen.password.isEmpty())
        storePassword(chosen);
    QDialog::accept();
}

QString ConnectDialog::keyringKey(const ConnectionProfile &profile)
{
    return CredentialStore::keyFor(profile);
}

void ConnectDialog::restoreSettings()
{
    // Non-secret fields only: secrets come from the keyring or are typed again.
    QSettings settings;
    settings.beginGroup(ManualGroup);
    m_authTypeCombo->setCurrentIndex(qBound(0, settings.value(QStringLiteral("authType"), 0).toInt(), 3));
    m_authUrlEdit->setText(settings.value(QStringLiteral("authUrl")).toString());
    m_endpointEdit->setText(settings.value(QStringLiteral("endpoint")).toString());
    m_usernameEdit->setText(settings.value(QStringLiteral("username")).toString());
    m_userDomainEdit->setText(settings.value(QStringLiteral("userDomain")).toString());
    m_projectEdit->setText(settings.value(QStringLiteral("project")).toString());
    m_projectDomainEdit->setText(settings.value(QStringLiteral("projectDomain")).toString());
    m_credentialIdEdit->setText(settings.value(QStringLiteral("applicationCredentialId")).toString());
    m_regionEdit->setText(settings.value(QStringLiteral("region")).toString());
    const int interface = m_interfaceCombo->findText(settings.value(QStringLiteral("interface")).toString());
    if (interface >= 0)
        m_interfaceCombo->setCurrentIndex(interface);
    m_verifyCheck->setChecked(settings.value(QStringLiteral("verify"), true).toBool());
    m_caFileEdit->setText(settings.value(QStringLiteral("caFile")).toString());
    m_certFileEdit->setText(settings.value(QStringLiteral("certFile")).toString());
    m_keyFileEdit->setText(settings.value(QStringLiteral("keyFile")).toString());
    settings.endGroup();
    if (settings.contains(LastCloudKey))
        selectCloud(settings.value(LastCloudKey).toString());
}

void ConnectDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(LastCloudKey, isManualSelected()
                                        ? QString()
                                        : m_cloudList->currentItem()->data(0, NameRole).toString());
    settings.beginGroup(ManualGroup);
    settings.setValue(QStringLiteral("authType"), m_authTypeCombo->currentIndex());
    settings.setValue(QStringLiteral("authUrl"), m_authUrlEdit->text().trimmed());
    settings.setValue(QStringLiteral("endpoint"), m_endpointEdit->text().trimmed());
    settings.setValue(QStringLiteral("username"), m_usernameEdit->text().trimmed());
    settings.setValue(QStringLiteral("userDomain"), m_userDomainEdit->text().trimmed());
    settings.setValue(QStringLiteral("project"), m_projectEdit->text().trimmed());
    settings.setValue(QStringLiteral("projectDomain"), m_projectDomainEdit->text().trimmed());
    // The ID names the credential; its secret is what must not be written.
    settings.setValue(QStringLiteral("applicationCredentialId"), m_credentialIdEdit->text().trimmed());
    settings.setValue(QStringLiteral("region"), m_regionEdit->text().trimmed());
    settings.setValue(QStringLiteral("interface"), m_interfaceCombo->currentText());
    settings.setValue(QStringLiteral("verify"), m_verifyCheck->isChecked());
    settings.setValue(QStringLiteral("caFile"), m_caFileEdit->text().trimmed());
    settings.setValue(QStringLiteral("certFile"), m_certFileEdit->text().trimmed());
    settings.setValue(QStringLiteral("keyFile"), m_keyFileEdit->text().trimmed());
    settings.endGroup();
}

void ConnectDialog::probeKeyring()
{
    m_credentials->probe(this, [this](bool available, const QString &reason) {
        m_keyringAvailable = available;
        m_keyringProbed = true;
        m_rememberPasswordCheck->setEnabled(m_keyringAvailable);
        m_rememberPasswordCheck->setToolTip(
            m_keyringAvailable
                ? tr("Stores the password in the system keyring, never in Placement Desk's settings.")
                : tr("No system keyring is available (%1). Passwords are never stored in plain text, so "
                     "it has to be typed at each login.")
                      .arg(reason));
        if (m_keyringAvailable)
            readRememberedPassword();
        emit keyringProbeFinished(m_keyringAvailable);
    });
}

void ConnectDialog::readRememberedPassword()
{
    if (!m_passwordEdit->text().isEmpty())
        return;
    ConnectionProfile login;
    login.authUrl = QUrl::fromUserInput(m_authUrlEdit->text().trimmed());
    login.username = m_usernameEdit->text().trimmed();
    login.userDomainName = m_userDomainEdit->text().trimmed();
    login.projectName = m_projectEdit->text().trimmed();
    if (!isManualSelected()) {
        QString ignored;
        login = profile(&ignored);
    }
    if (login.username.isEmpty())
        return;
    m_credentials->readPassword(login, this, [this](bool found, const QString &password) {
        if (found && m_passwordEdit->text().isEmpty()) {
            m_passwordEdit->setText(password);
            m_rememberPasswordCheck->setChecked(true);
        }
    });
}

void ConnectDialog::storePassword(const ConnectionProfile &profile) const
{
    m_credentials->writePassword(profile);
}
