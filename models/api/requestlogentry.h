#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// One request as the request log keeps it (api/RequestLog): what was asked and how it went, never
// a credential. The URL has no user info; headers are not kept (only the microversion asked for);
// a body only for writes to Placement and Nova (aggregate sets, add_host/remove_host), never for
// Keystone (a login carries a password).
struct RequestLogEntry
{
    QDateTime time;        // when it was sent (UTC)
    QString service;       // "Placement", "Nova", "Keystone"
    QString method;        // GET, PUT, POST, ...
    QUrl url;              // without user info
    int status = 0;        // HTTP status; 0 when no answer came
    QString outcome;       // transport error or "canceled"/"taken back" when no status; else empty
    qint64 durationMs = 0; // until the answer (or the failure)
    QString microversion;  // the OpenStack-API-Version header sent, e.g. "placement 1.39"
    QString requestId;     // x-openstack-request-id (or x-compute-request-id) of the answer
    QByteArray body;       // see above
    int attempt = 1;       // 2 for the first resend of a transient fault, ...

    bool isError() const { return status == 0 || status >= 400; }
    // A command that sends the same request again from a shell: the token is $OS_TOKEN, every
    // argument single-quoted.
    QString curlCommand() const;
    // One line of --log-requests FILE.
    QJsonObject toJson() const;
};
