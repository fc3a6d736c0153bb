#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

class TlsSettings;

// Something about a connection the window must keep showing while it lasts (not a one-off message):
// certificate checks switched off, or credentials and tokens sent unencrypted over the network.
class SecurityWarning
{
    Q_DECLARE_TR_FUNCTIONS(SecurityWarning)

public:
    enum class Kind {
        CertificateVerificationDisabled, // verify: false
        UnencryptedConnection,           // http:// to a host that is not loopback
    };

    SecurityWarning() = default;
    SecurityWarning(Kind kind, const QUrl &url);

    Kind kind() const { return m_kind; }
    QUrl url() const { return m_url; }
    QString host() const { return m_url.host(); }
    // One translated sentence naming the host, for a banner or the status bar.
    QString text() const;

    // The warnings a connection to `url` with `tls` deserves (none for https with verification, or
    // for plain http to 127.0.0.0/8, ::1 or localhost).
    static QList<SecurityWarning> forUrl(const QUrl &url, const TlsSettings &tls);
    static bool isLoopback(const QUrl &url);
    // Every warning's text, one per line (empty when there is none).
    static QString joinedText(const QList<SecurityWarning> &warnings);

    friend bool operator==(const SecurityWarning &a, const SecurityWarning &b)
    {
        return a.m_kind == b.m_kind && a.m_url == b.m_url;
    }
    friend bool operator!=(const SecurityWarning &a, const SecurityWarning &b) { return !(a == b); }

private:
    Kind m_kind = Kind::CertificateVerificationDisabled;
    QUrl m_url;
};

Q_DECLARE_METATYPE(SecurityWarning)
