#include "api/requestlogentry.h"

#include <QStringList>

namespace {

// POSIX shell single quotes: nothing inside is expanded; a quote is closed, escaped, reopened.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString RequestLogEntry::curlCommand() const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-sS")};
    if (method != QLatin1String("GET"))
        parts << QStringLiteral("-X") << method;
    // Double quotes: the shell puts the operator's own token in; it is never in the log.
    if (service != QLatin1String("Keystone"))
        parts << QStringLiteral("-H") << QStringLiteral("\"X-Auth-Token: $OS_TOKEN\"");
    if (!microversion.isEmpty())
        parts << QStringLiteral("-H")
              << shellQuoted(QStringLiteral("OpenStack-API-Version: ") + microversion);
    parts << QStringLiteral("-H") << shellQuoted(QStringLiteral("Accept: application/json"));
    if (!body.isEmpty()) {
        parts << QStringLiteral("-H") << shellQuoted(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("-d") << shellQuoted(QString::fromUtf8(body));
    } else if (method == QLatin1String("POST") || method == QLatin1String("PUT")) {
        // Not kept (a Keystone login carries a password): the operator supplies it.
        parts << QStringLiteral("-H") << shellQuoted(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("-d") << QStringLiteral("@request-body.json");
    }
    parts << shellQuoted(url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject object{{QLatin1String("time"), time.toString(Qt::ISODateWithMs)},
                       {QLatin1String("service"), service},
                       {QLatin1String("method"), method},
                       {QLatin1String("url"), url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded)},
                       {QLatin1String("status"), status},
                       {QLatin1String("duration_ms"), durationMs},
                       {QLatin1String("attempt"), attempt}};
    if (!outcome.isEmpty())
        object.insert(QLatin1String("outcome"), outcome);
    if (!microversion.isEmpty())
        object.insert(QLatin1String("microversion"), microversion);
    if (!requestId.isEmpty())
        object.insert(QLatin1String("request_id"), requestId);
    return object;
}
