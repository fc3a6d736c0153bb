#include "auth/keystonetoken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QDateTime KeystoneToken::parseTime(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
    QString normalized = text.trimmed();
    normalized.replace(fraction, QStringLiteral(".\\1"));
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

bool KeystoneToken::parse(const QByteArray &subjectToken, const QByteArray &body, KeystoneToken *result)
{
    const QJsonObject token = QJsonDocument::fromJson(body).object().value(QLatin1String("token")).toObject();
    if (subjectToken.isEmpty() || token.isEmpty())
        return false;
    KeystoneToken parsed;
    parsed.token = subjectToken;
    parsed.issuedAt = parseTime(token.value(QLatin1String("issued_at")).toString());
    parsed.expiresAt = parseTime(token.value(QLatin1String("expires_at")).toString());
    const QJsonObject user = token.value(QLatin1String("user")).toObject();
    parsed.userName = user.value(QLatin1String("name")).toString();
    parsed.userId = user.value(QLatin1String("id")).toString();
    const QJsonObject project = token.value(QLatin1String("project")).toObject();
    parsed.projectName = project.value(QLatin1String("name")).toString();
    parsed.projectId = project.value(QLatin1String("id")).toString();
    const QJsonArray roles = token.value(QLatin1String("roles")).toArray();
    for (const QJsonValue &role : roles)
        parsed.roleNames << role.toObject().value(QLatin1String("name")).toString();
    parsed.catalog = ServiceCatalog::fromJson(token.value(QLatin1String("catalog")).toArray());
    *result = parsed;
    return true;
}

QStringList KeystoneToken::parseProjects(const QByteArray &body)
{
    QStringList projects;
    const QJsonArray list = QJsonDocument::fromJson(body).object().value(QLatin1String("projects")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject project = value.toObject();
        projects << QCoreApplication::translate("KeystoneSession", "%1 (domain %2)", "project (domain id)")
                        .arg(project.value(QLatin1String("name")).toString(),
                             project.value(QLatin1String("domain_id")).toString());
    }
    projects.sort();
    return projects;
}
