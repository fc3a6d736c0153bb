#pragma once

#include "membership/driftreport.h"
#include "nova/hostaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class MembershipStore;
class NovaDirectory;
class SetMembershipCommand;

// One pending edit a "make Placement match Nova" reconcile proposes.
struct PlacementChange
{
    QString providerUuid;
    QString providerName;
    QString aggregate;     // the exact Placement string (a new column in Nova's spelling if none)
    QString aggregateName; // Nova's name
    bool add = true;
};

// What a reconcile would do, computed from a DriftReport (the server state of both sides, never
// pending edits) and shown to the operator before anything happens.
//
// - PlacementMatchesNova: ordinary pending edits (one undo step through command()), which the normal
//   submit then sends with generations, merge and journal. A host in the Nova aggregate puts each of
//   its nodes' providers in (classes 1 and 4); a provider whose host is not in the Nova aggregate
//   comes out (class 2).
// - NovaMatchesPlacement: add_host/remove_host calls, one per host and aggregate. A host whose
//   providers are all out of the Placement aggregate leaves the Nova aggregate (class 1); a host with
//   a member provider joins it (class 2). A partly-member multi-node host (class 4) cannot be said in
//   Nova, whose aggregates hold whole hosts: it is skipped with the reason.
// Classes 3 and 5 have no reconcile (sharing providers and segments are not Nova's; a missing or
// misnamed provider is nova-compute's to fix) and are skipped with the reason.
class ReconcilePlan
{
    Q_DECLARE_TR_FUNCTIONS(ReconcilePlan)

public:
    enum class Direction {
        PlacementMatchesNova,
        NovaMatchesPlacement,
    };

    // What to reconcile: aggregates (exact Placement strings or Nova UUIDs, any spelling) and
    // providers; an empty list means all of them.
    struct Scope
    {
        QStringList aggregates;
        QStringList providers;
    };

    static ReconcilePlan compute(Direction direction, const DriftReport &report, const MembershipStore &store,
                                 const NovaDirectory &directory, const Scope &scope = {});

    Direction direction() const { return m_direction; }
    const QList<PlacementChange> &placementChanges() const { return m_placementChanges; }
    const QList<HostAction> &hostActions() const { return m_hostActions; }
    // Drift in scope this plan does not change, one sentence each (why not).
    const QStringList &skipped() const { return m_skipped; }
    // Things the operator should know before confirming (e.g. Nova writes another spelling).
    const QStringList &warnings() const { return m_warnings; }
    bool isEmpty() const { return m_placementChanges.isEmpty() && m_hostActions.isEmpty(); }
    int changeCount() const { return int(m_placementChanges.size() + m_hostActions.size()); }

    // The pending edits of a PlacementMatchesNova plan as one undo step (columns created as needed);
    // nullptr when nothing would change (every edit already pending, or rows no longer editable).
    SetMembershipCommand *command(MembershipStore *store) const;

    // "5 pending edits for 3 providers" / "4 calls to Nova": one line for the preview and the log.
    QString summary() const;
    // One line per change, for the preview and tests.
    static QString describe(const PlacementChange &change);
    static QString describe(const HostAction &action);

private:
    Direction m_direction = Direction::PlacementMatchesNova;
    QList<PlacementChange> m_placementChanges;
    QList<HostAction> m_hostActions;
    QStringList m_skipped;
    QStringList m_warnings;
};
