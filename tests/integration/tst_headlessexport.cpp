// placement-desk --export FILE: the real binary, without a display, against a real Placement:
// the file holds the server's table (exact aggregate strings), the exit code says how it went,
// and an unreachable server writes nothing and says why.
#include "support/placementserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AggregateA = QStringLiteral("a99a0000-0000-4000-8000-00000000000a");
const QString AggregateAUpper = QStringLiteral("A99A0000-0000-4000-8000-00000000000A");

} // namespace

class TestHeadlessExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheServersTable();
    void csvByFormatOption();
    void unreachableServerWritesNothing();
    void formatWithoutExportIsAnError();

private:
    int run(const QStringList &arguments, QString *errors = nullptr);

    PlacementServer m_server;
    QTemporaryDir m_home;
    QString m_one;
    QString m_two;
};

void TestHeadlessExport::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_one = m_server.createProvider(QStringLiteral("export-01"));
    m_two = m_server.createProvider(QStringLiteral("export-02"));
    QVERIFY(!m_one.isEmpty() && !m_two.isEmpty());
    QVERIFY(m_server.setAggregates(m_one, {AggregateA, AggregateAUpper}));
}

int TestHeadlessExport::run(const QStringList &arguments, QString *errors)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display of any kind: the export must not need one.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PD_APP_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestHeadlessExport::exportsTheServersTable()
{
    const QString path = m_home.filePath(QStringLiteral("table.json"));
    QString errors;
    QCOMPARE(run({QStringLiteral("--export"), path, QStringLiteral("--endpoint"),
                  m_server.baseUrl().toString(), QStringLiteral("--token"), QStringLiteral("admin")},
                 &errors),
             0);
    QVERIFY2(errors.contains(QLatin1String("Exported 2 provider")), qPrintable(errors));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("placement-desk-membership"));
    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    QCOMPARE(providers.size(), 2);
    for (const QJsonValue &value : providers) {
        const QJsonObject provider = value.toObject();
        QCOMPARE(provider.value(QLatin1String("state")).toString(), QStringLiteral("loaded"));
        QStringList aggregates;
        for (const QJsonValue &aggregate : provider.value(QLatin1String("aggregates")).toArray())
            aggregates << aggregate.toObject().value(QLatin1String("uuid")).toString();
        // Both spellings, exactly as the server stores them.
        if (provider.value(QLatin1String("uuid")).toString() == m_one)
            QCOMPARE(aggregates, (QStringList{AggregateAUpper, AggregateA}));
        else
            QCOMPARE(aggregates, QStringList());
    }
    QVERIFY(!errors.contains(QLatin1String("admin"))); // the token is never printed
}

void TestHeadlessExport::csvByFormatOption()
{
    const QString path = m_home.filePath(QStringLiteral("table-no-extension"));
    QCOMPARE(run({QStringLiteral("--export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--endpoint"), m_server.baseUrl().toString(), QStringLiteral("--token"),
                  QStringLiteral("admin"), QStringLiteral("--no-cache")}),
             0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.startsWith(QLatin1String("uuid,name,generation,state,aggregates")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("%1,export-01,").arg(m_one)));
    QVERIFY(csv.contains(QStringLiteral("\"%1;%2\"").arg(AggregateAUpper, AggregateA)));
}

void TestHeadlessExport::unreachableServerWritesNothing()
{
    QTcpServer closed; // a free port, then nobody listens on it
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString path = m_home.filePath(QStringLiteral("never.csv"));
    QString errors;
    QCOMPARE(run({QStringLiteral("--export"), path, QStringLiteral("--endpoint"),
                  QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--token"),
                  QStringLiteral("admin"), QStringLiteral("--timeout"), QStringLiteral("5")},
                 &errors),
             2);
    QVERIFY2(errors.contains(QLatin1String("placement-desk: ")), qPrintable(errors));
    QVERIFY(!QFile::exists(path));

    // No server named at all.
    QCOMPARE(run({QStringLiteral("--export"), path}, &errors), 2);
    QVERIFY2(errors.contains(QLatin1String("--export needs a server")), qPrintable(errors));
}

void TestHeadlessExport::formatWithoutExportIsAnError()
{
    QString errors;
    QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("json")}, &errors), 2);
    QVERIFY2(errors.contains(QLatin1String("--format goes with --export")), qPrintable(errors));
    QCOMPARE(run({QStringLiteral("--export"), m_home.filePath(QStringLiteral("x")),
                  QStringLiteral("--format"), QStringLiteral("xml")},
                 &errors),
             2);
    QVERIFY2(errors.contains(QLatin1String("expected csv or json")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headlessexport.moc"
