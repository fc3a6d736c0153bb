#include "api/retrypolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void transientAnswers_data();
    void transientAnswers();
    void backoffGrowsWithJitterAndCap();
    void retryAfter_data();
    void retryAfter();
    void budgetIsShared();
};

void TestRetryPolicy::transientAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("transient");
    const int none = QNetworkReply::NoError;
    QTest::newRow("500 database is locked") << 500 << int(QNetworkReply::InternalServerError) << true;
    QTest::newRow("502") << 502 << none << true;
    QTest::newRow("503") << 503 << int(QNetworkReply::ServiceUnavailableError) << true;
    QTest::newRow("504") << 504 << none << true;
    QTest::newRow("429") << 429 << none << true;
    QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
    QTest::newRow("refused while restarting") << 0 << int(QNetworkReply::ConnectionRefusedError) << true;
    QTest::newRow("400") << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << false;
    QTest::newRow("401") << 401 << int(QNetworkReply::AuthenticationRequiredError) << false;
    QTest::newRow("403") << 403 << int(QNetworkReply::ContentAccessDenied) << false;
    QTest::newRow("404") << 404 << int(QNetworkReply::ContentNotFoundError) << false;
    QTest::newRow("409 conflict") << 409 << int(QNetworkReply::ContentConflictError) << false;
    QTest::newRow("501") << 501 << none << false;
    QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << false;
    QTest::newRow("TLS") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false;
    QTest::newRow("canceled") << 0 << int(QNetworkReply::OperationCanceledError) << false;
}

void TestRetryPolicy::transientAnswers()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, transient);
    QCOMPARE(RetryPolicy::isTransient(status, QNetworkReply::NetworkError(error)), transient);
}

void TestRetryPolicy::backoffGrowsWithJitterAndCap()
{
    const RetryPolicy policy = RetryPolicy::transient();
    QCOMPARE(policy.maxAttempts, 4);
    QCOMPARE(RetryPolicy::none().maxAttempts, 1);
    for (const quint32 random : {0u, 1u, 12345u, 0xffffffffu}) {
        for (int retry = 1; retry <= 12; ++retry) {
            const int ceiling = std::min(policy.maxDelayMs, policy.baseDelayMs << (retry - 1));
            const int delay = policy.backoffMs(retry, random);
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("retry %1: %2 not in [%3, %4]")
                                    .arg(retry)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
    }
    // Jitter: different random values give different delays.
    QVERIFY(policy.backoffMs(3, 1) != policy.backoffMs(3, 700));
    // Retry-After wins when longer, and a too-long one means "do not retry".
    QCOMPARE(policy.delayMs(1, 0, 5000), 5000);
    QCOMPARE(policy.delayMs(1, 0, policy.maxRetryAfterMs + 1), -1);
    QVERIFY(policy.delayMs(1, 0, -1) <= policy.baseDelayMs);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("3") << 3000;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7000;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("http date, 90 s ahead") << QByteArray("Wed, 02 Dec 2026 12:01:30 GMT") << 90000;
    QTest::newRow("http date in the past") << QByteArray("Wed, 02 Dec 2026 11:00:00 GMT") << 0;
    QTest::newRow("absurdly long is capped at a day") << QByteArray("99999999") << 24 * 3600 * 1000;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::retryAfterMs(value, now), expected);
}

void TestRetryPolicy::budgetIsShared()
{
    RetryBudget budget(2);
    QVERIFY(budget.take());
    QVERIFY(budget.take());
    QVERIFY(!budget.take());
    QCOMPARE(budget.used(), 2);
    budget.grant(1);
    QVERIFY(budget.take());
    QCOMPARE(budget.remaining(), 0);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
