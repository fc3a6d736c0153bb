#pragma once

#include "api/microversion.h"

#include <QList>
#include <QString>
#include <QStringList>

// Server-side filters of GET /resource_providers. Empty fields are not sent.
struct ProviderQuery
{
    QString name;     // exact name
    QString memberOf; // an aggregate UUID, or "in:A,B" (1.3+); "!A" or "!in:A,B" forbids (1.32+)
    // Further member_of parameters, each of the same form: a provider must satisfy every one (1.24+).
    QStringList moreMemberOf;
    QString inTree;    // a provider UUID (1.14+)
    QString required;  // traits, comma-separated (1.18+); "!TRAIT" forbids one (1.22+)
    QString resources; // "VCPU:4,MEMORY_MB:2048": that much capacity free (1.4+)

    bool isEmpty() const
    {
        return name.isEmpty() && memberOf.isEmpty() && moreMemberOf.isEmpty() && inTree.isEmpty() &&
               required.isEmpty() && resources.isEmpty();
    }
    // Every member_of parameter, in order.
    QStringList memberOfParameters() const;

    // A filter the server cannot take at `version`: which one and the microversion it needs.
    struct Unsupported
    {
        QString parameter; // "member_of", "required", ...
        Microversion needed;
    };
    QList<Unsupported> unsupportedAt(const Microversion &version) const;
    // The lowest microversion that takes every filter here (1.0 for none).
    Microversion neededMicroversion() const;
    // "name=compute-1, member_of=in:…, resources=VCPU:4": the query as the status bar says it.
    QString describe() const;

    static Microversion multipleMemberOf();    // 1.24
    static Microversion forbiddenAggregates(); // 1.32
    static Microversion resourcesFilter();     // 1.4
    static Microversion requiredTraits();      // 1.18

    bool operator==(const ProviderQuery &other) const
    {
        return name == other.name && memberOf == other.memberOf && moreMemberOf == other.moreMemberOf &&
               inTree == other.inTree && required == other.required && resources == other.resources;
    }
    bool operator!=(const ProviderQuery &other) const { return !(*this == other); }
};
