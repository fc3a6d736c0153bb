#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The sentences Placement Desk says about Keystone's answers to a login, as pure functions of what
// came back (status, URL, transport error): tested data-driven in tst_keystonerequests.
class KeystoneStatus
{
    Q_DECLARE_TR_FUNCTIONS(KeystoneStatus)

public:
    // The summary for a non-2xx answer to POST /v3/auth/tokens other than 401 (which needs more
    // requests to explain; see KeystoneSession).
    static QString loginFailure(int status, const QUrl &url);
    // Keystone's version of a transport failure, timeout, TLS failure or refused answer: names
    // Keystone and what to check. `qtMessage` is Qt's own text for the transport failure.
    static ApiError explain(ApiError error, const QUrl &url, const QString &qtMessage);
    // A second factor was asked for (an auth receipt came with the 401).
    static QString secondFactorRequired();
    static QString hostAndPort(const QUrl &url);
};
