#include "api/getaggregatesjob.h"
#include "api/putaggregatesjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The answers of GET and PUT /resource_providers/{uuid}/aggregates, read by the static parsers
// the jobs use (and tests/fuzz/fuzz_aggregates fuzzes).
class TestAggregatesParsing : public QObject
{
    Q_OBJECT

private slots:
    void getAnswer_data();
    void getAnswer();
    void putAnswer_data();
    void putAnswer();
    void requestBodyReadsBack();
};

namespace {
const QString kA = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
const QString kB = QStringLiteral("0C6E0C1A-3B7D-4F4E-8E1A-6B2F9D3C5A22");
} // namespace

void TestAggregatesParsing::getAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("aggregates");
    QTest::addColumn<qint64>("generation");
    const QByteArray a = kA.toLatin1();
    const QByteArray b = kB.toLatin1();
    QTest::newRow("1.19") << QByteArray(R"({"aggregates": [")" + a + R"(", ")" + b +
                                        R"("], "resource_provider_generation": 8})")
                          << true << QStringList{kA, kB} << qint64(8);
    QTest::newRow("1.1, no generation")
        << QByteArray(R"({"aggregates": [")" + a + R"("]})") << true << QStringList{kA} << qint64(-1);
    QTest::newRow("empty set") << QByteArray(R"({"aggregates": [], "resource_provider_generation": 0})")
                               << true << QStringList{} << qint64(0);
    QTest::newRow("generation is not a number")
        << QByteArray(R"({"aggregates": [], "resource_provider_generation": "8"})") << true << QStringList{}
        << qint64(-1);
    QTest::newRow("no aggregates key")
        << QByteArray(R"({"resource_provider_generation": 8})") << false << QStringList{} << qint64(-1);
    QTest::newRow("aggregates is not a list")
        << QByteArray(R"({"aggregates": "x"})") << false << QStringList{} << qint64(-1);
    QTest::newRow("a non-string member")
        << QByteArray(R"({"aggregates": [")" + a + R"(", 7]})") << false << QStringList{} << qint64(-1);
}

void TestAggregatesParsing::getAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, aggregates);
    QFETCH(qint64, generation);
    AggregatesResult result;
    QCOMPARE(GetAggregatesJob::parseAggregates(QJsonDocument::fromJson(body).object(), &result), ok);
    if (ok) {
        QCOMPARE(result.aggregates, aggregates);
        QCOMPARE(result.generation, generation);
    }
}

void TestAggregatesParsing::putAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("aggregates");
    QTest::addColumn<qint64>("generation");
    const QByteArray a = kA.toLatin1();
    QTest::newRow("1.19 object") << QByteArray(R"({"aggregates": [")" + a +
                                               R"("], "resource_provider_generation": 9})")
                                 << true << QStringList{kA} << qint64(9);
    QTest::newRow("bare list") << QByteArray(R"([")" + a + R"("])") << true << QStringList{kA} << qint64(-1);
    QTest::newRow("empty bare list") << QByteArray("[]") << true << QStringList{} << qint64(-1);
    QTest::newRow("object of another shape")
        << QByteArray(R"({"errors": []})") << false << QStringList{} << qint64(-1);
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << false << QStringList{} << qint64(-1);
    QTest::newRow("empty body") << QByteArray() << false << QStringList{} << qint64(-1);
}

void TestAggregatesParsing::putAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, aggregates);
    QFETCH(qint64, generation);
    AggregatesResult result;
    result.providerUuid = QStringLiteral("rp");
    QCOMPARE(PutAggregatesJob::parseAnswer(body, &result), ok);
    QCOMPARE(result.providerUuid, QStringLiteral("rp"));
    if (ok) {
        QCOMPARE(result.aggregates, aggregates);
        QCOMPARE(result.generation, generation);
    }
}

void TestAggregatesParsing::requestBodyReadsBack()
{
    // What a PUT sends is what the GET parser reads back: exact spellings and the generation.
    const QStringList set{kA, kB};
    AggregatesResult result;
    QVERIFY(PutAggregatesJob::parseAnswer(PutAggregatesJob::requestBody(set, 41, true), &result));
    QCOMPARE(result.aggregates, set);
    QCOMPARE(result.generation, qint64(41));
    AggregatesResult legacy;
    QVERIFY(PutAggregatesJob::parseAnswer(PutAggregatesJob::requestBody(set, -1, false), &legacy));
    QCOMPARE(legacy.aggregates, set);
}

QTEST_GUILESS_MAIN(TestAggregatesParsing)
#include "tst_aggregatesparsing.moc"
