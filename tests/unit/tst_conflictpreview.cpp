// What each answer to a conflict sends and changes, without the dialog.
#include "membership/conflictpreview.h"
#include "membership/threewaymerge.h"

#include <QTest>

namespace {

QString agg(char c)
{
    return QStringLiteral("a99a0000-0000-4000-8000-00000000000") + QLatin1Char(c);
}

using Mark = ConflictPreview::Mark;
using Reason = ConflictPreview::Reason;
using Entry = ConflictPreview::Entry;

} // namespace

Q_DECLARE_METATYPE(ConflictResolution)
Q_DECLARE_METATYPE(QList<ConflictPreview::Entry>)

namespace QTest {
template <> char *toString(const ConflictPreview::Entry &entry)
{
    return qstrdup(QStringLiteral("%1 mark %2 reason %3")
                       .arg(entry.uuid)
                       .arg(int(entry.mark))
                       .arg(int(entry.reason))
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestConflictPreview : public QObject
{
    Q_OBJECT

private slots:
    void changeLists();
    void choice_data();
    void choice();
    void overwriteUndoes();
    void spellingsAreSeparateAggregates();
};

// Loaded {a, b}; I add c and remove a; meanwhile the server added d and removed b.
static MergeResult sampleMerge()
{
    return threeWayMerge({agg('a'), agg('b')}, {agg('b'), agg('c')}, {agg('a'), agg('d')});
}

void TestConflictPreview::changeLists()
{
    const ConflictPreview preview(sampleMerge());
    const QList<Entry> server{{agg('d'), Mark::Added, Reason::AddedOnServer},
                              {agg('b'), Mark::Removed, Reason::RemovedOnServer}};
    QCOMPARE(preview.serverChanges(), server);
    const QList<Entry> mine{{agg('c'), Mark::Added, Reason::AddedByMe},
                            {agg('a'), Mark::Removed, Reason::RemovedByMe}};
    QCOMPARE(preview.myChanges(), mine);
}

void TestConflictPreview::choice_data()
{
    QTest::addColumn<ConflictResolution>("resolution");
    QTest::addColumn<QStringList>("sends");
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<int>("size");

    // Server now {a, d}. Merge: {d, c} (a removed by me, c added by me, d kept).
    QTest::newRow("merge") << ConflictResolution::Merge << QStringList{agg('c'), agg('d')}
                           << QList<Entry>{{agg('c'), Mark::Added, Reason::AddedByMe},
                                           {agg('a'), Mark::Removed, Reason::RemovedByMe},
                                           {agg('d'), Mark::Kept, Reason::AddedOnServer}}
                           << 2;
    // Overwrite: {b, c}: re-adds b the server removed, drops d the server added.
    QTest::newRow("overwrite") << ConflictResolution::Overwrite << QStringList{agg('b'), agg('c')}
                               << QList<Entry>{{agg('b'), Mark::Added, Reason::AddsBackServerRemoval},
                                               {agg('c'), Mark::Added, Reason::AddedByMe},
                                               {agg('a'), Mark::Removed, Reason::RemovedByMe},
                                               {agg('d'), Mark::Removed, Reason::UndoesServerAddition}}
                               << 2;
    const QList<Entry> unchanged{{agg('a'), Mark::Kept, Reason::None},
                                 {agg('d'), Mark::Kept, Reason::AddedOnServer}};
    QTest::newRow("keep server") << ConflictResolution::KeepServer << QStringList{agg('a'), agg('d')}
                                 << unchanged << 2;
    QTest::newRow("skip") << ConflictResolution::Skip << QStringList{agg('a'), agg('d')} << unchanged << 2;
}

void TestConflictPreview::choice()
{
    QFETCH(ConflictResolution, resolution);
    QFETCH(QStringList, sends);
    QFETCH(QList<Entry>, entries);
    QFETCH(int, size);
    const ConflictPreview::Choice choice = ConflictPreview(sampleMerge()).choice(resolution);
    QCOMPARE(choice.resolution, resolution);
    QStringList sent = choice.sends;
    sent.sort();
    QCOMPARE(sent, sends);
    QCOMPARE(choice.entries, entries);
    QCOMPARE(choice.size(), size);
    int added = 0;
    int removed = 0;
    for (const Entry &entry : entries) {
        added += entry.mark == Mark::Added;
        removed += entry.mark == Mark::Removed;
    }
    QCOMPARE(choice.added, added);
    QCOMPARE(choice.removed, removed);
}

void TestConflictPreview::overwriteUndoes()
{
    const QList<Entry> undone{{agg('d'), Mark::Removed, Reason::UndoesServerAddition},
                              {agg('b'), Mark::Added, Reason::AddsBackServerRemoval}};
    QCOMPARE(ConflictPreview(sampleMerge()).overwriteUndoes(), undone);
    // Server changes I agree with: nothing to warn about.
    const MergeResult agreed = threeWayMerge({agg('a')}, {agg('a'), agg('b')}, {agg('a'), agg('b')});
    QVERIFY(ConflictPreview(agreed).overwriteUndoes().isEmpty());
}

void TestConflictPreview::spellingsAreSeparateAggregates()
{
    // The server replaced a with its upper-case undashed spelling: for Placement that is another
    // aggregate, so the preview shows one removal and one addition, each by its exact string.
    const QString upper = agg('a').toUpper().remove(QLatin1Char('-'));
    const MergeResult merge = threeWayMerge({agg('a')}, {agg('a'), agg('b')}, {upper});
    const QList<ConflictPreview::Entry> server = ConflictPreview(merge).serverChanges();
    QCOMPARE(server.size(), 2);
    QCOMPARE(server.at(0).uuid, upper);
    QCOMPARE(server.at(0).mark, ConflictPreview::Mark::Added);
    QCOMPARE(server.at(1).uuid, agg('a'));
    QCOMPARE(server.at(1).mark, ConflictPreview::Mark::Removed);
    const ConflictPreview::Choice merged = ConflictPreview(merge).choice(ConflictResolution::Merge);
    QCOMPARE(merged.sends, (QStringList{upper, agg('b')}));
    QCOMPARE(merged.kept, 1);
    QCOMPARE(merged.added, 1);
    QCOMPARE(merged.entries.last().uuid, upper);
}

QTEST_GUILESS_MAIN(TestConflictPreview)
#include "tst_conflictpreview.moc"
