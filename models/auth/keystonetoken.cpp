#include "auth/keystonetoken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

QDateTime KeystoneToken::parseTime(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
    // A date and perhaps a time of day, with nothing after them: no zone (Z, z, +02:00, -0500, ...).
    static const QRegularExpression zoneless(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ][\\d:.,]*)?$"));
    QString normalized = text.trimmed();
    normalized.replace(fraction, QStringLiteral(".\\1"));
    // Qt reads a time without a zone as local time. Saying UTC before parsing (rather than relabelling
    // the result) also keeps a time in a local daylight-saving gap as it is.
    const QRegularExpressionMatch noZone = zoneless.match(normalized);
    if (noZone.hasMatch())
        normalized += noZone.capturedLength(1) == 0 ? QStringLiteral("T00:00:00Z") : QStringLiteral("Z");
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

QString KeystoneToken::problem() const
{
    if (issuedAt.isValid() && expiresAt.isValid() && expiresAt <= issuedAt)
        return QCoreApplication::translate(
                   "KeystoneToken",
                   "Keystone issued a token that expires before it was issued (issued at %1, expires at %2), "
                   "so it cannot be used. Keystone's clock or its token expiration setting is wrong.")
            .arg(issuedAt.toString(Qt::ISODate), expiresAt.toString(Qt::ISODate));
    return {};
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
    // Case-insensitive ("alpha" and "Beta" as a person would list them); equal ones by exact spelling so
    // the order never depends on the answer's.
    std::stable_sort(projects.begin(), projects.end(), [](const QString &a, const QString &b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return projects;
}
