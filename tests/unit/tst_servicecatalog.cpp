#include "auth/servicecatalog.h"

#include <QJsonObject>
#include <QTest>

// The endpoint a catalog lookup hands to the Placement client is the catalog's URL less its
// trailing slashes, byte for byte: escapes in the path stay escapes (found by fuzz_servicecatalog).
class TestServiceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void urlKeptVerbatim_data();
    void urlKeptVerbatim();
};

void TestServiceCatalog::urlKeptVerbatim_data()
{
    QTest::addColumn<QString>("catalogUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path prefix, trailing slash") << "https://cloud.example/placement/"
                                                 << "https://cloud.example/placement";
    QTest::newRow("several trailing slashes") << "http://controller:8778///"
                                              << "http://controller:8778";
    QTest::newRow("escaped slash stays escaped") << "https://cloud.example/a%2Fb/"
                                                 << "https://cloud.example/a%2Fb";
    QTest::newRow("escaped slash at the end") << "https://cloud.example/a%2F"
                                              << "https://cloud.example/a%2F";
    QTest::newRow("escape that is not UTF-8") << "http://controller:8778/p%AA/"
                                              << "http://controller:8778/p%AA";
    QTest::newRow("escaped percent") << "http://controller:8778/p%2541/"
                                     << "http://controller:8778/p%2541";
    QTest::newRow("query kept") << "http://controller:8778/placement/?x=1"
                                << "http://controller:8778/placement?x=1";
}

void TestServiceCatalog::urlKeptVerbatim()
{
    QFETCH(QString, catalogUrl);
    QFETCH(QString, expected);
    const QJsonObject endpoint{{QStringLiteral("interface"), QStringLiteral("public")},
                               {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                               {QStringLiteral("url"), catalogUrl}};
    const QJsonObject service{{QStringLiteral("type"), QStringLiteral("placement")},
                              {QStringLiteral("endpoints"), QJsonArray{endpoint}}};
    const ServiceCatalog catalog = ServiceCatalog::fromJson(QJsonArray{service});
    QString problem;
    const QUrl url =
        catalog.endpointUrl(QStringLiteral("placement"), QStringLiteral("public"), QString(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "tst_servicecatalog.moc"
