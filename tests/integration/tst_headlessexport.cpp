// placement-desk --export FILE: the real binary, without a display, against a real Placement:
// the file holds the server's table (exact aggregate strings), the exit code says how it went,
// and an unreachable server writes nothing and says why.
#include "support/placementserver.h"

#include <QDir>
#include <QDirIterator>
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
    void planDryRunSaysWhatWouldChange();
    void planApplySubmitsAndReports(); // last: it changes the server

private:
    int run(const QStringList &arguments, QString *errors = nullptr, QString *output = nullptr);
    QStringList historyFiles() const; // the change history files the app wrote under XDG_DATA_HOME

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

int TestHeadlessExport::run(const QStringList &arguments, QString *errors, QString *output)
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
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
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
    QVERIFY2(errors.contains(QLatin1String("need a server")), qPrintable(errors));
}

void TestHeadlessExport::formatWithoutExportIsAnError()
{
    QString errors;
    QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("json")}, &errors), 2);
    QVERIFY2(errors.contains(QLatin1String("--format goes with --export or --plan")), qPrintable(errors));
    QCOMPARE(run({QStringLiteral("--export"), m_home.filePath(QStringLiteral("x")),
                  QStringLiteral("--format"), QStringLiteral("xml")},
                 &errors),
             2);
    QVERIFY2(errors.contains(QLatin1String("expected csv or json")), qPrintable(errors));
}

void TestHeadlessExport::planDryRunSaysWhatWouldChange()
{
    const auto plan = [this](const QString &name, const QByteArray &content) {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    };
    const QStringList server{QStringLiteral("--endpoint"), m_server.baseUrl().toString(),
                             QStringLiteral("--token"),    QStringLiteral("admin"),
                             QStringLiteral("--dry-run"),  QStringLiteral("--plan")};
    QString errors;
    QString output;
    // export-02 joins A (a change); export-01 is in A already (no change).
    const QString changes = plan(QStringLiteral("changes.csv"),
                                 "provider,action,aggregate\nexport-02,add," + AggregateA.toUpper().toUtf8() +
                                     "\nexport-01,add," + AggregateA.toUtf8() + "\n");
    QCOMPARE(run(server + QStringList{changes}, &errors, &output), 1);
    QVERIFY2(output.startsWith(QStringLiteral("+ export-02 (%1) → ").arg(m_two)), qPrintable(output));
    QCOMPARE(output.count(QLatin1Char('\n')), 1);
    QVERIFY2(errors.contains(QLatin1String("1 change, 1 line already so, 0 problems.")), qPrintable(errors));
    // Nothing was sent: the server still has export-02 in no aggregate.
    QCOMPARE(m_server.aggregates(m_two), QStringList());

    const QString nothing =
        plan(QStringLiteral("nothing.json"), "{\"edits\": [{\"provider\": \"" + m_one.toUtf8() +
                                                 "\", \"action\": \"add\", \"aggregate\": \"" +
                                                 AggregateA.toUtf8() + "\"}]}");
    QCOMPARE(run(server + QStringList{nothing}, &errors, &output), 0);
    QVERIFY(output.isEmpty());

    const QString problems =
        plan(QStringLiteral("problems.csv"),
             "provider,action,aggregate\nexport-02,add,rack-7\nnobody,add," + AggregateA.toUtf8() + "\n");
    QCOMPARE(run(server + QStringList{problems}, &errors, &output), 2);
    QVERIFY2(errors.contains(problems + QLatin1String(":2: ")) &&
                 errors.contains(problems + QLatin1String(":3: ")),
             qPrintable(errors));

    // Not a plan: said before any server is asked (the endpoint here does not exist).
    const QString broken = plan(QStringLiteral("broken.csv"), "name,uuid\n");
    QCOMPARE(run({QStringLiteral("--plan"), broken, QStringLiteral("--dry-run"), QStringLiteral("--endpoint"),
                  QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--token"), QStringLiteral("admin")},
                 &errors),
             2);
    QVERIFY2(errors.contains(broken + QLatin1String(":1: Not a plan")), qPrintable(errors));
    // --plan alone would apply: not offered yet, and said so.
    QCOMPARE(run({QStringLiteral("--plan"), broken}, &errors), 2);
    QVERIFY2(errors.contains(QLatin1String("--plan needs --dry-run")), qPrintable(errors));
}

QStringList TestHeadlessExport::historyFiles() const
{
    QStringList files;
    QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("history-*.jsonl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void TestHeadlessExport::planApplySubmitsAndReports()
{
    const auto plan = [this](const QString &name, const QByteArray &content) {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    };
    const QStringList server{QStringLiteral("--endpoint"), m_server.baseUrl().toString(),
                             QStringLiteral("--token"),    QStringLiteral("admin"),
                             QStringLiteral("--format"),   QStringLiteral("json")};
    const QString aggregateB = PlacementServer::newUuid();
    // export-02 joins a new aggregate; export-01 leaves the upper-case spelling only (the exact string).
    const QString edits =
        plan(QStringLiteral("apply.csv"), "provider,action,aggregate\nexport-02,add," + aggregateB.toUtf8() +
                                              "\nexport-01,remove," + AggregateAUpper.toUtf8() + "\n");
    QString errors;
    QString output;
    // The dry run's JSON report first: what would change, nothing sent.
    QCOMPARE(run(server + QStringList{QStringLiteral("--plan"), edits, QStringLiteral("--dry-run")}, &errors,
                 &output),
             1);
    QJsonObject report = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("placement-desk-plan-report"));
    QCOMPARE(report.value(QLatin1String("mode")).toString(), QStringLiteral("dry-run"));
    QCOMPARE(report.value(QLatin1String("edits")).toArray().size(), 2);
    QCOMPARE(report.value(QLatin1String("exitCode")).toInt(), 1);
    QCOMPARE(m_server.aggregates(m_two), QStringList());
    qsizetype historyLinesBefore = 0;
    for (const QString &path : historyFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            historyLinesBefore += file.readAll().count('\n');
    }
    QCOMPARE(historyLinesBefore, 0); // exports and the dry run confirm nothing

    // Applied through the submitter: both edits on the server, each reported as applied.
    QCOMPARE(run(server + QStringList{QStringLiteral("--plan"), edits, QStringLiteral("--apply")}, &errors,
                 &output),
             0);
    report = QJsonDocument::fromJson(output.toUtf8()).object();
    QVERIFY2(!report.isEmpty(), qPrintable(output + errors));
    QCOMPARE(report.value(QLatin1String("mode")).toString(), QStringLiteral("apply"));
    for (const QJsonValue &edit : report.value(QLatin1String("edits")).toArray())
        QCOMPARE(edit.toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
    QCOMPARE(report.value(QLatin1String("submit")).toObject().value(QLatin1String("applied")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("submit")).toObject().value(QLatin1String("pendingEdits")).toInt(),
             0);
    QCOMPARE(m_server.aggregates(m_two), QStringList{aggregateB});
    QCOMPARE(m_server.aggregates(m_one), QStringList{AggregateA});
    // Each confirmed change is in this cloud's history, without a secret.
    const QStringList histories = historyFiles();
    QCOMPARE(histories.size(), 1);
    QFile history(histories.first());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray lines = history.readAll();
    QCOMPARE(lines.count('\n'), historyLinesBefore + 2);
    QVERIFY(lines.contains(m_two.toUtf8()) && lines.contains(aggregateB.toUtf8()));
    QVERIFY(!lines.contains("admin"));

    // Again: export-02 is in B already; the removal of the upper-case spelling now finds only the
    // lower-case one, which is another aggregate to Placement: a problem, and nothing is applied.
    QCOMPARE(run(server + QStringList{QStringLiteral("--plan"), edits, QStringLiteral("--apply")}, &errors,
                 &output),
             2);
    QVERIFY2(errors.contains(QLatin1String("a removal names the exact string")), qPrintable(errors));
    QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).object().value(QLatin1String("unchanged")).toInt(), 1);
    QCOMPARE(m_server.aggregates(m_one), QStringList{AggregateA});

    // A plan with a problem applies nothing at all, valid lines included.
    const QString mixed =
        plan(QStringLiteral("mixed.csv"), "provider,action,aggregate\nexport-01,add," + aggregateB.toUtf8() +
                                              "\nnobody,add," + aggregateB.toUtf8() + "\n");
    QCOMPARE(run(server + QStringList{QStringLiteral("--plan"), mixed, QStringLiteral("--apply")}, &errors,
                 &output),
             2);
    QVERIFY2(errors.contains(QLatin1String("nothing was applied")), qPrintable(errors));
    QCOMPARE(
        QJsonDocument::fromJson(output.toUtf8()).object().value(QLatin1String("problems")).toArray().size(),
        1);
    QCOMPARE(m_server.aggregates(m_one), QStringList{AggregateA});

    // Option mistakes.
    QCOMPARE(run({QStringLiteral("--plan"), edits, QStringLiteral("--apply"), QStringLiteral("--dry-run")},
                 &errors),
             2);
    QVERIFY2(errors.contains(QLatin1String("one or the other")), qPrintable(errors));
    QCOMPARE(run({QStringLiteral("--plan"), edits, QStringLiteral("--dry-run"),
                  QStringLiteral("--on-conflict"), QStringLiteral("skip")},
                 &errors),
             2);
    QVERIFY2(errors.contains(QLatin1String("--on-conflict goes with")), qPrintable(errors));

    QVERIFY(m_server.setAggregates(m_one, {AggregateA, AggregateAUpper}));
    QVERIFY(m_server.setAggregates(m_two, {}));
}

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headlessexport.moc"
