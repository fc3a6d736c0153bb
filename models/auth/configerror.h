#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why clouds.yaml, secure.yaml, the environment or the command line do not give a usable connection.
// message() is one translated sentence for the user; it never contains a secret.
class ConfigError
{
    Q_DECLARE_TR_FUNCTIONS(ConfigError)

public:
    enum class Kind {
        None,
        UnreadableFile,   // exists but cannot be read
        InvalidYaml,      // syntax error; file() and line() say where
        InvalidStructure, // valid YAML, but not the shape openstacksdk reads (e.g. `clouds` not a mapping)
        CloudNotFound,    // the selected cloud is in no file
        NoCloudSelected,  // nothing names a cloud and nothing else says where to connect
        UnknownAuthType,
        MissingValue, // e.g. a password login without auth_url
        InvalidValue, // e.g. a URL that does not parse
    };

    ConfigError() = default;
    ConfigError(Kind kind, const QString &message, const QString &file = {}, int line = 0, int column = 0);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // "file:line: message" (or just the message when no file is to blame): what the window shows.
    QString text() const;
    QString file() const { return m_file; } // empty unless a file is to blame
    int line() const { return m_line; }     // 1-based; 0 when unknown
    int column() const { return m_column; } // 1-based; 0 when unknown

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_file;
    int m_line = 0;
    int m_column = 0;
};

Q_DECLARE_METATYPE(ConfigError)
