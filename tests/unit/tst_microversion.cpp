#include "api/microversion.h"

#include <QTest>

class TestMicroversion : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void compare();
    void negotiate_data();
    void negotiate();
};

void TestMicroversion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::newRow("plain") << "1.19" << true << 1 << 19;
    QTest::newRow("header form") << "placement 1.39" << true << 1 << 39;
    QTest::newRow("header form, upper case") << "Placement 1.2" << true << 1 << 2;
    QTest::newRow("spaces") << "  1.0 " << true << 1 << 0;
    QTest::newRow("latest is not a number") << "latest" << false << -1 << -1;
    QTest::newRow("three parts") << "1.2.3" << false << -1 << -1;
    QTest::newRow("pony") << "pony.horse" << false << -1 << -1;
    QTest::newRow("empty") << "" << false << -1 << -1;
    QTest::newRow("other service") << "compute 2.1" << false << -1 << -1;
}

void TestMicroversion::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, major);
    QFETCH(int, minor);
    const Microversion version = Microversion::parse(text);
    QCOMPARE(version.isValid(), valid);
    if (valid) {
        QCOMPARE(version.major(), major);
        QCOMPARE(version.minor(), minor);
        QCOMPARE(Microversion::parse(version.toString()), version);
    }
}

void TestMicroversion::compare()
{
    // Minor versions compare numerically, not as text: 1.9 < 1.10.
    QVERIFY(Microversion(1, 9) < Microversion(1, 10));
    QVERIFY(Microversion(1, 19) > Microversion(1, 2));
    QVERIFY(Microversion(2, 0) > Microversion(1, 39));
    QVERIFY(Microversion(1, 19).hasAggregateGenerations());
    QVERIFY(!Microversion(1, 18).hasAggregateGenerations());
    QVERIFY(Microversion(1, 14).hasProviderTrees());
    QVERIFY(!Microversion(1, 13).hasProviderTrees());
    QCOMPARE(Microversion(1, 5).toString(), QStringLiteral("1.5"));
    QVERIFY(Microversion().toString().isEmpty());
}

void TestMicroversion::negotiate_data()
{
    QTest::addColumn<QString>("serverMin");
    QTest::addColumn<QString>("serverMax");
    QTest::addColumn<QString>("clientMax");
    QTest::addColumn<QString>("expected"); // empty: no common version

    QTest::newRow("placement 8.0.0") << "1.0"
                                     << "1.39"
                                     << "1.39"
                                     << "1.39";
    QTest::newRow("newer server than client") << "1.0"
                                              << "1.45"
                                              << "1.39"
                                              << "1.39";
    QTest::newRow("client capped at 1.18") << "1.0"
                                           << "1.39"
                                           << "1.18"
                                           << "1.18";
    QTest::newRow("old server without generations") << "1.0"
                                                    << "1.10"
                                                    << "1.39"
                                                    << "1.10";
    QTest::newRow("server without aggregates") << "1.0"
                                               << "1.0"
                                               << "1.39"
                                               << "";
    QTest::newRow("server minimum above client") << "2.0"
                                                 << "2.5"
                                                 << "1.39"
                                                 << "";
}

void TestMicroversion::negotiate()
{
    QFETCH(QString, serverMin);
    QFETCH(QString, serverMax);
    QFETCH(QString, clientMax);
    QFETCH(QString, expected);
    const Microversion result =
        Microversion::negotiate(Microversion::parse(serverMin), Microversion::parse(serverMax),
                                Microversion::clientMinimum(), Microversion::parse(clientMax));
    QCOMPARE(result.toString(), expected);
}

QTEST_GUILESS_MAIN(TestMicroversion)
#include "tst_microversion.moc"
