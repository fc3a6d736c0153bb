#include "support/testpki.h"

#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString TestPki::path(const char *name) const
{
    return QDir(m_directory).filePath(QLatin1String(name));
}

bool TestPki::openssl(const QStringList &arguments, QString *error) const
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        *error = QStringLiteral("openssl not found (apt-get install openssl)");
        return false;
    }
    QString output;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENSSL_CONF")); // the system defaults, not a developer's config
    if (!ServerProcess::run(program, arguments, env, 60000, &output, {}, m_directory)) {
        *error =
            QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), output.right(2000));
        return false;
    }
    return true;
}

bool TestPki::issue(const QString &name, const QString &subject, const QString &extensions,
                    QString *error) const
{
    const QString key = name + QStringLiteral(".key");
    const QString csr = name + QStringLiteral(".csr");
    const QString ext = name + QStringLiteral(".ext");
    QFile file(QDir(m_directory).filePath(ext));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(extensions.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    file.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                    subject},
                   error) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                    QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), ext,
                    QStringLiteral("-out"), name + QStringLiteral(".pem")},
                   error);
}

bool TestPki::create(const QString &directory, QString *error)
{
    m_directory = directory;
    QDir().mkpath(directory);
    // The CA's validity starts a minute back so a just-issued chain is valid even with coarse clocks.
    return openssl({QStringLiteral("req"),      QStringLiteral("-x509"),
                    QStringLiteral("-newkey"),  QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"),   QStringLiteral("-keyout"),
                    QStringLiteral("ca.key"),   QStringLiteral("-out"),
                    QStringLiteral("ca.pem"),   QStringLiteral("-days"),
                    QStringLiteral("2"),        QStringLiteral("-sha256"),
                    QStringLiteral("-subj"),    QStringLiteral("/CN=Placement Desk Test CA"),
                    QStringLiteral("-addext"),  QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error) &&
           issue(QStringLiteral("server"), QStringLiteral("/CN=localhost"),
                 QStringLiteral(
                     "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n"),
                 error) &&
           issue(QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"),
                 QStringLiteral(
                     "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:wrong.example\n"),
                 error) &&
           issue(QStringLiteral("client"), QStringLiteral("/CN=placement-desk-test-client"),
                 QStringLiteral("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                                "extendedKeyUsage=clientAuth\n"),
                 error);
}
