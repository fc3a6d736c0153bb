#pragma once

#include <QString>

// Certificates made by the test with the openssl CLI, in a directory the caller owns: a test CA,
// a server certificate it signed for localhost and 127.0.0.1, one for another host name only, and a
// client certificate for mutual TLS. EC P-256 keys, unencrypted, valid for two days.
class TestPki
{
public:
    bool create(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    QString caCertificate() const { return path("ca.pem"); }
    QString serverCertificate() const { return path("server.pem"); }
    QString serverKey() const { return path("server.key"); }
    QString wrongHostCertificate() const { return path("wronghost.pem"); } // only DNS:wrong.example
    QString wrongHostKey() const { return path("wronghost.key"); }
    QString clientCertificate() const { return path("client.pem"); }
    QString clientKey() const { return path("client.key"); }

private:
    QString path(const char *name) const;
    bool openssl(const QStringList &arguments, QString *error) const;
    bool issue(const QString &name, const QString &subject, const QString &extensions, QString *error) const;

    QString m_directory;
};
