#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class MembershipStore;

// One provider's pending edits as written to disk, with the set they were made against.
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
    QStringList missing;    // providers no longer on the server (names)
};

// Keeps the store's pending edits on disk (one file per endpoint under the app data folder) from the
// moment they are made until the server confirms them, so a crash or kill loses nothing.
class EditJournal : public QObject
{
    Q_OBJECT

public:
    explicit EditJournal(MembershipStore *store, QObject *parent = nullptr);

    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }

    // Selects the file for this endpoint. Writing starts only after setRecording(true).
    void setEndpoint(const QUrl &endpoint);
    QString filePath() const;
    static QString normalizedEndpoint(const QUrl &endpoint);

    // Off while a load or a restore decision is in progress, so an empty fresh table never
    // overwrites edits that are still waiting to be restored.
    void setRecording(bool recording);
    bool isRecording() const { return m_recording; }

    bool hasSavedEdits() const;
    // Reads the file. A corrupt file is renamed aside (never deleted) and *error says where it went.
    bool load(QList<JournalEntry> *entries, QString *error);
    // Re-bases saved edits on the freshly loaded server state (my adds/removes on top of theirs).
    JournalRestoreReport restore(const QList<JournalEntry> &entries);
    // The operator chose not to restore: keep a dated copy beside, then forget it.
    void setAside(const QString &reason);

    // Writes immediately (pending coalesced writes included). Returns false and sets *error on failure.
    bool flush(QString *error = nullptr);

signals:
    void writeFailed(const QString &message);

private:
    void scheduleWrite();
    QByteArray serialize() const;

    MembershipStore *m_store;
    QString m_directory;
    QUrl m_endpoint;
    bool m_recording = false;
    bool m_writeScheduled = false;
};
