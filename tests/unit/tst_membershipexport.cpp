// Export of the table and of the pending edits (membership/MembershipExport): exact aggregate
// strings with their names, the rows in the order given (the view's filter), RFC 4180 CSV that a
// spreadsheet cannot be tricked into running, and JSON a script reads back.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "membership/membershipexport.h"
#include "membership/membershipstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kOne = QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kTwo = QStringLiteral("b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01");
const QString kThree = QStringLiteral("0f0e5957-649f-477b-9e5b-f1f75b21c03c");
const QString kAggA = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
const QString kAggAUpper = QStringLiteral("6F1A3C58-1B8F-4A8E-9C1E-2D6A8B0C4E11");
const QString kAggB = QStringLiteral("0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22");
const QString kEndpoint = QStringLiteral("http://placement.example:8778");

ProviderInfo provider(const QString &uuid, const QString &name)
{
    ProviderInfo info;
    info.uuid = uuid;
    info.name = name;
    info.generation = 4;
    return info;
}

QString nameOf(const QString &aggregate)
{
    return aggregate == kAggB ? QStringLiteral("az-north, rack 2") : QString();
}

} // namespace

class TestMembershipExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvFieldsAreQuotedAndDefused_data();
    void csvFieldsAreQuotedAndDefused();
    void tableAsCsv();
    void tableAsJson();
    void editsAsCsvAndJson();
    void formatFromFileName();

private:
    MembershipStore m_store;
    QList<int> m_rows;
};

void TestMembershipExport::init()
{
    m_store.resetProviders({provider(kOne, QStringLiteral("compute-1")),
                            provider(kTwo, QStringLiteral("=HYPERLINK(\"http://x\")")),
                            provider(kThree, QStringLiteral("compute-3"))});
    m_store.setAggregates({kOne, {kAggAUpper, kAggA}, 4});
    m_store.setAggregates({kTwo, {kAggB}, 4});
    m_store.setProviderFailed(kThree, ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")));
    // compute-1 joins B and leaves the upper-case spelling of A (its own aggregate).
    const int one = m_store.rowOf(kOne);
    QVERIFY(m_store.setWantsMember(one, m_store.columnOf(kAggB), true));
    QVERIFY(m_store.setWantsMember(one, m_store.columnOf(kAggAUpper), false));
    m_rows = {m_store.rowOf(kTwo), one, m_store.rowOf(kThree)}; // the view's order, not the store's
}

void TestMembershipExport::csvFieldsAreQuotedAndDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("compute-1") << QStringLiteral("compute-1");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestMembershipExport::csvFieldsAreQuotedAndDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(MembershipExport::csvField(text), field);
}

void TestMembershipExport::tableAsCsv()
{
    const QString csv = QString::fromUtf8(
        MembershipExport::table(m_store, m_rows, MembershipExport::Format::Csv, nameOf, kEndpoint));
    const QStringList lines = csv.split(QLatin1String("\r\n"));
    QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last CRLF
    QCOMPARE(
        lines.at(0),
        QStringLiteral("uuid,name,generation,state,aggregates,aggregate_names,pending_add,pending_remove"));
    QCOMPARE(lines.at(1),
             QStringLiteral("%1,\"'=HYPERLINK(\"\"http://x\"\")\",4,loaded,%2,\"az-north, rack 2\",,")
                 .arg(kTwo, kAggB));
    // Exact strings, both spellings, in column order; the pending edits beside them.
    QCOMPARE(lines.at(2), QStringLiteral("%1,compute-1,4,loaded,\"%2;%3\",\";\",%4,%5")
                              .arg(kOne, kAggAUpper, kAggA, kAggB, kAggAUpper));
    QCOMPARE(lines.at(3), QStringLiteral("%1,compute-3,4,failed,,,,").arg(kThree));
    QCOMPARE(lines.at(4), QString());
}

void TestMembershipExport::tableAsJson()
{
    const QJsonObject root =
        QJsonDocument::fromJson(MembershipExport::table(m_store, {m_store.rowOf(kOne), m_store.rowOf(kThree)},
                                                        MembershipExport::Format::Json, nameOf, kEndpoint))
            .object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("placement-desk-membership"));
    QCOMPARE(root.value(QLatin1String("endpoint")).toString(), kEndpoint);
    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    QCOMPARE(providers.size(), 2); // only the rows given
    const QJsonObject one = providers.at(0).toObject();
    QCOMPARE(one.value(QLatin1String("uuid")).toString(), kOne);
    QCOMPARE(one.value(QLatin1String("generation")).toInt(), 4);
    const QJsonArray aggregates = one.value(QLatin1String("aggregates")).toArray();
    QCOMPARE(aggregates.size(), 2);
    QCOMPARE(aggregates.at(0).toObject().value(QLatin1String("uuid")).toString(), kAggAUpper);
    const QJsonObject pending = one.value(QLatin1String("pending")).toObject();
    const QJsonObject added = pending.value(QLatin1String("add")).toArray().at(0).toObject();
    QCOMPARE(added.value(QLatin1String("uuid")).toString(), kAggB);
    QCOMPARE(added.value(QLatin1String("name")).toString(), QStringLiteral("az-north, rack 2"));
    QCOMPARE(pending.value(QLatin1String("remove"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("uuid"))
                 .toString(),
             kAggAUpper);
    const QJsonObject three = providers.at(1).toObject();
    QCOMPARE(three.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QVERIFY(!three.contains(QLatin1String("aggregates"))); // not known: not written as empty
}

void TestMembershipExport::editsAsCsvAndJson()
{
    QCOMPARE(MembershipExport::editCount(m_store, m_rows), 2);
    QCOMPARE(MembershipExport::editCount(m_store, {m_store.rowOf(kTwo)}), 0);
    const QString csv = QString::fromUtf8(
        MembershipExport::edits(m_store, m_rows, MembershipExport::Format::Csv, nameOf, kEndpoint));
    QCOMPARE(csv, QStringLiteral("provider,provider_name,action,aggregate,aggregate_name\r\n"
                                 "%1,compute-1,add,%2,\"az-north, rack 2\"\r\n"
                                 "%1,compute-1,remove,%3,\r\n")
                      .arg(kOne, kAggB, kAggAUpper));
    const QJsonArray edits =
        QJsonDocument::fromJson(
            MembershipExport::edits(m_store, m_rows, MembershipExport::Format::Json, nameOf, kEndpoint))
            .object()
            .value(QLatin1String("edits"))
            .toArray();
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("remove"));
    QCOMPARE(edits.at(1).toObject().value(QLatin1String("aggregate")).toString(), kAggAUpper);
    QVERIFY(!edits.at(1).toObject().contains(QLatin1String("aggregate_name")));
}

void TestMembershipExport::formatFromFileName()
{
    QCOMPARE(MembershipExport::formatForPath(QStringLiteral("/tmp/a.JSON")), MembershipExport::Format::Json);
    QCOMPARE(MembershipExport::formatForPath(QStringLiteral("/tmp/a.csv")), MembershipExport::Format::Csv);
    QCOMPARE(MembershipExport::formatForPath(QStringLiteral("/tmp/plan")), MembershipExport::Format::Csv);
}

QTEST_GUILESS_MAIN(TestMembershipExport)
#include "tst_membershipexport.moc"
