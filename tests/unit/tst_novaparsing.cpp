// Nova's answers as the Nova jobs read them (version documents, aggregates, hypervisor pages, the
// aggregate action), Nova's error body, and NovaDirectory's lookups. Shapes are Nova Zed's
// (26.2.2), as running-nova.md and the tests against the real nova-api record them.
#include "api/apierror.h"
#include "nova/aggregateactionjob.h"
#include "nova/listhypervisorsjob.h"
#include "nova/listnovaaggregatesjob.h"
#include "nova/novaclient.h"
#include "nova/novadirectory.h"
#include "nova/novajob.h"
#include "nova/novaversionsjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestNovaParsing : public QObject
{
    Q_OBJECT

private slots:
    void versionDocument_data();
    void versionDocument();
    void aggregates_data();
    void aggregates();
    void aggregateFields();
    void hypervisorPage_data();
    void hypervisorPage();
    void actionBodyAndAnswer();
    void novaErrorBody();
    void explainNamesNova();
    void directoryMatchesAnySpelling();
};

void TestNovaParsing::versionDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("negotiated"); // empty: an error
    QTest::addColumn<int>("errorKind");

    const auto none = int(ApiError::Kind::None);
    QTest::newRow("v2.1 document, Zed") << QByteArray(R"({"version": {"id": "v2.1", "status": "CURRENT",
        "version": "2.93", "min_version": "2.1", "updated": "2013-07-23T11:33:21Z"}})")
                                        << "2.87" << none;
    QTest::newRow("root versions list")
        << QByteArray(
               R"({"versions": [{"id": "v2.0", "status": "SUPPORTED", "version": "", "min_version": ""},
            {"id": "v2.1", "status": "CURRENT", "version": "2.60", "min_version": "2.1"}]})")
        << "2.60" << none;
    QTest::newRow("just what we need")
        << QByteArray(R"({"version": {"version": "2.41", "min_version": "2.1"}})") << "2.41" << none;
    QTest::newRow("too old for aggregate uuids")
        << QByteArray(R"({"version": {"version": "2.40", "min_version": "2.1"}})") << QString()
        << int(ApiError::Kind::UnsupportedVersion);
    QTest::newRow("placement's document") << QByteArray(R"({"versions": [{"id": "v1.0", "max_version": "1.39",
        "min_version": "1.0", "status": "CURRENT"}]})")
                                          << QString() << int(ApiError::Kind::InvalidResponse);
    QTest::newRow("not json") << QByteArray("<html>") << QString() << int(ApiError::Kind::InvalidResponse);
    QTest::newRow("empty (noauth2 without a token)")
        << QByteArray() << QString() << int(ApiError::Kind::InvalidResponse);
}

void TestNovaParsing::versionDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, negotiated);
    QFETCH(int, errorKind);
    ApiError error;
    const NovaVersionInfo info = NovaVersionsJob::parseVersionDocument(body, &error);
    QCOMPARE(int(error.kind()), errorKind);
    if (!negotiated.isEmpty())
        QCOMPARE(info.negotiated.toString(), negotiated);
    else
        QVERIFY(!error.summary().isEmpty());
}

void TestNovaParsing::aggregates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: rejected

    QTest::newRow("empty") << QByteArray(R"({"aggregates": []})") << 0;
    QTest::newRow("two") << QByteArray(R"({"aggregates": [
        {"id": 1, "uuid": "6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11", "name": "az-north", "availability_zone": "north",
         "hosts": ["cmp1", "cmp2"], "metadata": {"availability_zone": "north"}},
        {"id": 2, "uuid": "0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22", "name": "gpu", "availability_zone": null,
         "hosts": [], "metadata": {}}]})")
                         << 2;
    QTest::newRow("no list") << QByteArray(R"({"aggregate": []})") << -1;
    QTest::newRow("no uuid (before 2.41)")
        << QByteArray(R"({"aggregates": [{"id": 1, "name": "a", "hosts": [], "metadata": {}}]})") << -1;
    QTest::newRow("no id") << QByteArray(R"({"aggregates": [{"uuid": "u", "name": "a"}]})") << -1;
    QTest::newRow("host not a string")
        << QByteArray(R"({"aggregates": [{"id": 1, "uuid": "u", "name": "a", "hosts": [7]}]})") << -1;
    QTest::newRow("metadata value not a string")
        << QByteArray(R"({"aggregates": [{"id": 1, "uuid": "u", "name": "a", "metadata": {"k": 1}}]})") << -1;
    QTest::newRow("entry not an object") << QByteArray(R"({"aggregates": ["a"]})") << -1;
}

void TestNovaParsing::aggregates()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QList<NovaAggregate> parsed;
    const bool ok = ListNovaAggregatesJob::parseAggregates(QJsonDocument::fromJson(body).object(), &parsed);
    QCOMPARE(ok, count >= 0);
    if (ok)
        QCOMPARE(parsed.size(), count);
}

void TestNovaParsing::aggregateFields()
{
    QList<NovaAggregate> parsed;
    QVERIFY(ListNovaAggregatesJob::parseAggregates(QJsonDocument::fromJson(R"({"aggregates": [
        {"id": 4, "uuid": "6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11", "name": "tenant-acme", "availability_zone": "north",
         "hosts": ["cmp1"], "metadata": {"filter_tenant_id": "acme", "availability_zone": "north"}}]})")
                                                       .object(),
                                                   &parsed));
    QCOMPARE(parsed.size(), 1);
    const NovaAggregate &aggregate = parsed.first();
    QCOMPARE(aggregate.id, 4);
    QCOMPARE(aggregate.name, QStringLiteral("tenant-acme"));
    QCOMPARE(aggregate.availabilityZone, QStringLiteral("north"));
    QCOMPARE(aggregate.hosts, QStringList{QStringLiteral("cmp1")});
    QCOMPARE(aggregate.metadata.value(QStringLiteral("filter_tenant_id")), QStringLiteral("acme"));
}

void TestNovaParsing::hypervisorPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: rejected
    QTest::addColumn<QString>("nextMarker");

    QTest::newRow("last page") << QByteArray(
                                      R"({"hypervisors": [{"id": "4e8e5957-649f-477b-9e5b-f1f75b21c03c",
        "hypervisor_hostname": "cmp1.example", "state": "up", "status": "enabled",
        "service": {"host": "cmp1", "id": "9a1c1b60-7c0e-4a0f-a3b1-5d6e7f809a1b", "disabled_reason": null}}]})")
                               << 1 << QString();
    QTest::newRow("with next link")
        << QByteArray(
               R"({"hypervisors": [{"id": "4e8e5957-649f-477b-9e5b-f1f75b21c03c", "service": {"host": "h"}}],
            "hypervisors_links": [{"href": "http://127.0.0.1:8774/v2.1/os-hypervisors/detail?limit=1&marker=4e8e5957-649f-477b-9e5b-f1f75b21c03c",
            "rel": "next"}]})")
        << 1 << QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c");
    QTest::newRow("integer ids (before 2.53)")
        << QByteArray(R"({"hypervisors": [{"id": 1, "hypervisor_hostname": "cmp1"}]})") << -1 << QString();
    QTest::newRow("next link without marker")
        << QByteArray(
               R"({"hypervisors": [], "hypervisors_links": [{"href": "http://x/?limit=1", "rel": "next"}]})")
        << -1 << QString();
    QTest::newRow("no list") << QByteArray(R"({"servers": []})") << -1 << QString();
}

void TestNovaParsing::hypervisorPage()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, nextMarker);
    HypervisorPage page;
    const bool ok = ListHypervisorsJob::parsePage(QJsonDocument::fromJson(body).object(), &page);
    QCOMPARE(ok, count >= 0);
    if (!ok)
        return;
    QCOMPARE(page.hypervisors.size(), count);
    QCOMPARE(page.nextMarker, nextMarker);
    if (count > 0)
        QVERIFY(!page.hypervisors.first().host.isEmpty());
}

void TestNovaParsing::actionBodyAndAnswer()
{
    QCOMPARE(AggregateActionJob::requestBody(AggregateActionJob::Action::AddHost, QStringLiteral("cmp1")),
             QByteArray(R"({"add_host":{"host":"cmp1"}})"));
    QCOMPARE(AggregateActionJob::requestBody(AggregateActionJob::Action::RemoveHost, QStringLiteral("cmp1")),
             QByteArray(R"({"remove_host":{"host":"cmp1"}})"));
    NovaAggregate after;
    QVERIFY(AggregateActionJob::parseAnswer(
        QJsonDocument::fromJson(R"({"aggregate": {"id": 3, "uuid": "u", "name": "a", "hosts": ["cmp1"]}})")
            .object(),
        &after));
    QCOMPARE(after.hosts, QStringList{QStringLiteral("cmp1")});
    QVERIFY(
        !AggregateActionJob::parseAnswer(QJsonDocument::fromJson(R"({"aggregate": []})").object(), &after));
}

void TestNovaParsing::novaErrorBody()
{
    const ApiError error = ApiError::fromHttp(
        404, R"({"itemNotFound": {"code": 404, "message": "Compute host cmp9 could not be found."}})",
        "req-4c1f0e0c-1d2e-4f3a-9b8c-7d6e5f4a3b2c");
    QCOMPARE(error.detail(), QStringLiteral("Compute host cmp9 could not be found."));
    QCOMPARE(error.code(), QStringLiteral("itemNotFound"));
    QCOMPARE(error.requestId(), QStringLiteral("req-4c1f0e0c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"));
    QVERIFY(!error.isConcurrentUpdate());
}

void TestNovaParsing::explainNamesNova()
{
    const QUrl url(QStringLiteral("http://nova.example:8774/v2.1/os-aggregates"));
    ApiError forbidden = NovaJob::explain(
        ApiError::fromHttp(
            403,
            R"({"forbidden": {"code": 403, "message": "Policy doesn't allow os_compute_api:os-aggregates:index to be performed."}})"),
        url);
    QCOMPARE(forbidden.service(), ApiError::Service::Nova);
    QVERIFY2(forbidden.summary().contains(QLatin1String("Nova at nova.example:8774")),
             qPrintable(forbidden.summary()));
    QVERIFY(forbidden.summary().contains(QLatin1String("admin")));
    QVERIFY2(forbidden.bannerText().contains(QLatin1String("Nova says: Policy doesn't allow")),
             qPrintable(forbidden.bannerText()));
    QVERIFY(!forbidden.bannerText().contains(QLatin1String("Placement")));

    const ApiError refused =
        NovaJob::explain(ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError,
                                                    QStringLiteral("Connection refused"), url),
                         url);
    QVERIFY2(refused.summary().contains(QLatin1String("nova-api")), qPrintable(refused.summary()));
    QVERIFY(!refused.summary().contains(QLatin1String("Placement")));
}

void TestNovaParsing::directoryMatchesAnySpelling()
{
    NovaDirectory directory;
    NovaAggregate aggregate;
    aggregate.id = 1;
    aggregate.uuid = QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11");
    aggregate.name = QStringLiteral("az-north");
    NovaHypervisor first{QStringLiteral("4e8e5957-649f-477b-9e5b-f1f75b21c03c"), QStringLiteral("node-a"),
                         QStringLiteral("ironic-1"), QStringLiteral("up"), QStringLiteral("enabled")};
    NovaHypervisor second{QStringLiteral("b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01"), QStringLiteral("node-b"),
                          QStringLiteral("ironic-1"), QStringLiteral("up"), QStringLiteral("enabled")};
    directory.setContents({aggregate}, {first, second}, true);
    QVERIFY(directory.isLoaded());
    QVERIFY(directory.aggregateFor(QStringLiteral("6F1A3C58-1B8F-4A8E-9C1E-2D6A8B0C4E11")));
    QVERIFY(directory.aggregateFor(QStringLiteral("6f1a3c581b8f4a8e9c1e2d6a8b0c4e11")));
    QCOMPARE(directory.aggregateFor(QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11"))->name,
             QStringLiteral("az-north"));
    QVERIFY(!directory.aggregateFor(QStringLiteral("0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22")));
    QCOMPARE(directory.hypervisorFor(QStringLiteral("B4A8A3C0-5B8E-4F2A-9D59-0F3C3D1F6A01"))->hostname,
             QStringLiteral("node-b"));
    const QList<const NovaHypervisor *> nodes = directory.hypervisorsOf(QStringLiteral("ironic-1"));
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes.first()->hostname, QStringLiteral("node-a"));

    directory.setUnavailable(ApiError(ApiError::Kind::Http, QStringLiteral("403")));
    QVERIFY(!directory.aggregateFor(QStringLiteral("6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11")));
    QCOMPARE(directory.state(), NovaDirectory::State::Unavailable);
}

QTEST_GUILESS_MAIN(TestNovaParsing)
#include "tst_novaparsing.moc"
