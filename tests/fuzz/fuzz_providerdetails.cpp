// The provider context pane's answers: GET /resource_providers/{uuid}/inventories, /usages and
// /traits. Whatever a server sends, a parsed answer keeps its promises: a generation >= 0, counts
// >= 0, capacity >= 0, classes sorted, traits sorted and listed once.
#include "api/getinventoriesjob.h"
#include "api/gettraitsjob.h"
#include "api/getusagesjob.h"
#include "fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QJsonObject object = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();

    QVector<ProviderInventory> inventories;
    qint64 generation = -1;
    if (GetInventoriesJob::parseInventories(object, &inventories, &generation)) {
        if (generation < 0)
            fuzz::fail("inventories parsed without a generation");
        for (int i = 0; i < inventories.size(); ++i) {
            const ProviderInventory &inventory = inventories.at(i);
            if (inventory.total < 0 || inventory.reserved < 0 || inventory.capacity() < 0 ||
                inventory.allocationRatio < 0 || inventory.resourceClass.isEmpty())
                fuzz::fail("an inventory out of range");
            if (i > 0 && !(inventories.at(i - 1).resourceClass < inventory.resourceClass))
                fuzz::fail("inventories not sorted by class");
        }
    }

    QHash<QString, qint64> usages;
    generation = -1;
    if (GetUsagesJob::parseUsages(object, &usages, &generation)) {
        if (generation < 0)
            fuzz::fail("usages parsed without a generation");
        for (auto it = usages.constBegin(); it != usages.constEnd(); ++it) {
            if (it.value() < 0 || it.key().isEmpty())
                fuzz::fail("a usage out of range");
        }
    }

    QStringList traits;
    generation = -1;
    if (GetTraitsJob::parseTraits(object, &traits, &generation)) {
        if (generation < 0)
            fuzz::fail("traits parsed without a generation");
        if (!std::is_sorted(traits.cbegin(), traits.cend()) ||
            std::adjacent_find(traits.cbegin(), traits.cend()) != traits.cend())
            fuzz::fail("traits not sorted and unique");
    }
    return 0;
}
