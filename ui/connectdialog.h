#pragma once

#include "auth/cloudconfig.h"
#include "auth/configerror.h"
#include "auth/connectionprofile.h"

#include <QDialog>

class CredentialStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// "Connect to cloud…": the clouds CloudConfig found (with the file each came from) plus a "Manual"
// entry for typing a Keystone login, and the TLS settings. Non-secret choices are remembered in
// QSettings; a password only ever goes to the system keyring (QtKeychain), and only when asked to.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Loads `config` (bad YAML shows inline with file and line).
    explicit ConnectDialog(const CloudConfig &config, QWidget *parent = nullptr);

    // The profile to sign in with: the selected cloud resolved by CloudConfig, or the manual fields.
    // On failure returns an empty profile and a translated sentence in `problem`.
    ConnectionProfile profile(QString *problem = nullptr) const;
    bool isManualSelected() const;
    void selectCloud(const QString &name); // empty: the Manual entry

    ConfigError loadError() const { return m_loadError; }
    // Whether the keyring probe finished, and whether it found a keyring.
    bool keyringProbed() const { return m_keyringProbed; }
    bool keyringAvailable() const { return m_keyringAvailable; }

    // Keyring entry name for a login (no secret in it).
    static QString keyringKey(const ConnectionProfile &profile);

    QTreeWidget *cloudList() const { return m_cloudList; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QComboBox *authTypeCombo() const { return m_authTypeCombo; }
    QLineEdit *authUrlEdit() const { return m_authUrlEdit; }
    QLineEdit *endpointEdit() const { return m_endpointEdit; }
    QLineEdit *usernameEdit() const { return m_usernameEdit; }
    QLineEdit *userDomainEdit() const { return m_userDomainEdit; }
    QLineEdit *projectEdit() const { return m_projectEdit; }
    QLineEdit *projectDomainEdit() const { return m_projectDomainEdit; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    QLineEdit *credentialIdEdit() const { return m_credentialIdEdit; }
    QLineEdit *credentialSecretEdit() const { return m_credentialSecretEdit; }
    QLineEdit *tokenEdit() const { return m_tokenEdit; }
    QLineEdit *regionEdit() const { return m_regionEdit; }
    QComboBox *interfaceCombo() const { return m_interfaceCombo; }
    QCheckBox *verifyCheck() const { return m_verifyCheck; }
    QLineEdit *caFileEdit() const { return m_caFileEdit; }
    QLineEdit *certFileEdit() const { return m_certFileEdit; }
    QLineEdit *keyFileEdit() const { return m_keyFileEdit; }
    QCheckBox *rememberPasswordCheck() const { return m_rememberPasswordCheck; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

public slots:
    void accept() override;

signals:
    void keyringProbeFinished(bool available);

private:
    void buildUi();
    void populateClouds();
    void restoreSettings();
    void saveSettings() const;
    void updateFieldStates();
    void probeKeyring();
    void readRememberedPassword();
    void storePassword(const ConnectionProfile &profile) const;
    QLineEdit *addLineEdit(const QString &objectName, const QString &accessibleName);
    QWidget *filePicker(QLineEdit *edit, const QString &objectName, const QString &title);

    CloudConfig m_config;
    ConfigError m_loadError;
    bool m_keyringProbed = false;
    bool m_keyringAvailable = false;
    CredentialStore *m_credentials;

    QTreeWidget *m_cloudList = nullptr;
    QLabel *m_errorLabel = nullptr;
    QGroupBox *m_manualGroup = nullptr;
    QComboBox *m_authTypeCombo = nullptr;
    QLineEdit *m_authUrlEdit = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_userDomainEdit = nullptr;
    QLineEdit *m_projectEdit = nullptr;
    QLineEdit *m_projectDomainEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_credentialIdEdit = nullptr;
    QLineEdit *m_credentialSecretEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_regionEdit = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QCheckBox *m_verifyCheck = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QLineEdit *m_certFileEdit = nullptr;
    QLineEdit *m_keyFileEdit = nullptr;
    QCheckBox *m_rememberPasswordCheck = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
