#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"

#include <QDir>
#include <QFile>
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
};

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
    QCOMPARE(report.missing, QStringList{QStringLiteral("node3")});
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
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).size() >= 1, true);
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

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
