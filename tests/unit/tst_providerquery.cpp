// ProviderQuery: which filter needs which microversion (Load Only's hints and the loader's refusal),
// and how the query reads in the status bar.

#include "api/providerquery.h"

#include <QTest>

class TestProviderQuery : public QObject
{
    Q_OBJECT

private slots:
    void neededMicroversion_data();
    void neededMicroversion();
    void unsupportedNamesEachFilter();
    void describeListsEveryParameter();
};

void TestProviderQuery::neededMicroversion_data()
{
    QTest::addColumn<QString>("memberOf");
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("inTree");
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("needed");
    QTest::newRow("nothing") << QString() << QStringList() << QString() << QString() << QString()
                             << QStringLiteral("1.0");
    QTest::newRow("member_of") << QStringLiteral("a") << QStringList() << QString() << QString() << QString()
                               << QStringLiteral("1.3");
    QTest::newRow("member_of in:") << QStringLiteral("in:a,b") << QStringList() << QString() << QString()
                                   << QString() << QStringLiteral("1.3");
    QTest::newRow("resources") << QString() << QStringList() << QString() << QString()
                               << QStringLiteral("VCPU:1") << QStringLiteral("1.4");
    QTest::newRow("in_tree") << QString() << QStringList() << QStringLiteral("t") << QString() << QString()
                             << QStringLiteral("1.14");
    QTest::newRow("required") << QString() << QStringList() << QString() << QStringLiteral("HW_A")
                              << QString() << QStringLiteral("1.18");
    QTest::newRow("forbidden trait") << QString() << QStringList() << QString()
                                     << QStringLiteral("HW_A,!HW_B") << QString() << QStringLiteral("1.22");
    QTest::newRow("repeated member_of") << QStringLiteral("a") << QStringList{QStringLiteral("b")}
                                        << QString() << QString() << QString() << QStringLiteral("1.24");
    QTest::newRow("forbidden aggregate") << QStringLiteral("!in:a,b") << QStringList() << QString()
                                         << QString() << QString() << QStringLiteral("1.32");
}

void TestProviderQuery::neededMicroversion()
{
    QFETCH(QString, memberOf);
    QFETCH(QStringList, more);
    QFETCH(QString, inTree);
    QFETCH(QString, required);
    QFETCH(QString, resources);
    QFETCH(QString, needed);
    ProviderQuery query;
    query.memberOf = memberOf;
    query.moreMemberOf = more;
    query.inTree = inTree;
    query.required = required;
    query.resources = resources;
    QCOMPARE(query.neededMicroversion().toString(), needed);
    QVERIFY(query.unsupportedAt(Microversion::parse(needed)).isEmpty());
    QCOMPARE(query.isEmpty(), needed == QLatin1String("1.0"));
}

void TestProviderQuery::unsupportedNamesEachFilter()
{
    ProviderQuery query;
    query.memberOf = QStringLiteral("!a");
    query.required = QStringLiteral("!HW_B");
    const QList<ProviderQuery::Unsupported> at20 = query.unsupportedAt(Microversion(1, 20));
    QStringList parameters;
    for (const ProviderQuery::Unsupported &entry : at20)
        parameters << entry.parameter + QLatin1Char(' ') + entry.needed.toString();
    QCOMPARE(parameters,
             (QStringList{QStringLiteral("member_of=! 1.32"), QStringLiteral("required=! 1.22")}));
    QVERIFY(query.unsupportedAt(Microversion(1, 39)).isEmpty());
}

void TestProviderQuery::describeListsEveryParameter()
{
    ProviderQuery query;
    query.name = QStringLiteral("compute-1");
    query.memberOf = QStringLiteral("a");
    query.moreMemberOf = {QStringLiteral("b")};
    query.resources = QStringLiteral("VCPU:4");
    QCOMPARE(query.describe(), QStringLiteral("name=compute-1, member_of=a, member_of=b, resources=VCPU:4"));
    QCOMPARE(query.memberOfParameters(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(query != ProviderQuery());
}

QTEST_GUILESS_MAIN(TestProviderQuery)
#include "tst_providerquery.moc"
