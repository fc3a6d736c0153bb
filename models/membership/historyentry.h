#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One change the server confirmed: a PUT of a provider's aggregates that Placement answered 200 (or
// a re-read that found the server already holding the wanted set). Aggregates are exact strings.
struct HistoryEntry
{
    enum class How {
        Applied,        // accepted as sent
        Resent,         // resent after 409s from unrelated writes (only the generation had moved)
        Merged,         // the server had changed it too; merged with the operator's edits
        Overwritten,    // the server had changed it too; replaced by the operator's set
        AlreadyApplied, // a re-read found the server already holding it (an answer was lost)
    };

    QDateTime time; // UTC
    QString endpoint;
    QString user; // Keystone user and project names when signed in through Keystone
    QString project;
    QString providerUuid;
    QString providerName;
    QStringList before;     // the set the change replaced (what the PUT's generation guarded)
    QStringList after;      // the server's set in its answer
    qint64 generation = -1; // the provider's generation after the change
    QString requestId;
    QString microversion;
    How how = How::Applied;

    QStringList added() const;
    QStringList removed() const;
    static QString howKey(How how); // "applied", "resent", ... (file and CSV)
    static bool howFromKey(const QString &key, How *how);
};
Q_DECLARE_METATYPE(HistoryEntry)
