// The change history file: one line per confirmed change, owner-only permissions, per cloud, lines
// that do not read skipped and counted, CSV with neutralized formulas, undo as wanted memberships,
// and the table model (QAbstractItemModelTester) following appends and another cloud.

#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/historymodel.h"
#include "membership/changehistory.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString uuid(int n)
{
    return QStringLiteral("a99a0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

HistoryEntry entry(const QString &provider, const QStringList &before, const QStringList &after,
                   HistoryEntry::How how = HistoryEntry::How::Applied)
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2026, 12, 7), QTime(20, 1, 2, 345), Qt::UTC);
    e.providerUuid = provider;
    e.providerName = QStringLiteral("=cmd|' /C calc'!A0"); // a hostile name from the server
    e.before = before;
    e.after = after;
    e.generation = 7;
    e.requestId = QStringLiteral("req-1234");
    e.microversion = QStringLiteral("1.39");
    e.user = QStringLiteral("alice");
    e.project = QStringLiteral("admin");
    e.how = how;
    return e;
}

} // namespace

class TestChangeHistory : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void badLinesAreSkippedAndCounted_data();
    void badLinesAreSkippedAndCounted();
    void appendsPerCloudWithOwnerOnlyPermissions();
    void fullFileIsMovedAsideAndOnlyItsTailRead();
    void csvNeutralizesFormulas();
    void undoBecomesPendingEditsAgainstTheCurrentState();
    void modelFollowsTheHistory();
};

void TestChangeHistory::roundTrip()
{
    const HistoryEntry original = entry(uuid(100), {uuid(1), uuid(2).toUpper()}, {uuid(2).toUpper(), uuid(3)},
                                        HistoryEntry::How::Merged);
    const QByteArray line = ChangeHistory::serialize(original);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    int skipped = -1;
    const QList<HistoryEntry> parsed = ChangeHistory::parse(line + line, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(parsed.size(), 2);
    const HistoryEntry &back = parsed.first();
    QCOMPARE(back.time, original.time);
    QCOMPARE(back.providerUuid, original.providerUuid);
    QCOMPARE(back.providerName, original.providerName);
    QCOMPARE(back.before, original.before); // exact strings, verbatim
    QCOMPARE(back.after, original.after);
    QCOMPARE(back.generation, 7);
    QCOMPARE(back.requestId, original.requestId);
    QCOMPARE(back.microversion, original.microversion);
    QCOMPARE(back.user, original.user);
    QCOMPARE(back.project, original.project);
    QCOMPARE(back.how, HistoryEntry::How::Merged);
    QCOMPARE(back.added(), QStringList{uuid(3)});
    QCOMPARE(back.removed(), QStringList{uuid(1)});
    for (const HistoryEntry::How how :
         {HistoryEntry::How::Applied, HistoryEntry::How::Resent, HistoryEntry::How::Merged,
          HistoryEntry::How::Overwritten, HistoryEntry::How::AlreadyApplied}) {
        HistoryEntry::How read = HistoryEntry::How::Applied;
        QVERIFY(HistoryEntry::howFromKey(HistoryEntry::howKey(how), &read));
        QCOMPARE(read, how);
    }
}

void TestChangeHistory::badLinesAreSkippedAndCounted_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not json") << QByteArray("nonsense");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no time") << QByteArray(
        R"({"provider": "p", "how": "applied", "before": [], "after": []})");
    QTest::newRow("bad time") << QByteArray(
        R"({"time": "yesterday", "provider": "p", "how": "applied", "before": [], "after": []})");
    QTest::newRow("unknown how") << QByteArray(
        R"({"time": "2026-12-07T20:00:00.000Z", "provider": "p", "how": "guessed", "before": [], "after": []})");
    QTest::newRow("set not a list") << QByteArray(
        R"({"time": "2026-12-07T20:00:00.000Z", "provider": "p", "how": "applied", "before": {}, "after": []})");
    QTest::newRow("number in set") << QByteArray(
        R"({"time": "2026-12-07T20:00:00.000Z", "provider": "p", "how": "applied", "before": [1], "after": []})");
    QTest::newRow("no provider") << QByteArray(
        R"({"time": "2026-12-07T20:00:00.000Z", "how": "applied", "before": [], "after": []})");
    QTest::newRow("generation text") << QByteArray(
        R"({"time": "2026-12-07T20:00:00.000Z", "provider": "p", "how": "applied", "before": [], "after": [], "generation": "7"})");
    QTest::newRow("torn last line") << ChangeHistory::serialize(entry(uuid(9), {}, {uuid(1)})).left(40);
}

void TestChangeHistory::badLinesAreSkippedAndCounted()
{
    QFETCH(QByteArray, line);
    const QByteArray good = ChangeHistory::serialize(entry(uuid(100), {}, {uuid(1)}));
    int skipped = -1;
    const QList<HistoryEntry> parsed = ChangeHistory::parse(good + line + "\n\n" + good, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(parsed.size(), 2);
}

void TestChangeHistory::appendsPerCloudWithOwnerOnlyPermissions()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("history"));
    ChangeHistory history;
    history.setDirectory(folder);
    history.setEndpoint(QUrl(QStringLiteral("https://user:secret@Placement.example.com:8778")));
    QVERIFY(history.entries().isEmpty());
    QVERIFY(history.readProblem().isEmpty());
    QSignalSpy appended(&history, &ChangeHistory::entryAppended);
    QString error;
    QVERIFY2(history.append(entry(uuid(100), {uuid(1)}, {uuid(1), uuid(2)}), &error), qPrintable(error));
    QVERIFY(history.append(entry(uuid(101), {uuid(2)}, {}), &error));
    QCOMPARE(appended.size(), 2);
    QCOMPARE(history.entries().size(), 2);

    const QString path = history.filePath();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ExeOwner, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(folder).permissions().testFlag(QFileDevice::ExeOwner));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.count('\n'), 2);
    QVERIFY(!content.contains("secret")); // the endpoint is stored without user info
    QVERIFY(content.contains("https://placement.example.com:8778"));

    // The same cloud in another spelling reads the same file; another cloud has its own.
    ChangeHistory again;
    again.setDirectory(folder);
    again.setEndpoint(QUrl(QStringLiteral("https://placement.example.com:8778")));
    QCOMPARE(again.filePath(), path);
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().at(1).providerUuid, uuid(101));
    QSignalSpy reset(&again, &ChangeHistory::entriesReset);
    again.setEndpoint(QUrl(QStringLiteral("https://other.example.com:8778")));
    QCOMPARE(reset.size(), 1);
    QVERIFY(again.entries().isEmpty());
    QVERIFY(again.filePath() != path);

    // A torn line (a crash mid-write) costs that line only, and the operator is told.
    file.close();
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"time\": \"2026-");
    file.close();
    ChangeHistory torn;
    torn.setDirectory(folder);
    torn.setEndpoint(QUrl(QStringLiteral("https://placement.example.com:8778")));
    QCOMPARE(torn.entries().size(), 2);
    QVERIFY(torn.readProblem().contains(QLatin1String("1 line")));
}

void TestChangeHistory::fullFileIsMovedAsideAndOnlyItsTailRead()
{
    QTemporaryDir dir;
    const QUrl endpoint(QStringLiteral("http://placement.example.com:8778"));
    ChangeHistory empty;
    empty.setDirectory(dir.path());
    empty.setEndpoint(endpoint);
    const QString path = empty.filePath();
    // A file just over the cap, written as another instance (or a long life) would have: numbered
    // providers, so which part was read shows.
    int lines = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        qint64 size = 0;
        while (size <= ChangeHistory::MaxFileBytes) {
            const QByteArray line = ChangeHistory::serialize(entry(uuid(lines), {}, {uuid(1)}));
            QCOMPARE(file.write(line), line.size());
            size += line.size();
            ++lines;
        }
    }
    // Reading it: only the newest MaxFileBytes, from their first whole line, capped at MaxEntries.
    ChangeHistory history;
    history.setDirectory(dir.path());
    history.setEndpoint(endpoint);
    QVERIFY2(history.readProblem().isEmpty(), qPrintable(history.readProblem()));
    QCOMPARE(history.entries().size(), ChangeHistory::MaxEntries);
    QCOMPARE(history.entries().last().providerUuid, uuid(lines - 1));
    QCOMPARE(history.entries().first().providerUuid, uuid(lines - ChangeHistory::MaxEntries));

    // The next append moves the full file aside (replacing an older aside) and starts a new one.
    const QString aside = path.chopped(6) + QStringLiteral(".1.jsonl");
    {
        QFile older(aside);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older aside\n");
    }
    const qint64 fullSize = QFileInfo(path).size();
    QString error;
    QVERIFY2(history.append(entry(uuid(999999), {uuid(1)}, {}), &error), qPrintable(error));
    QCOMPARE(QFileInfo(aside).size(), fullSize);
    QFile fresh(path);
    QVERIFY(fresh.open(QIODevice::ReadOnly));
    QCOMPARE(fresh.readAll().count('\n'), 1);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(history.entries().size(), ChangeHistory::MaxEntries); // the oldest in memory went
    QCOMPARE(history.entries().last().providerUuid, uuid(999999));
}

void TestChangeHistory::csvNeutralizesFormulas()
{
    const QByteArray csv =
        ChangeHistory::toCsv({entry(uuid(100), {uuid(1)}, {uuid(1), uuid(2)})}, [](const QString &aggregate) {
            return aggregate == uuid(2) ? QStringLiteral("+gpu") : QString();
        });
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("time,endpoint,user,project,provider_uuid,provider_name,how,added"));
    QVERIFY(csv.contains("'=cmd")); // the provider name cannot run as a formula
    QVERIFY(csv.contains("'+gpu")); // nor can a name
    QVERIFY(!csv.contains(",=cmd"));
    QVERIFY(csv.contains(uuid(2).toUtf8()));
    QVERIFY(csv.contains("req-1234"));
    QVERIFY(csv.contains("2026-12-07T20:01:02.345Z"));
}

void TestChangeHistory::undoBecomesPendingEditsAgainstTheCurrentState()
{
    const QString provider = uuid(100);
    // The change added 2 and removed 1.
    const HistoryEntry change = entry(provider, {uuid(1), uuid(3)}, {uuid(2), uuid(3)});
    const QList<WantedMembership> wanted = ChangeHistory::undoOf(change);
    QCOMPARE(wanted.size(), 2);

    MembershipStore store;
    store.resetProviders({{provider, QStringLiteral("cn-1"), 5, {}, provider}});
    // Someone has since removed 2 already and added 4: undo touches only what still differs.
    store.setAggregates({provider, {uuid(3), uuid(4)}, 5});
    const QList<MembershipCellChange> changes = SetMembershipCommand::changesTo(store, wanted);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().aggregateUuid, uuid(1));
    QVERIFY(changes.first().after);
    SetMembershipCommand command(&store, changes, QStringLiteral("undo"));
    command.redo();
    QCOMPARE(store.addedAggregates(0), QStringList{uuid(1)});
    QVERIFY(store.removedAggregates(0).isEmpty()); // 4, added by someone else, stays
    command.undo();
    QCOMPARE(store.pendingEditCount(), 0);
}

void TestChangeHistory::modelFollowsTheHistory()
{
    QTemporaryDir dir;
    ChangeHistory history;
    history.setDirectory(dir.path());
    history.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1")));
    HistoryModel model(&history, [](const QString &aggregate) {
        return aggregate == uuid(2) ? QStringLiteral("az-north") : QString();
    });
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(history.append(entry(uuid(100), {uuid(1)}, {uuid(2)}, HistoryEntry::How::Resent)));
    QVERIFY(history.append(entry(uuid(101), {}, {uuid(1)})));
    QCOMPARE(model.rowCount(), 2);
    const QString change = model.data(model.index(0, HistoryModel::ChangeColumn)).toString();
    QVERIFY2(change.contains(QLatin1String("+az-north")), qPrintable(change));
    QVERIFY2(change.contains(QStringLiteral("−") + uuid(1)), qPrintable(change));
    QCOMPARE(model.data(model.index(0, HistoryModel::HowColumn)).toString(), QStringLiteral("Resent"));
    QCOMPARE(model.data(model.index(0, HistoryModel::UserColumn)).toString(), QStringLiteral("alice"));
    QVERIFY(model.data(model.index(1, 0), HistoryModel::SearchRole).toString().contains(uuid(101)));
    history.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:2")));
    QCOMPARE(model.rowCount(), 0);
    history.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1")));
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestChangeHistory)
#include "tst_changehistory.moc"
