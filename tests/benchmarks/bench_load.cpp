// Cold-load benchmark (a program, not a test). Starts a real Placement, seeds N providers and then,
// in the same run and alternating, measures
//   (a) a bare parallel GET burst over every provider's aggregates URL (plain QNetworkAccessManager,
//       same parallelism and headers, bodies read but not parsed), and
//   (b) the app's cold load: ProviderLoader into MembershipStore + MembershipTableModel + filter proxy,
//       each round with a fresh network manager (no warm connections) and fresh models,
// and prints best and median of both and the ratio of their rates (target: loader >= 0.85 × burst).
//
// --memory instead fills a MembershipStore + model + proxy with synthetic providers (no server) and
// prints resident memory (target: 10,000 providers × 500 aggregates under 150 MB).
//
//   bench_load [--providers 1000] [--aggregates 20] [--per-provider 3] [--parallel 6] [--rounds 5]
//              [--processes 4] [--threads 2] [--seed-api] [--only burst|loader]
//   bench_load --memory [--providers 10000] [--aggregates 500] [--dense]
// (also: filter keystroke latency p50/p95/max, aggregate filter, sort times, and the provider cache's
// snapshot/serialize/parse/restore at that size; e.g. --providers 100000 --aggregates 1000)
//
// --shapes runs, per server shape (uwsgi 2x1 and 4x2 with keep-alive, 2 connection-closing
// processes, 1x1), bare bursts at parallel 1, 2, 4, 6, 8, 12 and the app's adaptive loader, and prints
// "shape NAME: loader R1 req/s, best burst R2 req/s at parallel P, ratio X.XX" (target >= 0.85),
// then the same for a submit of one edit per provider against bare PUT bursts with the same bodies
// ("shape NAME: submit R1 req/s, best PUT burst R2 req/s at parallel P, ratio X.XX").
//   bench_load --shapes [--providers 300] [--rounds 2] [--shape NAME] [--parallel CAP]
//
// --refresh: a cold load of N providers, then refreshes after k = 0, 10 and 1 % of N changed
// providers: requests (target 2 + k + A) and time as a fraction of the cold load; then a warm start
// (a fresh client, store and models from the provider cache) after k = 1 % changed: time until the
// cached table shows, and requests and time to a verified table.
//   bench_load --refresh [--providers 10000] [--aggregates 20]
//
// --keystone: Keystone (on a private PostgreSQL) and a Placement that checks tokens through
// keystonemiddleware. The app signs in as it does for a cloud (KeystoneSession, password, catalog),
// then, alternating in one run: the cold load through that session, the same load with the session's
// token given as a plain token, and a bare burst with that same token (the burst's rate is the
// server's; a loader far below it would be the client's fault):
// "authenticated: loader R1 req/s (session), R2 req/s (plain token), burst R3 req/s ..., ratio X.XX".
// --token-cache -1 makes keystonemiddleware ask Keystone about every request's token, as the
// tests' servers do; the default 300 caches validations, as deployments do.
//   bench_load --keystone [--providers 1000] [--rounds 3] [--token-cache 300|-1]

#include "api/concurrencylimit.h"
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"
#include "api/putaggregatesjob.h"
#include "api/requestqueue.h"
#include "auth/connectionprofile.h"
#include "auth/keystonesession.h"
#include "itemmodels/membershipfilterproxymodel.h"
#include "itemmodels/membershiptablemodel.h"
#include "membership/conflictresolver.h"
#include "membership/membershipstore.h"
#include "membership/membershiptable.h"
#include "membership/providercache.h"
#include "membership/providerloader.h"
#include "membership/submitsummary.h"
#include "membership/submitter.h"
#include "support/keystoneserver.h"
#include "support/placementserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Options
{
    int providers = 1000;
    int aggregates = 20;
    int perProvider = 3;
    int parallel = RequestQueue::defaultParallelism();
    int rounds = 5;
    int processes = 4;
    int threads = 2;
    bool seedApi = false;
    bool memory = false;
    bool dense = false;
    bool shapes = false;
    bool refresh = false;
    bool keystone = false;
    int tokenCacheSeconds = 300; // --keystone: keystonemiddleware's token_cache_time
    QString shape;               // --shape NAME: one of them only
    QString only;                // "burst" or "loader": measure one side only (for profilers)
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// VmRSS / VmHWM of this process in KiB.
qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

// CPU time (user + system) this process used so far, all threads, in ms.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// CPU time (user + system) of the uwsgi master and workers serving `port`, in ms.
qint64 serverCpuMs(int port)
{
    static const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    const QByteArray needle = "127.0.0.1:" + QByteArray::number(port);
    qint64 ticks = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(needle))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After "pid (comm) ": state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            ticks += fields.at(11).toLongLong() + fields.at(12).toLongLong();
    }
    return ticks * 1000 / ticksPerSecond;
}

double rate(int count, qint64 ms)
{
    return ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 best(const QList<qint64> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

// ---- (a) bare burst -----------------------------------------------------------------------------

struct BurstResult
{
    qint64 ms = 0;
    qint64 cpuMs = 0;
    qint64 serverCpuMs = 0;
    int ok = 0;
    int failed = 0;
    qint64 bytes = 0;
};

BurstResult runBurst(const QUrl &base, const QStringList &uuids, int parallel, int timeoutMs = 0,
                     const QByteArray &token = "admin")
{
    QNetworkAccessManager nam; // fresh: no warm keep-alive connections, like a cold load
    BurstResult result;
    QEventLoop loop;
    QTimer giveUp; // a shape that stalls at this parallelism: measure what got through meanwhile
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeoutMs > 0)
        giveUp.start(timeoutMs);
    int next = 0;
    int inFlight = 0;
    std::function<void()> launch = [&] {
        while (inFlight < parallel && next < uuids.size()) {
            QUrl url = base;
            url.setPath(QStringLiteral("/resource_providers/%1/aggregates").arg(uuids.at(next++)));
            QNetworkRequest request(url);
            request.setRawHeader("OpenStack-API-Version", "placement 1.39");
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("X-Auth-Token", token);
            request.setHeader(QNetworkRequest::UserAgentHeader, PlacementClient::userAgent());
            request.setTransferTimeout(30000);
            QNetworkReply *reply = nam.get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                result.bytes += reply->readAll().size();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                (status == 200 ? result.ok : result.failed) += 1;
                reply->deleteLater();
                --inFlight;
                launch();
                if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    const qint64 cpuBefore = cpuMs();
    const qint64 serverBefore = serverCpuMs(base.port());
    QElapsedTimer timer;
    timer.start();
    launch();
    if (inFlight > 0)
        loop.exec();
    result.ms = timer.elapsed();
    if (inFlight > 0) { // gave up: nothing may call back into this frame
        const QList<QNetworkReply *> replies = nam.findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            reply->disconnect();
            reply->abort();
        }
    }
    result.cpuMs = cpuMs() - cpuBefore;
    result.serverCpuMs = serverCpuMs(base.port()) - serverBefore;
    return result;
}

// ---- (b) the app's cold load ----------------------------------------------------------------------

struct LoadResult
{
    qint64 ms = 0;      // start() to finished(): discovery, listing and every aggregate GET
    qint64 fetchMs = 0; // the aggregate phase only: what the burst does
    qint64 cpuMs = 0;
    qint64 serverCpuMs = 0;
    LoadSummary summary;
    QString error;
    int columns = 0;
    int proxyRows = 0;
    int parallelism = 0; // where the adaptive limit ended
    QString limit;
};

LoadResult runLoad(const QUrl &base, int parallel, bool adaptive = true,
                   const std::function<void(PlacementClient *)> &configure = {})
{
    QNetworkAccessManager nam;
    PlacementClient client(&nam);
    client.setBaseUrl(base);
    client.setToken("admin");
    if (configure)
        configure(&client); // another token source (a Keystone session)
    MembershipStore store;
    MembershipTableModel model(&store);
    MembershipFilterProxyModel proxy; // as in the main window: unsorted (tree order), dynamic filter
    proxy.setSourceModel(&model);
    client.concurrency()->setAdaptive(adaptive);
    ProviderLoader loader(&client, &store);
    loader.setParallelism(parallel);

    LoadResult result;
    QEventLoop loop;
    QElapsedTimer timer;
    qint64 fetchStart = -1;
    QObject::connect(&loader, &ProviderLoader::stageChanged, &loop, [&](ProviderLoader::Stage stage) {
        if (stage == ProviderLoader::Stage::FetchingAggregates)
            fetchStart = timer.elapsed();
    });
    QObject::connect(&loader, &ProviderLoader::finished, &loop, [&](const LoadSummary &summary) {
        result.summary = summary;
        loop.quit();
    });
    QObject::connect(&loader, &ProviderLoader::failed, &loop, [&](const ApiError &error) {
        result.error = error.fullText();
        loop.quit();
    });
    const qint64 cpuBefore = cpuMs();
    const qint64 serverBefore = serverCpuMs(base.port());
    timer.start();
    loader.start();
    loop.exec();
    result.ms = timer.elapsed();
    result.fetchMs = fetchStart >= 0 ? result.ms - fetchStart : 0;
    result.cpuMs = cpuMs() - cpuBefore;
    result.serverCpuMs = serverCpuMs(base.port()) - serverBefore;
    result.columns = store.aggregateCount();
    result.proxyRows = proxy.rowCount();
    result.parallelism = result.summary.parallelism;
    result.limit = client.concurrency()->describe();
    return result;
}

int runLoadBenchmark(const Options &options)
{
    print(QStringLiteral("== Placement Desk cold-load benchmark"));
    PlacementServer server;
    server.setProcessCount(options.processes);
    server.setThreadsPerProcess(options.threads);
    QString error;
    if (!server.start(&error)) {
        print(QStringLiteral("cannot start Placement: ") + error);
        return 1;
    }
    print(QStringLiteral("server: %1, uwsgi %2 process(es) x %3 thread(s), SQLite, started in %4 ms")
              .arg(server.baseUrl().toString())
              .arg(options.processes)
              .arg(options.threads)
              .arg(server.startupMsecs()));

    QStringList pool;
    for (int i = 0; i < options.aggregates; ++i)
        pool.append(PlacementServer::newUuid());
    QElapsedTimer timer;
    timer.start();
    const QStringList uuids =
        options.seedApi ? server.seedProviders(options.providers, pool, options.perProvider, 8, &error)
                        : server.seedProvidersDirect(options.providers, pool, options.perProvider, &error);
    if (uuids.size() != options.providers) {
        print(QStringLiteral("seeding failed: ") + error);
        return 1;
    }
    print(
        QStringLiteral("seeded: %1 providers, aggregate pool %2, %3 per provider, %4 in %5 ms")
            .arg(options.providers)
            .arg(options.aggregates)
            .arg(options.perProvider)
            .arg(options.seedApi ? QStringLiteral("through the API") : QStringLiteral("directly into SQLite"))
            .arg(timer.elapsed()));
    print(QStringLiteral("parallel: %1 requests in flight, %2 rounds (alternating; first round order swaps)")
              .arg(options.parallel)
              .arg(options.rounds));

    // Warm-up: the server's workers and SQLite's page cache, not measured.
    runBurst(server.baseUrl(), uuids, options.parallel);

    QList<qint64> burstMs;
    QList<qint64> loadMs;
    QList<qint64> fetchMs;
    QList<double> pairedRatios;
    QList<qint64> burstCpu;
    QList<qint64> loadCpu;
    QList<qint64> burstServerCpu;
    QList<qint64> loadServerCpu;
    for (int round = 1; round <= options.rounds; ++round) {
        BurstResult burst;
        LoadResult load;
        const auto doBurst = [&] {
            burst = options.only == QLatin1String("loader")
                        ? BurstResult{1, 1, 1, options.providers, 0, 0}
                        : runBurst(server.baseUrl(), uuids, options.parallel);
        };
        const auto doLoad = [&] {
            if (options.only != QLatin1String("burst")) {
                load = runLoad(server.baseUrl(), options.parallel);
                return;
            }
            load.ms = load.fetchMs = 1;
            load.summary.loaded = options.providers;
        };
        if (round % 2) {
            doBurst();
            doLoad();
        } else {
            doLoad();
            doBurst();
        }
        if (burst.failed || burst.ok != options.providers) {
            print(QStringLiteral("burst: %1 of %2 requests failed").arg(burst.failed).arg(options.providers));
            return 1;
        }
        if (!load.error.isEmpty() || load.summary.loaded != options.providers) {
            print(QStringLiteral("load failed: %1 (loaded %2)").arg(load.error).arg(load.summary.loaded));
            return 1;
        }
        burstMs.append(burst.ms);
        loadMs.append(load.ms);
        fetchMs.append(load.fetchMs);
        // Burst and load of one round ran back to back: their ratio is the least disturbed by other
        // load on the machine.
        pairedRatios.append(double(burst.ms) / double(qMax<qint64>(1, load.ms)));
        burstCpu.append(burst.cpuMs);
        loadCpu.append(load.cpuMs);
        burstServerCpu.append(burst.serverCpuMs);
        loadServerCpu.append(load.serverCpuMs);
        print(QStringLiteral(
                  "round %1: burst %2 ms (%3 req/s; CPU client %4 ms, server %5 ms) | loader %6 ms "
                  "(%7 providers/s; aggregate phase %8 ms = %9 req/s; CPU client %10 ms, server %11 ms)")
                  .arg(round)
                  .arg(burst.ms)
                  .arg(rate(options.providers, burst.ms), 0, 'f', 0)
                  .arg(burst.cpuMs)
                  .arg(burst.serverCpuMs)
                  .arg(load.ms)
                  .arg(rate(options.providers, load.ms), 0, 'f', 0)
                  .arg(load.fetchMs)
                  .arg(rate(options.providers, load.fetchMs), 0, 'f', 0)
                  .arg(load.cpuMs)
                  .arg(load.serverCpuMs));
    }

    const auto summaryLine = [&](const QString &label, qint64 burst, qint64 load, qint64 fetch) {
        print(QStringLiteral(
                  "%1: burst %2 ms = %3 req/s | loader %4 ms = %5 providers/s (aggregate phase %6 ms = "
                  "%7 req/s) | ratio loader/burst %8 (aggregate phase %9)")
                  .arg(label)
                  .arg(burst)
                  .arg(rate(options.providers, burst), 0, 'f', 0)
                  .arg(load)
                  .arg(rate(options.providers, load), 0, 'f', 0)
                  .arg(fetch)
                  .arg(rate(options.providers, fetch), 0, 'f', 0)
                  .arg(double(burst) / double(qMax<qint64>(1, load)), 0, 'f', 2)
                  .arg(double(burst) / double(qMax<qint64>(1, fetch)), 0, 'f', 2));
    };
    print(QStringLiteral("== result (%1 providers, parallel %2; target ratio >= 0.85)")
              .arg(options.providers)
              .arg(options.parallel));
    summaryLine(QStringLiteral("best  "), best(burstMs), best(loadMs), best(fetchMs));
    summaryLine(QStringLiteral("median"), median(burstMs), median(loadMs), median(fetchMs));
    std::sort(pairedRatios.begin(), pairedRatios.end());
    QStringList ratios;
    for (double ratio : std::as_const(pairedRatios))
        ratios.append(QString::number(ratio, 'f', 2));
    print(QStringLiteral("paired ratio loader/burst per round (sorted): %1; median %2")
              .arg(ratios.join(QLatin1String(", ")))
              .arg(pairedRatios.at(pairedRatios.size() / 2), 0, 'f', 2));
    // CPU per request is what decides throughput when client and server share a few cores.
    const auto perRequest = [&](qint64 ms) { return double(ms) * 1000.0 / options.providers; };
    print(QStringLiteral(
              "CPU per provider (median): client burst %1 us, client loader %2 us; server during burst %3 "
              "us, during load %4 us (includes discovery and listing)")
              .arg(perRequest(median(burstCpu)), 0, 'f', 0)
              .arg(perRequest(median(loadCpu)), 0, 'f', 0)
              .arg(perRequest(median(burstServerCpu)), 0, 'f', 0)
              .arg(perRequest(median(loadServerCpu)), 0, 'f', 0));
    return 0;
}

// ---- submits (issue 11) -------------------------------------------------------------------------

// What a provider holds on the server, as the PUT burst tracks it from its own answers.
struct ProviderState
{
    qint64 generation = -1;
    QStringList aggregates;
};

// A bare parallel PUT burst: every provider's set with `toggled` added or removed, with its
// generation, the bodies the app sends (PutAggregatesJob::requestBody, microversion 1.39); the
// answers' generations update `state` for the next round.
BurstResult runPutBurst(const QUrl &base, QHash<QString, ProviderState> *state, const QString &toggled,
                        int parallel, int timeoutMs)
{
    QNetworkAccessManager nam;
    BurstResult result;
    QEventLoop loop;
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    giveUp.start(timeoutMs);
    const QStringList uuids = state->keys();
    int next = 0;
    int inFlight = 0;
    std::function<void()> launch = [&] {
        while (inFlight < parallel && next < uuids.size()) {
            const QString uuid = uuids.at(next++);
            ProviderState &provider = (*state)[uuid];
            QStringList wanted = provider.aggregates;
            if (!wanted.removeAll(toggled))
                wanted.append(toggled);
            QUrl url = base;
            url.setPath(QStringLiteral("/resource_providers/%1/aggregates").arg(uuid));
            QNetworkRequest request(url);
            request.setRawHeader("OpenStack-API-Version", "placement 1.39");
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("X-Auth-Token", "admin");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setHeader(QNetworkRequest::UserAgentHeader, PlacementClient::userAgent());
            request.setTransferTimeout(30000);
            QNetworkReply *reply =
                nam.put(request, PutAggregatesJob::requestBody(wanted, provider.generation, true));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, uuid] {
                const QByteArray body = reply->readAll();
                result.bytes += body.size();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                AggregatesResult answer;
                if (status == 200 && PutAggregatesJob::parseAnswer(body, &answer)) {
                    (*state)[uuid] = {answer.generation, answer.aggregates};
                    ++result.ok;
                } else {
                    ++result.failed;
                }
                reply->deleteLater();
                --inFlight;
                launch();
                if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    QElapsedTimer timer;
    timer.start();
    launch();
    if (inFlight > 0)
        loop.exec();
    result.ms = timer.elapsed();
    if (inFlight > 0) {
        const QList<QNetworkReply *> replies = nam.findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            reply->disconnect();
            reply->abort();
        }
    }
    return result;
}

struct SubmitResult
{
    qint64 ms = 0; // the submit alone (the load before it is not counted)
    SubmitSummary summary;
    QString limit;
    QString error;
    QHash<QString, ProviderState> after; // the server state the submit left
};

// The app's submit as the window runs it: a fresh client loads every provider (which teaches the
// shared limit the server's level), then one edit per provider (`toggled` added or removed) goes
// out through Submitter (generations, adaptive concurrency, retries).
SubmitResult runSubmit(const QUrl &base, int parallel, const QString &toggled)
{
    QNetworkAccessManager nam;
    PlacementClient client(&nam);
    client.setBaseUrl(base);
    client.setToken("admin");
    MembershipStore store;
    ProviderLoader loader(&client, &store);
    loader.setParallelism(parallel);
    ConflictResolver resolver;
    Submitter submitter(&client, &store, &resolver);
    submitter.setParallelism(parallel);
    SubmitResult result;
    QEventLoop loop;
    QObject::connect(&loader, &ProviderLoader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ProviderLoader::failed, &loop, [&](const ApiError &error) {
        result.error = error.fullText();
        loop.quit();
    });
    loader.start();
    loop.exec();
    if (!result.error.isEmpty())
        return result;
    const int column = store.ensureColumn(toggled);
    for (int row = 0; row < store.providerCount(); ++row)
        store.setWantsMember(row, column, !store.isMember(row, column));
    QObject::connect(&submitter, &Submitter::finished, &loop, [&](const SubmitSummary &summary) {
        result.summary = summary;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    if (!submitter.start()) {
        result.error = QStringLiteral("the submit did not start");
        return result;
    }
    loop.exec();
    result.ms = timer.elapsed();
    result.limit = client.concurrency()->describe();
    for (int row = 0; row < store.providerCount(); ++row) {
        const ProviderRecord &record = store.provider(row);
        result.after.insert(record.uuid, {record.generation, store.loadedAggregates(row)});
    }
    return result;
}

// ---- server shapes (issue 11) -----------------------------------------------------------------------

struct ServerShape
{
    QString name;
    int processes;
    int threads;
    bool keepAlive;
};

// Per shape: the bare burst at each fixed parallelism (its best is what a client tuned by hand for
// this server gets) and the app's adaptive loader with the default cap, in the same run.
int runShapesBenchmark(const Options &options)
{
    const QList<ServerShape> shapes{{QStringLiteral("2x1-keepalive"), 2, 1, true},
                                    {QStringLiteral("4x2-keepalive"), 4, 2, true},
                                    {QStringLiteral("2-close"), 2, 1, false},
                                    {QStringLiteral("1x1"), 1, 1, true}};
    const QList<int> levels{1, 2, 4, 6, 8, 12};
    print(QStringLiteral(
              "== Placement Desk server-shape benchmark: %1 providers, %2 rounds per measurement; loader: "
              "adaptive, cap %3")
              .arg(options.providers)
              .arg(options.rounds)
              .arg(options.parallel));
    QStringList lines;
    QStringList submitLines;
    for (const ServerShape &shape : shapes) {
        if (!options.shape.isEmpty() && options.shape != shape.name)
            continue;
        PlacementServer server;
        server.setProcessCount(shape.processes);
        server.setThreadsPerProcess(shape.threads);
        server.setKeepAlive(shape.keepAlive);
        QString error;
        if (!server.start(&error)) {
            print(QStringLiteral("cannot start Placement: ") + error);
            return 1;
        }
        QStringList pool;
        for (int i = 0; i < options.aggregates; ++i)
            pool.append(PlacementServer::newUuid());
        const QStringList uuids =
            server.seedProvidersDirect(options.providers, pool, options.perProvider, &error);
        if (uuids.size() != options.providers) {
            print(QStringLiteral("seeding failed: ") + error);
            return 1;
        }
        runBurst(server.baseUrl(), uuids, 1); // warm-up: workers and SQLite's page cache
        // A level that stalls gets a time limit: what got through by then is its rate.
        const int giveUpMs = 10000;
        double bestBurst = 0;
        int bestLevel = 0;
        QStringList burstRates;
        for (int level : levels) {
            double rateHere = 0;
            for (int round = 0; round < options.rounds; ++round) {
                const BurstResult burst = runBurst(server.baseUrl(), uuids, level, giveUpMs);
                rateHere = std::max(rateHere, rate(burst.ok, burst.ms));
            }
            burstRates.append(QStringLiteral("%1: %2").arg(level).arg(rateHere, 0, 'f', 0));
            if (rateHere > bestBurst) {
                bestBurst = rateHere;
                bestLevel = level;
            }
        }
        double bestLoad = 0;
        QString limit;
        QStringList loadRates;
        for (int round = 0; round < options.rounds; ++round) {
            const LoadResult load = runLoad(server.baseUrl(), options.parallel);
            if (!load.error.isEmpty() || load.summary.loaded != options.providers) {
                print(QStringLiteral("load failed: %1 (loaded %2)").arg(load.error).arg(load.summary.loaded));
                return 1;
            }
            // The aggregate phase, which is what the burst does (discovery and listing are two more
            // requests before it).
            const double loadRate = rate(options.providers, load.fetchMs);
            loadRates.append(QStringLiteral("%1 (%2 stalled, %3)")
                                 .arg(loadRate, 0, 'f', 0)
                                 .arg(load.summary.stalls)
                                 .arg(load.limit));
            if (loadRate > bestLoad) {
                bestLoad = loadRate;
                limit = load.limit;
            }
        }
        // Submits: the app's against the best bare PUT burst with the same bodies. One aggregate is
        // toggled on every provider each time (each PUT changes the set and moves the generation).
        const QString toggled = pool.constFirst();
        SubmitResult first = runSubmit(server.baseUrl(), options.parallel, toggled);
        if (!first.error.isEmpty() || first.summary.applied != options.providers) {
            print(
                QStringLiteral("submit failed: %1 (applied %2)").arg(first.error).arg(first.summary.applied));
            return 1;
        }
        QHash<QString, ProviderState> state = first.after;
        double bestPutBurst = 0;
        int bestPutLevel = 0;
        QStringList putRates;
        for (int level : levels) {
            double rateHere = 0;
            for (int round = 0; round < options.rounds; ++round) {
                const BurstResult burst = runPutBurst(server.baseUrl(), &state, toggled, level, giveUpMs);
                rateHere = std::max(rateHere, rate(burst.ok, burst.ms));
                if (burst.failed > 0 || burst.ok != options.providers) {
                    // Gave up (a stalling level) or refused: read the state again for the next one.
                    state = runSubmit(server.baseUrl(), options.parallel, toggled).after;
                }
            }
            putRates.append(QStringLiteral("%1: %2").arg(level).arg(rateHere, 0, 'f', 0));
            if (rateHere > bestPutBurst) {
                bestPutBurst = rateHere;
                bestPutLevel = level;
            }
        }
        double bestSubmit = 0;
        QStringList submitRates;
        for (int round = 0; round < options.rounds; ++round) {
            const SubmitResult submit = runSubmit(server.baseUrl(), options.parallel, toggled);
            if (!submit.error.isEmpty() || submit.summary.applied != options.providers) {
                print(QStringLiteral("submit failed: %1 (applied %2, %3 conflicts, %4 failed)")
                          .arg(submit.error)
                          .arg(submit.summary.applied)
                          .arg(submit.summary.conflictsResolved)
                          .arg(submit.summary.failed));
                return 1;
            }
            const double submitRate = rate(submit.summary.applied, submit.ms);
            submitRates.append(QStringLiteral("%1 (%2)").arg(submitRate, 0, 'f', 0).arg(submit.limit));
            bestSubmit = std::max(bestSubmit, submitRate);
        }
        print(
            QStringLiteral("  %1 PUT bursts req/s by parallel {%2}; submit rounds {%3}")
                .arg(shape.name, putRates.join(QLatin1String(", ")), submitRates.join(QLatin1String("; "))));
        submitLines.append(
            QStringLiteral("shape %1: submit %2 req/s, best PUT burst %3 req/s at parallel %4, ratio %5")
                .arg(shape.name)
                .arg(bestSubmit, 0, 'f', 0)
                .arg(bestPutBurst, 0, 'f', 0)
                .arg(bestPutLevel)
                .arg(bestSubmit / std::max(1.0, bestPutBurst), 0, 'f', 2));
        print(QStringLiteral("  %1 (uwsgi %2 x %3, %4): bursts req/s by parallel {%5}; loader rounds {%6}")
                  .arg(shape.name)
                  .arg(shape.processes)
                  .arg(shape.threads)
                  .arg(shape.keepAlive ? QStringLiteral("keep-alive") : QStringLiteral("closing"))
                  .arg(burstRates.join(QLatin1String(", ")), loadRates.join(QLatin1String("; "))));
        lines.append(QStringLiteral("shape %1: loader %2 req/s, best burst %3 req/s at parallel %4, ratio %5")
                         .arg(shape.name)
                         .arg(bestLoad, 0, 'f', 0)
                         .arg(bestBurst, 0, 'f', 0)
                         .arg(bestLevel)
                         .arg(bestLoad / std::max(1.0, bestBurst), 0, 'f', 2));
    }
    print(QStringLiteral("== result (target ratio >= 0.85 on every shape)"));
    for (const QString &line : std::as_const(lines))
        print(line);
    for (const QString &line : std::as_const(submitLines))
        print(line);
    return 0;
}

// ---- refresh (issue 11) --------------------------------------------------------------------------

// A cold load of N providers, then refreshes after k providers changed (k = 0, 10, 1 % of N; each
// change a new set through the API, which moves the generation): requests used (target 1 + k + A
// after discovery) and time as a fraction of the cold load, same run.
int runRefreshBenchmark(const Options &options)
{
    print(QStringLiteral(
              "== Placement Desk refresh benchmark: %1 providers, aggregate pool %2, %3 per provider")
              .arg(options.providers)
              .arg(options.aggregates)
              .arg(options.perProvider));
    PlacementServer server;
    server.setProcessCount(options.processes);
    server.setThreadsPerProcess(options.threads);
    QString error;
    if (!server.start(&error)) {
        print(QStringLiteral("cannot start Placement: ") + error);
        return 1;
    }
    QStringList pool;
    for (int i = 0; i < options.aggregates; ++i)
        pool.append(PlacementServer::newUuid());
    const QStringList uuids =
        server.seedProvidersDirect(options.providers, pool, options.perProvider, &error);
    if (uuids.size() != options.providers) {
        print(QStringLiteral("seeding failed: ") + error);
        return 1;
    }
    runBurst(server.baseUrl(), uuids, 2); // warm-up

    QNetworkAccessManager nam;
    PlacementClient client(&nam);
    client.setBaseUrl(server.baseUrl());
    client.setToken("admin");
    MembershipStore store;
    MembershipTableModel model(&store);
    MembershipFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ProviderLoader loader(&client, &store);
    loader.setParallelism(options.parallel);
    const auto run = [&](bool incremental) -> LoadSummary {
        LoadSummary result;
        QEventLoop loop;
        const QMetaObject::Connection done =
            QObject::connect(&loader, &ProviderLoader::finished, &loop, [&](const LoadSummary &summary) {
                result = summary;
                loop.quit();
            });
        const QMetaObject::Connection failed =
            QObject::connect(&loader, &ProviderLoader::failed, &loop, [&](const ApiError &problem) {
                print(QStringLiteral("load failed: ") + problem.fullText());
                loop.quit();
            });
        if (incremental)
            loader.refresh();
        else
            loader.start();
        loop.exec();
        QObject::disconnect(done);
        QObject::disconnect(failed);
        return result;
    };
    const LoadSummary cold = run(false);
    if (cold.loaded != options.providers)
        return 1;
    print(QStringLiteral("cold load: %1 ms, %2 requests, settled at %3 in flight")
              .arg(cold.elapsedMs)
              .arg(cold.requests)
              .arg(cold.parallelism));
    const int known = store.aggregateCount();
    const QList<int> changes{0, 10, std::max(1, options.providers / 100)};
    int changedSoFar = 0;
    QRandomGenerator random(4711);
    for (int k : changes) {
        for (int i = 0; i < k; ++i) {
            // A new set for a provider not changed before (its generation moves).
            const QString uuid = uuids.at((changedSoFar++ * 7919) % uuids.size());
            if (!server.setAggregates(uuid, {pool.at(int(random.bounded(pool.size())))})) {
                print(QStringLiteral("could not change a provider: ") + server.lastError());
                return 1;
            }
        }
        const LoadSummary refresh = run(true);
        print(QStringLiteral("refresh after k = %1 changed: %2 requests (target 2 + k + A = %3; %4 re-read, "
                             "%5 sweeps, %6 corrected), %7 ms = %8 of the cold load")
                  .arg(k)
                  .arg(refresh.requests)
                  .arg(2 + k + known)
                  .arg(refresh.providers - refresh.reused + refresh.sweepCorrections)
                  .arg(refresh.sweeps)
                  .arg(refresh.sweepCorrections)
                  .arg(refresh.elapsedMs)
                  .arg(double(refresh.elapsedMs) / double(std::max<qint64>(1, cold.elapsedMs)), 0, 'f', 3));
    }

    // Warm start: what this table leaves in the cache, then k more changes while "no window is
    // open", then a new start: fresh network manager, client, store, models and loader.
    QTemporaryDir cacheFolder;
    ProviderCache writer;
    writer.setDirectory(cacheFolder.path());
    writer.setEndpoint(server.baseUrl());
    writer.save(store);
    writer.waitForWrites();
    const int k = std::max(1, options.providers / 100);
    for (int i = 0; i < k; ++i) {
        const QString uuid = uuids.at((changedSoFar++ * 7919) % uuids.size());
        if (!server.setAggregates(uuid, {pool.at(int(random.bounded(pool.size())))})) {
            print(QStringLiteral("could not change a provider: ") + server.lastError());
            return 1;
        }
    }
    QNetworkAccessManager warmNam;
    PlacementClient warmClient(&warmNam);
    warmClient.setBaseUrl(server.baseUrl());
    warmClient.setToken("admin");
    MembershipStore warmStore;
    MembershipTableModel warmModel(&warmStore);
    MembershipFilterProxyModel warmProxy;
    warmProxy.setSourceModel(&warmModel);
    ProviderLoader warmLoader(&warmClient, &warmStore);
    warmLoader.setParallelism(options.parallel);
    ProviderCache reader;
    reader.setDirectory(cacheFolder.path());
    reader.setEndpoint(server.baseUrl());
    QElapsedTimer clock;
    clock.start();
    ProviderCacheData table;
    {
        QEventLoop loop;
        QObject::connect(&reader, &ProviderCache::readFinished, &loop,
                         [&](const ProviderCacheData &data, const QString &problem) {
                             if (!problem.isEmpty())
                                 print(QStringLiteral("cache refused: ") + problem);
                             table = data;
                             loop.quit();
                         });
        reader.read();
        loop.exec();
    }
    const qint64 readMs = clock.elapsed();
    QElapsedTimer restoreClock;
    restoreClock.start();
    warmStore.restoreCached(table);
    const qint64 restoreMs = restoreClock.elapsed(); // the only part on the UI thread
    const qint64 shownMs = clock.elapsed();
    LoadSummary warm;
    {
        QEventLoop loop;
        QObject::connect(&warmLoader, &ProviderLoader::finished, &loop, [&](const LoadSummary &summary) {
            warm = summary;
            loop.quit();
        });
        QObject::connect(&warmLoader, &ProviderLoader::failed, &loop, [&](const ApiError &problem) {
            print(QStringLiteral("warm refresh failed: ") + problem.fullText());
            loop.quit();
        });
        warmLoader.refresh();
        loop.exec();
    }
    const qint64 verifiedMs = clock.elapsed();
    print(QStringLiteral(
              "warm start after k = %1 changed: %2 cached rows shown after %3 ms (read off the UI "
              "thread %4 ms, store %5 ms); verified after %6 ms with %7 requests (target 2 + k + A = "
              "%8), %9 rows still unverified; verified table at %10 of the cold load, first table at %11")
              .arg(k)
              .arg(table.rows.size())
              .arg(shownMs)
              .arg(readMs)
              .arg(restoreMs)
              .arg(verifiedMs)
              .arg(warm.requests)
              .arg(2 + k + known)
              .arg(warm.unverified)
              .arg(double(verifiedMs) / double(std::max<qint64>(1, cold.elapsedMs)), 0, 'f', 3)
              .arg(double(shownMs) / double(std::max<qint64>(1, cold.elapsedMs)), 0, 'f', 3));
    return 0;
}

// ---- memory -----------------------------------------------------------------------------------

int runMemoryBenchmark(const Options &options)
{
    const int providers = options.providers;
    const int aggregates = options.aggregates;
    print(QStringLiteral("== Placement Desk memory benchmark: %1 providers x %2 aggregates, %3")
              .arg(providers)
              .arg(aggregates)
              .arg(options.dense ? QStringLiteral("dense worst case (every provider in every aggregate)")
                                 : QStringLiteral("realistic density (each provider in 10-50 aggregates)")));
    malloc_trim(0);
    const qint64 baseline = statusKiB("VmRSS:");
    print(QStringLiteral("RSS before: %1").arg(mib(baseline)));

    QStringList pool;
    pool.reserve(aggregates);
    for (int i = 0; i < aggregates; ++i)
        pool.append(PlacementServer::newUuid());
    QRandomGenerator random(4711); // deterministic

    MembershipStore store;
    MembershipTableModel model(&store);
    MembershipFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    QElapsedTimer timer;
    timer.start();
    QStringList uuids;
    {
        QList<ProviderInfo> infos;
        infos.reserve(providers);
        for (int i = 0; i < providers; ++i) {
            ProviderInfo info;
            info.uuid = PlacementServer::newUuid();
            info.name = QStringLiteral("compute-r%1-n%2.cloud.example.com")
                            .arg(i / 40, 3, 10, QLatin1Char('0'))
                            .arg(i % 40, 2, 10, QLatin1Char('0'));
            info.generation = 1;
            info.rootUuid = info.uuid;
            infos.append(info);
            uuids.append(info.uuid);
        }
        store.resetProviders(infos);
    }
    const qint64 resetMs = timer.elapsed();
    const qint64 afterReset = statusKiB("VmRSS:");

    qint64 memberships = 0;
    timer.restart();
    for (int i = 0; i < providers; ++i) {
        AggregatesResult result;
        result.providerUuid = uuids.at(i);
        result.generation = 1;
        if (options.dense) {
            result.aggregates = pool;
        } else {
            // 10-50 distinct aggregates, drawn from the pool.
            const int count = 10 + int(random.bounded(41));
            QList<int> picks;
            while (picks.size() < count) {
                const int pick = int(random.bounded(aggregates));
                if (!picks.contains(pick))
                    picks.append(pick);
            }
            for (int pick : picks)
                result.aggregates.append(pool.at(pick));
        }
        memberships += result.aggregates.size();
        store.setAggregates(result);
    }
    const qint64 fillMs = timer.elapsed();
    malloc_trim(0);
    const qint64 after = statusKiB("VmRSS:");
    const qint64 peak = statusKiB("VmHWM:");

    print(QStringLiteral("rows %1, columns %2, memberships %3 (%4 per provider), proxy rows %5")
              .arg(store.providerCount())
              .arg(store.aggregateCount())
              .arg(memberships)
              .arg(double(memberships) / providers, 0, 'f', 1)
              .arg(proxy.rowCount()));
    print(QStringLiteral(
              "resetProviders: %1 ms; setAggregates for every row (with model and proxy attached): %2 ms "
              "= %3 us per row")
              .arg(resetMs)
              .arg(fillMs)
              .arg(double(fillMs) * 1000.0 / providers, 0, 'f', 1));
    print(QStringLiteral(
              "RSS after providers: %1; after memberships: %2 (model data %3); peak %4; target < 150 MiB: %5")
              .arg(mib(afterReset), mib(after), mib(after - baseline), mib(peak),
                   after < 150 * 1024 ? QStringLiteral("met") : QStringLiteral("MISSED")));

    // Filter keystrokes as the filter bar sends them (one setTextFilter() per key, the proxy
    // refilters every row): a name typed and erased, then a UUID fragment. Target p95 <= 30 ms.
    QList<qint64> keystrokesUs;
    const auto type = [&](const QString &text) {
        for (int length = 1; length <= text.size(); ++length) {
            timer.restart();
            proxy.setTextFilter(text.left(length));
            proxy.rowCount(); // what a view asks next: a proxy may defer its work to it
            keystrokesUs.append(timer.nsecsElapsed() / 1000);
        }
        for (int length = int(text.size()) - 1; length >= 0; --length) {
            timer.restart();
            proxy.setTextFilter(text.left(length));
            proxy.rowCount(); // what a view asks next: a proxy may defer its work to it
            keystrokesUs.append(timer.nsecsElapsed() / 1000);
        }
    };
    type(QStringLiteral("compute-r012-n3"));
    type(uuids.at(providers / 2).mid(9, 9));
    std::sort(keystrokesUs.begin(), keystrokesUs.end());
    const auto percentile = [&](double p) {
        return keystrokesUs.at(
            std::min<qsizetype>(keystrokesUs.size() - 1, qsizetype(p * keystrokesUs.size())));
    };
    print(QStringLiteral("filter keystrokes (%1): p50 %2 ms, p95 %3 ms, max %4 ms; target p95 <= 30 ms: %5")
              .arg(keystrokesUs.size())
              .arg(percentile(0.50) / 1000.0, 0, 'f', 1)
              .arg(percentile(0.95) / 1000.0, 0, 'f', 1)
              .arg(keystrokesUs.constLast() / 1000.0, 0, 'f', 1)
              .arg(percentile(0.95) <= 30000 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    timer.restart();
    proxy.setAggregateFilter(pool.at(aggregates / 2));
    const int members = proxy.rowCount();
    const qint64 aggregateFilterMs = timer.elapsed();
    timer.restart();
    proxy.setAggregateFilter({});
    proxy.rowCount();
    const qint64 aggregateClearMs = timer.elapsed();
    print(QStringLiteral("aggregate filter: %1 ms (%2 members), cleared in %3 ms")
              .arg(aggregateFilterMs)
              .arg(members)
              .arg(aggregateClearMs));
    QStringList sorts;
    for (const int column :
         {int(MembershipTableModel::NameColumn), int(MembershipTableModel::GenerationColumn),
          int(MembershipTableModel::FirstAggregateColumn + aggregates / 2)}) {
        timer.restart();
        proxy.sort(column, Qt::DescendingOrder);
        proxy.rowCount();
        sorts << QStringLiteral("%1 ms").arg(timer.elapsed());
    }
    timer.restart();
    proxy.sort(-1);
    sorts << QStringLiteral("back to tree order %1 ms").arg(timer.elapsed());
    print(QStringLiteral("sort by name, generation, an aggregate column: ") +
          sorts.join(QLatin1String(", ")));

    // The warm start at this size: the cache table of every row, written and read back.
    timer.restart();
    const ProviderCacheData table = ProviderCache::snapshot(store, QStringLiteral("bench"));
    const qint64 snapshotMs = timer.elapsed();
    timer.restart();
    const QByteArray bytes = ProviderCache::serialize(table);
    const qint64 serializeMs = timer.elapsed();
    timer.restart();
    ProviderCacheData parsed;
    QString problem;
    const bool ok = ProviderCache::parse(bytes, QStringLiteral("bench"), &parsed, &problem) ==
                    ProviderCache::ParseResult::Ok;
    const qint64 parseMs = timer.elapsed();
    // What ProviderCache::read() does next on its worker thread: the store's table.
    timer.restart();
    const ProviderCacheData unprepared = parsed;
    parsed.table = std::make_shared<MembershipTable>(MembershipStore::prepareCached(parsed));
    const qint64 prepareMs = timer.elapsed();
    MembershipStore warm;
    MembershipTableModel warmModel(&warm);
    MembershipFilterProxyModel warmProxy;
    warmProxy.setSourceModel(&warmModel);
    timer.restart();
    warm.restoreCached(parsed);
    const qint64 restoreMs = timer.elapsed();
    // The same without the prepared table (all on the UI thread, as before), for the ratio.
    MembershipStore cold;
    MembershipTableModel coldModel(&cold);
    MembershipFilterProxyModel coldProxy;
    coldProxy.setSourceModel(&coldModel);
    timer.restart();
    cold.restoreCached(unprepared);
    const qint64 unpreparedMs = timer.elapsed();
    print(QStringLiteral("provider cache: the table prepared on the worker in %1 ms; restoreCached on the UI "
                         "thread %2 ms with it, %3 ms without (ratio %4); %5 rows and %6 columns shown")
              .arg(prepareMs)
              .arg(restoreMs)
              .arg(unpreparedMs)
              .arg(unpreparedMs > 0 ? double(restoreMs) / double(unpreparedMs) : 0, 0, 'f', 2)
              .arg(warmProxy.rowCount())
              .arg(warm.aggregateCount()));
    print(QStringLiteral(
              "provider cache: %1 rows, %2 MiB; snapshot %3 ms (UI thread), serialize %4 ms and parse "
              "%5 ms (worker thread)%6, restoreCached with models %7 ms (UI thread)")
              .arg(parsed.rows.size())
              .arg(double(bytes.size()) / (1 << 20), 0, 'f', 1)
              .arg(snapshotMs)
              .arg(serializeMs)
              .arg(parseMs)
              .arg(ok ? QString() : QStringLiteral(" (REFUSED: %1)").arg(problem))
              .arg(restoreMs));
    return 0;
}

} // namespace

// ---- --keystone: an authenticated load beside a burst with the same token --------------------------

int runKeystoneBenchmark(const Options &options)
{
    print(QStringLiteral("== Placement Desk authenticated-load benchmark: %1 providers, %2 rounds, cap %3")
              .arg(options.providers)
              .arg(options.rounds)
              .arg(options.parallel));
    QElapsedTimer timer;
    timer.start();
    KeystoneServer keystone;
    QString error;
    if (!keystone.start(&error)) {
        print(QStringLiteral("cannot start Keystone: ") + error);
        return 1;
    }
    const QString servicePassword =
        QStringLiteral("placement-bench-%1").arg(QDateTime::currentMSecsSinceEpoch());
    if (!keystone.createServiceUser(QStringLiteral("placement"), servicePassword)) {
        print(QStringLiteral("cannot create Placement's service user: ") + keystone.lastError());
        return 1;
    }
    PlacementServer placement;
    placement.setProcessCount(options.processes);
    placement.setThreadsPerProcess(options.threads);
    PlacementServer::KeystoneSettings settings;
    settings.authUrl = keystone.authUrl();
    settings.serviceUser = QStringLiteral("placement");
    settings.servicePassword = servicePassword;
    settings.adminToken = [&keystone] { return keystone.adminToken(); };
    settings.tokenCacheSeconds = options.tokenCacheSeconds;
    placement.setKeystone(settings);
    if (!placement.start(&error)) {
        print(QStringLiteral("cannot start Placement: ") + error);
        return 1;
    }
    if (keystone.registerPlacement({{QStringLiteral("public"), placement.baseUrl()}}).isEmpty()) {
        print(QStringLiteral("cannot register Placement in the catalog: ") + keystone.lastError());
        return 1;
    }
    QStringList pool;
    for (int i = 0; i < options.aggregates; ++i)
        pool.append(PlacementServer::newUuid());
    const QStringList uuids =
        placement.seedProvidersDirect(options.providers, pool, options.perProvider, &error);
    if (uuids.size() != options.providers) {
        print(QStringLiteral("seeding failed: ") + error);
        return 1;
    }
    print(QStringLiteral(
              "servers: Keystone %1, Placement %2 (uwsgi %3x%4, keystonemiddleware, token_cache_time "
              "%5), started in %6 s")
              .arg(keystone.baseUrl().toString(), placement.baseUrl().toString())
              .arg(options.processes)
              .arg(options.threads)
              .arg(options.tokenCacheSeconds)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));

    // Sign in as the window does for a cloud: password, project scope, the catalog's Placement.
    ConnectionProfile profile;
    profile.authType = ConnectionProfile::AuthType::Password;
    profile.authUrl = keystone.authUrl();
    profile.username = KeystoneServer::adminUser();
    profile.userDomainName = QStringLiteral("Default");
    profile.password = keystone.adminPassword();
    profile.projectName = KeystoneServer::adminProject();
    profile.projectDomainId = QStringLiteral("default");
    QNetworkAccessManager sessionNam;
    auto session = std::make_shared<KeystoneSession>(&sessionNam);
    session->setProfile(profile);
    QEventLoop loop;
    bool signedIn = false;
    QObject::connect(session.get(), &KeystoneSession::authenticated, &loop, [&] {
        signedIn = true;
        loop.quit();
    });
    QObject::connect(session.get(), &KeystoneSession::authenticationFailed, &loop,
                     [&](const ApiError &failure) {
                         error = failure.fullText();
                         loop.quit();
                     });
    timer.restart();
    session->authenticate();
    loop.exec();
    if (!signedIn) {
        print(QStringLiteral("sign-in failed: ") + error);
        return 1;
    }
    const qint64 signInMs = timer.elapsed();
    const QByteArray token = session->token();
    const QUrl base = session->placementUrl();
    print(QStringLiteral("signed in in %1 ms; the catalog's Placement is %2")
              .arg(signInMs)
              .arg(base.toString()));

    runBurst(base, uuids, options.parallel, 0, token); // warm-up: workers, SQLite, token cache
    QList<qint64> sessionMs;
    QList<qint64> plainMs;
    QList<qint64> burstMs;
    for (int round = 1; round <= options.rounds; ++round) {
        const LoadResult throughSession =
            runLoad(base, options.parallel, true, [&session](PlacementClient *client) {
                KeystoneSession::configureClient(session, client);
            });
        const LoadResult plain = runLoad(base, options.parallel, true,
                                         [&token](PlacementClient *client) { client->setToken(token); });
        const BurstResult burst = runBurst(base, uuids, options.parallel, 0, token);
        for (const LoadResult *load : {&throughSession, &plain}) {
            if (!load->error.isEmpty() || load->summary.loaded != options.providers) {
                print(
                    QStringLiteral("load failed: %1 (loaded %2)").arg(load->error).arg(load->summary.loaded));
                return 1;
            }
        }
        if (burst.failed || burst.ok != options.providers) {
            print(QStringLiteral("burst: %1 of %2 requests failed").arg(burst.failed).arg(options.providers));
            return 1;
        }
        print(QStringLiteral("round %1: load through the session %2 ms (aggregates %3 ms, %4), plain token "
                             "%5 ms (aggregates %6 ms), burst %7 ms")
                  .arg(round)
                  .arg(throughSession.ms)
                  .arg(throughSession.fetchMs)
                  .arg(throughSession.limit)
                  .arg(plain.ms)
                  .arg(plain.fetchMs)
                  .arg(burst.ms));
        sessionMs.append(throughSession.fetchMs);
        plainMs.append(plain.fetchMs);
        burstMs.append(burst.ms);
    }
    const double sessionRate = rate(options.providers, best(sessionMs));
    const double plainRate = rate(options.providers, best(plainMs));
    const double burstRate = rate(options.providers, best(burstMs));
    print(QStringLiteral("authenticated: loader %1 req/s (session), %2 req/s (plain token), burst %3 req/s "
                         "with the same token at parallel %4, ratio %5")
              .arg(sessionRate, 0, 'f', 0)
              .arg(plainRate, 0, 'f', 0)
              .arg(burstRate, 0, 'f', 0)
              .arg(options.parallel)
              .arg(burstRate > 0 ? sessionRate / burstRate : 0, 0, 'f', 2));
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_load"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Placement Desk cold-load and memory benchmark"));
    parser.addHelpOption();
    const QCommandLineOption providersOption(
        QStringLiteral("providers"), QStringLiteral("Providers to seed (default 1000; --memory: 10000)."),
        QStringLiteral("N"));
    const QCommandLineOption aggregatesOption(
        QStringLiteral("aggregates"), QStringLiteral("Aggregate pool size (default 20; --memory: 500)."),
        QStringLiteral("M"));
    const QCommandLineOption perProviderOption(QStringLiteral("per-provider"),
                                               QStringLiteral("Aggregates per seeded provider (default 3)."),
                                               QStringLiteral("K"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Requests in flight (default: the loader's, %1).")
                                                .arg(RequestQueue::defaultParallelism()),
                                            QStringLiteral("P"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Measured rounds (default 5)."), QStringLiteral("R"));
    const QCommandLineOption processesOption(
        QStringLiteral("processes"), QStringLiteral("uwsgi processes (default 4)."), QStringLiteral("N"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("uwsgi threads per process (default 2)."),
                                           QStringLiteral("N"));
    const QCommandLineOption seedApiOption(
        QStringLiteral("seed-api"), QStringLiteral("Seed through the HTTP API (slow) instead of SQLite."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Run only the burst or only the loader (for profiling)."),
        QStringLiteral("burst|loader"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"),
                                          QStringLiteral("Measure the model's resident memory (no server)."));
    const QCommandLineOption denseOption(QStringLiteral("dense"),
                                         QStringLiteral("--memory: every provider in every aggregate."));
    const QCommandLineOption shapesOption(
        QStringLiteral("shapes"),
        QStringLiteral("Per server shape (2x1-keepalive, 4x2-keepalive, 2-close, 1x1): the adaptive loader "
                       "against the best bare burst at parallel 1..12 (default 300 providers, 2 rounds)."));
    const QCommandLineOption shapeOption(QStringLiteral("shape"), QStringLiteral("--shapes: this one only."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh"),
        QStringLiteral(
            "A cold load, then refreshes after k = 0, 10 and 1 % changed providers: requests and time "
            "against the cold load (default 10000 providers)."));
    const QCommandLineOption keystoneOption(
        QStringLiteral("keystone"),
        QStringLiteral(
            "Keystone + a token-checking Placement: the load through a Keystone session, with the "
            "same token given plainly, and a bare burst with it (default 1000 providers, 3 rounds)."));
    const QCommandLineOption tokenCacheOption(
        QStringLiteral("token-cache"),
        QStringLiteral("--keystone: keystonemiddleware's token_cache_time (default 300, as deployed; -1 "
                       "validates every request's token with Keystone, as the tests do)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({tokenCacheOption, providersOption, aggregatesOption, perProviderOption, parallelOption,
                       roundsOption, processesOption, threadsOption, seedApiOption, onlyOption, memoryOption,
                       denseOption, shapesOption, shapeOption, refreshOption, keystoneOption});
    parser.process(app);

    Options options;
    options.memory = parser.isSet(memoryOption);
    options.dense = parser.isSet(denseOption);
    options.seedApi = parser.isSet(seedApiOption);
    options.only = parser.value(onlyOption);
    options.shapes = parser.isSet(shapesOption) || parser.isSet(shapeOption);
    options.shape = parser.value(shapeOption);
    if (options.memory) {
        options.providers = 10000;
        options.aggregates = 500;
    }
    if (options.shapes) {
        options.providers = 300;
        options.rounds = 2;
    }
    options.refresh = parser.isSet(refreshOption);
    options.keystone = parser.isSet(keystoneOption) || parser.isSet(tokenCacheOption);
    if (parser.isSet(tokenCacheOption))
        options.tokenCacheSeconds = parser.value(tokenCacheOption).toInt();
    if (options.keystone)
        options.rounds = 3;
    if (options.refresh)
        options.providers = 10000;
    const auto intValue = [&parser](const QCommandLineOption &option, int fallback) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return parser.isSet(option) && ok && value > 0 ? value : fallback;
    };
    options.providers = intValue(providersOption, options.providers);
    options.aggregates = intValue(aggregatesOption, options.aggregates);
    options.perProvider = intValue(perProviderOption, options.perProvider);
    options.parallel = intValue(parallelOption, options.parallel);
    options.rounds = intValue(roundsOption, options.rounds);
    options.processes = intValue(processesOption, options.processes);
    options.threads = intValue(threadsOption, options.threads);

    if (options.shapes)
        return runShapesBenchmark(options);
    if (options.refresh)
        return runRefreshBenchmark(options);
    if (options.keystone)
        return runKeystoneBenchmark(options);
    return options.memory ? runMemoryBenchmark(options) : runLoadBenchmark(options);
}
