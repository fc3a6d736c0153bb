// Membership plans (membership/MembershipPlan): the pending-edits export read back as CSV or JSON,
// each line resolved against the table — providers by UUID or unique name, aggregates by exact
// string, UUID in any spelling or a name the table shows — and every problem with its line.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "membership/membershipexport.h"
#include "membership/membershipplan.h"
#include "membership/membershipstore.h"

#include <QTest>

namespace {

const QString kOne = QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kTwo = QStringLiteral("b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01");
const QString kTwin = QStringLiteral("0f0e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kFailed = QStringLiteral("1f0e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kAggA = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
const QString kAggAUpper = QStringLiteral("6F1A3C58-1B8F-4A8E-9C1E-2D6A8B0C4E11");
const QString kAggB = QStringLiteral("0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22");
const QString kAggNew = QStringLiteral("9d1e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a99");

ProviderInfo provider(const QString &uuid, const QString &name)
{
    ProviderInfo info;
    info.uuid = uuid;
    info.name = name;
    info.generation = 2;
    return info;
}

QString nameOf(const QString &aggregate)
{
    return aggregate == kAggB ? QStringLiteral("az-north") : QString();
}

} // namespace

class TestMembershipPlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvIsRead();
    void notAPlan_data();
    void notAPlan();
    void jsonIsRead();
    void exportReadsBackAsTheSameEdits();
    void linesResolveAgainstTheTable();

private:
    MembershipStore m_store;
};

void TestMembershipPlan::init()
{
    m_store.resetProviders(
        {provider(kOne, QStringLiteral("compute-1")), provider(kTwo, QStringLiteral("=evil")),
         provider(kTwin, QStringLiteral("twin")),
         provider(QStringLiteral("2f0e5957-649f-477b-9e5b-f1f75b21c03c"), QStringLiteral("twin")),
         provider(kFailed, QStringLiteral("compute-9"))});
    m_store.setAggregates({kOne, {kAggAUpper, kAggA}, 2});
    m_store.setAggregates({kTwo, {kAggB}, 2});
    m_store.setAggregates({kTwin, {}, 2});
    m_store.setAggregates({QStringLiteral("2f0e5957-649f-477b-9e5b-f1f75b21c03c"), {}, 2});
    m_store.setProviderFailed(kFailed, ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")));
}

void TestMembershipPlan::csvIsRead()
{
    const QByteArray csv = "Provider , action,aggregate,aggregate_name\r\n"
                           "compute-1,add,az-north,\"north, the big one\"\r\n"
                           "\r\n"
                           "\"'=evil\",remove,\"" +
                           kAggB.toUtf8() +
                           "\"\n"
                           "\"multi\nline\",add,x\n";
    QList<MembershipPlan::Line> lines;
    MembershipPlan::Problem problem;
    QVERIFY(MembershipPlan::parse(csv, MembershipExport::Format::Csv, &lines, &problem));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).number, 2);
    QCOMPARE(lines.at(0).provider, QStringLiteral("compute-1"));
    QCOMPARE(lines.at(0).aggregate, QStringLiteral("az-north"));
    QCOMPARE(lines.at(1).number, 4);
    QCOMPARE(lines.at(1).provider, QStringLiteral("=evil")); // the export's apostrophe taken off
    QCOMPARE(lines.at(1).action, QStringLiteral("remove"));
    QCOMPARE(lines.at(2).number, 5);
    QCOMPARE(lines.at(2).provider, QStringLiteral("multi\nline"));
}

void TestMembershipPlan::notAPlan_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("line");
    QTest::newRow("no header") << QByteArray("compute-1,add,x\n") << false << 1;
    QTest::newRow("empty") << QByteArray() << false << 1;
    QTest::newRow("unclosed quote") << QByteArray("provider,action,aggregate\na,add,\"b\n") << false << 2;
    QTest::newRow("json array") << QByteArray("[]") << true << 0;
    QTest::newRow("json without edits") << QByteArray("{\"providers\": []}") << true << 0;
    QTest::newRow("json broken") << QByteArray("{\"edits\": [") << true << 0;
}

void TestMembershipPlan::notAPlan()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, json);
    QFETCH(int, line);
    QList<MembershipPlan::Line> lines{MembershipPlan::Line()};
    MembershipPlan::Problem problem;
    QVERIFY(!MembershipPlan::parse(
        bytes, json ? MembershipExport::Format::Json : MembershipExport::Format::Csv, &lines, &problem));
    QVERIFY(lines.isEmpty());
    QCOMPARE(problem.line, line);
    QVERIFY(!problem.text.isEmpty());
}

void TestMembershipPlan::jsonIsRead()
{
    const QByteArray json = "{\"format\": \"placement-desk-edits\", \"edits\": [{\"provider\": \"" +
                            kOne.toUtf8() + "\", \"action\": \"add\", \"aggregate\": \"" + kAggB.toUtf8() +
                            "\"}, {}]}";
    QList<MembershipPlan::Line> lines;
    MembershipPlan::Problem problem;
    QVERIFY(MembershipPlan::parse(json, MembershipExport::Format::Json, &lines, &problem));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).provider, kOne);
    QCOMPARE(lines.at(1).number, 2);
    const MembershipPlan::Result result = MembershipPlan::resolve(lines, m_store, nameOf);
    QCOMPARE(result.edits.size(), 1);
    QCOMPARE(result.problems.size(), 1); // the empty edit: no action
    QCOMPARE(result.problems.first().line, 2);
}

void TestMembershipPlan::exportReadsBackAsTheSameEdits()
{
    // What Export Pending Edits writes is a plan that makes the same edits on a table without them.
    const int one = m_store.rowOf(kOne);
    QVERIFY(m_store.setWantsMember(one, m_store.columnOf(kAggB), true));
    QVERIFY(m_store.setWantsMember(one, m_store.columnOf(kAggAUpper), false));
    const QList<int> rows{one};
    for (const auto format : {MembershipExport::Format::Csv, MembershipExport::Format::Json}) {
        const QByteArray file = MembershipExport::edits(m_store, rows, format, nameOf, QStringLiteral("x"));
        QList<MembershipPlan::Line> lines;
        MembershipPlan::Problem problem;
        QVERIFY2(MembershipPlan::parse(file, format, &lines, &problem), qPrintable(problem.text));
        MembershipStore fresh;
        fresh.resetProviders({provider(kOne, QStringLiteral("compute-1"))});
        fresh.setAggregates({kOne, {kAggAUpper, kAggA}, 2});
        fresh.ensureColumn(kAggB);
        const MembershipPlan::Result result = MembershipPlan::resolve(lines, fresh, nameOf);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.edits.size(), 2);
        QCOMPARE(result.edits.at(0).aggregate, kAggB);
        QVERIFY(result.edits.at(0).add);
        QCOMPARE(result.edits.at(1).aggregate, kAggAUpper); // the exact spelling, not the lower-case twin
        QVERIFY(!result.edits.at(1).add);
    }
}

void TestMembershipPlan::linesResolveAgainstTheTable()
{
    const QList<MembershipPlan::Line> lines{
        {2, kOne.toUpper(), QStringLiteral("ADD"), QStringLiteral("az-north")}, // uuid any case, Nova name
        {3, QStringLiteral("compute-1"), QStringLiteral("add"), kAggA},         // already a member
        {4, QStringLiteral("compute-1"), QStringLiteral("remove"), kAggAUpper}, // the exact spelling
        {5, QStringLiteral("twin"), QStringLiteral("add"), kAggB},              // two providers so named
        {6, QStringLiteral("nobody"), QStringLiteral("add"), kAggB},
        {7, QStringLiteral("=evil"), QStringLiteral("remove"), kAggA},  // not a member
        {8, QStringLiteral("=evil"), QStringLiteral("add"), kAggNew},   // a new aggregate
        {9, QStringLiteral("compute-9"), QStringLiteral("add"), kAggB}, // not loaded
        {10, QStringLiteral("compute-1"), QStringLiteral("join"), kAggB},
        {11, QStringLiteral("compute-1"), QStringLiteral("add"), QStringLiteral("rack-7")},
        {12, kOne, QStringLiteral("add"), QStringLiteral("AZ-NORTH")}, // names are exact
        {13, kOne, QStringLiteral("add"), kAggB},                      // line 2 again
        // Another spelling: a removal must name the exact string (Placement keeps each spelling as
        // its own aggregate); an add is ambiguous when the UUID is stored in several.
        {14, QStringLiteral("=evil"), QStringLiteral("remove"), kAggB.toUpper()},
        {15, QStringLiteral("=evil"), QStringLiteral("add"), QLatin1Char('{') + kAggA + QLatin1Char('}')},
    };
    const MembershipPlan::Result result = MembershipPlan::resolve(lines, m_store, nameOf);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.edits.size(), 3);
    QCOMPARE(result.edits.at(0).line, 2);
    QCOMPARE(result.edits.at(0).aggregate, kAggB);
    QCOMPARE(result.edits.at(0).aggregateName, QStringLiteral("az-north"));
    QCOMPARE(result.edits.at(1).aggregate, kAggAUpper);
    QCOMPARE(result.edits.at(2).aggregate, kAggNew);
    QCOMPARE(result.edits.at(2).providerUuid, kTwo);
    QList<int> problemLines;
    for (const MembershipPlan::Problem &problem : result.problems)
        problemLines << problem.line;
    QCOMPARE(problemLines, (QList<int>{5, 6, 7, 9, 10, 11, 12, 13, 14, 15}));
    QVERIFY2(result.problems.at(8).text.contains(QLatin1String("a removal names the exact string")),
             qPrintable(result.problems.at(8).text));
    QVERIFY2(result.problems.at(9).text.contains(QLatin1String("several spellings")),
             qPrintable(result.problems.at(9).text));
    QVERIFY(result.problems.at(0).text.contains(QLatin1String("2 providers")));
    const QString diff = MembershipPlan::diffText(result);
    QVERIFY2(diff.startsWith(QStringLiteral("+ compute-1 (%1) → az-north").arg(kOne)), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("- compute-1 (%1) ← ").arg(kOne)), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestMembershipPlan)
#include "tst_membershipplan.moc"
