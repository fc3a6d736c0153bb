#include "auth/credentialstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

const auto KeyringService = QLatin1String("Placement Desk");

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::serviceName()
{
    return KeyringService;
}

QString CredentialStore::keyFor(const ConnectionProfile &profile)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(profile.authUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), profile.username,
             profile.userDomainName, profile.projectName);
}

void CredentialStore::probe(QObject *context, ProbeCallback done)
{
    // QtKeychain 0.13 has no isAvailable(): a read tells. Not found still means a keyring answered.
    auto *job = new QKeychain::ReadPasswordJob(KeyringService, this);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("keyring-probe"));
    const QPointer<QObject> alive(context);
    connect(job, &QKeychain::Job::finished, this, [alive, done](QKeychain::Job *finished) {
        if (!alive)
            return;
        const QKeychain::Error error = finished->error();
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        done(available, available ? QString() : finished->errorString());
    });
    job->start();
}

void CredentialStore::readPassword(const ConnectionProfile &profile, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(KeyringService, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile));
    const QPointer<QObject> alive(context);
    connect(job, &QKeychain::Job::finished, this, [alive, done](QKeychain::Job *finished) {
        if (!alive)
            return;
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const bool found = read->error() == QKeychain::NoError;
        done(found, found ? read->textData() : QString());
    });
    job->start();
}

void CredentialStore::writePassword(const ConnectionProfile &profile)
{
    // Parented to the application when there is one: the caller (a dialog) may close before the
    // keyring answers.
    QObject *owner =
        QCoreApplication::instance() ? static_cast<QObject *>(QCoreApplication::instance()) : this;
    auto *job = new QKeychain::WritePasswordJob(KeyringService, owner);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile));
    job->setTextData(profile.password);
    job->start();
}
