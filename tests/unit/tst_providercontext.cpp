// The provider context pane's pieces without a server: the three parsers (good shapes and each way a
// shape can be wrong), the inventory and trait models (QAbstractItemModelTester), the isolation
// marks from Nova metadata, and ProviderContext's tree and aggregates from a store.

#include "api/getaggregatesjob.h"
#include "api/getinventoriesjob.h"
#include "api/gettraitsjob.h"
#include "api/getusagesjob.h"
#include "api/listprovidersjob.h"
#include "itemmodels/providercontext.h"
#include "itemmodels/providerinventorymodel.h"
#include "itemmodels/providertraitsmodel.h"
#include "membership/membershipstore.h"
#include "nova/novadirectory.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

class TestProviderContext : public QObject
{
    Q_OBJECT

private slots:
    void inventories_data();
    void inventories();
    void usages_data();
    void usages();
    void traits_data();
    void traits();
    void inventoryModel();
    void traitsModelPutsIsolationFirst();
    void contextOfAProviderInItsTree();
};

void TestProviderContext::inventories_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("two classes") << QByteArray(R"({"inventories": {"VCPU": {"total": 8, "reserved": 0,
        "min_unit": 1, "max_unit": 8, "step_size": 1, "allocation_ratio": 16.0}, "DISK_GB": {"total": 100}},
        "resource_provider_generation": 3})")
                                 << true << 2;
    QTest::newRow("none") << QByteArray(R"({"inventories": {}, "resource_provider_generation": 0})") << true
                          << 0;
    QTest::newRow("no generation") << QByteArray(R"({"inventories": {}})") << false << 0;
    QTest::newRow("negative generation")
        << QByteArray(R"({"inventories": {}, "resource_provider_generation": -1})") << false << 0;
    QTest::newRow("list, not object")
        << QByteArray(R"({"inventories": [], "resource_provider_generation": 1})") << false << 0;
    QTest::newRow("no total") << QByteArray(
                                     R"({"inventories": {"VCPU": {}}, "resource_provider_generation": 1})")
                              << false << 0;
    QTest::newRow("fractional total")
        << QByteArray(R"({"inventories": {"VCPU": {"total": 1.5}}, "resource_provider_generation": 1})")
        << false << 0;
    QTest::newRow("negative reserved")
        << QByteArray(
               R"({"inventories": {"VCPU": {"total": 4, "reserved": -1}}, "resource_provider_generation": 1})")
        << false << 0;
    QTest::newRow("string ratio") << QByteArray(R"({"inventories": {"VCPU": {"total": 4,
        "allocation_ratio": "16"}}, "resource_provider_generation": 1})")
                                  << false << 0;
    QTest::newRow("huge total")
        << QByteArray(R"({"inventories": {"VCPU": {"total": 1e300}}, "resource_provider_generation": 1})")
        << false << 0;
    QTest::newRow("class not an object")
        << QByteArray(R"({"inventories": {"VCPU": 4}, "resource_provider_generation": 1})") << false << 0;
}

void TestProviderContext::inventories()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(int, count);
    QVector<ProviderInventory> list;
    qint64 generation = -1;
    QCOMPARE(GetInventoriesJob::parseInventories(QJsonDocument::fromJson(body).object(), &list, &generation),
             valid);
    if (!valid)
        return;
    QCOMPARE(list.size(), count);
    if (count == 2) {
        QCOMPARE(generation, 3);
        QCOMPARE(list.at(0).resourceClass, QStringLiteral("DISK_GB")); // sorted
        QCOMPARE(list.at(0).maxUnit, 100);                             // max_unit defaults to total
        QCOMPARE(list.at(0).allocationRatio, 1.0);
        QCOMPARE(list.at(1).capacity(), 8 * 16);
    }
}

void TestProviderContext::usages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two")
        << QByteArray(R"({"usages": {"VCPU": 2, "MEMORY_MB": 512}, "resource_provider_generation": 4})")
        << true;
    QTest::newRow("none") << QByteArray(R"({"usages": {}, "resource_provider_generation": 0})") << true;
    QTest::newRow("no generation") << QByteArray(R"({"usages": {}})") << false;
    QTest::newRow("string count") << QByteArray(
                                         R"({"usages": {"VCPU": "2"}, "resource_provider_generation": 1})")
                                  << false;
    QTest::newRow("negative") << QByteArray(R"({"usages": {"VCPU": -2}, "resource_provider_generation": 1})")
                              << false;
    QTest::newRow("fraction") << QByteArray(R"({"usages": {"VCPU": 0.5}, "resource_provider_generation": 1})")
                              << false;
}

void TestProviderContext::usages()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QHash<QString, qint64> usages;
    qint64 generation = -1;
    QCOMPARE(GetUsagesJob::parseUsages(QJsonDocument::fromJson(body).object(), &usages, &generation), valid);
    if (valid && !usages.isEmpty()) {
        QCOMPARE(usages.value(QStringLiteral("MEMORY_MB")), 512);
        QCOMPARE(generation, 4);
    }
}

void TestProviderContext::traits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sorted, once")
        << QByteArray(
               R"({"traits": ["HW_CPU_X86_AVX2", "CUSTOM_GOLD", "CUSTOM_GOLD"], "resource_provider_generation": 2})")
        << true;
    QTest::newRow("none") << QByteArray(R"({"traits": [], "resource_provider_generation": 2})") << true;
    QTest::newRow("object") << QByteArray(R"({"traits": {}, "resource_provider_generation": 2})") << false;
    QTest::newRow("number") << QByteArray(R"({"traits": [1], "resource_provider_generation": 2})") << false;
    QTest::newRow("empty name") << QByteArray(R"({"traits": [""], "resource_provider_generation": 2})")
                                << false;
    QTest::newRow("no generation") << QByteArray(R"({"traits": []})") << false;
}

void TestProviderContext::traits()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QStringList traits;
    qint64 generation = -1;
    QCOMPARE(GetTraitsJob::parseTraits(QJsonDocument::fromJson(body).object(), &traits, &generation), valid);
    if (valid && !traits.isEmpty())
        QCOMPARE(traits, (QStringList{QStringLiteral("CUSTOM_GOLD"), QStringLiteral("HW_CPU_X86_AVX2")}));
}

void TestProviderContext::inventoryModel()
{
    ProviderInventoryModel model;
    QAbstractItemModelTester tester(&model);
    ProviderDetails details;
    QVERIFY(
        GetInventoriesJob::parseInventories(object(R"({"inventories": {"VCPU": {"total": 16, "reserved": 2,
        "allocation_ratio": 4.0}, "MEMORY_MB": {"total": 4096, "reserved": 512}}, "resource_provider_generation": 1})"),
                                            &details.inventories, &details.generation));
    details.usages = {{QStringLiteral("VCPU"), 6},
                      {QStringLiteral("MEMORY_MB"), 4000},
                      {QStringLiteral("VGPU"), 1}}; // a usage whose inventory is gone
    model.setDetails(details);
    QCOMPARE(model.rowCount(), 3);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(1, ProviderInventoryModel::ResourceColumn).toString(), QStringLiteral("VCPU"));
    QCOMPARE(cell(1, ProviderInventoryModel::CapacityColumn).toString(), QStringLiteral("56"));
    QCOMPARE(cell(1, ProviderInventoryModel::UsedColumn, ProviderInventoryModel::UsedFractionRole).toDouble(),
             6.0 / 56.0);
    // Over capacity (4000 of 3584) is marked; within it is not.
    QVERIFY(cell(0, ProviderInventoryModel::UsedColumn, Qt::ForegroundRole).isValid());
    QVERIFY(!cell(1, ProviderInventoryModel::UsedColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(2, ProviderInventoryModel::ResourceColumn).toString(), QStringLiteral("VGPU"));
    QCOMPARE(cell(2, ProviderInventoryModel::CapacityColumn).toString(), QStringLiteral("0"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestProviderContext::traitsModelPutsIsolationFirst()
{
    NovaDirectory nova;
    NovaAggregate ssd;
    ssd.id = 1;
    ssd.uuid = uuid(1);
    ssd.name = QStringLiteral("ssd-hosts");
    ssd.metadata = {{QStringLiteral("trait:STORAGE_DISK_SSD"), QStringLiteral("required")},
                    {QStringLiteral("trait:CUSTOM_GOLD"), QStringLiteral("required")},
                    {QStringLiteral("trait:HW_GPU"), QStringLiteral("forbidden")}};
    NovaAggregate plain;
    plain.id = 2;
    plain.uuid = uuid(2);
    plain.name = QStringLiteral("plain");
    nova.setContents({ssd, plain}, {}, false);
    // Placement's stored spelling may be upper case: Nova's match is by canonical UUID.
    const QHash<QString, QStringList> required =
        ProviderTraitsModel::requiredBy(&nova, {uuid(1).toUpper(), uuid(2)});
    QCOMPARE(required.size(), 2);
    QCOMPARE(required.value(QStringLiteral("STORAGE_DISK_SSD")), QStringList{QStringLiteral("ssd-hosts")});
    QVERIFY(ProviderTraitsModel::requiredBy(&nova, {uuid(2)}).isEmpty());

    ProviderTraitsModel model;
    QAbstractItemModelTester tester(&model);
    model.setTraits({QStringLiteral("COMPUTE_NET_VIF_MODEL_VIRTIO"), QStringLiteral("CUSTOM_GOLD"),
                     QStringLiteral("CUSTOM_RACK_7")},
                    required);
    QCOMPARE(model.rowCount(), 4);
    const auto kind = [&model](int row) {
        return ProviderTraitsModel::Kind(model.data(model.index(row), ProviderTraitsModel::KindRole).toInt());
    };
    const auto trait = [&model](int row) {
        return model.data(model.index(row), ProviderTraitsModel::TraitRole).toString();
    };
    QCOMPARE(kind(0), ProviderTraitsModel::Kind::Missing);
    QCOMPARE(trait(0), QStringLiteral("STORAGE_DISK_SSD"));
    QVERIFY(model.data(model.index(0)).toString().contains(QLatin1String("ssd-hosts")));
    QVERIFY(model.data(model.index(0), Qt::ForegroundRole).isValid());
    QCOMPARE(kind(1), ProviderTraitsModel::Kind::Required);
    QCOMPARE(trait(1), QStringLiteral("CUSTOM_GOLD"));
    QCOMPARE(kind(2), ProviderTraitsModel::Kind::Custom);
    QCOMPARE(kind(3), ProviderTraitsModel::Kind::Standard);
    QCOMPARE(model.count(ProviderTraitsModel::Kind::Missing), 1);

    // Without Nova nothing is marked.
    NovaDirectory unread;
    QVERIFY(ProviderTraitsModel::requiredBy(&unread, {uuid(1)}).isEmpty());
}

void TestProviderContext::contextOfAProviderInItsTree()
{
    MembershipStore store;
    const QString root = uuid(100);
    QList<ProviderInfo> providers = {{root, QStringLiteral("cn-1"), 3, {}, root}};
    for (int i = 0; i < 60; ++i)
        providers.append({uuid(200 + i), QStringLiteral("cn-1_numa%1").arg(i), 1, root, root});
    providers.append({uuid(300), QStringLiteral("cn-1_numa0_pf"), 1, uuid(200), root}); // a grandchild
    providers.append({uuid(400), QStringLiteral("cn-2"), 1, {}, uuid(400)});
    store.resetProviders(providers);
    store.setAggregates({root, {uuid(1), uuid(2)}, 3});
    for (const ProviderInfo &info : providers)
        if (info.uuid != root)
            store.setAggregates({info.uuid, {}, 1});
    const int rootRow = store.rowOf(root);
    QVERIFY(store.setWantsMember(rootRow, store.columnOf(uuid(1)), false));
    QVERIFY(store.setWantsMember(rootRow, store.addAggregate(uuid(3)), true));

    const auto nameOf = [](const QString &aggregate) {
        return aggregate == uuid(2) ? QStringLiteral("az-north") : QString();
    };
    const ProviderContext context = ProviderContext::build(store, rootRow, nullptr, nameOf);
    QCOMPARE(context.provider.name, QStringLiteral("cn-1"));
    QVERIFY(context.parent.uuid.isEmpty());
    QCOMPARE(context.root.uuid, root);
    QCOMPARE(context.childCount, 60); // the grandchild is not a child
    QCOMPARE(context.children.size(), ProviderContext::MaxChildrenListed);
    QCOMPARE(context.aggregates.size(), 3);
    QCOMPARE(context.aggregates.at(0).pending, -1); // removal pending
    QCOMPARE(context.aggregates.at(1).name, QStringLiteral("az-north"));
    QCOMPARE(context.aggregates.at(1).pending, 0);
    QCOMPARE(context.aggregates.at(2).pending, 1);
    QCOMPARE(context.wantedAggregates, (QStringList{uuid(2), uuid(3)}));

    const ProviderContext child = ProviderContext::build(store, store.rowOf(uuid(200)), nullptr, nameOf);
    QCOMPARE(child.parent.name, QStringLiteral("cn-1"));
    QCOMPARE(child.root.name, QStringLiteral("cn-1"));
    QCOMPARE(child.childCount, 1);
    QCOMPARE(child.children.first().name, QStringLiteral("cn-1_numa0_pf"));
    QVERIFY(child.aggregates.isEmpty());
    QCOMPARE(ProviderContext::build(store, store.rowOf(uuid(400)), nullptr, nameOf).childCount, 0);
    QVERIFY(ProviderContext::build(store, -1, nullptr, nameOf).provider.uuid.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderContext)
#include "tst_providercontext.moc"
