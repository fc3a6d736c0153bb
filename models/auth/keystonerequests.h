#pragma once

#include "auth/connectionprofile.h"

#include <QByteArray>
#include <QUrl>

// What Placement Desk sends to Keystone v3, as pure functions (no network): tested data-driven in
// tst_keystonerequests.
class KeystoneRequests
{
public:
    // The v3 token URL for an auth_url with or without /v3 (or /v2.0) and with any path prefix; an
    // auth_url that already is the token URL (…/v3/auth/tokens) stays as it is.
    static QUrl tokensUrl(const QUrl &authUrl);
    // GET /v3/auth/projects beside it: the projects an (unscoped) token may be scoped to.
    static QUrl projectsUrl(const QUrl &authUrl);
    // The JSON body of POST /v3/auth/tokens for a profile (`unscoped`: no scope). Holds secrets.
    static QByteArray authRequestBody(const ConnectionProfile &profile, bool unscoped = false);
};
