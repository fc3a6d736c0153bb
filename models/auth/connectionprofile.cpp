#include "auth/connectionprofile.h"

#include <QDebug>

ConnectionProfile::AuthType ConnectionProfile::parseAuthType(const QString &text, bool *ok)
{
    const QString name = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    *ok = true;
    if (name.isEmpty() || name == QLatin1String("password") || name == QLatin1String("v3password"))
        return AuthType::Password;
    if (name == QLatin1String("v3applicationcredential") || name == QLatin1String("applicationcredential") ||
        name == QLatin1String("application_credential"))
        return AuthType::ApplicationCredential;
    if (name == QLatin1String("token") || name == QLatin1String("v3token"))
        return AuthType::Token;
    if (name == QLatin1String("admin_token"))
        return AuthType::AdminToken;
    if (name == QLatin1String("none") || name == QLatin1String("noauth"))
        return AuthType::None;
    *ok = false;
    return AuthType::Password;
}

QString ConnectionProfile::authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::Password:
        return QStringLiteral("password");
    case AuthType::ApplicationCredential:
        return QStringLiteral("v3applicationcredential");
    case AuthType::Token:
        return QStringLiteral("token");
    case AuthType::AdminToken:
        return QStringLiteral("admin_token");
    case AuthType::None:
        return QStringLiteral("none");
    }
    return {};
}

QStringList ConnectionProfile::supportedAuthTypes()
{
    return {
        QStringLiteral("password"), QStringLiteral("v3password"), QStringLiteral("v3applicationcredential"),
        QStringLiteral("token"),    QStringLiteral("v3token"),    QStringLiteral("admin_token"),
        QStringLiteral("none")};
}

QString ConnectionProfile::normalizedInterface(const QString &interface)
{
    QString name = interface.trimmed().toLower();
    if (name.endsWith(QLatin1String("url"))) // the Keystone v2 spellings publicURL, internalURL, adminURL
        name.chop(3);
    return name;
}

bool ConnectionProfile::usesKeystone() const
{
    return authType == AuthType::Password || authType == AuthType::ApplicationCredential ||
           authType == AuthType::Token;
}

QUrl ConnectionProfile::fixedPlacementUrl() const
{
    if (placementEndpointOverride.isValid() && !placementEndpointOverride.isEmpty())
        return placementEndpointOverride;
    if ((authType == AuthType::AdminToken || authType == AuthType::None) && endpoint.isValid() &&
        !endpoint.isEmpty())
        return endpoint;
    return {};
}

namespace {

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

bool ConnectionProfile::validate(QString *problem) const
{
    QStringList missing;
    if (usesKeystone()) {
        if (authUrl.isEmpty())
            missing << QStringLiteral("auth_url");
        else if (!isHttpUrl(authUrl)) {
            *problem = tr("auth_url \"%1\" is not an http:// or https:// URL.").arg(authUrl.toString());
            return false;
        }
    }
    switch (authType) {
    case AuthType::Password:
        if (username.isEmpty() && userId.isEmpty())
            missing << QStringLiteral("username");
        if (password.isEmpty())
            missing << QStringLiteral("password");
        break;
    case AuthType::ApplicationCredential:
        if (applicationCredentialSecret.isEmpty())
            missing << QStringLiteral("application_credential_secret");
        if (applicationCredentialId.isEmpty()) {
            if (applicationCredentialName.isEmpty())
                missing << QStringLiteral("application_credential_id");
            else if (username.isEmpty() && userId.isEmpty())
                missing << QStringLiteral("username");
        }
        break;
    case AuthType::Token:
        if (token.isEmpty())
            missing << QStringLiteral("token");
        break;
    case AuthType::AdminToken:
        if (token.isEmpty())
            missing << QStringLiteral("token");
        Q_FALLTHROUGH();
    case AuthType::None:
        if (fixedPlacementUrl().isEmpty())
            missing << QStringLiteral("placement_endpoint_override");
        break;
    }
    if (!missing.isEmpty()) {
        *problem = tr("The %1 login needs %2.", "auth type, list of clouds.yaml keys")
                       .arg(authTypeName(authType), missing.join(QLatin1String(", ")));
        return false;
    }
    const QUrl fixed = fixedPlacementUrl();
    if (!fixed.isEmpty() && !isHttpUrl(fixed)) {
        *problem =
            tr("The Placement endpoint \"%1\" is not an http:// or https:// URL.").arg(fixed.toString());
        return false;
    }
    const QString iface = normalizedInterface(interface);
    if (!iface.isEmpty() && iface != QLatin1String("public") && iface != QLatin1String("internal") &&
        iface != QLatin1String("admin")) {
        *problem = tr("interface \"%1\" is not one of public, internal or admin.").arg(interface);
        return false;
    }
    return true;
}

ConnectionProfile::Source ConnectionProfile::sourceOf(const QString &key) const
{
    return sources.value(key, Source::Default);
}

QString ConnectionProfile::sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return tr("the default");
    case Source::CloudsFile:
        return tr("clouds.yaml");
    case Source::SecureFile:
        return tr("secure.yaml");
    case Source::Environment:
        return tr("the environment (OS_*)");
    case Source::CommandLine:
        return tr("the command line");
    }
    return {};
}

QString ConnectionProfile::displayName() const
{
    QString who = !username.isEmpty() ? username : userId;
    if (authType == AuthType::ApplicationCredential)
        who = !applicationCredentialName.isEmpty() ? applicationCredentialName : applicationCredentialId;
    const QString scope = !projectName.isEmpty() ? projectName : projectId;
    QString text;
    if (!usesKeystone()) {
        text = fixedPlacementUrl().toDisplayString(QUrl::RemoveUserInfo);
    } else {
        text = who.isEmpty() ? authUrl.host() : who;
        if (!scope.isEmpty())
            text = tr("%1@%2", "user@project").arg(text, scope);
    }
    if (!regionName.isEmpty())
        text = tr("%1 on %2", "user@project on region").arg(text, regionName);
    if (!cloudName.isEmpty())
        text = tr("%1 (%2)", "description (cloud name)").arg(text, cloudName);
    return text;
}

bool ConnectionProfile::hasSecrets() const
{
    return !password.isEmpty() || !applicationCredentialSecret.isEmpty() || !token.isEmpty();
}

void ConnectionProfile::clearSecrets()
{
    password.clear();
    applicationCredentialSecret.clear();
    token.clear();
}

QDebug operator<<(QDebug debug, const ConnectionProfile &profile)
{
    const QDebugStateSaver saver(debug);
    const auto secret = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("<empty>") : QStringLiteral("<redacted>");
    };
    debug.nospace() << "ConnectionProfile(cloud=" << profile.cloudName
                    << ", auth_type=" << ConnectionProfile::authTypeName(profile.authType)
                    << ", auth_url=" << profile.authUrl.toDisplayString(QUrl::RemoveUserInfo)
                    << ", username=" << profile.username << ", user_id=" << profile.userId
                    << ", password=" << secret(profile.password) << ", project_name=" << profile.projectName
                    << ", project_id=" << profile.projectId
                    << ", application_credential_id=" << profile.applicationCredentialId
                    << ", application_credential_secret=" << secret(profile.applicationCredentialSecret)
                    << ", token=" << secret(profile.token) << ", region_name=" << profile.regionName
                    << ", interface=" << profile.interface << ", placement_endpoint_override="
                    << profile.placementEndpointOverride.toDisplayString()
                    << ", verify=" << profile.tls.verify << ')';
    return debug;
}
