#pragma once

#include "auth/tlssettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

class QDebug;

// Everything needed to reach one cloud's Placement: how to authenticate, where to look in the catalog,
// and TLS. CloudConfig fills it from clouds.yaml, secure.yaml, OS_* variables and command-line options;
// a Connect dialog may fill it by hand. A plain value: copying it copies the secrets too, so keep
// copies short-lived and never write one out without clearSecrets().
//
// Field names follow clouds.yaml (openstacksdk): `auth: {auth_url, username, ...}`, region_name, ...
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class AuthType {
        Password,              // password, v3password
        ApplicationCredential, // v3applicationcredential
        Token,                 // token, v3token: an existing Keystone token, re-scoped
        AdminToken,            // admin_token: a fixed token sent to a fixed endpoint, no Keystone
        None,                  // none / noauth: no token at all, fixed endpoint
    };

    // Where a setting came from, highest precedence last.
    enum class Source {
        Default,
        CloudsFile,
        SecureFile,
        Environment,
        CommandLine,
    };

    QString cloudName;  // empty when only the environment / command line described the cloud
    QString cloudsFile; // the clouds.yaml used, if any
    QString secureFile; // the secure.yaml merged over it, if any

    AuthType authType = AuthType::Password;
    QUrl authUrl; // Keystone, with or without /v3 and with any path prefix
    QString username;
    QString userId;
    QString userDomainName;
    QString userDomainId;
    QString password; // secret
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString domainName; // domain scope, when no project is given
    QString domainId;
    bool systemScope = false; // system_scope: all
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret; // secret
    QString token;                       // secret: token/v3token and admin_token
    QUrl endpoint;                       // auth.endpoint of admin_token / none

    QString regionName;                           // empty: any region
    QString interface = QStringLiteral("public"); // public, internal or admin
    QUrl placementEndpointOverride;               // wins over the catalog
    QUrl computeEndpointOverride;                 // Nova; wins over the catalog's compute entry
    QString placementApiVersion;                  // caps the negotiated microversion; "latest" = no cap

    TlsSettings tls;

    // Key (clouds.yaml spelling, e.g. "auth_url", "password", "region_name") -> where its value came from.
    QHash<QString, Source> sources;

    static AuthType parseAuthType(const QString &text, bool *ok);
    static QString authTypeName(AuthType type); // the clouds.yaml spelling
    static QStringList supportedAuthTypes();
    static QString normalizedInterface(const QString &interface); // "publicURL" -> "public"

    // Password, application credential and token logins go through Keystone.
    bool usesKeystone() const;
    // The Placement URL the profile fixes without Keystone's catalog: placement_endpoint_override,
    // or auth.endpoint for admin_token and none. Invalid if the catalog must be asked.
    QUrl fixedPlacementUrl() const;
    // Whether the fields this auth type needs are set; otherwise a translated sentence naming the
    // missing clouds.yaml keys goes to `problem`.
    bool validate(QString *problem) const;

    Source sourceOf(const QString &key) const;
    static QString sourceName(Source source); // translated, e.g. "the environment (OS_*)"

    // Short, secret-free description for titles and logs, e.g. "admin@admin on RegionOne (devstack)".
    QString displayName() const;
    bool hasSecrets() const;
    void clearSecrets();
};

// Prints the profile with every secret replaced by "<redacted>", so logging a profile is safe.
QDebug operator<<(QDebug debug, const ConnectionProfile &profile);

Q_DECLARE_METATYPE(ConnectionProfile)
