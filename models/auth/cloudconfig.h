#pragma once

#include "auth/configerror.h"
#include "auth/connectionprofile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QCommandLineParser;

// One cloud as a Connect dialog lists it: no secrets, and the file it came from.
struct CloudEntry
{
    QString name;
    QString file;              // clouds.yaml holding it (or secure.yaml if only that one names it)
    bool inSecureFile = false; // secure.yaml adds settings (usually the password) to it
    QString authType;          // as written; empty means password
    QUrl authUrl;
    QString username;
    QString projectName;
    QString regionName;
};

// Reads clouds.yaml and secure.yaml the way openstacksdk and the openstack CLI do, and resolves one
// cloud into a ConnectionProfile. Precedence, highest first: command-line options, OS_* environment
// variables, secure.yaml, clouds.yaml.
//
// Files: the first of OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml
// ($XDG_CONFIG_HOME/openstack when set), /etc/openstack/clouds.yaml that exists wins (.yml is accepted
// too); secure.yaml is looked up the same way (OS_CLIENT_SECURE_FILE first) and merged over it key by key.
//
// Everything outside the process is injectable (environment, working and system directories) so
// tests are hermetic:
//
//   CloudConfig config(CloudConfig::systemEnvironment());
//   ConfigError error;
//   if (!config.load(&error)) ...                       // bad YAML: error.file(), error.line()
//   ConnectionProfile profile = config.resolve(overrides, &error);
class CloudConfig
{
    Q_DECLARE_TR_FUNCTIONS(CloudConfig)

public:
    using Environment = QHash<QString, QString>;
    // clouds.yaml keys without the auth: level ("cloud", "auth_url", "username", "password",
    // "region_name", "verify", ...) -> value, as given on the command line.
    using Overrides = QHash<QString, QString>;

    explicit CloudConfig(const Environment &environment = systemEnvironment());

    static Environment systemEnvironment();

    void setEnvironment(const Environment &environment) { m_environment = environment; }
    Environment environment() const { return m_environment; }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; } // default: current
    void setSystemConfigDirectory(const QString &directory)
    {
        m_systemDirectory = directory;
    } // /etc/openstack

    // The directories searched, in order (after OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE).
    QStringList searchDirectories() const;
    QStringList candidateCloudsFiles() const;
    QStringList candidateSecureFiles() const;

    // Finds and parses the files. No file at all is fine (the environment may say everything);
    // an unreadable file or bad YAML is an error naming file and line.
    bool load(ConfigError *error = nullptr);
    QString cloudsFile() const { return m_cloudsFile; } // empty when none was found
    QString secureFile() const { return m_secureFile; }

    QList<CloudEntry> clouds() const; // sorted by name
    QStringList cloudNames() const;
    bool hasCloud(const QString &name) const;

    // --os-cloud, else OS_CLOUD; empty when neither is set.
    QString selectedCloud(const Overrides &overrides = {}) const;

    // Resolves the selected cloud (see selectedCloud()) with environment and overrides on top.
    // Without a selected cloud, the environment and overrides alone must describe the connection.
    // On failure returns an empty profile and sets `error`.
    ConnectionProfile resolve(const Overrides &overrides, ConfigError *error) const;
    ConnectionProfile resolve(const QString &cloud, const Overrides &overrides, ConfigError *error) const;

    // The file format alone, as load() reads each file: `data` is the file's content and `path` only
    // names it in errors. On success *clouds holds the cloud names -> settings (keys normalised).
    // Public so the fuzz target (tests/fuzz) runs exactly this without the file system around it.
    static bool parse(const QByteArray &data, const QString &path, QVariantMap *clouds, ConfigError *error);

private:
    struct Layer
    {
        QVariantMap values; // flat: auth keys lifted to the top level
        ConnectionProfile::Source source;
    };

    static bool parseFile(const QString &path, QVariantMap *clouds, ConfigError *error);
    QString findFile(const QString &overrideVariable, const QStringList &names) const;
    QString homeDirectory() const;
    Layer environmentLayer() const;
    static QVariantMap flatten(const QVariantMap &cloud);
    ConnectionProfile build(const QList<Layer> &layers, ConfigError *error) const;
    QString expandPath(const QString &path) const;

    Environment m_environment;
    QString m_workingDirectory;
    QString m_systemDirectory;
    QString m_cloudsFile;
    QString m_secureFile;
    QVariantMap m_clouds; // name -> map, as read from clouds.yaml
    QVariantMap m_secure; // name -> map, as read from secure.yaml
};
