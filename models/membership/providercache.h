#pragma once

#include "membership/providercachedata.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

class MembershipStore;

// The warm-start cache (issue 11): per endpoint, the server state of the last verified table —
// providers, generations and the exact aggregate strings — in the XDG cache folder (0700, files
// 0600). A start shows it at once, marked as unverified (ProviderRecord::State::Cached: not
// editable, never submitted), while ProviderLoader::refresh() checks it against the server.
//
// Nothing in it is trusted: a file that is not ours (another user's, a symlink, writable by
// others), too large, of another endpoint, from a newer version or malformed in any way is ignored
// with a note, and the load is a cold one. It holds no token and no pending edit.
//
// Reads and writes run on a worker thread (a 100,000-provider file takes a few hundred ms to
// parse); both report back on the owner's thread.
class ProviderCache : public QObject
{
    Q_OBJECT

public:
    explicit ProviderCache(QObject *parent = nullptr);
    ~ProviderCache() override; // waits for a write in progress: a half-written cache is no cache

    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    // Off: nothing is read or written (--no-cache).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    void setEndpoint(const QUrl &endpoint);
    QString filePath() const;
    // There is a file for this endpoint (not yet checked).
    bool exists() const;

    // Reads the endpoint's file off the UI thread; readFinished() follows on this thread (with an
    // empty table and a problem when the file was refused; both empty when there is none).
    void read();
    bool isReading() const { return m_reading; }
    // The read in progress reports nothing.
    void cancelRead();

    // Keeps the store's verified rows (Loaded, set read at the listed generation); written off the
    // UI thread. A save while one is being written is written after it (only the newest).
    void save(const MembershipStore &store);
    void waitForWrites();
    void remove();

    // The verified rows of a store as a cache table.
    static ProviderCacheData snapshot(const MembershipStore &store, const QString &endpoint);
    static QByteArray serialize(const ProviderCacheData &data);
    enum class ParseResult {
        Ok,
        NewerFormat, // a newer Placement Desk wrote it
        Foreign,     // another endpoint's table
        Corrupt,     // *problem says what is wrong
    };
    // The format alone (what read() runs on the file's bytes): on Ok *data holds the table, otherwise
    // it is left empty and *problem says why. Public for the fuzz target.
    static ParseResult parse(const QByteArray &bytes, const QString &endpoint, ProviderCacheData *data,
                             QString *problem);
    // Larger files are neither written nor read (about 1.7 million memberships); tests lower it.
    static constexpr qint64 MaxFileBytes = qint64(128) << 20;
    void setMaxFileBytes(qint64 bytes) { m_maxBytes = bytes; }

signals:
    void readFinished(const ProviderCacheData &data, const QString &problem);
    void writeFailed(const QString &message);

private:
    void startWrite(const ProviderCacheData &data);

    QString m_directory;
    QString m_endpoint; // normalized
    bool m_enabled = true;
    qint64 m_maxBytes = MaxFileBytes;
    bool m_reading = false;
    quint64 m_readGeneration = 0;
    QFuture<QString> m_write; // the error of the write in progress, empty if it worked
    bool m_writeQueued = false;
    ProviderCacheData m_queued;
};
