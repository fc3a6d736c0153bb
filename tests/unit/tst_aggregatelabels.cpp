// AggregateLabels: the file formats (JSON and YAML, the app's own and seed-demo's bare mapping),
// hostile input, one file per cloud, other spellings, and the table's headers.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/aggregatelabels.h"
#include "membership/membershipstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kMaint = QStringLiteral("8dccb335-9b6a-5166-b8f8-4bf04bd5b16e");
const QString kShare = QStringLiteral("1e0c20b5-df34-5999-9af4-d206d5656d7b");
const QString kProvider = QStringLiteral("11111111-1111-4111-8111-111111111111");

QHash<QString, QString> parsed(const QByteArray &data, AggregateLabels::Format format, QString *error)
{
    QHash<QString, QString> labels;
    error->clear();
    if (!AggregateLabels::parse(data, format, &labels, error))
        return {{QStringLiteral("<failed>"), *error}};
    return labels;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestAggregateLabels : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void parsesEveryShape_data();
    void parsesEveryShape();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void roundTripsBothFormats();
    void oneFilePerCloud();
    void anotherSpellingIsNamedToo();
    void unreadableFileIsNeverOverwritten();
    void importMergesAndExportShares();
    void twoInstancesKeepEachOthersLabels();
    void headersShowLabels();

private:
    QTemporaryDir m_dir;
};

void TestAggregateLabels::parsesEveryShape_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("yaml");
    QTest::newRow("json, the app's own") << QByteArray(R"({"format": "placement-desk-aggregate-labels",
        "version": 1, "cloud": "http://x", "labels": {")" +
                                                       kMaint.toLatin1() + R"(": "maint-nov"}})")
                                         << false;
    QTest::newRow("json, seed-demo's bare mapping")
        << QByteArray(R"({")" + kMaint.toLatin1() + R"(": "maint-nov"})") << false;
    QTest::newRow("yaml, the app's own") << QByteArray("format: placement-desk-aggregate-labels\nversion: 1\n"
                                                       "labels:\n  " +
                                                       kMaint.toLatin1() + ": maint-nov\n")
                                         << true;
    QTest::newRow("yaml, bare mapping, quoted")
        << QByteArray("\"" + kMaint.toLatin1() + "\": \"  maint-nov  \"\n") << true;
    QTest::newRow("yaml, an alias to a scalar")
        << QByteArray(kShare.toLatin1() + ": &x maint-nov\n" + kMaint.toLatin1() + ": *x\n") << true;
}

void TestAggregateLabels::parsesEveryShape()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, yaml);
    QString error;
    const QHash<QString, QString> labels =
        parsed(data, yaml ? AggregateLabels::Format::Yaml : AggregateLabels::Format::Json, &error);
    QCOMPARE(error, QString());
    QCOMPARE(labels.value(kMaint), QStringLiteral("maint-nov")); // trimmed
}

void TestAggregateLabels::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("yaml");
    QTest::addColumn<QString>("expected"); // part of the error
    const QByteArray uuid = kMaint.toLatin1();
    QTest::newRow("not a uuid") << QByteArray(R"({"az-north": "x"})") << false
                                << QStringLiteral("\"az-north\" is not");
    QTest::newRow("not json") << QByteArray("{\"a\":") << false << QStringLiteral("not valid JSON");
    QTest::newRow("json array") << QByteArray("[1]") << false << QStringLiteral("not an object");
    QTest::newRow("number label") << QByteArray(R"({")" + uuid + R"(": 5})") << false
                                  << QStringLiteral("not a string");
    QTest::newRow("empty label") << QByteArray(R"({")" + uuid + R"(": "  "})") << false
                                 << QStringLiteral("is empty");
    QTest::newRow("long label") << QByteArray(R"({")" + uuid + R"(": ")" + QByteArray(65, 'x') + R"("})")
                                << false << QStringLiteral("longer than 64");
    QTest::newRow("newline") << QByteArray(R"({")" + uuid + R"(": "a\nb"})") << false
                             << QStringLiteral("control");
    QTest::newRow("right-to-left override")
        << QByteArray(R"({")" + uuid + R"(": "ab\u202Ecd"})") << false << QStringLiteral("text-direction");
    // Found by fuzz_aggregatelabels: a lone surrogate is kept by the JSON reader but written as
    // U+FFFD, so the label a file held would not be the label saved back.
    QTest::newRow("lone surrogate") << QByteArray(R"({")" + uuid + R"(": "maint\ud800-11"})") << false
                                    << QStringLiteral("not valid text");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "labels": {}})") << false
                                   << QStringLiteral("newer Placement Desk");
    QTest::newRow("another format") << QByteArray(R"({"format": "clouds", "labels": {}})") << false
                                    << QStringLiteral("not a Placement Desk label file");
    QTest::newRow("labels not an object")
        << QByteArray(R"({"labels": [1]})") << false << QStringLiteral("\"labels\" is not an object");
    QTest::newRow("yaml list") << QByteArray("- a\n- b\n") << true << QStringLiteral("not a mapping");
    QTest::newRow("yaml bad uuid, with line")
        << QByteArray(uuid + ": a\nnope: b\n") << true << QStringLiteral("line 2: \"nope\" is not");
    QTest::newRow("yaml nested value")
        << QByteArray(uuid + ": {a: b}\n") << true << QStringLiteral("each entry must be UUID: label");
    QTest::newRow("yaml alias loop") << QByteArray(uuid + ": &a [*a]\n") << true
                                     << QStringLiteral("each entry must be UUID: label");
    QTest::newRow("yaml alias bomb") << QByteArray("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n" + uuid +
                                                   ": *c\n")
                                     << true << QStringLiteral("each entry must be UUID: label");
    QTest::newRow("yaml syntax") << QByteArray("a: [\n") << true << QStringLiteral("not valid YAML");
    QTest::newRow("yaml deep nesting") << QByteArray(20000, '[') << true << QStringLiteral("not valid YAML");
    QTest::newRow("yaml null label") << QByteArray(uuid + ":\n") << true
                                     << QStringLiteral("each entry must be UUID: label");
    QTest::newRow("over a MiB") << QByteArray(R"({")" + uuid + R"(": ")") + QByteArray(1024 * 1024, 'x') +
                                       "\"}"
                                << false << QStringLiteral("larger than 1024 KiB");
    QByteArray many = "{";
    for (int i = 0; i <= AggregateLabels::MaxEntries; ++i)
        many += QStringLiteral("\"%1-0000-4000-8000-000000000000\": \"x\",")
                    .arg(i, 8, 16, QLatin1Char('0'))
                    .toLatin1();
    many.chop(1);
    many += "}";
    QTest::newRow("too many entries") << many << false << QStringLiteral("more than 10000");
}

void TestAggregateLabels::refusesHostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, yaml);
    QFETCH(QString, expected);
    QHash<QString, QString> labels{{QStringLiteral("stale"), QStringLiteral("x")}};
    QString error;
    QVERIFY(!AggregateLabels::parse(
        data, yaml ? AggregateLabels::Format::Yaml : AggregateLabels::Format::Json, &labels, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(labels.isEmpty()); // nothing half-read
}

void TestAggregateLabels::roundTripsBothFormats()
{
    const QHash<QString, QString> labels{{kMaint, QStringLiteral("Wartung „November“: 'a' \"b\" #c")},
                                         {kShare, QStringLiteral("shared-storage")}};
    for (const auto format : {AggregateLabels::Format::Json, AggregateLabels::Format::Yaml}) {
        const QByteArray data = AggregateLabels::serialize(labels, format, QStringLiteral("http://ctl:8778"));
        QHash<QString, QString> back;
        QString error;
        QVERIFY2(AggregateLabels::parse(data, format, &back, &error),
                 qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(data)));
        QCOMPARE(back, labels);
        QVERIFY(data.contains("http://ctl:8778"));
    }
    QCOMPARE(AggregateLabels::formatFor(QStringLiteral("/a/Labels.YML")), AggregateLabels::Format::Yaml);
    QCOMPARE(AggregateLabels::formatFor(QStringLiteral("/a/labels.yaml")), AggregateLabels::Format::Yaml);
    QCOMPARE(AggregateLabels::formatFor(QStringLiteral("/a/labels.json")), AggregateLabels::Format::Json);
}

void TestAggregateLabels::oneFilePerCloud()
{
    AggregateLabels labels;
    labels.setDirectory(m_dir.filePath(QStringLiteral("clouds")));
    labels.setEndpoint(QUrl(QStringLiteral("http://north:8778")));
    QSignalSpy changed(&labels, &AggregateLabels::labelChanged);
    QString error;
    QVERIFY(labels.setLabel(kMaint, QStringLiteral(" maint "), &error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(labels.label(kMaint), QStringLiteral("maint"));
    QVERIFY(!labels.setLabel(QStringLiteral("not-a-uuid"), QStringLiteral("x"), &error));
    QVERIFY(!labels.setLabel(kShare, QString(65, QLatin1Char('x')), &error));
    QVERIFY(error.contains(QLatin1String("64")));

    labels.setEndpoint(QUrl(QStringLiteral("http://south:8778")));
    QCOMPARE(labels.label(kMaint), QString());
    QCOMPARE(labels.count(), 0);

    // Another instance, the same cloud spelled with user info and another host case: same file.
    AggregateLabels again;
    again.setDirectory(m_dir.filePath(QStringLiteral("clouds")));
    again.setEndpoint(QUrl(QStringLiteral("http://admin@NORTH:8778/")));
    QCOMPARE(again.label(kMaint), QStringLiteral("maint"));
    QVERIFY(again.setLabel(kMaint, QString(), &error)); // empty removes
    again.setEndpoint(QUrl(QStringLiteral("http://north:8778")));
    QCOMPARE(again.count(), 0);
    QFile file(again.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("admin@"));
}

void TestAggregateLabels::anotherSpellingIsNamedToo()
{
    AggregateLabels labels;
    labels.setDirectory(m_dir.filePath(QStringLiteral("spell")));
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    QString error;
    QVERIFY(labels.setLabel(kMaint, QStringLiteral("lower"), &error));
    QCOMPARE(labels.label(kMaint.toUpper()), QStringLiteral("lower"));
    QVERIFY(labels.setLabel(kMaint.toUpper(), QStringLiteral("upper"), &error));
    QCOMPARE(labels.label(kMaint.toUpper()), QStringLiteral("upper")); // its own wins
    QCOMPARE(labels.label(kMaint), QStringLiteral("lower"));
}

void TestAggregateLabels::unreadableFileIsNeverOverwritten()
{
    AggregateLabels labels;
    labels.setDirectory(m_dir.filePath(QStringLiteral("bad")));
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    QVERIFY(QDir().mkpath(labels.directory()));
    QVERIFY(writeFile(labels.filePath(), "{broken"));
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    QVERIFY(labels.problem().contains(QLatin1String("could not be read")));
    QString error;
    QVERIFY(!labels.setLabel(kMaint, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    int replaced = 0;
    QCOMPARE(labels.importFile(labels.filePath(), &replaced, &error), -1);
    QFile file(labels.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{broken"));
}

void TestAggregateLabels::importMergesAndExportShares()
{
    AggregateLabels labels;
    labels.setDirectory(m_dir.filePath(QStringLiteral("share")));
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    QString error;
    QVERIFY(labels.setLabel(kMaint, QStringLiteral("mine"), &error));
    const QString file = m_dir.filePath(QStringLiteral("team.yaml"));
    QVERIFY(writeFile(file,
                      "labels:\n  " + kMaint.toLatin1() + ": theirs\n  " + kShare.toLatin1() + ": shared\n"));
    QSignalSpy reset(&labels, &AggregateLabels::labelsChanged);
    int replaced = -1;
    QCOMPARE(labels.importFile(file, &replaced, &error), 2);
    QCOMPARE(replaced, 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(labels.label(kMaint), QStringLiteral("theirs"));

    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, R"({"x": "y"})"));
    QCOMPARE(labels.importFile(bad, &replaced, &error), -1);
    QVERIFY(error.contains(QLatin1String("bad.json")));
    QCOMPARE(labels.count(), 2); // unchanged
    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeFile(big, QByteArray(AggregateLabels::MaxFileBytes + 1, ' ')));
    QCOMPARE(labels.importFile(big, &replaced, &error), -1);
    QVERIFY(error.contains(QLatin1String("larger than")));

    for (const QString &name : {QStringLiteral("out.json"), QStringLiteral("out.yml")}) {
        const QString out = m_dir.filePath(name);
        QVERIFY2(labels.exportFile(out, &error), qPrintable(error));
        AggregateLabels other;
        other.setDirectory(m_dir.filePath(QStringLiteral("other-") + name));
        other.setEndpoint(QUrl(QStringLiteral("http://y")));
        QCOMPARE(other.importFile(out, &replaced, &error), 2);
        QCOMPARE(other.labels(), labels.labels());
    }
    // The stored file survives a restart.
    AggregateLabels restarted;
    restarted.setDirectory(m_dir.filePath(QStringLiteral("share")));
    restarted.setEndpoint(QUrl(QStringLiteral("http://x")));
    QCOMPARE(restarted.labels(), labels.labels());
}

void TestAggregateLabels::twoInstancesKeepEachOthersLabels()
{
    const QString dir = m_dir.filePath(QStringLiteral("two"));
    AggregateLabels first;
    first.setDirectory(dir);
    first.setEndpoint(QUrl(QStringLiteral("http://x")));
    AggregateLabels second; // opened before the first one wrote anything
    second.setDirectory(dir);
    second.setEndpoint(QUrl(QStringLiteral("http://x")));
    QString error;
    QVERIFY(first.setLabel(kMaint, QStringLiteral("maint"), &error));
    QSignalSpy reread(&second, &AggregateLabels::labelsChanged);
    QVERIFY(second.setLabel(kShare, QStringLiteral("share"), &error));
    QCOMPARE(reread.count(), 1); // it saw the first one's label on the way
    QCOMPARE(second.label(kMaint), QStringLiteral("maint"));
    AggregateLabels third;
    third.setDirectory(dir);
    third.setEndpoint(QUrl(QStringLiteral("http://x")));
    QCOMPARE(third.count(), 2);
}

void TestAggregateLabels::headersShowLabels()
{
    MembershipStore store;
    ProviderInfo info;
    info.uuid = kProvider;
    info.name = QStringLiteral("cmp1");
    info.generation = 1;
    store.resetProviders({info});
    AggregatesResult result;
    result.providerUuid = kProvider;
    result.aggregates = {kMaint, kShare};
    result.generation = 1;
    store.setAggregates(result);
    MembershipTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AggregateLabels labels;
    labels.setDirectory(m_dir.filePath(QStringLiteral("model")));
    labels.setEndpoint(QUrl(QStringLiteral("http://x")));
    model.setAggregateLabels(&labels);
    const int maint = model.columnForAggregate(kMaint);
    QVERIFY(maint >= MembershipTableModel::FirstAggregateColumn);
    QCOMPARE(model.headerData(maint, Qt::Horizontal).toString(), QStringLiteral("8dccb335"));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QString error;
    QVERIFY(labels.setLabel(kMaint, QStringLiteral("maint-nov"), &error));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(model.headerData(maint, Qt::Horizontal).toString(), QStringLiteral("“maint-nov”"));
    QCOMPARE(model.headerData(maint, Qt::Horizontal, MembershipTableModel::AggregateLabelRole).toString(),
             QStringLiteral("maint-nov"));
    QCOMPARE(model.aggregateName(kMaint), QStringLiteral("“maint-nov”"));
    const QString tip = model.headerData(maint, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QLatin1String("maint-nov (local label)")) && tip.contains(kMaint),
             qPrintable(tip));
    QVERIFY(model.headerData(maint, Qt::Horizontal, Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("maint-nov")));
    const int share = model.columnForAggregate(kShare);
    QCOMPARE(model.headerData(share, Qt::Horizontal).toString(), QStringLiteral("1e0c20b5"));
    labels.setEndpoint(QUrl(QStringLiteral("http://another")));
    QCOMPARE(model.headerData(maint, Qt::Horizontal).toString(), QStringLiteral("8dccb335"));
}

QTEST_GUILESS_MAIN(TestAggregateLabels)
#include "tst_aggregatelabels.moc"
