#include "membership/threewaymerge.h"

#include <QTest>

namespace {
const QString A = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString B = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString C = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString D = QStringLiteral("dddddddd-0000-4000-8000-000000000004");
} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void spellingsFromTheServerAreKept();
    void overwriteWarning();
    void applyEditsHelper();
};

void TestThreeWayMerge::merge_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("mine");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("merged");
    QTest::addColumn<QStringList>("serverAdded");
    QTest::addColumn<QStringList>("serverRemoved");
    QTest::addColumn<bool>("serverChanged");

    QTest::newRow("nobody changed anything") << QStringList{A} << QStringList{A} << QStringList{A}
                                             << QStringList{A} << QStringList{} << QStringList{} << false;
    QTest::newRow("only I added") << QStringList{A} << QStringList{A, B} << QStringList{A}
                                  << QStringList{A, B} << QStringList{} << QStringList{} << false;
    QTest::newRow("I added, server added another")
        << QStringList{A} << QStringList{A, B} << QStringList{A, C} << QStringList{A, B, C} << QStringList{C}
        << QStringList{} << true;
    QTest::newRow("I removed, server added") << QStringList{A, B} << QStringList{A} << QStringList{A, B, C}
                                             << QStringList{A, C} << QStringList{C} << QStringList{} << true;
    QTest::newRow("server removed what I kept")
        << QStringList{A, B} << QStringList{A, B, D} << QStringList{A} << QStringList{A, D} << QStringList{}
        << QStringList{B} << true;
    QTest::newRow("both removed the same") << QStringList{A, B} << QStringList{A} << QStringList{A}
                                           << QStringList{A} << QStringList{} << QStringList{B} << true;
    QTest::newRow("both added the same") << QStringList{} << QStringList{C} << QStringList{C}
                                         << QStringList{C} << QStringList{C} << QStringList{} << true;
    QTest::newRow("I re-add what the server removed")
        << QStringList{A} << QStringList{A, B} << QStringList{} << QStringList{B} << QStringList{}
        << QStringList{A} << true;
    QTest::newRow("server cleared everything, I removed one")
        << QStringList{A, B} << QStringList{B} << QStringList{} << QStringList{} << QStringList{}
        << QStringList{A, B} << true;
    // Placement stores aggregate strings verbatim: two spellings of one UUID are two aggregates, and
    // a spelling nobody removed is never dropped. Lists sort by canonical form, then exact string.
    const QString upperA = A.toUpper();
    QTest::newRow("spelling: server added an upper-case twin")
        << QStringList{A} << QStringList{A, B} << QStringList{A, upperA} << QStringList{upperA, A, B}
        << QStringList{upperA} << QStringList{} << true;
    QTest::newRow("spelling: I removed the lower-case one, the upper stays")
        << QStringList{upperA, A, B} << QStringList{upperA, B} << QStringList{upperA, A, B}
        << QStringList{upperA, B} << QStringList{} << QStringList{} << false;
    const QString dashless = QString(A).remove(QLatin1Char('-'));
    const QString braced = QLatin1Char('{') + A + QLatin1Char('}');
    QTest::newRow("spelling: server swapped dashless for braces")
        << QStringList{dashless} << QStringList{dashless, B} << QStringList{braced} << QStringList{braced, B}
        << QStringList{braced} << QStringList{dashless} << true;
}

void TestThreeWayMerge::merge()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, mine);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, merged);
    QFETCH(QStringList, serverAdded);
    QFETCH(QStringList, serverRemoved);
    QFETCH(bool, serverChanged);
    const MergeResult result = threeWayMerge(base, mine, theirs);
    QCOMPARE(result.merged, merged);
    QCOMPARE(result.serverAdded, serverAdded);
    QCOMPARE(result.serverRemoved, serverRemoved);
    QCOMPARE(result.serverChanged(), serverChanged);
    QVERIFY(sameAggregateSet(result.keepServer, theirs));
    QVERIFY(sameAggregateSet(result.overwrite, mine));
}

void TestThreeWayMerge::spellingsFromTheServerAreKept()
{
    // The server set is [A99A…, a99a…] and I only add B: both spellings go back, exactly.
    const QString upperA = A.toUpper();
    const MergeResult result = threeWayMerge({upperA, A}, {upperA, A, B}, {upperA, A, C});
    QCOMPARE(result.merged, (QStringList{upperA, A, B, C}));
    QCOMPARE(result.overwrite, (QStringList{upperA, A, B}));
    QCOMPARE(result.myAdded, QStringList{B});
    QVERIFY(result.myRemoved.isEmpty());
    // Another spelling of one of mine is not "the same": the server's twin counts as its change.
    const MergeResult twin = threeWayMerge({A}, {A}, {A, upperA});
    QCOMPARE(twin.serverAdded, QStringList{upperA});
    QVERIFY(!twin.alreadyApplied() || twin.keepServer == twin.overwrite);
    QVERIFY(!sameAggregateSet({A}, {upperA}));
}

void TestThreeWayMerge::overwriteWarning()
{
    QVERIFY(threeWayMerge({A}, {A, B}, {A, C}).overwriteUndoesServerChanges());    // would drop C
    QVERIFY(threeWayMerge({A, C}, {A, C, B}, {A}).overwriteUndoesServerChanges()); // would re-add C
    QVERIFY(!threeWayMerge({A}, {A, B}, {A}).overwriteUndoesServerChanges());
    QVERIFY(threeWayMerge({A}, {A, B}, {A, B}).alreadyApplied());
}

void TestThreeWayMerge::applyEditsHelper()
{
    // Exact strings: removing B's upper-case spelling does not remove B.
    QCOMPARE(applyEdits({A.toUpper(), B}, {C, A}, {B.toUpper()}), (QStringList{A.toUpper(), A, B, C}));
    QCOMPARE(applyEdits({A.toUpper(), B}, {}, {A.toUpper()}), QStringList{B});
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
