#pragma once

// Runs one job on the shared HTTP job base (api/HttpJob) to completion for an integration test:
// header-only, because tests/support does not link the models' layers and each suite that uses it
// does. The job deletes itself after done().

#include "api/apierror.h"
#include "api/discoverversionsjob.h"
#include "api/httpjob.h"
#include "api/listprovidersjob.h"
#include "api/placementclient.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace JobRunner {

// What a job reported: finished(result) or failed(error), and how long it took.
template <typename Result> struct Outcome
{
    bool reported = false;  // done() arrived within the time limit
    bool succeeded = false; // finished() rather than failed()
    Result result{};
    ApiError error{ApiError::Kind::Timeout, QStringLiteral("the job did not report in time")};
    qint64 elapsedMs = 0;

    QByteArray describe() const
    {
        if (!reported)
            return "the job did not report in time";
        return succeeded ? QByteArray("succeeded") : error.fullText().toUtf8();
    }
};

// Starts `job` and waits (processing events) until it reports or `timeoutMs` passes.
template <typename Result, typename Job> Outcome<Result> run(Job *job, int timeoutMs = 30000)
{
    Outcome<Result> outcome;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&outcome](const Result &result) {
        outcome.result = result;
        outcome.succeeded = true;
        outcome.error = {};
    });
    QObject::connect(job, &HttpJob::failed, &loop,
                     [&outcome](const ApiError &error) { outcome.error = error; });
    QObject::connect(job, &HttpJob::done, &loop, [&outcome, &loop] {
        outcome.reported = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job->start();
    if (!outcome.reported)
        loop.exec();
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

// Negotiates the microversion first when the client has none (as the window does), then lists
// every provider. Returns the error (Kind::None on success).
inline ApiError discoverAndList(PlacementClient *client, QList<ProviderInfo> *providers,
                                int timeoutMs = 60000)
{
    if (!client->microversion().isValid()) {
        const auto discovered = run<VersionInfo>(client->discoverVersions(), timeoutMs);
        if (!discovered.succeeded)
            return discovered.error;
        client->setMicroversion(discovered.result.negotiated);
    }
    const auto listed = run<QList<ProviderInfo>>(client->listProviders(ProviderQuery()), timeoutMs);
    if (listed.succeeded)
        *providers = listed.result;
    return listed.error;
}

} // namespace JobRunner
