#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kAggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kAggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kAggC = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QUrl kEndpoint(QStringLiteral("http://127.0.0.1:8778/"));
QString rp(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

void load(MembershipStore *store, const QList<QStringList> &sets)
{
    QList<ProviderInfo> providers;
    for (int i = 0; i < sets.size(); ++i) {
        ProviderInfo info;
        info.uuid = rp(i + 1);
        info.name = QStringLiteral("node%1").arg(i + 1);
        providers.append(info);
    }
    store->resetProviders(providers);
    for (int i = 0; i < sets.size(); ++i) {
        AggregatesResult result;
        result.providerUuid = rp(i + 1);
        result.aggregates = sets.at(i);
        result.generation = 3;
        store->setAggregates(result);
    }
}
} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private slots:
    void writesAsEditsAreMadeAndRemovesWhenConfirmed();
    void restoreRebasesOnFreshServerState();
    void corruptFileIsKeptAsideWithClearError();
    void notRecordingNeverOverwrites();
    void oneFilePerEndpoint();
    void unwritableFolderReportsError();
    void unverifiedEntriesAreKeptVerbatim();
    void deletedProvidersWaitForAcknowledgement();
    void newerFormatIsLeftAloneAndStopsRecording();
    void secondInstanceKeepsItsOwnFile();
    void orphanedFileIsOfferedAndTakenOver();
    void filesAreOwnerOnly();

private:
    static QJsonObject readJson(const QString &path);
    static QStringList journaledProviders(const QString &path);
};

QJsonObject TestEditJournal::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList TestEditJournal::journaledProviders(const QString &path)
{
    QStringList providers;
    for (const QJsonValue &entry : readJson(path).value(QLatin1String("edits")).toArray())
        providers << entry.toObject().value(QLatin1String("provider")).toString();
    providers.sort();
    return providers;
}

void TestEditJournal::writesAsEditsAreMadeAndRemovesWhenConfirmed()
{
    QTemporaryDir dir;
    MembershipStore store;
    load(&store, {{kAggA}, {kAggB}});
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    journal.setRecording(true);

    store.setWantsMember(store.rowOf(rp(1)), store.columnOf(kAggB), true);
    QTRY_VERIFY(QFile::exists(journal.filePath())); // coalesced write on the next event-loop turn
    QList<JournalEntry> entries;
    QString error;
    QVERIFY(journal.load(&entries, &error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().providerUuid, rp(1));
    QCOMPARE(entries.first().adds, QStringList{kAggB});
    QCOMPARE(entries.first().base, QStringList{kAggA});
    QCOMPARE(entries.first().baseGeneration, 3);

    // The server confirms: nothing is left to protect and the file goes away.
    store.confirmServerState(rp(1), {kAggA, kAggB}, 4, true);
    QTRY_VERIFY(!QFile::exists(journal.filePath()));
}

void TestEditJournal::restoreRebasesOnFreshServerState()
{
    QTemporaryDir dir;
    {
        MembershipStore store;
        load(&store, {{kAggA}, {kAggA, kAggB}, {kAggC}});
        EditJournal journal(&store);
        journal.setDirectory(dir.path());
        journal.setEndpoint(kEndpoint);
        journal.setRecording(true);
        store.setWantsMember(store.rowOf(rp(1)), store.columnOf(kAggB), true);  // node1: +B
        store.setWantsMember(store.rowOf(rp(2)), store.columnOf(kAggA), false); // node2: -A
        store.setWantsMember(store.rowOf(rp(3)), store.columnOf(kAggA), true);  // node3: +A
        QVERIFY(journal.flush());
        // The process dies here: no destructor-time cleanup may remove the journal.
    }
    MembershipStore store;
    // Meanwhile on the server: node1 got C, node2 already lost A, node3 is gone.
    load(&store, {{kAggA, kAggC}, {kAggB}});
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    QVERIFY(journal.hasSavedEdits());
    QList<JournalEntry> entries;
    QString error;
    QVERIFY(journal.load(&entries, &error));
    QCOMPARE(entries.size(), 3);
    const JournalRestoreReport report = journal.restore(entries);
    QCOMPARE(report.restored, 1);
    QCOMPARE(report.alreadyApplied, 1);
    // node3 was not listed: could not be checked, so its entry is kept, never reported "gone".
    QCOMPARE(report.unverified, QStringList{QStringLiteral("node3")});
    QVERIFY(report.deleted.isEmpty());
    QCOMPARE(store.desiredAggregates(store.rowOf(rp(1))), (QStringList{kAggA, kAggB, kAggC}));
    QCOMPARE(store.addedAggregates(store.rowOf(rp(1))), QStringList{kAggB});
    QVERIFY(!store.provider(store.rowOf(rp(2))).hasPendingEdits());
}

void TestEditJournal::corruptFileIsKeptAsideWithClearError()
{
    QTemporaryDir dir;
    MembershipStore store;
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"edits\": [ {\"provider\": ");
    file.close();

    QList<JournalEntry> entries;
    QString error;
    QVERIFY(!journal.load(&entries, &error));
    QVERIFY(entries.isEmpty());
    QVERIFY2(error.contains(QLatin1String("could not be read")), qPrintable(error));
    QVERIFY(!QFile::exists(journal.filePath()));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(error.contains(aside.first()));
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("{\"format\": 1")); // the bytes are untouched

    // Valid JSON of the wrong shape is corrupt too.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "edits": [{"provider": "x", "add": "not a list"}]})");
    file.close();
    QVERIFY(!journal.load(&entries, &error));
    // A second aside within the same second gets its own name; the first one is still there.
    const QStringList both = QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")});
    QCOMPARE(both.size(), 2);
    QVERIFY(both.contains(aside.first()));
    QVERIFY(!QFile::exists(journal.filePath()));
}

void TestEditJournal::notRecordingNeverOverwrites()
{
    QTemporaryDir dir;
    MembershipStore store;
    load(&store, {{kAggA}});
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    journal.setRecording(true);
    store.setWantsMember(0, store.columnOf(kAggA), false);
    QVERIFY(journal.flush());
    QVERIFY(QFile::exists(journal.filePath()));

    // A fresh load empties the table; the saved edits must survive until the restore decision.
    journal.setRecording(false);
    load(&store, {{kAggA}});
    store.setWantsMember(0, store.columnOf(kAggA), false);
    store.discardAllEdits();
    QTest::qWait(10);
    QVERIFY(QFile::exists(journal.filePath()));
}

void TestEditJournal::oneFilePerEndpoint()
{
    MembershipStore store;
    EditJournal journal(&store);
    journal.setEndpoint(QUrl(QStringLiteral("http://Controller:8778/placement/")));
    const QString first = journal.filePath();
    journal.setEndpoint(QUrl(QStringLiteral("http://controller:8778/placement")));
    QCOMPARE(journal.filePath(), first); // same endpoint, other spelling
    journal.setEndpoint(QUrl(QStringLiteral("http://controller:8779/placement")));
    QVERIFY(journal.filePath() != first);
}

void TestEditJournal::unwritableFolderReportsError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MembershipStore store;
    load(&store, {{kAggA}});
    EditJournal journal(&store);
    journal.setDirectory(dir.filePath(QStringLiteral("file/journal"))); // a file where a folder must be
    journal.setEndpoint(kEndpoint);
    journal.setRecording(true);
    QSignalSpy failed(&journal, &EditJournal::writeFailed);
    store.setWantsMember(0, store.columnOf(kAggA), false);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("journal")));
}

void TestEditJournal::unverifiedEntriesAreKeptVerbatim()
{
    // Issue 8.2: journaled providers whose GET failed, whose load was canceled or that were not
    // listed must not be dropped by a restore; they are written back verbatim.
    QTemporaryDir dir;
    {
        MembershipStore store;
        load(&store, {{kAggA}, {kAggA}, {kAggA}, {kAggA}});
        EditJournal journal(&store);
        journal.setDirectory(dir.path());
        journal.setEndpoint(kEndpoint);
        journal.setRecording(true);
        for (int row = 0; row < 4; ++row)
            store.setWantsMember(row, store.columnOf(kAggA), false);
        QVERIFY(journal.flush());
    }
    MembershipStore store;
    QList<ProviderInfo> providers;
    for (int i = 1; i <= 3; ++i) // node4 is not listed this time
        providers.append({rp(i), QStringLiteral("node%1").arg(i), 3, {}, rp(i)});
    store.resetProviders(providers);
    store.setAggregates({rp(1), {kAggA}, 3});
    store.setProviderFailed(rp(2), ApiError::fromHttp(503, QByteArray()));
    store.setProviderCanceled(rp(3));
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    QList<JournalEntry> entries;
    QString error;
    QVERIFY(journal.load(&entries, &error));
    QCOMPARE(entries.size(), 4);
    const JournalRestoreReport report = journal.restore(entries);
    QCOMPARE(report.restored, 1);
    QCOMPARE(report.unverified,
             (QStringList{QStringLiteral("node2"), QStringLiteral("node3"), QStringLiteral("node4")}));
    journal.setRecording(true);
    QVERIFY(journal.flush());
    QCOMPARE(journaledProviders(journal.filePath()), (QStringList{rp(1), rp(2), rp(3), rp(4)}));

    // Confirming node1 keeps the other three on disk.
    store.confirmServerState(rp(1), {}, 4);
    QVERIFY(journal.flush());
    QCOMPARE(journaledProviders(journal.filePath()), (QStringList{rp(2), rp(3), rp(4)}));
    // Verbatim: the same base and edits as written by the first session.
    for (const QJsonValue &value : readJson(journal.filePath()).value(QLatin1String("edits")).toArray()) {
        QCOMPARE(value.toObject().value(QLatin1String("base")).toArray(), QJsonArray{kAggA});
        QCOMPARE(value.toObject().value(QLatin1String("remove")).toArray(), QJsonArray{kAggA});
    }
}

void TestEditJournal::deletedProvidersWaitForAcknowledgement()
{
    QTemporaryDir dir;
    {
        MembershipStore store;
        load(&store, {{kAggA}});
        EditJournal journal(&store);
        journal.setDirectory(dir.path());
        journal.setEndpoint(kEndpoint);
        journal.setRecording(true);
        QVERIFY(store.setWantsMember(0, store.addAggregate(kAggB), true));
        QVERIFY(journal.flush());
    }
    MembershipStore store;
    store.resetProviders({{rp(1), QStringLiteral("node1"), 3, {}, rp(1)}});
    store.setProviderFailed(rp(1), ApiError::fromHttp(404, QByteArray()));
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    QList<JournalEntry> entries;
    QString error;
    QVERIFY(journal.load(&entries, &error));
    const JournalRestoreReport report = journal.restore(entries);
    QCOMPARE(report.deleted, QStringList{QStringLiteral("node1")});
    QCOMPARE(report.deletedUuids, QStringList{rp(1)});
    QVERIFY(report.unverified.isEmpty());
    journal.setRecording(true);
    QVERIFY(journal.flush());
    QCOMPARE(journaledProviders(journal.filePath()), QStringList{rp(1)}); // not yet acknowledged
    journal.forgetEntries({rp(1)});
    QVERIFY(journal.flush());
    QVERIFY(!QFile::exists(journal.filePath()));
}

void TestEditJournal::newerFormatIsLeftAloneAndStopsRecording()
{
    QTemporaryDir dir;
    MembershipStore store;
    load(&store, {{kAggA}});
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    const QByteArray future = R"({"format": 2, "edits": [], "something": "new"})";
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(future);
    file.close();

    QList<JournalEntry> entries;
    QString error;
    QVERIFY(!journal.load(&entries, &error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(journal.isReadOnly());
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    journal.setRecording(true);
    store.setWantsMember(0, store.columnOf(kAggA), false);
    QVERIFY(journal.flush());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), future); // untouched
}

void TestEditJournal::secondInstanceKeepsItsOwnFile()
{
    // Issue 8.4: two instances on one endpoint. The second must neither delete nor overwrite the
    // first one's journal.
    QTemporaryDir dir;
    MembershipStore firstStore;
    load(&firstStore, {{kAggA}});
    EditJournal first(&firstStore);
    first.setDirectory(dir.path());
    first.setEndpoint(kEndpoint);
    first.setRecording(true);
    firstStore.setWantsMember(0, firstStore.columnOf(kAggA), false);
    QVERIFY(first.flush());
    QVERIFY(!first.isSharedEndpoint());
    const QByteArray firstBytes = [&] {
        QFile f(first.filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    MembershipStore secondStore;
    load(&secondStore, {{kAggA}});
    EditJournal second(&secondStore);
    second.setDirectory(dir.path());
    second.setEndpoint(kEndpoint);
    QVERIFY(second.isSharedEndpoint());
    QVERIFY(second.filePath() != first.filePath());
    QVERIFY(!second.hasSavedEdits()); // the first one's file is not an orphan: its owner lives
    second.setRecording(true);        // a fresh, empty table starts recording
    QVERIFY(second.flush());
    QVERIFY(QFile::exists(first.filePath()));
    QVERIFY(secondStore.setWantsMember(0, secondStore.addAggregate(kAggB), true));
    QVERIFY(second.flush());
    QFile f(first.filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), firstBytes);
    QCOMPARE(journaledProviders(second.filePath()), QStringList{rp(1)});
}

void TestEditJournal::orphanedFileIsOfferedAndTakenOver()
{
    QTemporaryDir dir;
    QString secondPath;
    {
        MembershipStore firstStore;
        load(&firstStore, {{kAggA}, {kAggA}});
        EditJournal first(&firstStore);
        first.setDirectory(dir.path());
        first.setEndpoint(kEndpoint);
        first.setRecording(true);
        QVERIFY(firstStore.setWantsMember(0, firstStore.columnOf(kAggA), false)); // node1: -A
        QVERIFY(first.flush());

        MembershipStore secondStore;
        load(&secondStore, {{kAggA}, {kAggA}});
        EditJournal second(&secondStore);
        second.setDirectory(dir.path());
        second.setEndpoint(kEndpoint);
        second.setRecording(true);
        QVERIFY(secondStore.setWantsMember(1, secondStore.addAggregate(kAggB), true)); // node2: +B
        QVERIFY(second.flush());
        secondPath = second.filePath();
        // Both processes die here; their files stay.
    }
    QVERIFY(QFile::exists(secondPath));
    MembershipStore store;
    load(&store, {{kAggA}, {kAggA}});
    EditJournal journal(&store);
    journal.setDirectory(dir.path());
    journal.setEndpoint(kEndpoint);
    QVERIFY(!journal.isSharedEndpoint());
    QVERIFY(journal.hasSavedEdits());
    QList<JournalEntry> entries;
    QString error;
    QVERIFY(journal.load(&entries, &error));
    QCOMPARE(entries.size(), 2); // both files are offered
    const JournalRestoreReport report = journal.restore(entries);
    QCOMPARE(report.restored, 2);
    QVERIFY(QFile::exists(secondPath)); // not removed before its content is in our file
    journal.setRecording(true);
    QVERIFY(journal.flush());
    QVERIFY(!QFile::exists(secondPath));
    QCOMPARE(journaledProviders(journal.filePath()), (QStringList{rp(1), rp(2)}));
}

void TestEditJournal::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    MembershipStore store;
    load(&store, {{kAggA}});
    EditJournal journal(&store);
    const QString folder = dir.filePath(QStringLiteral("journal"));
    journal.setDirectory(folder);
    journal.setEndpoint(kEndpoint);
    journal.setRecording(true);
    store.setWantsMember(0, store.columnOf(kAggA), false);
    QVERIFY(journal.flush());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(journal.filePath()).permissions() & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
