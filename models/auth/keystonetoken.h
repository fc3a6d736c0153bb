#pragma once

#include "auth/servicecatalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What a Keystone v3 token answer says (POST /v3/auth/tokens): the token from X-Subject-Token and
// the body's token object. Pure parsing; tested data-driven in tst_keystonerequests.
struct KeystoneToken
{
    QByteArray token;
    QDateTime issuedAt;  // UTC; invalid when absent
    QDateTime expiresAt; // UTC; invalid when absent
    QString userName;
    QString userId;
    QString projectName;
    QString projectId;
    QStringList roleNames;
    ServiceCatalog catalog;

    // False (and *this untouched) when there is no token header or no token object.
    static bool parse(const QByteArray &subjectToken, const QByteArray &body, KeystoneToken *result);
    // Why Keystone's answer must not be used, for the user (never the token); empty when it may. A token
    // that expires at or before its issue time would be "renewed before it expires" at once, forever.
    QString problem() const;
    // Keystone writes "2026-11-22T02:45:54.000000Z"; Qt's ISO parser wants at most milliseconds. Keystone's
    // times are UTC, and some deployments leave the Z out: a time without a zone is UTC, not local time.
    static QDateTime parseTime(const QString &text);
    // GET /v3/auth/projects: "name (domain id)" of each project, sorted ignoring case.
    static QStringList parseProjects(const QByteArray &body);
};
