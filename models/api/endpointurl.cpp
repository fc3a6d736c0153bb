#include "api/endpointurl.h"

#include <QRegularExpression>

namespace {

// "scheme://user:secret@host" → "scheme://host": never echo credentials back in an error text.
QString withoutUserInfo(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    QString result = text;
    return result.replace(userInfo, QStringLiteral("\\1"));
}

} // namespace

QUrl EndpointUrl::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };
    const QString trimmed = withoutUserInfo(text.trimmed());
    if (trimmed.isEmpty())
        return fail(tr("Enter the Placement endpoint URL, for example http://controller:8778."));

    // Without "://" QUrl would read "controller:8778" as scheme "controller".
    const QString withScheme =
        trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(
            tr("“%1” is not a valid URL; check it for spaces and other invalid characters.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("“%1” uses the scheme “%2”; Placement is reached over http:// or https://.")
                        .arg(trimmed, url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("“%1” has no host name.").arg(trimmed));
    // The base URL may carry a path prefix (/placement); a query or fragment has no meaning there.
    url.setQuery(QString());
    url.setFragment(QString());
    // Placement authenticates with a token; user info would only end up in settings and titles.
    url.setUserInfo(QString());
    if (error)
        error->clear();
    return url;
}

QString EndpointUrl::hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}
