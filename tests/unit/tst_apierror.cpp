#include "api/apierror.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void parseErrorBody_data();
    void parseErrorBody();
    void fromHttp_data();
    void fromHttp();
    void statusSummary_data();
    void statusSummary();
    void networkErrors_data();
    void networkErrors();
    void fullTextKeepsDetailAndRequestId();
    void databaseErrorBannerIsShortDetailsAreWhole();
};

void TestApiError::parseErrorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("conflict at 1.23+")
        << QByteArray(
               R"({"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict when )"
               R"(trying to complete your request.\n\n Resource provider's generation already changed. )"
               R"(Please update the generation and try again.  ", "code": "placement.concurrent_update", )"
               R"("request_id": "req-4a6b1f0e-2c4d-4e1f-9a3b-5c6d7e8f9a0b"}]})")
        << 1 << 409 << "Conflict"
        << "placement.concurrent_update"
        << "req-4a6b1f0e-2c4d-4e1f-9a3b-5c6d7e8f9a0b";
    QTest::newRow("before 1.23: no code")
        << QByteArray(
               R"({"errors": [{"status": 404, "title": "Not Found", "detail": "No resource provider", )"
               R"("request_id": "req-1"}]})")
        << 1 << 404 << "Not Found"
        << ""
        << "req-1";
    QTest::newRow("two entries")
        << QByteArray(R"({"errors": [{"status": 400, "title": "Bad Request", "detail": "a"}, )"
                      R"({"status": 400, "title": "Bad Request", "detail": "b"}]})")
        << 2 << 400 << "Bad Request"
        << ""
        << "";
    QTest::newRow("keystonemiddleware 401 shape")
        << QByteArray(
               R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made )"
               R"(requires authentication."}})")
        << 0 << 0 << ""
        << ""
        << "";
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << 0 << 0 << ""
                          << ""
                          << "";
    QTest::newRow("empty") << QByteArray() << 0 << 0 << ""
                           << ""
                           << "";
    QTest::newRow("errors not a list") << QByteArray(R"({"errors": "boom"})") << 0 << 0 << ""
                                       << ""
                                       << "";
    QTest::newRow("truncated json") << QByteArray(R"({"errors": [{"status": 409, "ti)") << 0 << 0 << ""
                                    << ""
                                    << "";
}

void TestApiError::parseErrorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(int, status);
    QFETCH(QString, title);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    const QList<PlacementErrorEntry> entries = ApiError::parseErrorBody(body);
    QCOMPARE(entries.size(), count);
    if (count > 0) {
        QCOMPARE(entries.first().status, status);
        QCOMPARE(entries.first().title, title);
        QCOMPARE(entries.first().code, code);
        QCOMPARE(entries.first().requestId, requestId);
    }
}

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<QString>("shortDetail");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("concurrentUpdate");

    QTest::newRow("generation conflict")
        << 409
        << QByteArray(
               R"({"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict.\n\n )"
               R"(Resource provider's generation already changed. Please update the generation and try )"
               R"(again.  ", "code": "placement.concurrent_update", "request_id": "req-a"}]})")
        << QByteArray("req-header")
        << "Resource provider's generation already changed. Please update the generation and try again."
        << "req-a" << true;
    QTest::newRow("409 without concurrent_update code is not a generation conflict")
        << 409
        << QByteArray(R"({"errors": [{"status": 409, "title": "Conflict", "detail": "dup", )"
                      R"("code": "placement.undefined_code"}]})")
        << QByteArray() << "dup"
        << "" << false;
    QTest::newRow("request id from header when the body has none")
        << 500 << QByteArray("Internal Server Error") << QByteArray("req-from-header") << ""
        << "req-from-header" << false;
    QTest::newRow("keystonemiddleware 401")
        << 401
        << QByteArray(
               R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made )"
               R"(requires authentication."}})")
        << QByteArray() << "The request you have made requires authentication."
        << "" << false;
    QTest::newRow("400 schema error")
        << 400
        << QByteArray(
               R"({"errors": [{"status": 400, "title": "Bad Request", "detail": "The server could not )"
               R"(comply with the request since it is either malformed or otherwise incorrect.\n\n JSON )"
               R"(does not validate: 'x' is not a 'uuid'  ", "request_id": "req-b"}]})")
        << QByteArray() << "JSON does not validate: 'x' is not a 'uuid'"
        << "req-b" << false;
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    QFETCH(QString, shortDetail);
    QFETCH(QString, requestId);
    QFETCH(bool, concurrentUpdate);
    const ApiError error =
        ApiError::fromHttp(status, body, requestIdHeader, QUrl(QStringLiteral("http://h:1/x")));
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.shortDetail(), shortDetail);
    QCOMPARE(error.requestId(), requestId);
    QCOMPARE(error.isConcurrentUpdate(), concurrentUpdate);
    QVERIFY(error.isError());
    QVERIFY(error.summary().contains(QString::number(status)));
}

void TestApiError::statusSummary_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400") << 400 << "invalid";
    QTest::newRow("401") << 401 << "token";
    QTest::newRow("403") << 403 << "admin";
    QTest::newRow("404") << 404 << "Not found";
    QTest::newRow("406") << 406 << "version";
    QTest::newRow("409") << 409 << "changed";
    QTest::newRow("413") << 413 << "too large";
    QTest::newRow("429") << 429 << "rate";
    QTest::newRow("500") << 500 << "log";
    QTest::newRow("503") << 503 << "503";
    QTest::newRow("418") << 418 << "418";
}

void TestApiError::statusSummary()
{
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const QString summary = ApiError::statusSummary(status);
    QVERIFY2(summary.contains(mentions, Qt::CaseInsensitive), qPrintable(summary));
    QVERIFY(summary.contains(QString::number(status)));
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(ApiError::Kind::Network)
                             << "example.org:8778";
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << int(ApiError::Kind::Network)
                                    << "resolved";
    QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << int(ApiError::Kind::Network)
                           << "closed";
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(ApiError::Kind::Timeout) << "in time";
    QTest::newRow("canceled") << int(QNetworkReply::OperationCanceledError) << int(ApiError::Kind::Canceled)
                              << "Canceled";
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(ApiError::Kind::Tls)
                         << "certificate expired";
    QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << int(ApiError::Kind::Network)
                           << "certificate expired";
}

void TestApiError::networkErrors()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const ApiError error = ApiError::fromNetworkError(QNetworkReply::NetworkError(code),
                                                      QStringLiteral("The certificate expired"),
                                                      QUrl(QStringLiteral("http://example.org:8778/")));
    QCOMPARE(int(error.kind()), kind);
    QVERIFY2(error.summary().contains(mentions, Qt::CaseInsensitive), qPrintable(error.summary()));
    QCOMPARE(error.httpStatus(), 0);
}

void TestApiError::fullTextKeepsDetailAndRequestId()
{
    const ApiError error = ApiError::fromHttp(
        403,
        R"({"errors": [{"status": 403, "title": "Forbidden", "detail": "Access was denied to this resource.\n\n )"
        R"(Policy does not allow placement:resource_providers:aggregates:list to be performed.  ", )"
        R"("request_id": "req-42"}]})");
    const QString text = error.fullText();
    QVERIFY(text.contains(QLatin1String("HTTP 403")));
    QVERIFY(
        text.contains(QLatin1String("Policy does not allow placement:resource_providers:aggregates:list")));
    QVERIFY(text.contains(QLatin1String("req-42")));
    QVERIFY(!error.isConcurrentUpdate());
}

void TestApiError::databaseErrorBannerIsShortDetailsAreWhole()
{
    // What Placement on SQLite answers under write contention (shape of a real answer).
    const QByteArray body =
        R"x({"errors": [{"status": 500, "title": "Internal Server Error", "detail": "The server has either )x"
        R"x(erred or is incapable of performing the requested operation.\n\n (sqlite3.OperationalError) )x"
        R"x(database is locked\n[SQL: UPDATE resource_providers SET updated_at=?, generation=? WHERE )x"
        R"x(resource_providers.id = ? AND resource_providers.generation = ?]\n[parameters: ('2026-12-04 )x"
        R"x(20:00:00.000000', 8, 3, 7)]\n(Background on this error at: https://sqlalche.me/e/14/e3q8)", )x"
        R"x("request_id": "req-500"}]})x";
    const ApiError error = ApiError::fromHttp(500, body);
    QCOMPARE(error.shortDetail(), QStringLiteral("(sqlite3.OperationalError) database is locked"));
    QVERIFY2(error.bannerText().size() < 200, qPrintable(error.bannerText()));
    QVERIFY(error.detail().contains(QLatin1String("[SQL: UPDATE resource_providers")));
    // A long message without such lines is cut, with an ellipsis.
    const ApiError longOne = ApiError::fromHttp(
        400, QByteArray(R"({"errors": [{"status": 400, "title": "Bad Request", "detail": ")") +
                 QByteArray(500, 'x') + QByteArray(R"("}]})"));
    QCOMPARE(longOne.shortDetail().size(), 200);
    QVERIFY(longOne.shortDetail().endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
