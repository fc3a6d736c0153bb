#pragma once

#include "api/apierror.h"
#include "api/providerdetails.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class PlacementClient;
class PlacementJob;

// The provider context pane's data: inventories, usages and traits of one provider, read lazily
// (three GETs, when the operator selects it) and kept until the provider's generation moves — every
// change to inventories, traits, aggregates or allocations moves it, so a kept answer at the row's
// generation is exact without asking again. Read-only: nothing here writes to the server.
//
// One provider is read at a time: asking for another aborts the read in flight, so walking the
// table with the arrow keys costs at most one read per pause, not one per row.
class ProviderDetailsCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 256;
    // The three answers are read again while their generations disagree (someone wrote between
    // them); after this many tries the newest parts are shown as they are.
    static constexpr int MaxAttempts = 3;

    explicit ProviderDetailsCache(PlacementClient *client, QObject *parent = nullptr);
    ~ProviderDetailsCache() override;

    // What was last read for the provider, or null.
    const ProviderDetails *details(const QString &uuid) const;
    // Read at `generation` or later (the row's generation may lag behind the server's).
    bool isCurrent(const QString &uuid, qint64 generation) const;

    // Reads the provider unless its details are current (`force`: anyway). ready() or failed()
    // follows; nothing when it was current.
    void request(const QString &uuid, qint64 generation, bool force = false);
    // The provider being read, or empty.
    QString readingUuid() const { return m_read.uuid; }
    // Aborts the read in flight and forgets everything: the connection changed.
    void clear();

    // Provider reads sent so far (each is up to three requests); for tests.
    int readsStarted() const { return m_readsStarted; }

signals:
    void ready(const QString &uuid);
    void failed(const QString &uuid, const ApiError &error);

private:
    struct Read
    {
        QString uuid;
        QList<QPointer<PlacementJob>> jobs;
        int pending = 0;
        int attempt = 0;
        ProviderDetails details;
        QList<qint64> generations;
    };

    void startRead();
    void partDone(qint64 generation);
    void partFailed(const ApiError &error);
    void abortRead();
    void store(const ProviderDetails &details);

    PlacementClient *m_client;
    QHash<QString, ProviderDetails> m_details;
    QStringList m_order; // oldest first, for MaxEntries
    Read m_read;
    int m_readsStarted = 0;
};
