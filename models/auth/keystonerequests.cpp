#include "auth/keystonerequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject domainRef(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    return {{QStringLiteral("id"), QStringLiteral("default")}}; // the openstack CLI's default domain
}

QJsonObject userRef(const ConnectionProfile &profile)
{
    if (!profile.userId.isEmpty())
        return {{QStringLiteral("id"), profile.userId}};
    return {{QStringLiteral("name"), profile.username},
            {QStringLiteral("domain"), domainRef(profile.userDomainId, profile.userDomainName)}};
}

} // namespace

QUrl KeystoneRequests::tokensUrl(const QUrl &authUrl)
{
    QUrl url = authUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // Some clouds.yaml files give the token URL itself.
    if (path.endsWith(QLatin1String("/v3/auth/tokens")))
        path.chop(int(qstrlen("/auth/tokens")));
    if (path.endsWith(QLatin1String("/v2.0")))
        path.chop(5); // Keystone v2 is gone; its v3 API lives beside it
    if (!path.endsWith(QLatin1String("/v3")))
        path += QLatin1String("/v3");
    url.setPath(path + QLatin1String("/auth/tokens"));
    return url;
}

QUrl KeystoneRequests::projectsUrl(const QUrl &authUrl)
{
    QUrl url = tokensUrl(authUrl);
    QString path = url.path();
    path.chop(int(qstrlen("tokens")));
    url.setPath(path + QLatin1String("projects"));
    return url;
}

QByteArray KeystoneRequests::authRequestBody(const ConnectionProfile &profile, bool unscoped)
{
    using AuthType = ConnectionProfile::AuthType;
    QJsonObject identity;
    switch (profile.authType) {
    case AuthType::ApplicationCredential: {
        QJsonObject credential{{QStringLiteral("secret"), profile.applicationCredentialSecret}};
        if (!profile.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), profile.applicationCredentialId);
        } else {
            credential.insert(QStringLiteral("name"), profile.applicationCredentialName);
            credential.insert(QStringLiteral("user"), userRef(profile));
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                    {QStringLiteral("application_credential"), credential}};
        // An application credential carries its own scope; Keystone rejects another one.
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}})
            .toJson(QJsonDocument::Compact);
    }
    case AuthType::Token:
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                    {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), profile.token}}}};
        break;
    case AuthType::Password:
    case AuthType::AdminToken:
    case AuthType::None: {
        QJsonObject user = userRef(profile);
        user.insert(QStringLiteral("password"), profile.password);
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
        break;
    }
    }
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    if (unscoped) {
        auth.insert(QStringLiteral("scope"), QStringLiteral("unscoped"));
    } else if (!profile.projectId.isEmpty()) {
        auth.insert(
            QStringLiteral("scope"),
            QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), profile.projectId}}}});
    } else if (!profile.projectName.isEmpty()) {
        auth.insert(
            QStringLiteral("scope"),
            QJsonObject{{QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("name"), profile.projectName},
                                     {QStringLiteral("domain"),
                                      domainRef(profile.projectDomainId, profile.projectDomainName)}}}});
    } else if (!profile.domainId.isEmpty() || !profile.domainName.isEmpty()) {
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("domain"), domainRef(profile.domainId, profile.domainName)}});
    } else if (profile.systemScope) {
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("system"), QJsonObject{{QStringLiteral("all"), true}}}});
    }
    // No scope at all: Keystone scopes the token to the user's default project, if it has one.
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}
