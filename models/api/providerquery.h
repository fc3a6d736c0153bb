#pragma once

#include <QString>

// Server-side filters of GET /resource_providers. Empty fields are not sent.
struct ProviderQuery
{
    QString name;     // exact name
    QString memberOf; // an aggregate UUID, or "in:A,B" (1.3+)
    QString inTree;   // a provider UUID (1.14+)
    QString required; // traits, comma-separated (1.18+); "!TRAIT" forbids one (1.22+)

    bool isEmpty() const
    {
        return name.isEmpty() && memberOf.isEmpty() && inTree.isEmpty() && required.isEmpty();
    }
};
