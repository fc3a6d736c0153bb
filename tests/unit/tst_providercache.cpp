// The warm-start cache (membership/ProviderCache): what it keeps of a store, the file it writes
// (owner-only, atomic), and that nothing it reads is trusted — another endpoint's table, a newer
// format, a file someone else could have written and every malformed shape are refused with a
// reason. The store's Cached rows: shown, never editable, verified one by one.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/uuids.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/membershipstore.h"
#include "membership/membershiptable.h"
#include "membership/providercache.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kEndpoint = QStringLiteral("http://placement.example:8778");
const QString kRoot = QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kChild = QStringLiteral("b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01");
const QString kOther = QStringLiteral("0f0e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kFailed = QStringLiteral("1f0e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kAggLower = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
const QString kAggUpper = QStringLiteral("6F1A3C58-1B8F-4A8E-9C1E-2D6A8B0C4E11");
const QString kAggB = QStringLiteral("0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22");

ProviderInfo provider(const QString &uuid, const QString &name, qint64 generation, const QString &parent = {})
{
    ProviderInfo info;
    info.uuid = uuid;
    info.name = name;
    info.generation = generation;
    info.parentUuid = parent;
    info.rootUuid = parent.isEmpty() ? uuid : parent;
    return info;
}

// A loaded store: two spellings of one UUID on the root, a child, a row without aggregates, a row
// whose read failed, and a pending edit (which the cache must not keep).
void fill(MembershipStore *store)
{
    store->resetProviders({provider(kRoot, QStringLiteral("compute-1"), 5),
                           provider(kChild, QStringLiteral("compute-1_NUMA_0"), 2, kRoot),
                           provider(kOther, QStringLiteral("compute-2"), 0),
                           provider(kFailed, QStringLiteral("compute-3"), 9)});
    store->setAggregates({kRoot, {kAggUpper, kAggLower}, 5});
    store->setAggregates({kChild, {kAggB}, 2});
    store->setAggregates({kOther, {}, 0});
    store->setProviderFailed(kFailed, ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")));
    QVERIFY(store->setWantsMember(store->rowOf(kOther), store->columnOf(kAggB), true));
}

QByteArray withField(const QByteArray &valid, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(valid).object();
    root.insert(key, value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProviderCache : public QObject
{
    Q_OBJECT

private slots:
    void snapshotKeepsVerifiedServerStateOnly();
    void roundTripRestoresCachedRows();
    void cachedRowsAreShownButNotEditable();
    void refusesWhatItCannotTrust_data();
    void refusesWhatItCannotTrust();
    void fileIsOwnerOnlyAndReadBack();
    void unsafeFilesAreIgnored();
    void tooLargeTablesAreNotWritten();
};

void TestProviderCache::snapshotKeepsVerifiedServerStateOnly()
{
    MembershipStore store;
    fill(&store);
    const ProviderCacheData data = ProviderCache::snapshot(store, kEndpoint);
    QCOMPARE(data.endpoint, kEndpoint);
    QVERIFY(data.savedAt.isValid());
    QCOMPARE(data.rows.size(), 3); // the failed row is read again next time
    QStringList uuids;
    for (const ProviderCacheData::Row &row : data.rows) {
        uuids << row.info.uuid;
        QStringList aggregates;
        for (int index : row.aggregates)
            aggregates << data.aggregates.at(index);
        const int storeRow = store.rowOf(row.info.uuid);
        // The loaded set by exact string, never the pending one.
        QCOMPARE(aggregates, store.loadedAggregates(storeRow));
        QCOMPARE(row.info.generation, store.provider(storeRow).generation);
    }
    QVERIFY(!uuids.contains(kFailed));
    QVERIFY(data.aggregates.contains(kAggUpper));
    QVERIFY(data.aggregates.contains(kAggLower));

    // A row whose generation moved after its set was read (an inventory change) is not kept either.
    store.setAggregates({kOther, {}, 0});
    AggregatesResult stale{kChild, {kAggB}, 2};
    store.setAggregates(stale);
    QCOMPARE(ProviderCache::snapshot(store, kEndpoint).rows.size(), 3);
}

void TestProviderCache::roundTripRestoresCachedRows()
{
    MembershipStore store;
    fill(&store);
    const ProviderCacheData saved = ProviderCache::snapshot(store, kEndpoint);
    const QByteArray bytes = ProviderCache::serialize(saved);

    ProviderCacheData read;
    QString problem;
    QCOMPARE(ProviderCache::parse(bytes, kEndpoint, &read, &problem), ProviderCache::ParseResult::Ok);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(read.rows.size(), saved.rows.size());
    QCOMPARE(read.savedAt, saved.savedAt.toUTC());

    // As ProviderCache::read() delivers it (the store's table built on its worker thread), and
    // without that table (restoreCached() builds it): the same rows, columns and counts.
    for (const bool prepared : {false, true}) {
        if (prepared)
            read.table = std::make_shared<MembershipTable>(MembershipStore::prepareCached(read));
        MembershipStore restored;
        MembershipTableModel model(&restored);
        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&restored, &MembershipStore::providersReset);
        QSignalSpy rowChanges(&restored, &MembershipStore::providerChanged);
        QSignalSpy inserted(&restored, &MembershipStore::aggregateInserted);
        restored.restoreCached(read);
        QCOMPARE(resets.size(), 1); // one reset, no row or column signals inside it
        QCOMPARE(rowChanges.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(restored.providerCount(), 3);
        QCOMPARE(restored.countInState(ProviderRecord::State::Cached), 3);
        QCOMPARE(restored.pendingEditCount(), 0);
        // The same columns (both spellings, same order) and memberships as the server state saved.
        QStringList expectedColumns{kAggB, kAggUpper, kAggLower};
        Uuids::sortByIdentity(&expectedColumns);
        QCOMPARE(restored.aggregateUuids(), expectedColumns);
        for (const QString &uuid : {kRoot, kChild, kOther}) {
            const int row = restored.rowOf(uuid);
            QVERIFY(row >= 0);
            QCOMPARE(restored.loadedAggregates(row), store.loadedAggregates(store.rowOf(uuid)));
            QCOMPARE(restored.provider(row).aggregatesGeneration,
                     store.provider(store.rowOf(uuid)).generation);
        }
        // The tree order is the store's own: the child right after its parent.
        QCOMPARE(restored.rowOf(kChild), restored.rowOf(kRoot) + 1);
        QCOMPARE(restored.provider(restored.rowOf(kChild)).depth, 1);
        for (int column = 0; column < restored.aggregateCount(); ++column)
            QCOMPARE(restored.memberCount(column),
                     store.memberCount(store.columnOf(restored.aggregateUuid(column))));
        // The prepared table is taken once; restoring the same data again builds its own.
        if (prepared) {
            MembershipStore again;
            again.restoreCached(read);
            QCOMPARE(again.providerCount(), 3);
            QCOMPARE(again.aggregateUuids(), expectedColumns);
        }
    }
}

void TestProviderCache::cachedRowsAreShownButNotEditable()
{
    MembershipStore source;
    fill(&source);
    MembershipStore store;
    MembershipTableModel model(&store);
    QAbstractItemModelTester tester(&model);
    store.restoreCached(ProviderCache::snapshot(source, kEndpoint));
    const int row = store.rowOf(kRoot);
    const int column = store.columnOf(kAggUpper);
    QVERIFY(!store.isEditable(row));
    QVERIFY(!store.setWantsMember(row, column, false));
    const QModelIndex cell = model.index(row, MembershipTableModel::FirstAggregateColumn + column);
    QCOMPARE(cell.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked); // shown
    QVERIFY(!(model.flags(cell) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEnabled)); // drawn greyed
    QVERIFY(!model.setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.index(row, MembershipTableModel::StatusColumn).data().toString(),
             QStringLiteral("Cached, unverified"));

    QSignalSpy changed(&store, &MembershipStore::providerChanged);
    store.markVerified(kRoot);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.provider(row).state, ProviderRecord::State::Loaded);
    QVERIFY(store.isEditable(row));
    QVERIFY(model.flags(cell) & Qt::ItemIsUserCheckable);
    store.markVerified(kRoot); // only Cached rows change
    QCOMPARE(changed.size(), 1);

    // A refresh that keeps a cached row's set without having verified it leaves it Cached.
    store.setCachedAggregates({kChild, {kAggB}, 2});
    QCOMPARE(store.provider(store.rowOf(kChild)).state, ProviderRecord::State::Cached);
    store.setAggregates({kChild, {kAggB}, 3});
    QCOMPARE(store.provider(store.rowOf(kChild)).state, ProviderRecord::State::Loaded);
}

void TestProviderCache::refusesWhatItCannotTrust_data()
{
    MembershipStore store;
    fill(&store);
    const QByteArray valid = ProviderCache::serialize(ProviderCache::snapshot(store, kEndpoint));
    const QJsonArray providers =
        QJsonDocument::fromJson(valid).object().value(QLatin1String("providers")).toArray();
    const auto withRow = [&](const QJsonArray &row) {
        QJsonArray changed = providers;
        changed.append(row);
        return withField(valid, QStringLiteral("providers"), changed);
    };

    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ProviderCache::ParseResult>("expected");
    using R = ProviderCache::ParseResult;
    QTest::newRow("empty") << QByteArray() << R::Corrupt;
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << R::Corrupt;
    QTest::newRow("array") << QByteArray("[]") << R::Corrupt;
    QTest::newRow("other format") << withField(valid, QStringLiteral("format"), QStringLiteral("edits"))
                                  << R::Corrupt;
    QTest::newRow("version 0") << withField(valid, QStringLiteral("version"), 0) << R::Corrupt;
    QTest::newRow("version 1.5") << withField(valid, QStringLiteral("version"), 1.5) << R::Corrupt;
    QTest::newRow("newer version") << withField(valid, QStringLiteral("version"), 2) << R::NewerFormat;
    QTest::newRow("other endpoint") << withField(valid, QStringLiteral("endpoint"),
                                                 QStringLiteral("http://other:8778"))
                                    << R::Foreign;
    QTest::newRow("no time") << withField(valid, QStringLiteral("saved"), QStringLiteral("yesterday"))
                             << R::Corrupt;
    QTest::newRow("aggregates not a list") << withField(valid, QStringLiteral("aggregates"), 3) << R::Corrupt;
    QTest::newRow("aggregate not a UUID")
        << withField(valid, QStringLiteral("aggregates"), QJsonArray{QStringLiteral("rack-1")}) << R::Corrupt;
    QTest::newRow("aggregate twice") << withField(valid, QStringLiteral("aggregates"),
                                                  QJsonArray{kAggB, kAggB})
                                     << R::Corrupt;
    QTest::newRow("providers not a list")
        << withField(valid, QStringLiteral("providers"), QJsonObject()) << R::Corrupt;
    QTest::newRow("row too short") << withRow({kFailed, QStringLiteral("x"), 1}) << R::Corrupt;
    QTest::newRow("row uuid invalid")
        << withRow({QStringLiteral("nope"), QStringLiteral("x"), 1, QString(), QString(), QJsonArray()})
        << R::Corrupt;
    QTest::newRow("row listed twice, other spelling")
        << withRow({kRoot.toUpper(), QStringLiteral("x"), 1, QString(), QString(), QJsonArray()})
        << R::Corrupt;
    QTest::newRow("name not a string")
        << withRow({kFailed, 7, 1, QString(), QString(), QJsonArray()}) << R::Corrupt;
    QTest::newRow("name with a lone surrogate")
        << withRow({kFailed, QString(QChar(0xd800)), 1, QString(), QString(), QJsonArray()}) << R::Corrupt;
    QTest::newRow("negative generation")
        << withRow({kFailed, QStringLiteral("x"), -1, QString(), QString(), QJsonArray()}) << R::Corrupt;
    QTest::newRow("fractional generation")
        << withRow({kFailed, QStringLiteral("x"), 1.5, QString(), QString(), QJsonArray()}) << R::Corrupt;
    QTest::newRow("huge generation") << withRow({kFailed, QStringLiteral("x"), 1e300, QString(), QString(),
                                                 QJsonArray()})
                                     << R::Corrupt;
    QTest::newRow("parent not a UUID")
        << withRow({kFailed, QStringLiteral("x"), 1, QStringLiteral("up"), QString(), QJsonArray()})
        << R::Corrupt;
    QTest::newRow("aggregate index out of range")
        << withRow({kFailed, QStringLiteral("x"), 1, QString(), QString(), QJsonArray{99}}) << R::Corrupt;
    QTest::newRow("aggregate index negative")
        << withRow({kFailed, QStringLiteral("x"), 1, QString(), QString(), QJsonArray{-1}}) << R::Corrupt;
    QTest::newRow("aggregate index twice")
        << withRow({kFailed, QStringLiteral("x"), 1, QString(), QString(), QJsonArray{0, 0}}) << R::Corrupt;
    QTest::newRow("valid, one more row")
        << withRow({kFailed, QStringLiteral("x"), 1, QString(), QString(), QJsonArray{0}}) << R::Ok;
}

void TestProviderCache::refusesWhatItCannotTrust()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProviderCache::ParseResult, expected);
    ProviderCacheData data;
    data.rows.append(ProviderCacheData::Row());
    QString problem;
    QCOMPARE(ProviderCache::parse(bytes, kEndpoint, &data, &problem), expected);
    if (expected == ProviderCache::ParseResult::Ok) {
        QCOMPARE(data.rows.size(), 4);
        QVERIFY(problem.isEmpty());
    } else {
        QVERIFY(data.isEmpty()); // never half a table
        QVERIFY(!problem.isEmpty());
    }
}

void TestProviderCache::fileIsOwnerOnlyAndReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("cache/providers"));
    MembershipStore store;
    fill(&store);
    ProviderCache cache;
    cache.setDirectory(folder);
    cache.setEndpoint(QUrl(kEndpoint + QStringLiteral("/?x=1")));
    QVERIFY(!cache.exists());
    // Two saves in a row: the second waits for the first, and the newest table is what stays.
    cache.save(store);
    store.setAggregates({kOther, {kAggLower}, 1});
    cache.save(store);
    cache.waitForWrites();
    QVERIFY(cache.exists());
    const QFileInfo file(cache.filePath());
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(folder).permissions() &
                 ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile raw(cache.filePath());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QVERIFY(!content.contains("compute-3")); // the failed row
    QVERIFY(!content.contains("?x=1"));      // the endpoint as normalized

    QSignalSpy read(&cache, &ProviderCache::readFinished);
    cache.read();
    QVERIFY(cache.isReading());
    QVERIFY(read.wait());
    QVERIFY(!cache.isReading());
    const auto data = read.at(0).at(0).value<ProviderCacheData>();
    QCOMPARE(read.at(0).at(1).toString(), QString());
    QCOMPARE(data.rows.size(), 3);
    bool sawNewest = false;
    for (const ProviderCacheData::Row &row : data.rows) {
        if (row.info.uuid == kOther)
            sawNewest = row.info.generation == 1 && row.aggregates.size() == 1;
    }
    QVERIFY(sawNewest);

    // Another endpoint has another file; a canceled read reports nothing.
    ProviderCache other;
    other.setDirectory(folder);
    other.setEndpoint(QUrl(QStringLiteral("http://placement.example:9999")));
    QVERIFY(other.filePath() != cache.filePath());
    QVERIFY(!other.exists());
    cache.read();
    cache.cancelRead();
    QVERIFY(!read.wait(300));
    QCOMPARE(read.size(), 1);
    cache.remove();
    QVERIFY(!cache.exists());
}

void TestProviderCache::unsafeFilesAreIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MembershipStore store;
    fill(&store);
    ProviderCache cache;
    cache.setDirectory(dir.path());
    cache.setEndpoint(QUrl(kEndpoint));
    const auto readBack = [&](QString *problem) {
        QSignalSpy read(&cache, &ProviderCache::readFinished);
        cache.read();
        if (!read.wait())
            return -1;
        *problem = read.at(0).at(1).toString();
        return int(read.at(0).at(0).value<ProviderCacheData>().rows.size());
    };
    QString problem;

    cache.save(store);
    cache.waitForWrites();
    QFile::setPermissions(cache.filePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteOther);
    QCOMPARE(readBack(&problem), 0);
    QVERIFY2(problem.contains(QLatin1String("Others can write")), qPrintable(problem));

    // A symlink to a valid table (someone else's, perhaps) is not ours.
    const QString real = dir.filePath(QStringLiteral("elsewhere.json"));
    QVERIFY(QFile::rename(cache.filePath(), real));
    QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QFile::link(real, cache.filePath()));
    QVERIFY(cache.exists());
    QCOMPARE(readBack(&problem), 0);
    QVERIFY2(problem.contains(QLatin1String("not a regular file")), qPrintable(problem));
    QFile::remove(cache.filePath());

    QFile garbage(cache.filePath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"format\": \"placement-desk-provider-cache\", \"version\": 1, ");
    garbage.close();
    QCOMPARE(readBack(&problem), 0);
    QVERIFY2(problem.contains(QLatin1String("not JSON")), qPrintable(problem));
}

void TestProviderCache::tooLargeTablesAreNotWritten()
{
    // A table over the cap: the write is refused and an older file goes (it would come back as the
    // current table); a file over the cap is not read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MembershipStore store;
    fill(&store);
    ProviderCache cache;
    cache.setDirectory(dir.path());
    cache.setEndpoint(QUrl(kEndpoint));
    cache.save(store);
    cache.waitForWrites();
    QVERIFY(cache.exists());

    const qint64 size = QFileInfo(cache.filePath()).size();
    QVERIFY(size > 100);
    // The cap below this table: it is not written, and the older file goes.
    cache.setMaxFileBytes(size - 1);
    QSignalSpy failed(&cache, &ProviderCache::writeFailed);
    cache.save(store);
    QVERIFY(failed.wait());
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("larger")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!cache.exists());

    // A file over the cap is not read.
    cache.setMaxFileBytes(ProviderCache::MaxFileBytes);
    cache.save(store);
    cache.waitForWrites();
    QVERIFY(cache.exists());
    cache.setMaxFileBytes(size - 1);
    QSignalSpy read(&cache, &ProviderCache::readFinished);
    cache.read();
    QVERIFY(read.wait());
    QVERIFY(read.at(0).at(0).value<ProviderCacheData>().isEmpty());
    QVERIFY(read.at(0).at(1).toString().contains(QLatin1String("larger")));
}

QTEST_GUILESS_MAIN(TestProviderCache)
#include "tst_providercache.moc"
