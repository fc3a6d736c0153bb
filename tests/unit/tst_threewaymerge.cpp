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
    // Case-differing spellings of the same UUID are the same aggregate on every side.
    QTest::newRow("case: server spells upper case")
        << QStringList{A} << QStringList{A, B} << QStringList{A.toUpper()} << QStringList{A.toUpper(), B}
        << QStringList{} << QStringList{} << false;
    QTest::newRow("case: I removed the lower-case spelling")
        << QStringList{A.toUpper(), B} << QStringList{B} << QStringList{A, B, C} << QStringList{B, C}
        << QStringList{C} << QStringList{} << true;
    QTest::newRow("case: dashless and braces")
        << QStringList{QString(A).remove(QLatin1Char('-'))} << QStringList{A}
        << QStringList{QLatin1Char('{') + A + QLatin1Char('}')}
        << QStringList{QLatin1Char('{') + A + QLatin1Char('}')} << QStringList{} << QStringList{} << false;
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
    // The server stores spellings verbatim; sending another spelling would make another aggregate.
    const QString upperA = A.toUpper();
    const MergeResult result = threeWayMerge({upperA}, {A, B.toUpper()}, {upperA, C});
    QVERIFY(result.merged.contains(upperA));
    QVERIFY(!result.merged.contains(A));
    QVERIFY(result.merged.contains(B)); // a new aggregate of mine goes out canonical
    QVERIFY(result.overwrite.contains(upperA));
    QCOMPARE(result.myAdded, QStringList{B});
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
    QCOMPARE(applyEdits({A.toUpper(), B}, {C, A}, {B.toUpper()}), (QStringList{A.toUpper(), C}));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
