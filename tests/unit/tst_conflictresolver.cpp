#include "membership/conflictresolver.h"

#include <QTest>

namespace {
ProviderConflict conflict(const QString &uuid)
{
    const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString b = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
    const QString c = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
    ProviderConflict result;
    result.providerUuid = uuid;
    result.providerName = uuid;
    result.base = {a};
    result.mine = {a, b};
    result.theirs = {a, c};
    result.merge = threeWayMerge(result.base, result.mine, result.theirs);
    return result;
}

// Answers later, like a dialog, and records what it was asked.
class ScriptedStrategy : public ConflictDecisionStrategy
{
public:
    void decide(const ProviderConflict &conflict, int remaining,
                std::function<void(const ConflictDecision &)> answer) override
    {
        asked.append(conflict.providerUuid);
        remainingSeen.append(remaining);
        pending = std::move(answer);
    }
    void abandon() override { abandoned = true; }
    void reply(ConflictResolution resolution, bool applyToAll = false)
    {
        auto answer = std::exchange(pending, {});
        answer({resolution, applyToAll});
    }
    QStringList asked;
    QList<int> remainingSeen;
    std::function<void(const ConflictDecision &)> pending;
    bool abandoned = false;
};
} // namespace

class TestConflictResolver : public QObject
{
    Q_OBJECT

private slots:
    void resultingSets();
    void asksOneAtATime();
    void applyToAllRemaining();
    void autoMergeNeverAsks();
    void cancelAnswersSkip();
    void lateAnswerAfterANewQuestionIsIgnored();
    void fixedStrategy();
};

void TestConflictResolver::resultingSets()
{
    const ProviderConflict c = conflict(QStringLiteral("p"));
    QCOMPARE(ConflictResolver::resultingSet(c, ConflictResolution::Merge).size(), 3);
    QCOMPARE(ConflictResolver::resultingSet(c, ConflictResolution::Overwrite), c.merge.overwrite);
    QCOMPARE(ConflictResolver::resultingSet(c, ConflictResolution::KeepServer), c.merge.keepServer);
    QVERIFY(ConflictResolver::resultingSet(c, ConflictResolution::Skip).isEmpty());
}

void TestConflictResolver::asksOneAtATime()
{
    ScriptedStrategy strategy;
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QMap<QString, ConflictResolution> results;
    for (const QString &uuid : {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")})
        resolver.resolve(conflict(uuid), [&results, uuid](ConflictResolution r) { results.insert(uuid, r); });
    QCOMPARE(strategy.asked, QStringList{QStringLiteral("p1")});
    QCOMPARE(strategy.remainingSeen, QList<int>{0}); // asked as soon as the first conflict arrived
    strategy.reply(ConflictResolution::Overwrite);
    QCOMPARE(strategy.asked.size(), 2);
    QCOMPARE(strategy.remainingSeen.last(), 1); // p3 is still waiting behind p2
    strategy.reply(ConflictResolution::KeepServer);
    strategy.reply(ConflictResolution::Skip);
    QCOMPARE(results.value(QStringLiteral("p1")), ConflictResolution::Overwrite);
    QCOMPARE(results.value(QStringLiteral("p2")), ConflictResolution::KeepServer);
    QCOMPARE(results.value(QStringLiteral("p3")), ConflictResolution::Skip);
    QCOMPARE(resolver.waiting(), 0);
}

void TestConflictResolver::applyToAllRemaining()
{
    ScriptedStrategy strategy;
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QList<ConflictResolution> results;
    for (int i = 0; i < 3; ++i)
        resolver.resolve(conflict(QString::number(i)),
                         [&results](ConflictResolution r) { results.append(r); });
    strategy.reply(ConflictResolution::Merge, true);
    QCOMPARE(results.size(), 3);
    QCOMPARE(strategy.asked.size(), 1);
    // Conflicts arriving later in the same submit follow the same choice.
    resolver.resolve(conflict(QStringLiteral("late")),
                     [&results](ConflictResolution r) { results.append(r); });
    QCOMPARE(results.size(), 4);
    QCOMPARE(strategy.asked.size(), 1);
    // A new submit asks again.
    resolver.reset();
    resolver.resolve(conflict(QStringLiteral("next")),
                     [&results](ConflictResolution r) { results.append(r); });
    QCOMPARE(strategy.asked.size(), 2);
}

void TestConflictResolver::autoMergeNeverAsks()
{
    ScriptedStrategy strategy;
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    resolver.setAutoMerge(true);
    ConflictResolution result = ConflictResolution::Skip;
    resolver.resolve(conflict(QStringLiteral("p")), [&result](ConflictResolution r) { result = r; });
    QCOMPARE(result, ConflictResolution::Merge);
    QVERIFY(strategy.asked.isEmpty());
}

void TestConflictResolver::cancelAnswersSkip()
{
    ScriptedStrategy strategy;
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QList<ConflictResolution> results;
    resolver.resolve(conflict(QStringLiteral("a")), [&results](ConflictResolution r) { results.append(r); });
    resolver.resolve(conflict(QStringLiteral("b")), [&results](ConflictResolution r) { results.append(r); });
    QCOMPARE(strategy.asked, QStringList{QStringLiteral("a")}); // "a" is the open question
    resolver.cancelPending();
    QVERIFY(strategy.abandoned);
    QCOMPARE(results, (QList<ConflictResolution>{ConflictResolution::Skip, ConflictResolution::Skip}));
    // A late answer from the closed dialog is ignored. Precondition: the callback of the canceled
    // question about "a" is still there, so the late answer really reaches the resolver.
    QVERIFY2(strategy.pending, "no answer callback left to call late");
    strategy.reply(ConflictResolution::Overwrite);
    QCOMPARE(results, (QList<ConflictResolution>{ConflictResolution::Skip, ConflictResolution::Skip}));
}

void TestConflictResolver::lateAnswerAfterANewQuestionIsIgnored()
{
    ScriptedStrategy strategy;
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QList<ConflictResolution> results;
    resolver.resolve(conflict(QStringLiteral("a")), [&results](ConflictResolution r) { results.append(r); });
    resolver.cancelPending();
    QCOMPARE(results, QList<ConflictResolution>{ConflictResolution::Skip});
    QVERIFY(strategy.pending);
    const auto staleAnswer = std::exchange(strategy.pending, {});

    // The next submit asks about "c"; only then does the canceled question's answer arrive.
    resolver.resolve(conflict(QStringLiteral("c")), [&results](ConflictResolution r) { results.append(r); });
    QCOMPARE(strategy.asked, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(strategy.pending); // the question about "c" really is open
    QCOMPARE(resolver.waiting(), 1);
    staleAnswer({ConflictResolution::Overwrite, false});
    QCOMPARE(results, QList<ConflictResolution>{ConflictResolution::Skip});
    QCOMPARE(resolver.waiting(), 1);
    QVERIFY(strategy.pending);

    strategy.reply(ConflictResolution::KeepServer);
    QCOMPARE(results, (QList<ConflictResolution>{ConflictResolution::Skip, ConflictResolution::KeepServer}));
    QCOMPARE(resolver.waiting(), 0);
}

void TestConflictResolver::fixedStrategy()
{
    FixedConflictStrategy strategy(ConflictResolution::KeepServer);
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    ConflictResolution result = ConflictResolution::Merge;
    resolver.resolve(conflict(QStringLiteral("p")), [&result](ConflictResolution r) { result = r; });
    QCOMPARE(result, ConflictResolution::KeepServer);
}

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
