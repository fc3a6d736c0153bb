// GET /resource_providers: the list parser, then the store that orders the rows as a tree from the
// server's parent/root UUIDs (which a broken or hostile server may make cyclic, duplicate or dangling).
#include "api/listprovidersjob.h"
#include "fuzz/fuzzsupport.h"
#include "membership/membershipstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QJsonObject object = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    QList<ProviderInfo> providers;
    if (!ListProvidersJob::parseProviders(object, &providers))
        return 0;
    for (const ProviderInfo &info : std::as_const(providers)) {
        if (info.uuid.isEmpty())
            fuzz::fail("parseProviders accepted a provider without uuid");
    }

    MembershipStore store;
    store.resetProviders(providers);
    // Every provider gets exactly one row, whatever the tree looks like.
    if (store.providerCount() != providers.size())
        fuzz::fail("the store lost or duplicated providers while ordering the tree");
    QSet<QString> listed;
    for (const ProviderInfo &info : std::as_const(providers))
        listed.insert(info.uuid);
    for (int row = 0; row < store.providerCount(); ++row) {
        if (!listed.contains(store.provider(row).uuid))
            fuzz::fail("the store holds a provider the server did not list");
        (void)store.parentName(row);
    }
    for (const QString &uuid : std::as_const(listed)) {
        if (store.rowOf(uuid) < 0)
            fuzz::fail("rowOf() does not find a listed provider");
    }
    return 0;
}
