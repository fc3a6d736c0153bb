#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class GetAggregatesJob;
class MembershipStore;
class PlacementClient;

// Reads the aggregates of a few providers again into the store, e.g. after Nova's add_host and
// remove_host, which write Placement behind the app's back. Pending edits are re-based on what the
// server now says (MembershipStore::setAggregates), exactly as after a load.
//
// A failed read leaves the row as it was: its next PUT carries the old generation, so the server
// answers 409 and the usual merge applies. The failure is reported, never hidden.
class ProviderRereader : public QObject
{
    Q_OBJECT

public:
    ProviderRereader(PlacementClient *client, MembershipStore *store, QObject *parent = nullptr);

    // Starts reading these providers (unknown ones are skipped), two at a time; a run in progress is
    // canceled first. finished() follows, also for an empty list.
    void start(const QStringList &providerUuids);
    void cancel();
    bool isRunning() const { return !m_queue.isEmpty() || !m_jobs.isEmpty(); }

    int readCount() const { return m_read; }
    // Providers that could not be read in the last run, with why.
    const QHash<QString, ApiError> &failures() const { return m_failures; }

signals:
    void finished();

private:
    void pump();
    void done(GetAggregatesJob *job);

    PlacementClient *m_client;
    MembershipStore *m_store;
    QStringList m_queue;
    QList<QPointer<GetAggregatesJob>> m_jobs;
    QHash<QString, ApiError> m_failures;
    int m_read = 0;
    int m_generation = 0;
};
