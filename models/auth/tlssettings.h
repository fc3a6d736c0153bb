#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

// The TLS part of a connection profile (clouds.yaml's verify, cacert, cert, key) and the
// QSslConfiguration it stands for. Certificates are checked by default; a CA bundle is added to the
// system's CAs rather than replacing them, as openstacksdk (requests) does with `cacert`.
class TlsSettings
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)

public:
    bool verify = true;
    QString caFile;   // PEM bundle (or one DER certificate) added to the trusted CAs
    QString certFile; // client certificate, PEM; may also hold the key and intermediate certificates
    QString keyFile;  // client key, PEM or DER, unencrypted (RSA, EC or DSA)

    // Reads the files and builds the configuration to put on every request. On failure returns false
    // and a translated sentence naming the file in `error`; `configuration` is left alone.
    bool buildConfiguration(QSslConfiguration *configuration, QString *error) const;

    bool isDefault() const;

    friend bool operator==(const TlsSettings &a, const TlsSettings &b)
    {
        return a.verify == b.verify && a.caFile == b.caFile && a.certFile == b.certFile &&
               a.keyFile == b.keyFile;
    }
    friend bool operator!=(const TlsSettings &a, const TlsSettings &b) { return !(a == b); }
};
