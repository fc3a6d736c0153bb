#pragma once

#include "api/apierror.h"
#include "membership/traitfinding.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ListProvidersJob;
class MembershipStore;
class NovaDirectory;
class PlacementClient;

// Asks Placement which members lack each required trait: one
// GET /resource_providers?member_of=<aggregate>&required=!<trait> (1.22+) per spelling and trait,
// one at a time (a handful of requests; the answer is exact, no trait read per provider).
class TraitIsolationCheck : public QObject
{
    Q_OBJECT

public:
    TraitIsolationCheck(PlacementClient *client, QObject *parent = nullptr);

    // Starts over for the aggregates Nova lists with trait:*=required metadata that the store has
    // columns for; a run in progress is canceled. finished() follows, also when there is nothing to
    // ask or the server is older than 1.22.
    void start(const NovaDirectory &directory, const MembershipStore &store);
    void cancel();
    void clear();
    bool isRunning() const;

    const QList<TraitFinding> &findings() const { return m_findings; }
    // Why some aggregates could not be checked (the server's errors, or its microversion).
    const QStringList &problems() const { return m_problems; }

    // The required traits in Nova aggregate metadata: keys "trait:NAME" with the value "required".
    static QStringList requiredTraits(const QMap<QString, QString> &metadata);

signals:
    void finished();

private:
    void next();

    PlacementClient *m_client;
    QList<TraitFinding> m_queue;
    QPointer<ListProvidersJob> m_job;
    QList<TraitFinding> m_findings;
    QStringList m_problems;
    QSet<QString> m_unknownTraits; // traits Placement does not know (no provider has them)
    int m_generation = 0;
};
