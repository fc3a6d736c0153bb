// GET and PUT /resource_providers/{uuid}/aggregates answers, then the store taking the exact
// spellings as columns (any string the server stores, not only UUIDs).
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/putaggregatesjob.h"
#include "fuzz/fuzzsupport.h"
#include "membership/membershipstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kProvider = QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c");

void intoStore(const AggregatesResult &result)
{
    MembershipStore store;
    ProviderInfo info;
    info.uuid = kProvider;
    info.name = QStringLiteral("compute-1");
    store.resetProviders({info});
    store.setAggregates(result);
    const int row = store.rowOf(kProvider);
    if (row < 0)
        fuzz::fail("the provider vanished");
    // Each exact string the server sent is a column the row is a member of.
    for (const QString &aggregate : result.aggregates) {
        const int column = store.columnOf(aggregate);
        if (column < 0 || !store.isMember(row, column))
            fuzz::fail("an aggregate the server sent is not a member column");
        (void)store.otherSpellings(column);
        (void)store.columnForInput(aggregate);
    }
    (void)store.aggregatesOf(row);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);

    AggregatesResult got;
    got.providerUuid = kProvider;
    const bool gotParsed = GetAggregatesJob::parseAggregates(QJsonDocument::fromJson(body).object(), &got);
    if (gotParsed) {
        // What we parse we can send back: the PUT body of the same set reads back the same.
        AggregatesResult again;
        if (!GetAggregatesJob::parseAggregates(
                QJsonDocument::fromJson(PutAggregatesJob::requestBody(got.aggregates, got.generation, true))
                    .object(),
                &again) ||
            again.aggregates != got.aggregates || again.generation != got.generation)
            fuzz::fail("requestBody() does not round-trip through parseAggregates()");
        intoStore(got);
    }

    AggregatesResult put;
    put.providerUuid = kProvider;
    if (PutAggregatesJob::parseAnswer(body, &put)) {
        if (put.providerUuid != kProvider)
            fuzz::fail("parseAnswer() changed the provider");
        // An object answer goes through parseAggregates() as above: the same result is in a store
        // already, and a second one would only double the cost of every such input (about half of
        // the time spent per input, most of the corpus being objects).
        const bool sameAsGet =
            gotParsed && put.aggregates == got.aggregates && put.generation == got.generation;
        if (!sameAsGet)
            intoStore(put);
    }
    return 0;
}
