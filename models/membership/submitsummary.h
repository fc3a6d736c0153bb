#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct SubmitSummary
{
    Q_DECLARE_TR_FUNCTIONS(SubmitSummary)

public:
    int total = 0;             // providers with pending edits at the start
    int applied = 0;           // accepted on the first try (or after an automatic resend)
    int conflictsResolved = 0; // the server had changed them too; merged, overwritten or kept
    int failed = 0;            // errors, deleted providers; edits stay pending
    int deferred = 0;          // conflicts the operator left for later; edits stay pending
    int canceled = 0;          // not sent because the submit was canceled
    int automaticResends = 0;  // 409s caused by unrelated writes, resent with the new generation
    int retries = 0;           // transient faults (5xx, 429, resets) that were retried
    bool wasCanceled = false;
    QStringList failures; // "provider: reason" lines

    // "N applied, M conflicts resolved, K failed" plus what else happened.
    QString text() const;
};
Q_DECLARE_METATYPE(SubmitSummary)
