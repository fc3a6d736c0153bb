#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class MembershipStore;
class QLockFile;

// One provider's pending edits as written to disk, with the set they were made against. Aggregates
// are the exact strings the server stores.
struct JournalEntry
{
    QString providerUuid;
    QString providerName;
    QStringList base;
    qint64 baseGeneration = -1;
    QStringList adds;
    QStringList removes;
};

Q_DECLARE_METATYPE(JournalEntry)

struct JournalRestoreReport
{
    int restored = 0;       // providers that have pending edits again
    int alreadyApplied = 0; // the server holds these edits already
    // Providers whose rows are not loaded (their GET failed, the load was canceled, or they were not
    // listed): their entries stay in the journal verbatim and are offered again next time.
    QStringList unverified; // names
    // Providers the server answered 404 for: kept until the operator acknowledges (forgetEntries()).
    QStringList deleted;      // names
    QStringList deletedUuids; // the same providers, for forgetEntries()
};

// Keeps the store's pending edits on disk (one file per endpoint under the app data folder) from the
// moment they are made until the server confirms them, so a crash or kill loses nothing.
//
// Ownership: a journal file belongs to the instance that holds its QLockFile. The first instance
// on an endpoint gets the endpoint's main file; a second one gets its own numbered file beside it
// (isSharedEndpoint()), and a later load offers what an instance that is gone left in those files
// too (taking over their locks first). No instance writes, renames or removes a file whose lock
// another live instance holds.
class EditJournal : public QObject
{
    Q_OBJECT

public:
    explicit EditJournal(MembershipStore *store, QObject *parent = nullptr);
    ~EditJournal() override;

    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }

    // Selects (and locks) the file for this endpoint. Writing starts only after setRecording(true).
    void setEndpoint(const QUrl &endpoint);
    // This instance's file for the endpoint.
    QString filePath() const;
    static QString normalizedEndpoint(const QUrl &endpoint);
    // Another live instance holds the endpoint's main file; this one keeps its own.
    bool isSharedEndpoint() const { return m_slot > 0; }
    // Recording is impossible for this endpoint (no lock slot, a journal from a newer version, a
    // corrupt file that could not be moved aside); readOnlyReason() says why.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Off while a load or a restore decision is in progress, so an empty fresh table never
    // overwrites edits that are still waiting to be restored.
    void setRecording(bool recording);
    bool isRecording() const { return m_recording; }

    // This instance's file, or one an instance that is gone left for this endpoint, holds edits.
    bool hasSavedEdits() const;
    // Reads this instance's file and the orphaned ones. A corrupt file is renamed aside (never
    // deleted) and *error says where it went; a file from a newer version is left alone and stops
    // recording for this endpoint.
    bool load(QList<JournalEntry> *entries, QString *error);
    // Re-bases saved edits on the freshly loaded server state (my adds/removes on top of theirs).
    // Entries of rows that are not loaded are kept verbatim (see JournalRestoreReport).
    JournalRestoreReport restore(const QList<JournalEntry> &entries);
    // The operator acknowledged that these providers are deleted: their kept entries go.
    void forgetEntries(const QStringList &providerUuids);
    // Entries kept verbatim because their rows could not be checked or are deleted.
    QList<JournalEntry> keptEntries() const { return m_kept; }
    // The operator chose not to restore: keep a dated copy beside, then forget it.
    void setAside(const QString &reason);

    // Writes immediately (pending coalesced writes included). Returns false and sets *error on failure.
    bool flush(QString *error = nullptr);

    enum class ParseResult {
        Ok,
        NewerFormat, // a newer version wrote it: its edits are real, this one cannot read them
        Corrupt,     // *problem says what is wrong
    };
    // The file format alone, as load() reads each file: on Ok the entries are appended to *entries,
    // otherwise *entries is untouched. Public so the fuzz target (tests/fuzz) runs exactly this
    // without the file system around it.
    static ParseResult parse(const QByteArray &data, QList<JournalEntry> *entries, QString *problem);

signals:
    void writeFailed(const QString &message);

private:
    void scheduleWrite();
    QByteArray serialize() const;
    QString slotPath(int slot) const;
    void acquireSlot();
    void releaseSlot();
    void releaseOrphans(bool remove);
    bool ensureDirectory(QString *error) const;
    bool parseFile(const QString &path, QList<JournalEntry> *entries, QString *error);
    QString moveAside(const QString &path, const QString &reason, bool *moved) const;

    MembershipStore *m_store;
    QString m_directory;
    QUrl m_endpoint;
    bool m_recording = false;
    bool m_writeScheduled = false;
    int m_slot = -1; // -1: no file of our own (no endpoint, or every slot taken)
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    QList<JournalEntry> m_kept;
    // Files of instances that are gone, read by load(): locked by us until restore() or setAside()
    // has taken their content over.
    QList<std::pair<QString, std::shared_ptr<QLockFile>>> m_orphans;
};
