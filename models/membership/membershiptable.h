#pragma once

#include "membership/providerrecord.h"

#include <QHash>
#include <QString>
#include <QVector>

// The store's tables as one value: rows in tree order with their uuid index, and the interned
// aggregate strings (ids, keys, spellings, column order, member counts). MembershipStore::
// prepareCached() builds one from a cache file's rows on the worker thread that parsed the file, and
// restoreCached() moves it in, so a warm start of 100,000 rows does not hold the UI thread while
// records are built and ordered (that took ~0.2 s there).
struct MembershipTable
{
    QVector<ProviderRecord> providers;
    QHash<QString, int> rowByUuid;   // lower-case uuid -> row
    QVector<QString> aggregateUuids; // by id: the exact string
    QVector<QString> aggregateKeys;  // by id: Uuids::key() of it
    QHash<QString, int> aggregateIdByUuid;
    QHash<QString, QVector<int>> idsByKey; // every spelling of one UUID
    QVector<int> columnIds;                // column -> id, in identity order
    QVector<int> memberCounts;             // by id
};
