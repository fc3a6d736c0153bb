#include "auth/securitywarning.h"

#include "auth/tlssettings.h"

#include <QHostAddress>

SecurityWarning::SecurityWarning(Kind kind, const QUrl &url)
    : m_kind(kind),
      m_url(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))
{
}

QString SecurityWarning::text() const
{
    const QString where =
        m_url.port() > 0 ? m_url.host() + QLatin1Char(':') + QString::number(m_url.port()) : m_url.host();
    switch (m_kind) {
    case Kind::CertificateVerificationDisabled:
        return tr("Certificate verification is off (verify: false) for %1: anyone on the network path could "
                  "impersonate the server and read your credentials.")
            .arg(where);
    case Kind::UnencryptedConnection:
        return tr("The connection to %1 is not encrypted (http://): credentials and tokens cross the network "
                  "in clear text.")
            .arg(where);
    }
    return {};
}

bool SecurityWarning::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<SecurityWarning> SecurityWarning::forUrl(const QUrl &url, const TlsSettings &tls)
{
    QList<SecurityWarning> warnings;
    if (!url.isValid())
        return warnings;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !tls.verify)
        warnings.append(SecurityWarning(Kind::CertificateVerificationDisabled, url));
    else if (scheme == QLatin1String("http") && !isLoopback(url))
        warnings.append(SecurityWarning(Kind::UnencryptedConnection, url));
    return warnings;
}

QString SecurityWarning::joinedText(const QList<SecurityWarning> &warnings)
{
    QStringList lines;
    for (const SecurityWarning &warning : warnings)
        lines << warning.text();
    return lines.join(QLatin1Char('\n'));
}
