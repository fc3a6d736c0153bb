#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class MembershipStore;
class NovaDirectory;

// What the provider context pane shows from what the window already knows (the store and Nova):
// the provider's place in its tree and its aggregates by name, pending edits included. Inventories,
// usages and traits come from the server (membership/ProviderDetailsCache).
struct ProviderContext
{
    struct Provider
    {
        QString uuid;
        QString name; // empty when the row is not in the table
    };
    struct Aggregate
    {
        QString aggregate; // the exact string
        QString name;      // Nova's name, else the local label, else empty
        QString availabilityZone;
        int pending = 0; // +1 a pending add, -1 a pending removal, 0 as on the server
    };

    static constexpr int MaxChildrenListed = 50;

    Provider provider;
    qint64 generation = -1;
    Provider parent;              // empty uuid for a root
    Provider root;                // the provider itself for a root; empty before 1.14
    QList<Provider> children;     // the first MaxChildrenListed, in table order
    int childCount = 0;           // all of them
    QList<Aggregate> aggregates;  // in column order, pending adds included
    QStringList wantedAggregates; // exact strings after pending edits (what a submit would send)

    using NameOf = std::function<QString(const QString &aggregate)>;
    static ProviderContext build(const MembershipStore &store, int row, const NovaDirectory *nova,
                                 const NameOf &nameOf);
};
