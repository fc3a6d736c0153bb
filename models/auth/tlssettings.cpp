#include "auth/tlssettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace {

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            TlsSettings::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

QList<QSslCertificate> certificatesIn(const QByteArray &data)
{
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    return certificates;
}

// The key's algorithm is not in the file name; try each kind Qt knows, PEM first.
QSslKey keyIn(const QByteArray &data)
{
    for (QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            QSslKey key(data, algorithm, format, QSsl::PrivateKey);
            if (!key.isNull())
                return key;
        }
    }
    return {};
}

} // namespace

bool TlsSettings::isDefault() const
{
    return verify && caFile.isEmpty() && certFile.isEmpty() && keyFile.isEmpty();
}

bool TlsSettings::buildConfiguration(QSslConfiguration *configuration, QString *error) const
{
    QString problem;
    QSslConfiguration result = QSslConfiguration::defaultConfiguration();
    if (!verify) {
        // The user asked for it (verify: false); the session reports a persistent warning instead.
        result.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else if (!caFile.isEmpty()) {
        QByteArray data;
        if (!readFile(caFile, &data, &problem)) {
            *error = problem;
            return false;
        }
        const QList<QSslCertificate> authorities = certificatesIn(data);
        if (authorities.isEmpty()) {
            *error = tr("%1 holds no PEM or DER certificate (cacert).").arg(QDir::toNativeSeparators(caFile));
            return false;
        }
        result.addCaCertificates(authorities);
    }

    if (!certFile.isEmpty()) {
        QByteArray certData;
        if (!readFile(certFile, &certData, &problem)) {
            *error = problem;
            return false;
        }
        const QList<QSslCertificate> chain = certificatesIn(certData);
        if (chain.isEmpty()) {
            *error = tr("%1 holds no client certificate (cert).").arg(QDir::toNativeSeparators(certFile));
            return false;
        }
        // Without `key` the key is expected in the certificate file, as requests accepts it.
        QByteArray keyData = certData;
        const QString keyPath = keyFile.isEmpty() ? certFile : keyFile;
        if (!keyFile.isEmpty() && !readFile(keyFile, &keyData, &problem)) {
            *error = problem;
            return false;
        }
        const QSslKey key = keyIn(keyData);
        if (key.isNull()) {
            *error = tr("%1 holds no unencrypted private key for the client certificate (key). "
                        "Encrypted keys are not supported.")
                         .arg(QDir::toNativeSeparators(keyPath));
            return false;
        }
        result.setLocalCertificateChain(chain);
        result.setPrivateKey(key);
    } else if (!keyFile.isEmpty()) {
        *error = tr("A client key (key) is set without a client certificate (cert).");
        return false;
    }
    *configuration = result;
    return true;
}
