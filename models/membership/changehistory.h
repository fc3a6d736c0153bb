#pragma once

#include "membership/historyentry.h"
#include "membership/setmembershipcommand.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

// Every change the server confirmed, per cloud (per Placement endpoint, normalized as the edit
// journal does), appended to a JSON Lines file in the app's data folder (folder 0700, file 0600:
// it names the cloud's providers and aggregates). Append-only, one write per line, so two instances
// on one cloud can both add to it; the file is read when the endpoint is chosen.
//
// Nothing here is ever sent to a server: undoOf() turns an entry into wanted memberships, which
// become ordinary pending edits (previewed, undoable, journaled, submitted with generations) —
// never a blind revert.
class ChangeHistory : public QObject
{
    Q_OBJECT

public:
    // Above this the file is renamed to <name>.1.jsonl (replacing an older one) and a new one begins.
    static constexpr qint64 MaxFileBytes = 32ll * 1024 * 1024;
    // Entries kept in memory and shown (the newest).
    static constexpr int MaxEntries = 20000;
    // A longer line is not a line this app wrote.
    static constexpr int MaxLineBytes = 4 * 1024 * 1024;

    explicit ChangeHistory(QObject *parent = nullptr);

    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    // Selects the cloud's file and reads it; entries() are its newest MaxEntries.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    QString filePath() const;

    const QList<HistoryEntry> &entries() const { return m_entries; }
    // Why some of the file was not read ("3 lines could not be read"); empty when all was.
    QString readProblem() const { return m_readProblem; }

    // Adds the entry (its endpoint is set to this history's) to the file and to entries().
    bool append(HistoryEntry entry, QString *error = nullptr);

    // The file format alone: one JSON object per line; lines that do not read as an entry are
    // skipped and counted. A fuzz target (tests/fuzz) runs exactly this.
    static QList<HistoryEntry> parse(const QByteArray &data, int *skipped = nullptr);
    static QByteArray serialize(const HistoryEntry &entry); // one line with its '\n'

    using NameOf = std::function<QString(const QString &aggregate)>;
    // RFC 4180 CSV (MembershipExport's fields: formula starts neutralized), newest last.
    static QByteArray toCsv(const QList<HistoryEntry> &entries, const NameOf &nameOf);
    // What undoing the change means as memberships: what it added removed, what it removed added.
    static QList<WantedMembership> undoOf(const HistoryEntry &entry);

signals:
    // entries() were read again (another cloud, or the file was read anew).
    void entriesReset();
    // One entry was appended (the oldest may have gone beyond MaxEntries: then entriesReset()).
    void entryAppended();
    void writeFailed(const QString &message);

private:
    void read();
    bool ensureDirectory(QString *error) const;

    QString m_directory;
    QUrl m_endpoint;
    QList<HistoryEntry> m_entries;
    QString m_readProblem;
};
