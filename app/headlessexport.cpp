#include "app/headlessexport.h"

#include "api/placementclient.h"
#include "api/requestlog.h"
#include "app/cloudoptions.h"
#include "app/commandlineoptions.h"
#include "auth/cloudconfig.h"
#include "auth/configerror.h"
#include "auth/connectionprofile.h"
#include "membership/membershipexport.h"
#include "membership/membershipplan.h"
#include "membership/membershipstore.h"
#include "nova/novaclient.h"
#include "session/desksession.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

} // namespace

int HeadlessExport::run(const CommandLineOptions &options, const QHash<QString, QString> &environment)
{
    DeskSession session;
    session.setParallelism(options.parallelism());
    session.setRequestTimeout(options.timeoutSeconds());
    session.setCacheEnabled(options.useCache());
    session.setComputeEndpoint(options.computeEndpoint());
    if (!options.requestLogPath().isEmpty()) {
        QString error;
        if (!session.requestLog()->setFile(options.requestLogPath(), &error)) {
            say(QStringLiteral("placement-desk: ") + error);
            return 2;
        }
    }

    const MembershipExport::Format format = options.exportFormat() == QLatin1String("json")
                                                ? MembershipExport::Format::Json
                                                : MembershipExport::Format::Csv;
    // A plan is read before connecting: a file that is no plan needs no server to say so.
    const bool planMode = !options.planPath().isEmpty();
    QList<MembershipPlan::Line> planLines;
    if (planMode) {
        QFile file(options.planPath());
        if (!file.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("placement-desk: ") +
                tr("Could not read %1: %2").arg(options.planPath(), file.errorString()));
            return 2;
        }
        MembershipPlan::Problem problem;
        if (!MembershipPlan::parse(file.read(qint64(33) << 20), format, &planLines, &problem)) {
            say(QStringLiteral("%1:%2: %3").arg(options.planPath()).arg(problem.line).arg(problem.text));
            return 2;
        }
    }

    QEventLoop loop;
    int exitCode = 2;
    bool loaded = false;
    LoadSummary summary;
    const auto fail = [&](const QString &message) {
        say(QStringLiteral("placement-desk: ") + message);
        exitCode = 2;
        loop.quit();
    };
    const auto write = [&] {
        const MembershipStore *store = session.store();
        QList<int> rows;
        rows.reserve(store->providerCount());
        for (int row = 0; row < store->providerCount(); ++row)
            rows << row;
        const QByteArray bytes = MembershipExport::table(
            *store, rows, format,
            [&session](const QString &aggregate) { return session.aggregateName(aggregate); },
            session.client()->baseUrl().toDisplayString(QUrl::RemoveUserInfo));
        QString error;
        if (!MembershipExport::save(options.exportPath(), bytes, &error)) {
            fail(error);
            return;
        }
        const int unread = store->providerCount() - store->countInState(ProviderRecord::State::Loaded);
        say(tr("Exported %n provider(s) to %1.", nullptr, store->providerCount())
                .arg(QDir::toNativeSeparators(options.exportPath())));
        if (unread > 0)
            say(tr("%n provider(s) could not be read; their state column says why.", nullptr, unread));
        exitCode = unread > 0 ? 1 : 0;
        loop.quit();
    };
    const auto dryRun = [&] {
        const MembershipPlan::Result result =
            MembershipPlan::resolve(planLines, *session.store(), [&session](const QString &aggregate) {
                return session.aggregateName(aggregate);
            });
        std::fputs(qPrintable(MembershipPlan::diffText(result)), stdout);
        for (const MembershipPlan::Problem &problem : result.problems)
            say(QStringLiteral("%1:%2: %3").arg(options.planPath()).arg(problem.line).arg(problem.text));
        say(tr("%n change(s)", nullptr, int(result.edits.size())) + QStringLiteral(", ") +
            tr("%n line(s) already so", nullptr, result.unchanged) + QStringLiteral(", ") +
            tr("%n problem(s).", nullptr, int(result.problems.size())));
        exitCode = !result.problems.isEmpty() ? 2 : result.edits.isEmpty() ? 0 : 1;
        loop.quit();
    };
    const auto act = [&] {
        if (planMode)
            dryRun();
        else
            write();
    };
    QObject::connect(&session, &DeskSession::loadFailed, &loop,
                     [&](const ApiError &error) { fail(error.bannerText()); });
    QObject::connect(&session, &DeskSession::signInFailed, &loop,
                     [&](const ApiError &error) { fail(error.bannerText()); });
    QObject::connect(&session, &DeskSession::loadFinished, &loop, [&](const LoadSummary &finished) {
        loaded = true;
        summary = finished;
        if (finished.canceled) {
            fail(tr("The load was canceled."));
            return;
        }
        // Nova's names for the aggregates, when Nova is there: read right after the load.
        if (!session.nova()->isConfigured())
            act();
    });
    QObject::connect(&session, &DeskSession::novaLoaded, &loop, [&] {
        if (loaded)
            act();
    });
    QObject::connect(&session, &DeskSession::novaFailed, &loop, [&](const ApiError &error) {
        say(tr("Nova could not be read (%1); aggregates are written without Nova's names.")
                .arg(error.summary()));
        if (loaded)
            act();
    });

    if (options.shouldConnectOnStart()) {
        session.connectToEndpoint(options.endpoint(), options.token().toUtf8());
    } else {
        const CloudConfig::Overrides overrides = options.cloudOverrides();
        CloudConfig config;
        ConfigError error;
        const bool wantsCloud = CloudOptions::wantsCloud(config, overrides, environment);
        if (!wantsCloud) {
            say(QStringLiteral("placement-desk: ") +
                tr("--export and --plan need a server: --endpoint with --token, or a cloud (--os-cloud)."));
            return 2;
        }
        if (!config.load(&error)) {
            say(QStringLiteral("placement-desk: ") + error.text());
            return 2;
        }
        const ConnectionProfile profile = config.resolve(overrides, &error);
        if (error.isError()) {
            say(QStringLiteral("placement-desk: ") + error.text());
            return 2;
        }
        session.connectToCloud(profile);
    }
    loop.exec();
    return exitCode;
}
