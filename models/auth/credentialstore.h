#pragma once

#include "auth/connectionprofile.h"

#include <QObject>
#include <QString>

#include <functional>

// Passwords in the system keyring (QtKeychain), never anywhere else: no plain-text fallback. Every
// call is asynchronous and answers through its callback on the event loop; `context` ends the
// callback's lifetime (a dialog that closes before the keyring answers is not called back).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    // Whether a keyring answers at all; `reason` says why not (the keyring's own words).
    using ProbeCallback = std::function<void(bool available, const QString &reason)>;
    void probe(QObject *context, ProbeCallback done);

    // The remembered password of a login; `found` is false when there is none (or no keyring).
    using ReadCallback = std::function<void(bool found, const QString &password)>;
    void readPassword(const ConnectionProfile &profile, QObject *context, ReadCallback done);

    // Stores profile.password for this login. Fire and forget: the write outlives any dialog.
    void writePassword(const ConnectionProfile &profile);

    // Keyring entry name for a login: Keystone URL, user, user domain and project; no secret in it.
    static QString keyFor(const ConnectionProfile &profile);
    static QString serviceName();
};
