#include "benchmarks/soakrun.h"

#include "api/placementclient.h"
#include "membership/conflictdecisionstrategy.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/providerloader.h"
#include "membership/submitter.h"
#include "support/faultproxy.h"
#include "support/placementserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// Generous: the server shares two cores with the CLI's python and other builds.
constexpr int SubmitTimeoutMs = 180000;
constexpr int CliTimeoutMs = 60000;
constexpr int MaxWriteAttempts = 4; // a membership writer re-reads after a 409, like an operator's script

using AggregateSet = QSet<QString>;

AggregateSet toSet(const QStringList &list)
{
    return AggregateSet(list.cbegin(), list.cend());
}

QStringList sortedList(const AggregateSet &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QString shortUuid(const QString &uuid)
{
    return uuid.left(8) + QStringLiteral("…") + uuid.right(4);
}

QString listText(const AggregateSet &set)
{
    QStringList names;
    for (const QString &aggregate : sortedList(set))
        names.append(shortUuid(aggregate));
    return QLatin1Char('{') + names.join(QLatin1String(", ")) + QLatin1Char('}');
}

// The run's random choices come from one seeded generator; timing still varies between runs.
struct Pools
{
    QStringList providers;
    QStringList mine;    // only the app adds and removes these
    QStringList foreign; // only the membership writers add and remove these
    AggregateSet mineSet;
    AggregateSet foreignSet;
};

// What the membership writers achieved, per provider. Their writes are compare-and-swap (the
// generation they read), so the successful write with the highest generation holds their last word;
// a write whose answer never came (the CLI died, a timeout) may or may not have happened.
class ForeignLedger
{
public:
    struct Write
    {
        qint64 generation = -1; // the provider's generation after this write
        AggregateSet foreign;
        bool certain = true;
    };
    // A membership writer's read: the foreign part then must show its last write before `generation`.
    struct Read
    {
        QString provider;
        qint64 generation = -1;
        AggregateSet foreign;
        QString reader;
    };

    void record(const QString &provider, const Write &write) { m_writes[provider].append(write); }
    // Checked only at the end: another writer's write may land on the server before this process
    // hears of it (the CLI prints and exits after the server answered).
    void noteRead(const Read &read) { m_reads.append(read); }
    const QList<Read> &reads() const { return m_reads; }

    // The foreign parts the provider may show at `generation`: its last certain write's up to then,
    // and those of uncertain writes after that one.
    QList<AggregateSet> candidates(const QString &provider, qint64 generation = -1,
                                   qint64 *lastGeneration = nullptr) const
    {
        const auto within = [generation](const Write &write) {
            return generation < 0 || write.generation <= generation;
        };
        const QList<Write> writes = m_writes.value(provider);
        const Write *last = nullptr;
        for (const Write &write : writes) {
            if (write.certain && within(write) && (!last || write.generation > last->generation))
                last = &write;
        }
        QList<AggregateSet> result;
        if (last)
            result.append(last->foreign);
        for (const Write &write : writes) {
            if (!write.certain && within(write) && (!last || write.generation > last->generation))
                result.append(write.foreign);
        }
        if (lastGeneration)
            *lastGeneration = last ? last->generation : -1;
        return result;
    }

private:
    QHash<QString, QList<Write>> m_writes;
    QList<Read> m_reads;
};

QNetworkRequest apiRequest(const QUrl &base, const QString &path, bool hasBody)
{
    QNetworkRequest request(QUrl(base.toString() + path));
    request.setRawHeader("Accept", "application/json");
    if (hasBody)
        request.setRawHeader("Content-Type", "application/json");
    // noauth2's admin; the other writers are not the code under test, so they do not use its client.
    request.setRawHeader("X-Auth-Token", "admin");
    request.setRawHeader("OpenStack-API-Version", "placement 1.39");
    request.setTransferTimeout(30000);
    return request;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Something that writes on its own timer and can be asked to stop after the request in flight.
class Writer : public QObject
{
public:
    explicit Writer(const QUrl &base = {}) : m_base(base) {}
    void stop() { m_stopping = true; }
    bool isIdle() const { return m_stopping && m_inFlight == 0; }

protected:
    // A request of its own (not the app's client): `done` gets the status and the JSON object.
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              std::function<void(int, const QJsonObject &)> done)
    {
        ++m_inFlight;
        QNetworkReply *reply =
            m_network.sendCustomRequest(apiRequest(m_base, path, !body.isEmpty()), verb, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
            reply->deleteLater();
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            done(status, QJsonDocument::fromJson(reply->readAll()).object());
        });
    }

    bool m_stopping = false;
    int m_inFlight = 0;

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
};

// Inventory and trait writes: each moves the provider's generation and leaves its aggregates alone,
// as a busy compute node's resource tracker does.
class GenerationMover : public Writer
{
public:
    GenerationMover(const QUrl &base, const QStringList &providers, int intervalMs, quint32 seed)
        : Writer(base), m_providers(providers), m_intervalMs(intervalMs), m_random(seed)
    {
    }

    void start() { schedule(); }
    int writes = 0;
    int conflicts = 0;
    int errors = 0;

private:
    void schedule()
    {
        if (m_stopping)
            return;
        QTimer::singleShot(int(m_random.bounded(m_intervalMs + 1)), this, [this] { step(); });
    }

    void step()
    {
        if (m_stopping)
            return;
        // Read the generation right before writing, as a resource tracker refreshes its provider:
        // the mover's own 409s are not what this soak is about.
        const QString uuid = m_providers.at(int(m_random.bounded(int(m_providers.size()))));
        send("GET", QStringLiteral("/resource_providers/%1").arg(uuid), {},
             [this, uuid](int status, const QJsonObject &answer) {
                 if (status != 200) {
                     ++errors;
                     schedule();
                     return;
                 }
                 write(uuid, answer.value(QLatin1String("generation")));
             });
    }

    void write(const QString &uuid, const QJsonValue &generation)
    {
        if (m_stopping)
            return;
        const int count = ++m_counts[uuid];
        QString path;
        QJsonObject body{{QStringLiteral("resource_provider_generation"), generation}};
        if (count % 2) {
            // A different total every time: the same inventory again might not count as a change.
            const int total = 8 + count;
            path = QStringLiteral("/resource_providers/%1/inventories").arg(uuid);
            body.insert(
                QStringLiteral("inventories"),
                QJsonObject{{QStringLiteral("VCPU"), QJsonObject{{QStringLiteral("total"), total},
                                                                 {QStringLiteral("max_unit"), total}}}});
        } else {
            path = QStringLiteral("/resource_providers/%1/traits").arg(uuid);
            body.insert(QStringLiteral("traits"), QJsonArray{count % 4 ? QStringLiteral("CUSTOM_SOAK_A")
                                                                       : QStringLiteral("CUSTOM_SOAK_B")});
        }
        send("PUT", path, toJson(body), [this](int status, const QJsonObject &) {
            if (status == 200)
                ++writes;
            else
                ++(status == 409 ? conflicts : errors);
            schedule();
        });
    }

    QStringList m_providers;
    int m_intervalMs;
    QRandomGenerator m_random;
    QHash<QString, int> m_counts;
};

// One read-modify-write of a provider's whole aggregate set: the new set is what was read plus or
// minus one foreign aggregate, written with the generation it was read at.
AggregateSet toggledForeign(const AggregateSet &current, const Pools &pools, QRandomGenerator &random)
{
    AggregateSet next = current;
    const QString aggregate = pools.foreign.at(int(random.bounded(int(pools.foreign.size()))));
    if (next.contains(aggregate))
        next.remove(aggregate);
    else
        next.insert(aggregate);
    return next;
}

// The same steps as the CLI writer, over HTTP from this process: fast, so it lands many more
// membership changes in the app's stale windows.
class HttpMembershipWriter : public Writer
{
public:
    HttpMembershipWriter(const QUrl &base, const Pools &pools, ForeignLedger *ledger, int intervalMs,
                         quint32 seed)
        : Writer(base), m_pools(pools), m_ledger(ledger), m_intervalMs(intervalMs), m_random(seed)
    {
    }

    void start() { schedule(); }
    int writes = 0;
    int conflicts = 0;
    int errors = 0;

private:
    void schedule()
    {
        if (!m_stopping)
            QTimer::singleShot(int(m_random.bounded(m_intervalMs + 1)), this, [this] { cycle(); });
    }

    void cycle()
    {
        if (m_stopping)
            return;
        attempt(m_pools.providers.at(int(m_random.bounded(int(m_pools.providers.size())))), 1);
    }

    void attempt(const QString &uuid, int number)
    {
        const QString path = QStringLiteral("/resource_providers/%1/aggregates").arg(uuid);
        send("GET", path, {}, [this, uuid, path, number](int status, const QJsonObject &answer) {
            if (status != 200) {
                ++errors;
                schedule();
                return;
            }
            const qint64 generation = answer.value(QLatin1String("resource_provider_generation")).toInteger();
            AggregateSet current;
            for (const QJsonValue &value : answer.value(QLatin1String("aggregates")).toArray())
                current.insert(value.toString());
            m_ledger->noteRead(
                {uuid, generation, current & m_pools.foreignSet, QStringLiteral("in-process writer")});
            const AggregateSet next = toggledForeign(current, m_pools, m_random);
            QJsonArray aggregates;
            for (const QString &aggregate : sortedList(next))
                aggregates.append(aggregate);
            const QJsonObject body{{QStringLiteral("aggregates"), aggregates},
                                   {QStringLiteral("resource_provider_generation"), generation}};
            send("PUT", path, toJson(body),
                 [this, uuid, number, generation, next](int status, const QJsonObject &written) {
                     if (status == 200) {
                         ++writes;
                         AggregateSet stored;
                         for (const QJsonValue &value : written.value(QLatin1String("aggregates")).toArray())
                             stored.insert(value.toString());
                         m_ledger->record(
                             uuid, {written.value(QLatin1String("resource_provider_generation")).toInteger(),
                                    stored & m_pools.foreignSet, true});
                     } else if (status == 409) {
                         ++conflicts;
                         if (number < MaxWriteAttempts && !m_stopping) {
                             attempt(uuid, number + 1);
                             return;
                         }
                     } else {
                         // No answer: it may have been applied.
                         ++errors;
                         m_ledger->record(uuid, {generation + 1, next & m_pools.foreignSet, false});
                     }
                     schedule();
                 });
        });
    }

    const Pools &m_pools;
    ForeignLedger *m_ledger;
    int m_intervalMs;
    QRandomGenerator m_random;
};

// The operator's script: `openstack resource provider show` for the generation, `... aggregate list`
// for the set, then `openstack resource provider aggregate set --generation` with that set plus or
// minus one foreign aggregate. The generation is read before the set, so a change between the two
// makes the write fail instead of writing back a set older than its generation.
//
// The two reads share one process (given no command, openstack runs the lines of its stdin), the
// write is a process of its own. Each start-up costs about a second of python, and every second
// between the reads and the write is a window in which any other write makes the write fail with
// 409; a third process would only widen it.
class CliMembershipWriter : public Writer
{
public:
    CliMembershipWriter(const QString &program, const QUrl &base, const Pools &pools, QStringList providers,
                        ForeignLedger *ledger, quint32 seed)
        : m_program(program), m_pools(pools), m_providers(std::move(providers)), m_ledger(ledger),
          m_random(seed)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        // The operator's own cloud settings must not redirect the writer to another cloud.
        const QStringList keys = m_environment.keys();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("OS_")))
                m_environment.remove(key);
        }
        // The environment form of --os-auth-type admin_token --os-endpoint URL --os-token admin
        // --os-placement-api-version 1.19: openstack reading commands from stdin would take options on
        // its command line for commands, and the token stays off the command line, where ps shows it.
        m_environment.insert(QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("admin_token"));
        m_environment.insert(QStringLiteral("OS_ENDPOINT"), base.toString());
        m_environment.insert(QStringLiteral("OS_TOKEN"), QStringLiteral("admin"));
        m_environment.insert(QStringLiteral("OS_PLACEMENT_API_VERSION"), QStringLiteral("1.19"));
    }

    void start() { cycle(); }
    int writes = 0;
    int conflicts = 0;
    int errors = 0;
    int commands = 0;
    qint64 commandMs = 0;
    QString lastError;

private:
    void cycle()
    {
        if (m_stopping || m_providers.isEmpty())
            return;
        attempt(m_providers.at(int(m_random.bounded(int(m_providers.size())))), 1);
    }

    void attempt(const QString &uuid, int number)
    {
        const QByteArray script = "resource provider show " + uuid.toLatin1() +
                                  " -f value -c generation\n"
                                  "resource provider aggregate list " +
                                  uuid.toLatin1() + " -f json\n";
        run({}, script, [this, uuid, number](int, const QByteArray &out, const QByteArray &err) {
            // "<generation>\n[ ...json... ]": if either read failed, its part is missing.
            const qsizetype newline = out.indexOf('\n');
            bool ok = false;
            const qint64 generation = out.left(newline).trimmed().toLongLong(&ok);
            const QJsonDocument listed = QJsonDocument::fromJson(out.mid(newline + 1));
            if (newline < 0 || !ok || !listed.isArray())
                return giveUp(err.isEmpty() ? out : err);
            AggregateSet current;
            for (const QJsonValue &row : listed.array())
                current.insert(row.toObject().value(QLatin1String("uuid")).toString());
            write(uuid, number, generation, current, toggledForeign(current, m_pools, m_random));
        });
    }

    void write(const QString &uuid, int number, qint64 generation, const AggregateSet &current,
               const AggregateSet &next)
    {
        QStringList arguments{QStringLiteral("resource"), QStringLiteral("provider"),
                              QStringLiteral("aggregate"), QStringLiteral("set"), uuid};
        for (const QString &aggregate : sortedList(next))
            arguments << QStringLiteral("--aggregate") << aggregate;
        arguments << QStringLiteral("--generation") << QString::number(generation) << QStringLiteral("-f")
                  << QStringLiteral("json");
        run(arguments, {},
            [this, uuid, number, generation, current, next](int exitCode, const QByteArray &out,
                                                            const QByteArray &err) {
                const QJsonDocument document = QJsonDocument::fromJson(out);
                if (exitCode == 0 && document.isArray()) {
                    ++writes;
                    AggregateSet stored;
                    for (const QJsonValue &row : document.array())
                        stored.insert(row.toObject().value(QLatin1String("uuid")).toString());
                    // The CLI does not print the new generation; a write with --generation g makes it
                    // g + 1, and the set listed before it was the one at g.
                    m_ledger->record(uuid, {generation + 1, stored & m_pools.foreignSet, true});
                    m_ledger->noteRead(
                        {uuid, generation, current & m_pools.foreignSet, QStringLiteral("CLI")});
                    cycle();
                    return;
                }
                if (err.contains("HTTP 409")) {
                    ++conflicts;
                    if (number < MaxWriteAttempts && !m_stopping)
                        attempt(uuid, number + 1);
                    else
                        cycle();
                    return;
                }
                // Neither applied for sure nor refused: the final check accepts either outcome.
                m_ledger->record(uuid, {generation + 1, next & m_pools.foreignSet, false});
                giveUp(err);
            });
    }

    void giveUp(const QByteArray &why)
    {
        ++errors;
        lastError = QString::fromUtf8(why.trimmed().split('\n').value(0)).left(200);
        if (!m_stopping)
            QTimer::singleShot(1000, this, [this] { cycle(); });
    }

    void run(const QStringList &arguments, const QByteArray &input,
             std::function<void(int, const QByteArray &, const QByteArray &)> done)
    {
        ++m_inFlight;
        ++commands;
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        process->setProgram(m_program);
        process->setArguments(arguments);
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(CliTimeoutMs, process, [process] { process->kill(); });
        const auto finish = [this, process, timer, done = std::move(done)](int exitCode) {
            commandMs += timer.elapsed();
            --m_inFlight;
            process->deleteLater();
            done(exitCode, process->readAllStandardOutput(), process->readAllStandardError());
        };
        connect(process, &QProcess::finished, this,
                [finish, process](int exitCode, QProcess::ExitStatus status) {
                    process->disconnect();
                    finish(status == QProcess::NormalExit ? exitCode : -1);
                });
        connect(process, &QProcess::errorOccurred, this, [finish, process](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // a crash or kill also ends with finished()
            process->disconnect();
            finish(-1);
        });
        process->start();
        // The commands wait in the pipe until python is ready for them; EOF ends the session.
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
    }

    QString m_program;
    const Pools &m_pools;
    QStringList m_providers;
    ForeignLedger *m_ledger;
    QRandomGenerator m_random;
    QProcessEnvironment m_environment;
};

// Answers every conflict with one resolution, counts them and notes merges whose sides hold
// aggregates that side never touches.
class SoakStrategy : public ConflictDecisionStrategy
{
public:
    SoakStrategy(ConflictResolution resolution, const Pools &pools, QStringList *suspicious)
        : m_resolution(resolution), m_pools(pools), m_suspicious(suspicious)
    {
    }
    void decide(const ProviderConflict &conflict, int,
                std::function<void(const ConflictDecision &)> answer) override
    {
        ++asked;
        const AggregateSet mineTouched = toSet(conflict.merge.myAdded) | toSet(conflict.merge.myRemoved);
        const AggregateSet serverTouched =
            toSet(conflict.merge.serverAdded) | toSet(conflict.merge.serverRemoved);
        if (!(mineTouched - m_pools.mineSet).isEmpty()) {
            m_suspicious->append(
                QStringLiteral("conflict on %1: the app's own edits contain foreign aggregates %2")
                    .arg(shortUuid(conflict.providerUuid), listText(mineTouched - m_pools.mineSet)));
        }
        // The app's own write showing up as a server change: a PUT applied but unconfirmed (lost
        // answer), or a row whose base is older than the app's last write.
        if (!(serverTouched & m_pools.mineSet).isEmpty())
            ++ownWritesSeenAsServerChanges;
        answer({m_resolution, false});
    }
    int asked = 0;
    int ownWritesSeenAsServerChanges = 0;

private:
    ConflictResolution m_resolution;
    const Pools &m_pools;
    QStringList *m_suspicious;
};

// Everything the app wires together, as in tst_submitter.cpp.
struct Session
{
    explicit Session(const QUrl &url)
    {
        client.setBaseUrl(url);
        client.setToken("admin");
        client.setTransferTimeout(30000);
    }

    QString load()
    {
        QSignalSpy finished(&loader, &ProviderLoader::finished);
        QSignalSpy failed(&loader, &ProviderLoader::failed);
        loader.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, SubmitTimeoutMs))
            return QStringLiteral("load did not finish");
        if (!failed.isEmpty())
            return failed.first().first().value<ApiError>().fullText();
        return {};
    }

    bool submit(SubmitSummary *summary)
    {
        QSignalSpy finished(&submitter, &Submitter::finished);
        if (!submitter.start())
            return false;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, SubmitTimeoutMs))
            return false;
        *summary = finished.first().first().value<SubmitSummary>();
        return true;
    }

    QNetworkAccessManager network;
    PlacementClient client{&network};
    MembershipStore store;
    ProviderLoader loader{&client, &store};
    ConflictResolver resolver;
    Submitter submitter{&client, &store, &resolver};
};

QString poolAggregate(const char *prefix, int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2").arg(QLatin1String(prefix)).arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

QStringList SoakResult::report() const
{
    const auto mean = [](qint64 total, int count) { return count ? total / count : 0; };
    QStringList lines{
        QStringLiteral("edits: %1 in %2 rounds, %3 submits (+%4 after the writers stopped), %5 reloads")
            .arg(edits)
            .arg(rounds)
            .arg(submits)
            .arg(settleSubmits)
            .arg(reloads),
        QStringLiteral("conflicts: %1 (answered %2; %3 resolved, %4 deferred, %5 failed and resubmitted)")
            .arg(conflicts)
            .arg(resolution)
            .arg(resolved)
            .arg(deferred)
            .arg(failed),
        QStringLiteral("silent resends: %1").arg(silentResends),
        QStringLiteral(
            "retries: %1 (faults injected: %2, Qt resends a request after some resets itself; conflicts "
            "showing the app's own unconfirmed write: %3)")
            .arg(retries)
            .arg(faultsInjected)
            .arg(ownWritesSeen),
        QStringLiteral("lost updates: %1").arg(lostUpdates),
        QStringLiteral(
            "other writers: generation mover %1 writes (%2 x 409); in-process membership writer %3 "
            "writes (%4 x 409); CLI %5 writes (%6 x 409, %7 errors; %8 commands, mean %9 ms)")
            .arg(moverWrites)
            .arg(moverConflicts)
            .arg(writerWrites)
            .arg(writerConflicts)
            .arg(cliWrites)
            .arg(cliConflicts)
            .arg(cliErrors)
            .arg(cliCommands)
            .arg(mean(cliMsTotal, cliCommands)),
        QStringLiteral("wall time: %1 s").arg(double(wallMs) / 1000.0, 0, 'f', 1),
    };
    for (const QString &line : lostDetails)
        lines.append(QStringLiteral("  lost: ") + line);
    for (const QString &line : suspicious)
        lines.append(QStringLiteral("  suspicious: ") + line);
    if (!error.isEmpty())
        lines.append(QStringLiteral("error: ") + error);
    return lines;
}

SoakResult runSoak(const SoakOptions &options, PlacementServer *sharedServer)
{
    SoakResult result;
    result.resolution = options.resolution;
    QElapsedTimer wall;
    wall.start();
    const auto log = [&options](const QString &line) {
        if (options.log)
            options.log(line);
    };
    const auto finish = [&](const QString &error) {
        result.error = error;
        result.wallMs = wall.elapsed();
        return result;
    };

    std::unique_ptr<PlacementServer> ownServer;
    PlacementServer *server = sharedServer;
    if (!server) {
        ownServer = std::make_unique<PlacementServer>();
        // Connections: the app's six, one per other writer, the proxy's upstream ones, the helpers'.
        ownServer->setThreadsPerProcess(8);
        QString error;
        if (!ownServer->start(&error))
            return finish(QStringLiteral("cannot start Placement: ") + error);
        server = ownServer.get();
    }
    log(QStringLiteral("server: %1").arg(server->baseUrl().toString()));

    QString program;
    if (options.cli) {
        program = QStandardPaths::findExecutable(QStringLiteral("openstack"));
        if (program.isEmpty())
            return finish(QStringLiteral("--cli: no openstack in PATH (Debian: python3-osc-placement)"));
    }

    QRandomGenerator random(options.seed);
    Pools pools;
    for (int i = 1; i <= options.mineAggregates; ++i)
        pools.mine.append(poolAggregate("5eed0000", i));
    for (int i = 1; i <= options.foreignAggregates; ++i) {
        // Every third foreign aggregate spelled in upper case: Placement stores it verbatim and the
        // app must send it back exactly so.
        const QString aggregate = poolAggregate("f0e10000", i);
        pools.foreign.append(i % 3 == 0 ? aggregate.toUpper() : aggregate);
    }
    pools.mineSet = toSet(pools.mine);
    pools.foreignSet = toSet(pools.foreign);

    for (const char *trait : {"CUSTOM_SOAK_A", "CUSTOM_SOAK_B"}) {
        const auto response = server->request("PUT", QStringLiteral("/traits/") + QLatin1String(trait));
        if (!response.isSuccess())
            return finish(QStringLiteral("cannot create trait: ") + response.describe());
    }

    // Seed: each provider in 1-3 foreign and 0-3 of the app's aggregates.
    ForeignLedger ledger;
    QHash<QString, AggregateSet> intended; // the app's "mine" set per provider after every edit so far
    const QString prefix =
        QStringLiteral("soak-%1-%2-").arg(options.seed).arg(PlacementServer::newUuid().left(8));
    for (int i = 0; i < options.providers; ++i) {
        const QString uuid = server->createProvider(prefix + QString::number(i));
        if (uuid.isEmpty())
            return finish(QStringLiteral("cannot create a provider: ") + server->lastError());
        AggregateSet foreign;
        AggregateSet mine;
        for (int n = 1 + int(random.bounded(3)); n > 0; --n)
            foreign.insert(pools.foreign.at(int(random.bounded(int(pools.foreign.size())))));
        for (int n = int(random.bounded(4)); n > 0; --n)
            mine.insert(pools.mine.at(int(random.bounded(int(pools.mine.size())))));
        if (!server->setAggregates(uuid, sortedList(foreign | mine)))
            return finish(QStringLiteral("cannot seed aggregates: ") + server->lastError());
        int generation = -1;
        server->aggregates(uuid, &generation);
        ledger.record(uuid, {generation, foreign, true});
        intended.insert(uuid, mine);
        pools.providers.append(uuid);
    }
    log(QStringLiteral("seeded %1 providers; pools: %2 of the app's aggregates, %3 foreign")
            .arg(options.providers)
            .arg(options.mineAggregates)
            .arg(options.foreignAggregates));

    // The app, optionally behind a proxy that fails some of its PUTs (before or after the server).
    std::unique_ptr<FaultProxy> proxy;
    QRandomGenerator faultRandom(options.seed ^ 0x5eedu);
    int faultSerial = 0;
    if (options.faultPercent > 0) {
        proxy = std::make_unique<FaultProxy>(server->baseUrl());
        QString error;
        if (!proxy->start(&error))
            return finish(QStringLiteral("cannot start the fault proxy: ") + error);
        proxy->setRule([&](const FaultProxy::Request &request) {
            if (request.method != "PUT" || !request.path.endsWith("/aggregates") ||
                int(faultRandom.bounded(100)) >= options.faultPercent)
                return FaultProxy::Action::Forward;
            // Each kind in turn: refused (not applied), answer lost (applied), and both as a reset.
            static const FaultProxy::Action kinds[] = {
                FaultProxy::Action::FailBefore, FaultProxy::Action::FailAfter,
                FaultProxy::Action::ResetBefore, FaultProxy::Action::ResetAfter};
            return kinds[faultSerial++ % 4];
        });
    }
    Session session(proxy ? proxy->url() : server->baseUrl());
    const ConflictResolution resolution =
        options.resolution == QLatin1String("overwrite") ? ConflictResolution::Overwrite
        : options.resolution == QLatin1String("keep")    ? ConflictResolution::KeepServer
                                                         : ConflictResolution::Merge;
    SoakStrategy strategy(resolution, pools, &result.suspicious);
    session.resolver.setStrategy(&strategy);
    if (const QString error = session.load(); !error.isEmpty())
        return finish(QStringLiteral("first load failed: ") + error);

    // The other writers.
    GenerationMover mover(server->baseUrl(), pools.providers, options.moverIntervalMs, options.seed + 1);
    std::unique_ptr<HttpMembershipWriter> httpWriter;
    if (options.httpWriter)
        httpWriter = std::make_unique<HttpMembershipWriter>(server->baseUrl(), pools, &ledger,
                                                            options.writerIntervalMs, options.seed + 2);
    std::vector<std::unique_ptr<CliMembershipWriter>> cliWriters;
    if (options.cli) {
        const int count = std::max(1, options.cliWriters);
        for (int w = 0; w < count; ++w) {
            // Disjoint providers per chain: two CLI chains would mostly refuse each other.
            QStringList mineToWrite;
            for (int i = w; i < pools.providers.size(); i += count)
                mineToWrite.append(pools.providers.at(i));
            cliWriters.push_back(std::make_unique<CliMembershipWriter>(
                program, server->baseUrl(), pools, mineToWrite, &ledger, options.seed + 3 + quint32(w)));
        }
    }
    const auto cliWrites = [&] {
        int total = 0;
        for (const auto &writer : cliWriters)
            total += writer->writes;
        return total;
    };
    if (options.moverIntervalMs > 0)
        mover.start();
    else
        mover.stop();
    if (httpWriter)
        httpWriter->start();
    for (const auto &writer : cliWriters)
        writer->start();

    const auto accumulate = [&](const SubmitSummary &summary) {
        result.silentResends += summary.automaticResends;
        result.retries += summary.retries;
        result.applied += summary.applied;
        result.resolved += summary.conflictsResolved;
        result.deferred += summary.deferred;
        result.failed += summary.failed;
    };

    // Lost updates, each counted once. The app's side is checked after every submit and reload (the
    // row must want exactly the app's edits so far) and at the end on the server; the other writer's
    // side on each of its reads and at the end.
    QSet<QString> reported;
    const auto lose = [&](const QString &key, int count, const QString &text) {
        if (reported.contains(key))
            return;
        reported.insert(key);
        result.lostUpdates += count;
        result.lostDetails.append(text);
    };
    const auto checkStore = [&](const QString &when) {
        for (const QString &uuid : std::as_const(pools.providers)) {
            const int row = session.store.rowOf(uuid);
            const AggregateSet wanted =
                row < 0 ? AggregateSet() : toSet(session.store.desiredAggregates(row)) & pools.mineSet;
            AggregateSet &mine = intended[uuid];
            if (wanted == mine)
                continue;
            const AggregateSet dropped = mine - wanted;
            const AggregateSet undone = wanted - mine;
            QStringList what;
            if (!dropped.isEmpty())
                what.append(QStringLiteral("no longer wants %1").arg(listText(dropped)));
            if (!undone.isEmpty())
                what.append(QStringLiteral("wants %1 again").arg(listText(undone)));
            lose(QStringLiteral("store|%1|%2").arg(uuid).arg(result.lostDetails.size()),
                 int(dropped.size() + undone.size()),
                 QStringLiteral("%1: the app's row of provider %2 %3, against the app's edits")
                     .arg(when, shortUuid(uuid), what.join(QLatin1String(" and "))));
            // From here on the row's state is the app's: later checks count only new losses.
            mine = wanted;
        }
    };
    const auto checkForeign = [&](const QString &uuid, qint64 generation, const AggregateSet &seen,
                                  const QString &who) {
        qint64 lastWrite = -1;
        const QList<AggregateSet> candidates = ledger.candidates(uuid, generation, &lastWrite);
        if (candidates.isEmpty() || candidates.contains(seen))
            return;
        const AggregateSet expected = candidates.first();
        lose(QStringLiteral("foreign|%1|%2").arg(uuid).arg(lastWrite),
             int(((expected - seen) | (seen - expected)).size()),
             QStringLiteral("provider %1: the other writer's set %2 (written at generation %3) was %4 by "
                            "generation %5 (%6)")
                 .arg(shortUuid(uuid), listText(expected))
                 .arg(lastWrite)
                 .arg(listText(seen))
                 .arg(generation)
                 .arg(who));
    };

    QElapsedTimer editing;
    editing.start();
    int nextProgress = std::max(1, options.edits / 10);
    QString runError;
    while (result.edits < options.edits || cliWrites() < options.minCliWrites) {
        if (options.timeLimitSeconds > 0 && editing.elapsed() > options.timeLimitSeconds * 1000ll) {
            log(QStringLiteral("time limit reached"));
            break;
        }
        ++result.rounds;
        if (options.reloadEvery > 0 && result.rounds % options.reloadEvery == 0 &&
            session.store.pendingEditCount() == 0) {
            // The operator refreshes: the rows take the server's sets, the app's included.
            if (const QString error = session.load(); !error.isEmpty()) {
                runError = QStringLiteral("reload failed: ") + error;
                break;
            }
            ++result.reloads;
            checkStore(QStringLiteral("reload in round %1").arg(result.rounds));
        }
        QSet<QPair<QString, QString>> touched;
        for (int n = 1 + int(random.bounded(options.maxEditsPerRound)); n > 0; --n) {
            const QString uuid = pools.providers.at(int(random.bounded(int(pools.providers.size()))));
            const QString aggregate = pools.mine.at(int(random.bounded(int(pools.mine.size()))));
            if (touched.contains({uuid, aggregate}))
                continue; // a second toggle would undo the first
            const int row = session.store.rowOf(uuid);
            if (!session.store.isEditable(row))
                continue;
            touched.insert({uuid, aggregate});
            AggregateSet &mine = intended[uuid];
            const bool member = !mine.contains(aggregate);
            const int column = session.store.ensureColumn(aggregate);
            if (session.store.setWantsMember(row, column, member)) {
                ++result.edits;
            } else {
                // The row already holds what this edit asks for, so it disagrees with the edits made
                // so far; checkStore() should have seen that first.
                ++result.storeMismatches;
                lose(QStringLiteral("edit|%1").arg(result.storeMismatches), 1,
                     QStringLiteral("round %1: provider %2 already %3 %4 before the app's edit asked for it")
                         .arg(result.rounds)
                         .arg(shortUuid(uuid),
                              member ? QStringLiteral("wanted") : QStringLiteral("did not want"),
                              shortUuid(aggregate)));
            }
            if (member)
                mine.insert(aggregate);
            else
                mine.remove(aggregate);
        }
        // Now and then the operator keeps editing before submitting: more edits per provider, older rows.
        if (random.bounded(4) != 0 && session.store.pendingProviderCount() > 0) {
            SubmitSummary summary;
            if (!session.submit(&summary)) {
                runError = QStringLiteral("a submit did not finish");
                break;
            }
            ++result.submits;
            accumulate(summary);
            checkStore(QStringLiteral("submit %1").arg(result.submits));
        }
        if (result.edits >= nextProgress) {
            log(QStringLiteral("%1 edits, %2 conflicts, %3 silent resends, %4 retries, CLI writes %5, %6 s")
                    .arg(result.edits)
                    .arg(strategy.asked)
                    .arg(result.silentResends)
                    .arg(result.retries)
                    .arg(cliWrites())
                    .arg(editing.elapsed() / 1000));
            nextProgress += std::max(1, options.edits / 10);
        }
        if (options.pauseMs > 0)
            QTest::qWait(int(random.bounded(options.pauseMs + 1)));
    }

    // Stop the writers after their requests in flight (the CLI's last step included), then submit
    // what is still pending on a quiet server.
    mover.stop();
    if (httpWriter)
        httpWriter->stop();
    for (const auto &writer : cliWriters)
        writer->stop();
    const bool quiet = QTest::qWaitFor(
        [&] {
            bool idle = mover.isIdle() && (!httpWriter || httpWriter->isIdle());
            for (const auto &writer : cliWriters)
                idle = idle && writer->isIdle();
            return idle;
        },
        2 * CliTimeoutMs);
    if (runError.isEmpty() && !quiet)
        runError = QStringLiteral("the other writers did not stop");
    for (int attempt = 0; runError.isEmpty() && attempt < 10 && session.store.pendingProviderCount() > 0;
         ++attempt) {
        SubmitSummary summary;
        if (!session.submit(&summary)) {
            runError = QStringLiteral("a settling submit did not finish");
            break;
        }
        ++result.settleSubmits;
        accumulate(summary);
        checkStore(QStringLiteral("settling submit %1").arg(result.settleSubmits));
    }
    if (runError.isEmpty() && session.store.pendingEditCount() > 0) {
        runError = QStringLiteral("%1 edits still pending after the writers stopped")
                       .arg(session.store.pendingEditCount());
    }

    result.conflicts = strategy.asked;
    result.moverWrites = mover.writes;
    result.moverConflicts = mover.conflicts;
    if (httpWriter) {
        result.writerWrites = httpWriter->writes;
        result.writerConflicts = httpWriter->conflicts;
    }
    for (const auto &writer : cliWriters) {
        result.cliWrites += writer->writes;
        result.cliConflicts += writer->conflicts;
        result.cliErrors += writer->errors;
        result.cliCommands += writer->commands;
        result.cliMsTotal += writer->commandMs;
        if (!writer->lastError.isEmpty())
            result.suspicious.append(QStringLiteral("last CLI error: ") + writer->lastError);
    }
    if (mover.errors > 0)
        result.suspicious.append(QStringLiteral("%1 generation mover request(s) failed").arg(mover.errors));
    if (httpWriter && httpWriter->errors > 0) {
        result.suspicious.append(
            QStringLiteral("%1 in-process membership writer request(s) failed").arg(httpWriter->errors));
    }
    if (proxy)
        result.faultsInjected = proxy->injectedCount();
    result.ownWritesSeen = strategy.ownWritesSeenAsServerChanges;
    if (strategy.ownWritesSeenAsServerChanges > 0 && options.faultPercent == 0) {
        result.suspicious.append(
            QStringLiteral("%1 conflict(s) showed the app's own aggregates as the server's change, "
                           "without injected faults")
                .arg(strategy.ownWritesSeenAsServerChanges));
    }

    // What the membership writers saw on their way: the app must never have undone their sets.
    for (const ForeignLedger::Read &read : ledger.reads())
        checkForeign(read.provider, read.generation, read.foreign, read.reader + QStringLiteral("'s read"));

    // The check: every provider's final set against the expected merge, by exact string.
    for (const QString &uuid : std::as_const(pools.providers)) {
        int generation = -1;
        const AggregateSet stored = toSet(server->aggregates(uuid, &generation));
        if (generation < 0) {
            runError = QStringLiteral("cannot read the final state: ") + server->lastError();
            break;
        }
        const AggregateSet finalMine = stored & pools.mineSet;
        const AggregateSet strays = stored - pools.mineSet - pools.foreignSet;
        const AggregateSet &mine = intended.value(uuid);
        const AggregateSet missing = mine - finalMine;
        const AggregateSet extra = finalMine - mine;
        QStringList what;
        if (!missing.isEmpty())
            what.append(QStringLiteral("the app's adds of %1 are missing").arg(listText(missing)));
        if (!extra.isEmpty())
            what.append(QStringLiteral("the app's removes of %1 did not happen").arg(listText(extra)));
        if (!strays.isEmpty())
            what.append(QStringLiteral("unknown aggregates %1").arg(listText(strays)));
        if (!what.isEmpty()) {
            lose(QStringLiteral("final|%1").arg(uuid), int(missing.size() + extra.size() + strays.size()),
                 QStringLiteral("provider %1 at the end (generation %2): %3")
                     .arg(shortUuid(uuid))
                     .arg(generation)
                     .arg(what.join(QLatin1String("; "))));
        }
        checkForeign(uuid, generation, stored & pools.foreignSet, QStringLiteral("final state"));
    }
    return finish(runError);
}
