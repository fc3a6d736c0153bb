#pragma once

#include "membership/traitfinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class MembershipStore;
class NovaDirectory;

// One difference between what Nova's host aggregates say and what Placement stores.
struct DriftItem
{
    enum class Kind {
        MissingInPlacement,  // (1) the host is in the Nova aggregate, its provider not in the Placement one
        MissingInNova,       // (2) the provider is in the Placement aggregate, its host not in the Nova one
        PlacementOnly,       // (3) a Placement aggregate Nova does not know (sharing, segments, hand edits)
        PartialHost,         // (4) a multi-node host (Ironic) whose nodes are only partly members
        NodeWithoutProvider, // (5) a compute node with no provider in Placement
        NameMismatch,        // (5) a provider named differently from its compute node: Nova's mirror
                             //     finds providers by name, so its add_host/remove_host miss this one
        LacksRequiredTrait,  // a member of an aggregate whose Nova metadata requires a trait
                             //     (trait:X=required isolation) lacks the trait: it takes no instance
    };

    Kind kind;
    QString aggregate;     // the exact Placement string, or Nova's UUID when Placement has none
    QString aggregateName; // Nova's name; empty for PlacementOnly
    QString providerUuid;  // empty for PlacementOnly
    QString host;          // the nova-compute host, when there is one
    QString detail;        // e.g. the two names of a NameMismatch; the provider's name otherwise
    QString trait = {};    // LacksRequiredTrait: the trait the aggregate requires
};

// The drift between Nova and Placement, computed from what was read of both (the server state of
// every loaded row, never pending edits). Compute nodes map to providers by UUID (a hypervisor's id
// from 2.53 on is its compute node's UUID, the provider's UUID); Nova aggregates map to Placement
// aggregates by canonical UUID, while each Placement spelling stays its own aggregate.
class DriftReport
{
    Q_DECLARE_TR_FUNCTIONS(DriftReport)

public:
    // `traits`: what TraitIsolationCheck found (members lacking a required trait), if it ran.
    static DriftReport compute(const MembershipStore &store, const NovaDirectory &directory,
                               const QList<TraitFinding> &traits = {});

    const QList<DriftItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int count(DriftItem::Kind kind) const { return m_counts.value(int(kind)); }
    // Items that concern one provider (classes 1, 2, 4, 5), for cell and row marks.
    QList<DriftItem> itemsFor(const QString &providerUuid) const;
    // Whether any item concerns the provider: a hash lookup, no copy (row marks and the filter ask
    // this for every row).
    bool concerns(const QString &providerUuid) const { return m_byProvider.contains(providerUuid); }
    // The first item about the provider's membership in `aggregate` (exact string or Nova UUID,
    // matched as NovaDirectory matches them), or null.
    const DriftItem *itemFor(const QString &providerUuid, const QString &aggregate) const;
    bool drifts(const QString &providerUuid, const QString &aggregate) const
    {
        return itemFor(providerUuid, aggregate) != nullptr;
    }

    // "Host in Nova aggregate, provider not in Placement's" and so on: translated, for the panel.
    static QString kindName(DriftItem::Kind kind);
    // One sentence for an item, naming aggregate, host and provider.
    static QString describe(const DriftItem &item);

private:
    void add(const DriftItem &item);

    QList<DriftItem> m_items;
    QHash<int, int> m_counts;
    QHash<QString, QList<int>> m_byProvider;
};
