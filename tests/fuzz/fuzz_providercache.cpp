// The warm-start cache as ProviderCache reads it at start: a JSON file in the user's cache folder
// that may be truncated, hand-edited, from another version or written by someone else. Every input
// goes through ProviderCache::parse(), the parser read() runs on the file's bytes; an accepted table
// must survive a round trip and become a store of Cached rows that nobody can edit.
#include "fuzz/fuzzsupport.h"
#include "membership/membershipstore.h"
#include "membership/providercache.h"

#include <QSet>

namespace {

const QString kEndpoint = QStringLiteral("http://placement.example:8778");

bool sameTable(const ProviderCacheData &a, const ProviderCacheData &b)
{
    if (a.endpoint != b.endpoint || a.savedAt != b.savedAt || a.aggregates != b.aggregates ||
        a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const ProviderCacheData::Row &x = a.rows.at(i);
        const ProviderCacheData::Row &y = b.rows.at(i);
        if (x.info.uuid != y.info.uuid || x.info.name != y.info.name ||
            x.info.generation != y.info.generation || x.info.parentUuid != y.info.parentUuid ||
            x.info.rootUuid != y.info.rootUuid || x.aggregates != y.aggregates)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray bytes = fuzz::bytes(data, size);
    ProviderCacheData table;
    QString problem;
    const ProviderCache::ParseResult result = ProviderCache::parse(bytes, kEndpoint, &table, &problem);
    if (result != ProviderCache::ParseResult::Ok) {
        if (!table.isEmpty() || !table.aggregates.isEmpty())
            fuzz::fail("parse() gave a table for a file it refused");
        if (problem.isEmpty())
            fuzz::fail("parse() refused a file without saying why");
        return 0;
    }
    if (table.endpoint != kEndpoint)
        fuzz::fail("parse() accepted another endpoint's table");

    // What serialize() writes, parse() reads back the same.
    ProviderCacheData again;
    if (ProviderCache::parse(ProviderCache::serialize(table), kEndpoint, &again, &problem) !=
            ProviderCache::ParseResult::Ok ||
        !sameTable(table, again))
        fuzz::fail("a table parse() accepted does not survive serialize() and parse()");

    MembershipStore store;
    store.restoreCached(table);
    if (store.providerCount() != table.rows.size())
        fuzz::fail("restoreCached() lost or invented rows");
    if (store.countInState(ProviderRecord::State::Cached) != store.providerCount())
        fuzz::fail("a cached row is not in state Cached");
    QSet<QString> used;
    for (const ProviderCacheData::Row &row : std::as_const(table.rows)) {
        for (int index : row.aggregates)
            used.insert(table.aggregates.at(index));
    }
    if (store.aggregateCount() != used.size())
        fuzz::fail("restoreCached() made other columns than the aggregates the rows use");
    for (int row = 0; row < store.providerCount(); ++row) {
        if (store.isEditable(row))
            fuzz::fail("a row shown from the cache is editable");
        for (int column = 0; column < store.aggregateCount(); ++column) {
            if (store.setWantsMember(row, column, !store.isMember(row, column)))
                fuzz::fail("a row shown from the cache took an edit");
        }
        if (store.aggregateCount() > 64)
            break; // the per-cell check is quadratic; the first row tells
    }
    if (store.pendingEditCount() != 0)
        fuzz::fail("a cached table has pending edits");
    return 0;
}
