#include "itemmodels/providercontext.h"

#include "membership/membershipstore.h"
#include "nova/novadirectory.h"

ProviderContext ProviderContext::build(const MembershipStore &store, int row, const NovaDirectory *nova,
                                       const NameOf &nameOf)
{
    ProviderContext context;
    if (row < 0 || row >= store.providerCount())
        return context;
    const ProviderRecord &record = store.provider(row);
    const auto providerOf = [&store](const QString &uuid) {
        const int at = store.rowOf(uuid);
        return Provider{uuid, at >= 0 ? store.provider(at).name : QString()};
    };
    context.provider = {record.uuid, record.name};
    context.generation = record.generation;
    if (!record.parentUuid.isEmpty())
        context.parent = providerOf(record.parentUuid);
    if (!record.rootUuid.isEmpty())
        context.root = providerOf(record.rootUuid);
    // Rows are in tree order (children right after their parent, deeper): the subtree is the run of
    // deeper rows that follows, so this is proportional to the subtree, not to the table.
    for (int at = row + 1; at < store.providerCount() && store.provider(at).depth > record.depth; ++at) {
        const ProviderRecord &child = store.provider(at);
        if (child.parentUuid != record.uuid)
            continue;
        ++context.childCount;
        if (context.children.size() < MaxChildrenListed)
            context.children.append({child.uuid, child.name});
    }
    if (!record.membershipKnown())
        return context;
    for (int column = 0; column < store.aggregateCount(); ++column) {
        const bool loaded = store.isMember(row, column);
        const bool wanted = store.wantsMember(row, column);
        if (!loaded && !wanted)
            continue;
        Aggregate aggregate;
        aggregate.aggregate = store.aggregateUuid(column);
        aggregate.name = nameOf ? nameOf(aggregate.aggregate) : QString();
        if (const NovaAggregate *novaAggregate = nova ? nova->aggregateFor(aggregate.aggregate) : nullptr)
            aggregate.availabilityZone = novaAggregate->availabilityZone;
        aggregate.pending = loaded == wanted ? 0 : (wanted ? 1 : -1);
        context.aggregates.append(aggregate);
        if (wanted)
            context.wantedAggregates.append(aggregate.aggregate);
    }
    return context;
}
