// The request log (api/RequestLog, itemmodels/RequestLogModel): the curl command a request becomes
// (token as $OS_TOKEN, every argument quoted, a login's body never kept), the JSON line of
// --log-requests, the capacity that drops the oldest entries, and the model following it.
#include "api/requestlog.h"
#include "itemmodels/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

RequestLogEntry putEntry()
{
    RequestLogEntry entry;
    entry.time = QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0), Qt::UTC);
    entry.service = QStringLiteral("Placement");
    entry.method = QStringLiteral("PUT");
    entry.url = QUrl(QStringLiteral("http://controller:8778/resource_providers/4e8e5957/aggregates"));
    entry.status = 409;
    entry.durationMs = 12;
    entry.microversion = QStringLiteral("placement 1.39");
    entry.requestId = QStringLiteral("req-1234");
    // (No raw string here: moc's tokenizer reads the apostrophe in it as a character literal.)
    entry.body = "{\"aggregates\":[\"it's\"],\"resource_provider_generation\":3}";
    return entry;
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void curlCommandQuotesAndNeverHoldsTheToken();
    void jsonLine();
    void capacityDropsTheOldest();
    void fileGetsEveryEntryOwnerOnly();
};

void TestRequestLog::curlCommandQuotesAndNeverHoldsTheToken()
{
    const RequestLogEntry put = putEntry();
    QCOMPARE(put.curlCommand(),
             QStringLiteral(
                 "curl -sS -X PUT -H \"X-Auth-Token: $OS_TOKEN\" -H 'OpenStack-API-Version: placement 1.39' "
                 "-H 'Accept: application/json' -H 'Content-Type: application/json' "
                 "-d '{\"aggregates\":[\"it'\\''s\"],\"resource_provider_generation\":3}' "
                 "'http://controller:8778/resource_providers/4e8e5957/aggregates'"));
    QVERIFY(put.isError());

    // A login: no token header, and its body (a password) is not there to copy.
    RequestLogEntry login;
    login.service = QStringLiteral("Keystone");
    login.method = QStringLiteral("POST");
    login.url = QUrl(QStringLiteral("https://user:secret@keystone:5000/v3/auth/tokens"));
    login.status = 201;
    const QString curl = login.curlCommand();
    QVERIFY2(!curl.contains(QLatin1String("X-Auth-Token")), qPrintable(curl));
    QVERIFY2(curl.contains(QLatin1String("-d @request-body.json")), qPrintable(curl));
    QVERIFY2(!curl.contains(QLatin1String("secret")), qPrintable(curl)); // user info never
    QVERIFY(!login.isError());

    RequestLogEntry get;
    get.service = QStringLiteral("Placement");
    get.method = QStringLiteral("GET");
    get.url = QUrl(QStringLiteral("http://controller:8778/resource_providers?member_of=in:a,b"));
    QVERIFY2(get.curlCommand().startsWith(QLatin1String("curl -sS -H \"X-Auth-Token: $OS_TOKEN\"")),
             qPrintable(get.curlCommand()));
    QVERIFY(get.isError()); // no answer (status 0)
}

void TestRequestLog::jsonLine()
{
    RequestLogEntry entry = putEntry();
    entry.url.setUserInfo(QStringLiteral("user:secret"));
    const QJsonObject json = entry.toJson();
    QCOMPARE(json.value(QLatin1String("status")).toInt(), 409);
    QCOMPARE(json.value(QLatin1String("request_id")).toString(), QStringLiteral("req-1234"));
    QCOMPARE(json.value(QLatin1String("microversion")).toString(), QStringLiteral("placement 1.39"));
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             QStringLiteral("http://controller:8778/resource_providers/4e8e5957/aggregates"));
    QVERIFY(!json.contains(QLatin1String("body"))); // the file keeps no bodies
}

void TestRequestLog::capacityDropsTheOldest()
{
    QNetworkAccessManager network;
    QVERIFY(!RequestLog::of(&network));
    auto *log = new RequestLog(&network);
    QCOMPARE(RequestLog::of(&network), log);
    RequestLogModel model(log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log->setCapacity(20);
    for (int i = 0; i < 25; ++i) {
        RequestLogEntry entry = putEntry();
        entry.requestId = QStringLiteral("req-%1").arg(i);
        entry.status = 200;
        log->record(entry);
    }
    // Full at 20: each further entry dropped a tenth (two) of the oldest first.
    QVERIFY(log->count() <= 20);
    QCOMPARE(model.rowCount(), log->count());
    QCOMPARE(log->entry(log->count() - 1).requestId, QStringLiteral("req-24"));
    QCOMPARE(model.index(model.rowCount() - 1, RequestLogModel::RequestIdColumn).data().toString(),
             QStringLiteral("req-24"));
    QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(0, 0).data(RequestLogModel::FilterRole).toString(), QStringLiteral("ok"));
    QVERIFY(model.index(0, 0).data(RequestLogModel::CurlRole).toString().startsWith(QLatin1String("curl ")));
    log->clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRequestLog::fileGetsEveryEntryOwnerOnly()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    auto *log = new RequestLog(&network);
    QString error;
    QVERIFY(!log->setFile(dir.filePath(QStringLiteral("missing/dir/log.jsonl")), &error));
    QVERIFY(!error.isEmpty());
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QVERIFY2(log->setFile(path, &error), qPrintable(error));
    log->record(putEntry());
    log->record(putEntry());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("method")).toString(),
             QStringLiteral("PUT"));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
