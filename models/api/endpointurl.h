#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The Placement endpoint as a user types it or passes it on the command line. Shared by the
// connection bar and the command-line parser so both accept and reject the same things.
class EndpointUrl
{
    Q_DECLARE_TR_FUNCTIONS(EndpointUrl)

public:
    // "controller:8778" and "http://controller:8778/placement" are accepted; a missing scheme
    // means http. Returns an invalid QUrl and a translated reason in *error for anything that is
    // not an http(s) URL with a host.
    static QUrl parse(const QString &text, QString *error = nullptr);
    // "host:port" (or "host" without an explicit port) for messages about any service's URL.
    static QString hostAndPort(const QUrl &url);
};
