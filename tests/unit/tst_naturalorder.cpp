// The store's row order: names compare numeric-aware and case-insensitively (naturalOrder), and the
// sort uses precomputed keys (naturalKey) whose plain comparison must give exactly that order.
#include "membership/membershipstore.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
int sign(int value)
{
    return (value > 0) - (value < 0);
}
} // namespace

class TestNaturalOrder : public QObject
{
    Q_OBJECT

private slots:
    void knownPairs_data();
    void knownPairs();
    void keysOrderLikeTheComparison();
};

void TestNaturalOrder::knownPairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("node2 before node10") << "node2"
                                         << "node10" << -1;
    QTest::newRow("case-insensitive first") << "Beta"
                                            << "alpha" << 1;
    QTest::newRow("case variants tie-break raw") << "Node2"
                                                 << "node2" << -1;
    QTest::newRow("leading zeros equal, raw tie-break") << "r007"
                                                        << "r7" << -1;
    QTest::newRow("prefix first") << "r01-c01"
                                  << "r01-c01.numa0" << -1;
    QTest::newRow("digit vs dash") << "r1x"
                                   << "r-x" << 1;
    QTest::newRow("digit vs letter") << "r1"
                                     << "ra" << -1;
    QTest::newRow("empty first") << ""
                                 << "a" << -1;
    QTest::newRow("same") << "compute-7"
                          << "compute-7" << 0;
}

void TestNaturalOrder::knownPairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(sign(MembershipStore::naturalOrder(a, b)), order);
    QCOMPARE(sign(MembershipStore::naturalKey(a).compare(MembershipStore::naturalKey(b))), order);
}

void TestNaturalOrder::keysOrderLikeTheComparison()
{
    // Names built from the characters that matter: digits (with leading zeros), letters in both
    // cases, separators on both sides of '0'..'9', and a non-ASCII letter.
    const QString alphabet = QStringLiteral("0012789aAbBzZ-._/:~\u00e9");
    QRandomGenerator random(20261206);
    QStringList names;
    for (int i = 0; i < 400; ++i) {
        QString name;
        const int length = int(random.bounded(9));
        for (int c = 0; c < length; ++c)
            name.append(alphabet.at(int(random.bounded(alphabet.size()))));
        names.append(name);
    }
    for (const QString &a : std::as_const(names)) {
        const QString keyA = MembershipStore::naturalKey(a);
        for (const QString &b : std::as_const(names)) {
            const int expected = sign(MembershipStore::naturalOrder(a, b));
            const int actual = sign(keyA.compare(MembershipStore::naturalKey(b)));
            if (expected != actual)
                QFAIL(qPrintable(QStringLiteral("\"%1\" vs \"%2\": compare %3, keys %4")
                                     .arg(a, b)
                                     .arg(expected)
                                     .arg(actual)));
        }
    }
}

QTEST_APPLESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
