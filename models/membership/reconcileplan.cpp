#include "membership/reconcileplan.h"

#include "api/uuids.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "nova/novadirectory.h"

#include <QHash>

namespace {

QSet<QString> keysOf(const QStringList &uuids)
{
    QSet<QString> keys;
    for (const QString &uuid : uuids)
        keys.insert(NovaDirectory::matchKey(uuid));
    return keys;
}

} // namespace

ReconcilePlan ReconcilePlan::compute(Direction direction, const DriftReport &report,
                                     const MembershipStore &store, const NovaDirectory &directory,
                                     const Scope &scope)
{
    ReconcilePlan plan;
    plan.m_direction = direction;
    const QSet<QString> aggregateKeys = keysOf(scope.aggregates);
    const QSet<QString> providerKeys = keysOf(scope.providers);
    const auto inScope = [&](const DriftItem &item) {
        if (!aggregateKeys.isEmpty() &&
            (item.aggregate.isEmpty() || !aggregateKeys.contains(NovaDirectory::matchKey(item.aggregate))))
            return false;
        return providerKeys.isEmpty() || (!item.providerUuid.isEmpty() &&
                                          providerKeys.contains(NovaDirectory::matchKey(item.providerUuid)));
    };
    const auto providerName = [&store](const QString &uuid) {
        const int row = store.rowOf(uuid);
        return row >= 0 ? store.provider(row).name : uuid;
    };
    // Host names whose node is named unlike its provider: Nova's own mirror misses those.
    QHash<QString, QString> misnamedHosts;
    for (const DriftItem &item : report.items()) {
        if (item.kind == DriftItem::Kind::NameMismatch)
            misnamedHosts.insert(item.host, item.detail);
    }

    QHash<QString, qsizetype> actionIndex; // "kind/aggregate id/host" -> m_hostActions index
    for (const DriftItem &item : report.items()) {
        if (!inScope(item))
            continue;
        switch (item.kind) {
        case DriftItem::Kind::PlacementOnly:
            plan.m_skipped << tr("%1: a Placement-only aggregate, Nova has nothing to match.")
                                  .arg(Uuids::shortForm(item.aggregate));
            continue;
        case DriftItem::Kind::NodeWithoutProvider:
        case DriftItem::Kind::NameMismatch:
        case DriftItem::Kind::LacksRequiredTrait: // a trait to set (or a member to move), not a mirror to
                                                  // heal
            plan.m_skipped << tr("Not changed by a reconcile: %1").arg(DriftReport::describe(item));
            continue;
        case DriftItem::Kind::MissingInPlacement:
        case DriftItem::Kind::PartialHost:
        case DriftItem::Kind::MissingInNova:
            break;
        }
        const bool inNova = item.kind != DriftItem::Kind::MissingInNova;

        if (direction == Direction::PlacementMatchesNova) {
            const int row = store.rowOf(item.providerUuid);
            if (row < 0 || !store.isEditable(row)) {
                plan.m_skipped
                    << tr("%1 cannot be edited now (not loaded).").arg(providerName(item.providerUuid));
                continue;
            }
            const int column = store.columnOf(item.aggregate);
            const bool wanted = column >= 0 && store.wantsMember(row, column);
            if (wanted == inNova) {
                plan.m_skipped
                    << tr("%1: already pending for %2.").arg(item.aggregateName, store.provider(row).name);
                continue;
            }
            plan.m_placementChanges.append({store.provider(row).uuid, store.provider(row).name,
                                            item.aggregate, item.aggregateName, inNova});
            continue;
        }

        // NovaMatchesPlacement.
        if (item.kind == DriftItem::Kind::PartialHost) {
            plan.m_skipped
                << tr("Host %1 is only partly in %2 in Placement; a Nova aggregate holds whole hosts, "
                      "so only \"make Placement match Nova\" can settle it.")
                       .arg(item.host, item.aggregateName);
            continue;
        }
        const NovaAggregate *aggregate = directory.aggregateFor(item.aggregate);
        if (!aggregate || item.host.isEmpty())
            continue;
        const HostAction::Kind kind = inNova ? HostAction::Kind::RemoveHost : HostAction::Kind::AddHost;
        const QString key = QStringLiteral("%1/%2/%3").arg(int(kind)).arg(aggregate->id).arg(item.host);
        if (const auto it = actionIndex.constFind(key); it != actionIndex.constEnd()) {
            plan.m_hostActions[*it].providers << item.providerUuid;
            continue;
        }
        actionIndex.insert(key, plan.m_hostActions.size());
        HostAction action;
        action.kind = kind;
        action.aggregateId = aggregate->id;
        action.aggregateUuid = aggregate->uuid;
        action.aggregateName = aggregate->name;
        action.host = item.host;
        action.providers << item.providerUuid;
        plan.m_hostActions.append(action);
        if (kind == HostAction::Kind::AddHost && item.aggregate != aggregate->uuid)
            plan.m_warnings
                << tr("Nova writes aggregate %1 into Placement in its own spelling %2, while %3 is "
                      "in %4: after add_host the provider may be in both spellings.")
                       .arg(aggregate->name, aggregate->uuid, providerName(item.providerUuid),
                            item.aggregate);
        if (misnamedHosts.contains(item.host))
            plan.m_warnings
                << tr("Host %1: %2. Nova finds providers by name, so Placement will not follow this "
                      "call; Placement already has the membership Nova gets.")
                       .arg(item.host, misnamedHosts.value(item.host));
    }
    plan.m_skipped.removeDuplicates();
    plan.m_warnings.removeDuplicates();
    return plan;
}

SetMembershipCommand *ReconcilePlan::command(MembershipStore *store) const
{
    QList<WantedMembership> wanted;
    for (const PlacementChange &change : m_placementChanges)
        wanted.append({change.providerUuid, change.aggregate, change.add});
    const QList<MembershipCellChange> changes = SetMembershipCommand::changesTo(*store, wanted);
    if (changes.isEmpty())
        return nullptr;
    return new SetMembershipCommand(
        store, changes, tr("Make Placement match Nova (%n edit(s))", nullptr, int(changes.size())));
}

QString ReconcilePlan::summary() const
{
    if (m_direction == Direction::NovaMatchesPlacement) {
        if (m_hostActions.isEmpty())
            return tr("Nothing to send to Nova.");
        return tr("%n call(s) to Nova.", nullptr, int(m_hostActions.size()));
    }
    if (m_placementChanges.isEmpty())
        return tr("No pending edit to create.");
    QSet<QString> providers;
    for (const PlacementChange &change : m_placementChanges)
        providers.insert(change.providerUuid);
    return tr("%n pending edit(s)", nullptr, int(m_placementChanges.size())) + QLatin1Char(' ') +
           tr("for %n provider(s).", nullptr, int(providers.size()));
}

QString ReconcilePlan::describe(const PlacementChange &change)
{
    const QString aggregate =
        change.aggregateName.isEmpty()
            ? Uuids::shortForm(change.aggregate)
            : tr("%1 (%2)").arg(change.aggregateName, Uuids::shortForm(change.aggregate));
    return change.add ? tr("Add provider %1 to %2").arg(change.providerName, aggregate)
                      : tr("Remove provider %1 from %2").arg(change.providerName, aggregate);
}

QString ReconcilePlan::describe(const HostAction &action)
{
    return action.kind == HostAction::Kind::AddHost
               ? tr("Add host %1 to Nova aggregate %2").arg(action.host, action.aggregateName)
               : tr("Remove host %1 from Nova aggregate %2").arg(action.host, action.aggregateName);
}
