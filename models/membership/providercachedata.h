#pragma once

#include "api/listprovidersjob.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

struct MembershipTable;

// A table as the warm-start cache keeps it (ProviderCache): the server state of every row that was
// verified when it was saved, with aggregates as indexes into one table of exact strings (a cloud
// has far fewer aggregates than memberships). Never pending edits: those are the journal's.
struct ProviderCacheData
{
    struct Row
    {
        ProviderInfo info;       // uuid, name, generation, parent and root as listed
        QVector<int> aggregates; // indexes into ProviderCacheData::aggregates
    };

    QString endpoint;       // EditJournal::normalizedEndpoint() of the server it came from
    QDateTime savedAt;      // UTC
    QStringList aggregates; // exact strings, as the server stores them
    QList<Row> rows;
    // The rows already built as the store's table, by the worker thread that read the file
    // (MembershipStore::prepareCached()); MembershipStore::restoreCached() moves it in (once), or
    // builds it itself when there is none.
    std::shared_ptr<MembershipTable> table;

    bool isEmpty() const { return rows.isEmpty(); }
};
Q_DECLARE_METATYPE(ProviderCacheData)
