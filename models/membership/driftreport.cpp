#include "membership/driftreport.h"

#include "membership/membershipstore.h"
#include "membership/traitisolationcheck.h"
#include "nova/novadirectory.h"

#include <QSet>

void DriftReport::add(const DriftItem &item)
{
    m_counts[int(item.kind)] += 1;
    if (!item.providerUuid.isEmpty())
        m_byProvider[item.providerUuid].append(int(m_items.size()));
    m_items.append(item);
}

DriftReport DriftReport::compute(const MembershipStore &store, const NovaDirectory &directory,
                                 const QList<TraitFinding> &traits)
{
    DriftReport report;
    if (!directory.isLoaded())
        return report;

    // Placement aggregate columns by matching key (every spelling of one UUID).
    QHash<QString, QList<int>> columnsByKey;
    for (int column = 0; column < store.aggregateCount(); ++column)
        columnsByKey[NovaDirectory::matchKey(store.aggregateUuid(column))].append(column);
    const auto loadedRow = [&store](const QString &providerUuid) {
        int row = store.rowOf(NovaDirectory::matchKey(providerUuid));
        if (row < 0)
            row = store.rowOf(providerUuid);
        return row >= 0 && store.provider(row).state == ProviderRecord::State::Loaded ? row : -1;
    };
    const auto memberColumn = [&store](int row, const QList<int> &columns) {
        for (int column : columns)
            if (store.isMember(row, column))
                return column;
        return -1;
    };

    // (5) compute nodes without a provider, and providers named unlike their node.
    if (directory.hasComputeNodes()) {
        for (const NovaHypervisor &node : directory.hypervisors()) {
            const int row = store.rowOf(NovaDirectory::matchKey(node.id));
            if (row < 0) {
                if (store.providerCount() > 0)
                    report.add(
                        {DriftItem::Kind::NodeWithoutProvider, {}, {}, node.id, node.host, node.hostname});
                continue;
            }
            const QString name = store.provider(row).name;
            if (!node.hostname.isEmpty() && name != node.hostname)
                report.add({DriftItem::Kind::NameMismatch,
                            {},
                            {},
                            store.provider(row).uuid,
                            node.host,
                            tr("provider \"%1\", compute node \"%2\"").arg(name, node.hostname)});
        }
    }

    if (directory.hasComputeNodes()) {
        // (1) and (4): hosts Nova lists whose providers are not members.
        for (const NovaAggregate &aggregate : directory.aggregates()) {
            const QList<int> columns = columnsByKey.value(NovaDirectory::matchKey(aggregate.uuid));
            const QString placementName =
                columns.isEmpty() ? aggregate.uuid : store.aggregateUuid(columns.first());
            for (const QString &host : aggregate.hosts) {
                QList<QPair<int, const NovaHypervisor *>> missing; // the host's nodes that are not members
                int members = 0;
                for (const NovaHypervisor *node : directory.hypervisorsOf(host)) {
                    const int row = loadedRow(node->id);
                    if (row < 0)
                        continue; // no provider (reported above), or not loaded: nothing to compare
                    if (memberColumn(row, columns) >= 0)
                        ++members;
                    else
                        missing.append({row, node});
                }
                const bool partial = members > 0; // some nodes are members, these are not
                for (const auto &[row, node] : std::as_const(missing)) {
                    report.add({partial ? DriftItem::Kind::PartialHost : DriftItem::Kind::MissingInPlacement,
                                placementName, aggregate.name, store.provider(row).uuid, host,
                                node->hostname});
                }
            }
        }

        // (2): member providers whose compute node's host is not in the Nova aggregate, in one pass
        // over the rows' memberships (not aggregates x rows). Providers that are no compute node
        // (sharing providers, nested children) are not Nova's to list.
        QHash<int, QSet<QString>> hostsById;
        for (const NovaAggregate &aggregate : directory.aggregates())
            hostsById.insert(aggregate.id, QSet<QString>(aggregate.hosts.cbegin(), aggregate.hosts.cend()));
        for (int row = 0; row < store.providerCount(); ++row) {
            const ProviderRecord &record = store.provider(row);
            if (record.state != ProviderRecord::State::Loaded)
                continue;
            const NovaHypervisor *node = directory.hypervisorFor(record.uuid);
            if (!node)
                continue;
            for (const QString &exact : store.loadedAggregates(row)) {
                const NovaAggregate *aggregate = directory.aggregateFor(exact);
                if (aggregate && !hostsById.value(aggregate->id).contains(node->host))
                    report.add({DriftItem::Kind::MissingInNova, exact, aggregate->name, record.uuid,
                                node->host, node->hostname});
            }
        }
    }

    // (3): Placement aggregates Nova does not know, once per spelling.
    for (int column = 0; column < store.aggregateCount(); ++column) {
        const QString exact = store.aggregateUuid(column);
        if (!directory.aggregateFor(exact))
            report.add({DriftItem::Kind::PlacementOnly, exact, {}, {}, {}, {}});
    }

    // Isolation by required trait: what Placement said about each member (read for this check, so
    // also rows the table has not loaded).
    for (const TraitFinding &finding : traits) {
        for (const QString &provider : finding.providers) {
            const int row = store.rowOf(provider);
            const NovaHypervisor *node = directory.hypervisorFor(provider);
            report.add({DriftItem::Kind::LacksRequiredTrait, finding.aggregate, finding.aggregateName,
                        provider, node ? node->host : QString(),
                        row >= 0 ? store.provider(row).name : provider, finding.trait});
        }
    }
    return report;
}

QList<DriftItem> DriftReport::itemsFor(const QString &providerUuid) const
{
    QList<DriftItem> items;
    for (int index : m_byProvider.value(providerUuid))
        items << m_items.at(index);
    return items;
}

const DriftItem *DriftReport::itemFor(const QString &providerUuid, const QString &aggregate) const
{
    const auto indexes = m_byProvider.constFind(providerUuid);
    if (indexes == m_byProvider.constEnd())
        return nullptr;
    const QString key = NovaDirectory::matchKey(aggregate);
    for (int index : *indexes) {
        const DriftItem &item = m_items.at(index);
        if (!item.aggregate.isEmpty() &&
            (item.aggregate == aggregate || NovaDirectory::matchKey(item.aggregate) == key))
            return &item;
    }
    return nullptr;
}

QString DriftReport::kindName(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::MissingInPlacement:
        return tr("In Nova's aggregate, not in Placement's");
    case DriftItem::Kind::MissingInNova:
        return tr("In Placement's aggregate, not in Nova's");
    case DriftItem::Kind::PlacementOnly:
        return tr("Placement only (no Nova aggregate)");
    case DriftItem::Kind::PartialHost:
        return tr("Host only partly a member");
    case DriftItem::Kind::NodeWithoutProvider:
        return tr("Compute node without provider");
    case DriftItem::Kind::NameMismatch:
        return tr("Provider named unlike its compute node");
    case DriftItem::Kind::LacksRequiredTrait:
        return tr("Member lacks the required trait");
    }
    return {};
}

QString DriftReport::describe(const DriftItem &item)
{
    switch (item.kind) {
    case DriftItem::Kind::MissingInPlacement:
        return tr("Host %1 is in Nova aggregate %2, but its provider %3 is not in the Placement aggregate.")
            .arg(item.host, item.aggregateName, item.detail);
    case DriftItem::Kind::MissingInNova:
        return tr("Provider %1 is in Placement aggregate %2, but its host %3 is not in that Nova aggregate.")
            .arg(item.detail, item.aggregateName, item.host);
    case DriftItem::Kind::PlacementOnly:
        return tr("Placement aggregate %1 has no Nova aggregate; it may group sharing providers or network "
                  "segments.")
            .arg(item.aggregate);
    case DriftItem::Kind::PartialHost:
        return tr("Host %1 is in Nova aggregate %2, but its node %3 is not in the Placement aggregate (Nova "
                  "mirrors only a host's first node).")
            .arg(item.host, item.aggregateName, item.detail);
    case DriftItem::Kind::NodeWithoutProvider:
        return tr("Compute node %1 of host %2 has no resource provider in Placement.")
            .arg(item.detail, item.host);
    case DriftItem::Kind::NameMismatch:
        return tr("Host %1: %2. Nova finds providers by name, so its aggregate changes miss this one.")
            .arg(item.host, item.detail);
    case DriftItem::Kind::LacksRequiredTrait:
        return tr("Provider %1 is in %2, whose Nova metadata requires trait %3, but lacks that trait: with "
                  "isolated aggregates only instances requiring %3 may land there, and Placement offers "
                  "them only providers that have it, so this one takes none.")
            .arg(item.detail, item.aggregateName, item.trait);
    }
    return {};
}
