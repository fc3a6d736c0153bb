#include "api/uuids.h"

#include <QSet>
#include <QTest>

class TestUuids : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void generate();
    void shortForm();
    void keyDisplayCompact_data();
    void keyDisplayCompact();
};

void TestUuids::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid

    const QString canonical = QStringLiteral("8f3c6b52-1e4d-4b8a-9a57-0c2f7d5e9b11");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("upper case") << canonical.toUpper() << canonical;
    QTest::newRow("no dashes") << QString(canonical).remove(QLatin1Char('-')) << canonical;
    QTest::newRow("braces") << QLatin1Char('{') + canonical + QLatin1Char('}') << canonical;
    QTest::newRow("urn") << QLatin1String("urn:uuid:") + canonical << canonical;
    QTest::newRow("surrounding space") << QLatin1String("  ") + canonical + QLatin1String("\n") << canonical;
    QTest::newRow("mixed case, odd dashes")
        << QStringLiteral("8F3C6B52-1E4D4B8A-9A57-0C2F7D5E9B11") << canonical;
    QTest::newRow("too short") << canonical.left(35) << QString();
    QTest::newRow("too long") << canonical + QLatin1Char('0') << QString();
    QTest::newRow("not hex") << QStringLiteral("8f3c6b52-1e4d-4b8a-9a57-0c2f7d5e9b1g") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("name") << QStringLiteral("gpu-hosts") << QString();
    QTest::newRow("unbalanced brace") << QLatin1Char('{') + canonical << QString();
}

void TestUuids::canonical()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Uuids::canonical(input), expected.isEmpty() ? QString() : expected);
    QCOMPARE(Uuids::isValid(input), !expected.isEmpty());
}

void TestUuids::generate()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString uuid = Uuids::generate();
        QCOMPARE(Uuids::canonical(uuid), uuid); // already canonical
        QVERIFY(!seen.contains(uuid));
        seen.insert(uuid);
    }
}

void TestUuids::shortForm()
{
    QCOMPARE(Uuids::shortForm(QStringLiteral("8f3c6b52-1e4d-4b8a-9a57-0c2f7d5e9b11")),
             QStringLiteral("8f3c6b52"));
}

void TestUuids::keyDisplayCompact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("compact");
    const QString canonical = QStringLiteral("8f3c6b52-1e4d-4b8a-9a57-0c2f7d5e9b11");
    const QString compact = QStringLiteral("8f3c6b521e4d4b8a9a570c2f7d5e9b11");
    QTest::newRow("canonical") << canonical << canonical << canonical << compact;
    QTest::newRow("upper undashed") << compact.toUpper() << canonical << canonical << compact;
    QTest::newRow("braces") << QStringLiteral("{") + canonical.toUpper() + QStringLiteral("}") << canonical
                            << canonical << compact;
    QTest::newRow("urn") << QStringLiteral("urn:uuid:") + canonical << canonical << canonical << compact;
    QTest::newRow("not a uuid") << QStringLiteral("Rack-A") << QStringLiteral("rack-a")
                                << QStringLiteral("Rack-A") << QStringLiteral("racka");
}

void TestUuids::keyDisplayCompact()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(QString, display);
    QFETCH(QString, compact);
    QCOMPARE(Uuids::key(input), key);
    QCOMPARE(Uuids::display(input), display);
    QCOMPARE(Uuids::compact(input), compact);
    QCOMPARE(Uuids::keys({input, key}).size(), 1);
}

QTEST_GUILESS_MAIN(TestUuids)
#include "tst_uuids.moc"
