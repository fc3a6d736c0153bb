#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One resource class of a provider's inventory, as GET /resource_providers/{uuid}/inventories has it.
struct ProviderInventory
{
    QString resourceClass;
    qint64 total = 0;
    qint64 reserved = 0;
    qint64 minUnit = 1;
    qint64 maxUnit = 0;
    qint64 stepSize = 1;
    double allocationRatio = 1.0;

    // What Placement lets allocations take: (total - reserved) * allocation_ratio, rounded down.
    qint64 capacity() const
    {
        const qint64 usable = total - reserved;
        return usable <= 0 ? 0 : static_cast<qint64>(static_cast<double>(usable) * allocationRatio);
    }
};

// What the provider context pane shows beyond the table: read lazily for one provider (three GETs)
// and kept until the provider's generation moves.
struct ProviderDetails
{
    QString providerUuid;
    // The generation all three answers were read at (they are read again while they disagree).
    qint64 generation = -1;
    QVector<ProviderInventory> inventories; // sorted by resource class
    QHash<QString, qint64> usages;          // resource class -> used
    QStringList traits;                     // sorted; empty and traitsKnown false below 1.6
    bool traitsKnown = false;
};
Q_DECLARE_METATYPE(ProviderDetails)
