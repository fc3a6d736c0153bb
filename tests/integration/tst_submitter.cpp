// Submitting edits to a REAL Placement: generations, automatic resends, conflict resolutions, the
// legacy (< 1.19) path, server errors and a server killed mid-submit.
#include "api/placementclient.h"
#include "api/retrypolicy.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/providerloader.h"
#include "membership/providerrecord.h"
#include "membership/submitter.h"
#include "support/faultproxy.h"
#include "support/placementserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

QString agg(int n)
{
    return QStringLiteral("a99a0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QStringList sorted(QStringList list)
{
    for (QString &uuid : list)
        uuid = uuid.toLower();
    list.sort();
    return list;
}

// Records what the resolver asked and answers with a fixed choice.
class RecordingStrategy : public ConflictDecisionStrategy
{
public:
    explicit RecordingStrategy(ConflictResolution resolution) : m_resolution(resolution) {}
    void decide(const ProviderConflict &conflict, int,
                std::function<void(const ConflictDecision &)> answer) override
    {
        asked.append(conflict);
        answer({m_resolution, false});
    }
    QList<ProviderConflict> asked;

private:
    ConflictResolution m_resolution;
};

// Everything the app wires together, on one real server.
struct Session
{
    explicit Session(const QUrl &url, const Microversion &maximum = {})
    {
        client.setBaseUrl(url);
        client.setToken("admin");
        client.setMaximumMicroversion(maximum);
        client.setTransferTimeout(15000);
    }

    bool load()
    {
        QSignalSpy finished(&loader, &ProviderLoader::finished);
        QSignalSpy failed(&loader, &ProviderLoader::failed);
        loader.start();
        const bool reported =
            QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000);
        if (!failed.isEmpty())
            qWarning().noquote() << "load failed:" << failed.first().first().value<ApiError>().fullText();
        return reported && failed.isEmpty();
    }

    int row(const QString &uuid) const { return store.rowOf(uuid); }

    bool toggle(const QString &provider, const QString &aggregate, bool member)
    {
        int column = store.columnOf(aggregate);
        if (column < 0)
            column = store.addAggregate(aggregate);
        return store.setWantsMember(row(provider), column, member);
    }

    SubmitSummary submit(bool legacyConfirmed = false)
    {
        QSignalSpy finished(&submitter, &Submitter::finished);
        if (!submitter.start(legacyConfirmed))
            return {};
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<SubmitSummary>();
    }

    QNetworkAccessManager network;
    PlacementClient client{&network};
    MembershipStore store;
    ProviderLoader loader{&client, &store};
    ConflictResolver resolver;
    Submitter submitter{&client, &store, &resolver};
};

} // namespace

class TestSubmitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addAndRemoveReachTheServer();
    void everyStoredSpellingSurvivesAnEdit();
    void generationMovedByInventoryIsResentAutomatically();
    void conflictResolutions_data();
    void conflictResolutions();
    void lostAnswerIsRecognisedAsAlreadyApplied();
    void transientFaultsAreRetried();
    void nonTransientErrorsAreNotRetried();
    void forceCancelAbortsHangingWritesAndRereadsThem();
    void providerDeletedBeforeSubmit();
    void legacyMicroversionNeedsConfirmation();
    void serverRejectionShowsPlacementsDetail();
    void serverKilledMidSubmitKeepsUnconfirmedEdits();

private:
    QString makeProvider(const QString &name, const QStringList &aggregates);

    PlacementServer m_server;
    int m_counter = 0;
};

void TestSubmitter::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSubmitter::cleanupTestCase()
{
    m_server.stop();
}

QString TestSubmitter::makeProvider(const QString &name, const QStringList &aggregates)
{
    const QString uuid = m_server.createProvider(name + QString::number(++m_counter));
    if (uuid.isEmpty() || (!aggregates.isEmpty() && !m_server.setAggregates(uuid, aggregates)))
        return {};
    return uuid;
}

void TestSubmitter::addAndRemoveReachTheServer()
{
    const QString rp = makeProvider(QStringLiteral("edit-"), {agg(1), agg(2)});
    QVERIFY(!rp.isEmpty());
    Session session(m_server.baseUrl());
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(3), true));
    QVERIFY(session.toggle(rp, agg(1), false));
    QCOMPARE(session.store.pendingEditCount(), 2);
    int generationBefore = -1;
    m_server.aggregates(rp, &generationBefore);

    QSignalSpy confirmed(&session.submitter, &Submitter::changeConfirmed);
    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.total, 1);
    QCOMPARE(summary.applied, 1);
    QCOMPARE(summary.failed, 0);
    int generationAfter = -1;
    QCOMPARE(sorted(m_server.aggregates(rp, &generationAfter)), (QStringList{agg(2), agg(3)}));
    QCOMPARE(generationAfter, generationBefore + 1);
    // What the change history records: the set the PUT replaced, the server's answer, its request id.
    QCOMPARE(confirmed.size(), 1);
    const auto entry = confirmed.first().first().value<HistoryEntry>();
    QCOMPARE(entry.providerUuid, rp);
    QCOMPARE(entry.providerName, session.store.provider(session.row(rp)).name);
    QCOMPARE(sorted(entry.before), (QStringList{agg(1), agg(2)}));
    QCOMPARE(sorted(entry.after), (QStringList{agg(2), agg(3)}));
    QCOMPARE(entry.generation, qint64(generationAfter));
    QVERIFY2(entry.requestId.startsWith(QLatin1String("req-")), qPrintable(entry.requestId));
    QCOMPARE(entry.how, HistoryEntry::How::Applied);
    QCOMPARE(sorted(entry.added()), QStringList{agg(3)});
    QCOMPARE(sorted(entry.removed()), QStringList{agg(1)});
    // The row now shows the server's state and generation, with no pending edits.
    const ProviderRecord &record = session.store.provider(session.row(rp));
    QVERIFY(!record.hasPendingEdits());
    QCOMPARE(record.aggregatesGeneration, qint64(generationAfter));
    QCOMPARE(session.store.pendingProviderCount(), 0);
    QVERIFY(!session.submitter.start()); // nothing left to submit
}

void TestSubmitter::everyStoredSpellingSurvivesAnEdit()
{
    // Issue 8.1 on the real server: Placement stores [A99A…, a99a…] as two aggregates. Adding B
    // must send both back; ticking the column of an upper-case-only aggregate must send upper case.
    const QString upper = agg(7).toUpper();
    const QString twin = makeProvider(QStringLiteral("spelling-twin-"), {upper, agg(7)});
    const QString other = makeProvider(QStringLiteral("spelling-other-"), {});
    QVERIFY(!twin.isEmpty() && !other.isEmpty());
    QCOMPARE(sorted(m_server.aggregates(twin)).size(), 2); // the premise: two rows, not one

    Session session(m_server.baseUrl());
    QVERIFY(session.load());
    QVERIFY(session.store.columnOf(upper) >= 0);
    QVERIFY(session.store.columnOf(upper) != session.store.columnOf(agg(7)));
    QVERIFY(session.toggle(twin, agg(8), true));
    QVERIFY(session.store.setWantsMember(session.row(other), session.store.columnOf(upper), true));
    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.failed, 0);

    QStringList stored = m_server.aggregates(twin);
    stored.sort();
    QStringList expected{upper, agg(7), agg(8)};
    expected.sort();
    QCOMPARE(stored, expected);
    QCOMPARE(m_server.aggregates(other), QStringList{upper});
    // And member_of with the stored spelling finds the provider the operator added.
    const auto listed =
        m_server.request("GET", QStringLiteral("/resource_providers?member_of=%1").arg(upper)).json();
    QStringList members;
    for (const QJsonValue &provider : listed.value(QLatin1String("resource_providers")).toArray())
        members << provider.toObject().value(QLatin1String("uuid")).toString();
    QVERIFY2(members.contains(other) && members.contains(twin), qPrintable(members.join(QLatin1Char(' '))));
}

void TestSubmitter::generationMovedByInventoryIsResentAutomatically()
{
    const QString rp = makeProvider(QStringLiteral("busy-"), {agg(1)});
    Session session(m_server.baseUrl());
    RecordingStrategy strategy(ConflictResolution::Skip);
    session.resolver.setStrategy(&strategy);
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(4), true));
    // Inventory writes move the generation without touching aggregates, as on a busy compute node.
    QVERIFY(m_server.bumpGeneration(rp));
    QVERIFY(m_server.bumpGeneration(rp));

    QSignalSpy log(&session.submitter, &Submitter::logMessage);
    QSignalSpy confirmed(&session.submitter, &Submitter::changeConfirmed);
    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.applied, 1);
    QCOMPARE(summary.automaticResends, 1);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().value<HistoryEntry>().how, HistoryEntry::How::Resent);
    QCOMPARE(summary.conflictsResolved, 0);
    QVERIFY(strategy.asked.isEmpty()); // no dialog for this
    QVERIFY(!log.isEmpty());
    QCOMPARE(sorted(m_server.aggregates(rp)), (QStringList{agg(1), agg(4)}));
    QVERIFY(!session.store.provider(session.row(rp)).hasPendingEdits());
}

void TestSubmitter::conflictResolutions_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QStringList>("expectedOnServer");
    QTest::addColumn<bool>("editsPending");
    // Loaded {1, 2}; I add 3 and remove 1; meanwhile another writer adds 5 and removes 2.
    QTest::newRow("merge") << int(ConflictResolution::Merge) << QStringList{agg(3), agg(5)} << false;
    QTest::newRow("overwrite") << int(ConflictResolution::Overwrite) << QStringList{agg(2), agg(3)} << false;
    QTest::newRow("keep server") << int(ConflictResolution::KeepServer) << QStringList{agg(1), agg(5)}
                                 << false;
    QTest::newRow("decide later") << int(ConflictResolution::Skip) << QStringList{agg(1), agg(5)} << true;
}

void TestSubmitter::conflictResolutions()
{
    QFETCH(int, resolution);
    QFETCH(QStringList, expectedOnServer);
    QFETCH(bool, editsPending);

    const QString rp = makeProvider(QStringLiteral("conflict-"), {agg(1), agg(2)});
    Session session(m_server.baseUrl());
    RecordingStrategy strategy{ConflictResolution(resolution)};
    session.resolver.setStrategy(&strategy);
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(3), true));
    QVERIFY(session.toggle(rp, agg(1), false));
    // Another writer, spelling its UUID in upper case (Placement accepts and stores that).
    QVERIFY(m_server.setAggregates(rp, {agg(1), agg(5).toUpper()}));

    QSignalSpy confirmed(&session.submitter, &Submitter::changeConfirmed);
    const SubmitSummary summary = session.submit();
    QCOMPARE(strategy.asked.size(), 1);
    // Only a change this app made reaches the history: keeping the server's set or deciding later
    // writes nothing.
    const bool wrote =
        resolution == int(ConflictResolution::Merge) || resolution == int(ConflictResolution::Overwrite);
    QCOMPARE(confirmed.size(), wrote ? 1 : 0);
    if (wrote) {
        const auto entry = confirmed.first().first().value<HistoryEntry>();
        QCOMPARE(entry.how, resolution == int(ConflictResolution::Merge) ? HistoryEntry::How::Merged
                                                                         : HistoryEntry::How::Overwritten);
        QStringList before = entry.before;
        before.sort();
        QCOMPARE(before, (QStringList{agg(5).toUpper(), agg(1)})); // the other writer's set, verbatim
        QCOMPARE(sorted(entry.after), expectedOnServer);
    }
    const ProviderConflict &conflict = strategy.asked.first();
    QCOMPARE(sorted(conflict.merge.serverAdded), QStringList{agg(5)});
    QCOMPARE(sorted(conflict.merge.serverRemoved), QStringList{agg(2)});
    QCOMPARE(sorted(conflict.merge.myAdded), QStringList{agg(3)});
    QCOMPARE(sorted(conflict.merge.myRemoved), QStringList{agg(1)});
    QCOMPARE(sorted(m_server.aggregates(rp)), expectedOnServer);
    QCOMPARE(session.store.provider(session.row(rp)).hasPendingEdits(), editsPending);
    if (editsPending) {
        QCOMPARE(summary.deferred, 1);
        QCOMPARE(session.store.provider(session.row(rp)).submitState, ProviderRecord::SubmitState::Conflict);
    } else {
        QCOMPARE(summary.conflictsResolved, 1);
    }
    // Merge keeps the other writer's spelling: no second aggregate row for the same UUID.
    if (resolution == int(ConflictResolution::Merge))
        QVERIFY(m_server.aggregates(rp).contains(agg(5).toUpper()));
}

void TestSubmitter::lostAnswerIsRecognisedAsAlreadyApplied()
{
    // A PUT the server applied whose answer was lost: the proxy forwards it, then answers 500 in
    // the server's place. (A reset is not used here: Qt itself resends an idempotent PUT once when a
    // kept-alive connection drops, which hides the loss.) Without automatic retries the row stays
    // pending; the next submit's PUT gets 409, the re-read finds my set on the server, and nothing
    // is asked or written again.
    const QString rp = makeProvider(QStringLiteral("lost-"), {agg(1)});
    FaultProxy proxy(m_server.baseUrl());
    QVERIFY(proxy.start());
    int puts = 0;
    proxy.setRule([&puts](const FaultProxy::Request &request) {
        return request.method == "PUT" && puts++ == 0 ? FaultProxy::Action::FailAfter
                                                      : FaultProxy::Action::Forward;
    });
    Session session(proxy.url());
    session.client.setRetryPolicy(RetryPolicy::none());
    RecordingStrategy strategy(ConflictResolution::Skip);
    session.resolver.setStrategy(&strategy);
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(2), true));

    const SubmitSummary lost = session.submit();
    QCOMPARE(lost.failed, 1);
    QCOMPARE(proxy.countOf(FaultProxy::Action::FailAfter), 1);
    int generation = -1;
    QCOMPARE(sorted(m_server.aggregates(rp, &generation)), sorted({agg(1), agg(2)})); // it was applied
    QVERIFY(session.store.provider(session.row(rp)).hasPendingEdits());               // but not confirmed

    QSignalSpy confirmed(&session.submitter, &Submitter::changeConfirmed);
    const SubmitSummary again = session.submit();
    QCOMPARE(again.applied, 1);
    QCOMPARE(again.failed, 0);
    // The history says how it got there: found on the server, no request id of a write of ours.
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().value<HistoryEntry>().how, HistoryEntry::How::AlreadyApplied);
    QVERIFY(confirmed.first().first().value<HistoryEntry>().requestId.isEmpty());
    QVERIFY(strategy.asked.isEmpty());
    int after = -1;
    m_server.aggregates(rp, &after);
    QCOMPARE(after, generation); // no extra write happened
    QVERIFY(!session.store.provider(session.row(rp)).hasPendingEdits());

    // With automatic retries (the default) the same loss is settled within one submit.
    const QString second = makeProvider(QStringLiteral("lost-"), {agg(1)});
    puts = 0;
    Session retrying(proxy.url());
    retrying.resolver.setStrategy(&strategy);
    QVERIFY(retrying.load());
    QVERIFY(retrying.toggle(second, agg(3), true));
    const SubmitSummary settled = retrying.submit();
    QCOMPARE(settled.failed, 0);
    QCOMPARE(settled.applied, 1);
    QCOMPARE(settled.retries, 1);
    QVERIFY(strategy.asked.isEmpty());
    QCOMPARE(sorted(m_server.aggregates(second)), sorted({agg(1), agg(3)}));
}

void TestSubmitter::transientFaultsAreRetried()
{
    // One submit of 50 edits against a Placement whose writes fail 20 % of the time with 500 applies
    // all 50. Half the faults hit before the server (not applied), half after it (applied, answer
    // replaced): the retry of those gets 409 and the already-applied check settles it.
    QStringList providers;
    for (int i = 0; i < 50; ++i) {
        providers << makeProvider(QStringLiteral("flaky-"), {agg(1)});
        QVERIFY(!providers.constLast().isEmpty());
    }
    FaultProxy proxy(m_server.baseUrl());
    QVERIFY(proxy.start());
    int puts = 0;
    proxy.setRule([&puts](const FaultProxy::Request &request) {
        if (request.method != "PUT")
            return FaultProxy::Action::Forward;
        const int n = puts++;
        if (n % 5 != 2)
            return FaultProxy::Action::Forward;
        return (n / 5) % 2 == 0 ? FaultProxy::Action::FailBefore : FaultProxy::Action::FailAfter;
    });
    Session session(proxy.url());
    RecordingStrategy strategy(ConflictResolution::Skip);
    session.resolver.setStrategy(&strategy);
    QVERIFY(session.load());
    for (const QString &rp : std::as_const(providers))
        QVERIFY(session.toggle(rp, agg(9), true));
    QSignalSpy retried(&session.client, &PlacementClient::requestRetrying);

    const SubmitSummary summary = session.submit();
    QVERIFY2(summary.failed == 0, qPrintable(summary.failures.join(QLatin1Char('\n'))));
    QCOMPARE(summary.applied + summary.conflictsResolved, 50);
    QVERIFY(strategy.asked.isEmpty());
    QVERIFY(proxy.countOf(FaultProxy::Action::FailBefore) >= 5);
    QVERIFY(proxy.countOf(FaultProxy::Action::FailAfter) >= 5);
    QCOMPARE(summary.retries, proxy.injectedCount());
    QCOMPARE(int(retried.size()), proxy.injectedCount());
    QVERIFY(summary.text().contains(QLatin1String("retried")));
    for (const QString &rp : std::as_const(providers))
        QCOMPARE(sorted(m_server.aggregates(rp)), sorted({agg(1), agg(9)}));
    QCOMPARE(session.store.pendingEditCount(), 0);
}

void TestSubmitter::nonTransientErrorsAreNotRetried()
{
    // A 400 (or any 4xx but 429) is the server's verdict: one request, no retry.
    const QString rp = makeProvider(QStringLiteral("verdict-"), {agg(1)});
    FaultProxy proxy(m_server.baseUrl());
    QVERIFY(proxy.start());
    proxy.setInjectedAnswer(400,
                            R"({"errors": [{"status": 400, "title": "Bad Request", "detail": "injected"}]})",
                            {{"Content-Type", "application/json"}});
    proxy.setRule([](const FaultProxy::Request &request) {
        return request.method == "PUT" ? FaultProxy::Action::FailBefore : FaultProxy::Action::Forward;
    });
    Session session(proxy.url());
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(2), true));
    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.retries, 0);
    QCOMPARE(proxy.countOf(FaultProxy::Action::FailBefore), 1);
    QVERIFY(session.store.provider(session.row(rp)).hasPendingEdits());
}

void TestSubmitter::forceCancelAbortsHangingWritesAndRereadsThem()
{
    // Issue 8.6: the server applies a PUT but its answer never comes. Cancel lets it finish (it
    // does not); a force-cancel aborts it, the row becomes "unknown", and the next submit reads it
    // first: the set is already there, so nothing is written again.
    const QString rp = makeProvider(QStringLiteral("hung-"), {agg(1)});
    const QString queued = makeProvider(QStringLiteral("hung-queued-"), {agg(1)});
    FaultProxy proxy(m_server.baseUrl());
    QVERIFY(proxy.start());
    bool hang = true;
    proxy.setRule([&hang](const FaultProxy::Request &request) {
        return request.method == "PUT" && hang ? FaultProxy::Action::HangAfter : FaultProxy::Action::Forward;
    });
    Session session(proxy.url());
    session.submitter.setParallelism(1); // the second provider waits in the queue
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(2), true));
    QVERIFY(session.toggle(queued, agg(2), true));
    QSignalSpy finished(&session.submitter, &Submitter::finished);
    QVERIFY(session.submitter.start());
    QTRY_COMPARE(proxy.countOf(FaultProxy::Action::HangAfter), 1);
    QTRY_COMPARE(sorted(m_server.aggregates(rp)).size() + sorted(m_server.aggregates(queued)).size(), 3);
    session.submitter.cancel();
    QTest::qWait(300);
    QVERIFY(finished.isEmpty()); // a plain cancel waits for the request on the wire
    session.submitter.forceCancel();
    QTRY_COMPARE(finished.size(), 1);
    const SubmitSummary summary = finished.first().first().value<SubmitSummary>();
    QCOMPARE(summary.canceled, 2);
    // Which one hung depends on the queue order; the other never left.
    const bool firstHung = m_server.aggregates(rp).size() == 2;
    const QString hung = firstHung ? rp : queued;
    const QString never = firstHung ? queued : rp;
    QCOMPARE(session.store.provider(session.row(hung)).submitState, ProviderRecord::SubmitState::Unknown);
    QCOMPARE(session.store.provider(session.row(never)).submitState, ProviderRecord::SubmitState::Idle);
    QVERIFY(session.store.provider(session.row(hung)).hasPendingEdits());

    hang = false;
    int generation = -1;
    m_server.aggregates(hung, &generation);
    const SubmitSummary again = session.submit();
    QCOMPARE(again.failed, 0);
    QCOMPARE(again.applied, 2);
    int after = -1;
    m_server.aggregates(hung, &after);
    QCOMPARE(after, generation); // read, found applied, not written again
    QCOMPARE(sorted(m_server.aggregates(never)), sorted({agg(1), agg(2)}));
    QCOMPARE(session.store.pendingEditCount(), 0);
}

void TestSubmitter::providerDeletedBeforeSubmit()
{
    const QString rp = makeProvider(QStringLiteral("doomed-"), {agg(1)});
    const QString survivor = makeProvider(QStringLiteral("survivor-"), {});
    Session session(m_server.baseUrl());
    QVERIFY(session.load());
    QVERIFY(session.toggle(rp, agg(2), true));
    QVERIFY(session.toggle(survivor, agg(2), true));
    QVERIFY(m_server.deleteProvider(rp));

    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.applied, 1);
    const ProviderRecord &record = session.store.provider(session.row(rp));
    QCOMPARE(record.state, ProviderRecord::State::Deleted);
    QVERIFY(record.hasPendingEdits()); // still visible
    QVERIFY(record.submitError.isNotFound());
    QVERIFY(!record.submitError.requestId().isEmpty());
    // Not retried: a second submit skips it.
    QSignalSpy finished(&session.submitter, &Submitter::finished);
    QVERIFY(session.submitter.start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<SubmitSummary>().total, 0);
}

void TestSubmitter::legacyMicroversionNeedsConfirmation()
{
    const QString rp = makeProvider(QStringLiteral("legacy-"), {agg(1)});
    Session session(m_server.baseUrl(), Microversion(1, 18));
    QVERIFY(session.load());
    QCOMPARE(session.client.microversion(), Microversion(1, 18));
    QCOMPARE(session.store.provider(session.row(rp)).aggregatesGeneration, -1); // no generations here
    QVERIFY(session.toggle(rp, agg(6), true));
    QVERIFY(session.submitter.needsLegacyConfirmation());
    QVERIFY(!session.submitter.start(false)); // refuses without an explicit yes
    QCOMPARE(sorted(m_server.aggregates(rp)), QStringList{agg(1)});

    // Someone else adds 7 meanwhile: the re-read right before the PUT notices and asks.
    QVERIFY(m_server.setAggregates(rp, {agg(1), agg(7)}));
    RecordingStrategy strategy(ConflictResolution::Merge);
    session.resolver.setStrategy(&strategy);
    const SubmitSummary summary = session.submit(true);
    QCOMPARE(strategy.asked.size(), 1);
    QCOMPARE(summary.conflictsResolved, 1);
    QCOMPARE(sorted(m_server.aggregates(rp)), (QStringList{agg(1), agg(6), agg(7)}));
}

void TestSubmitter::serverRejectionShowsPlacementsDetail()
{
    const QString rp = makeProvider(QStringLiteral("reject-"), {agg(1)});
    Session session(m_server.baseUrl());
    QVERIFY(session.load());
    // Only a corrupted state could send this; it must surface Placement's own 400 detail.
    QVERIFY(session.store.setDesiredAggregates(session.row(rp), {agg(1), QStringLiteral("not-a-uuid")}));
    const SubmitSummary summary = session.submit();
    QCOMPARE(summary.failed, 1);
    const ProviderRecord &record = session.store.provider(session.row(rp));
    QCOMPARE(record.submitError.httpStatus(), 400);
    QVERIFY2(record.submitError.shortDetail().contains(QLatin1String("is not a 'uuid'")),
             qPrintable(record.submitError.shortDetail()));
    QVERIFY(record.submitError.requestId().startsWith(QLatin1String("req-")));
    QVERIFY(summary.failures.first().contains(QLatin1String("is not a 'uuid'")));
    QVERIFY(record.hasPendingEdits());
    QCOMPARE(sorted(m_server.aggregates(rp)), QStringList{agg(1)});
}

void TestSubmitter::serverKilledMidSubmitKeepsUnconfirmedEdits()
{
    QStringList providers;
    for (int i = 0; i < 40; ++i)
        providers.append(makeProvider(QStringLiteral("kill-"), {agg(1)}));
    QVERIFY(!providers.contains(QString()));
    Session session(m_server.baseUrl());
    session.submitter.setParallelism(2);
    QVERIFY(session.load());
    for (const QString &rp : std::as_const(providers))
        QVERIFY(session.toggle(rp, agg(8), true));

    QSignalSpy finished(&session.submitter, &Submitter::finished);
    const QMetaObject::Connection killer =
        connect(&session.submitter, &Submitter::progress, this, [this](int done, int) {
            if (done == 5)
                m_server.kill();
        });
    QVERIFY(session.submitter.start());
    QVERIFY(finished.wait(60000));
    disconnect(killer);
    const SubmitSummary summary = finished.first().first().value<SubmitSummary>();
    QVERIFY(summary.failed > 0);
    QCOMPARE(summary.applied + summary.failed, 40);

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    int confirmed = 0;
    for (const QString &rp : std::as_const(providers)) {
        const bool pending = session.store.provider(session.row(rp)).hasPendingEdits();
        const bool onServer = m_server.aggregates(rp).contains(agg(8));
        // Nothing the app calls done is missing on the server.
        if (!pending) {
            QVERIFY2(onServer, qPrintable(rp));
            ++confirmed;
        }
    }
    QCOMPARE(confirmed, summary.applied);
    QCOMPARE(session.store.pendingProviderCount(), summary.failed);

    // Submitting again completes everything, including PUTs the server applied before dying.
    const SubmitSummary again = session.submit();
    QVERIFY2(again.failed == 0, qPrintable(again.failures.join(QLatin1Char('\n'))));
    QCOMPARE(session.store.pendingProviderCount(), 0);
    for (const QString &rp : std::as_const(providers))
        QVERIFY(m_server.aggregates(rp).contains(agg(8)));
}

QTEST_GUILESS_MAIN(TestSubmitter)
#include "tst_submitter.moc"
