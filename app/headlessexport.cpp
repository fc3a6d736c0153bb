#include "app/headlessexport.h"

#include "api/placementclient.h"
#include "api/requestlog.h"
#include "app/cloudoptions.h"
#include "app/commandlineoptions.h"
#include "auth/cloudconfig.h"
#include "auth/configerror.h"
#include "auth/connectionprofile.h"
#include "membership/conflictdecisionstrategy.h"
#include "membership/membershipexport.h"
#include "membership/membershipplan.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"
#include "membership/submitsummary.h"
#include "nova/novaclient.h"
#include "session/desksession.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <utility>

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
        const QByteArray bytes = file.read(qint64(33) << 20);
        // Its format shows in its content (--format is the report's with --plan).
        const QByteArray start = bytes.trimmed().left(1);
        const auto planFormat =
            start == "{" || start == "[" ? MembershipExport::Format::Json : MembershipExport::Format::Csv;
        if (!MembershipPlan::parse(bytes, planFormat, &planLines, &problem)) {
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
    bool journalWaiting = false; // saved edits of an earlier session wait for a window
    QObject::connect(&session, &DeskSession::journalFound, &loop, [&] { journalWaiting = true; });
    FixedConflictStrategy skip(ConflictResolution::Skip);
    MembershipPlan::Result planResult;
    const auto report = [&](const QString &mode, const SubmitSummary *submitted) {
        const MembershipStore *store = session.store();
        if (options.jsonReport()) {
            QJsonArray edits;
            for (const MembershipPlan::Edit &edit : std::as_const(planResult.edits)) {
                QJsonObject object{
                    {QStringLiteral("line"), edit.line},
                    {QStringLiteral("provider"), edit.providerUuid},
                    {QStringLiteral("providerName"), edit.providerName},
                    {QStringLiteral("action"), edit.add ? QStringLiteral("add") : QStringLiteral("remove")},
                    {QStringLiteral("aggregate"), edit.aggregate},
                    {QStringLiteral("aggregateName"), edit.aggregateName}};
                if (submitted) {
                    const int row = store->rowOf(edit.providerUuid);
                    const bool pending =
                        row >= 0 && (edit.add ? store->addedAggregates(row) : store->removedAggregates(row))
                                        .contains(edit.aggregate);
                    object.insert(QStringLiteral("outcome"),
                                  pending ? QStringLiteral("pending") : QStringLiteral("applied"));
                    if (pending && row >= 0 && store->provider(row).submitError.isError())
                        object.insert(QStringLiteral("error"), store->provider(row).submitError.summary());
                }
                edits.append(object);
            }
            QJsonArray problems;
            for (const MembershipPlan::Problem &problem : std::as_const(planResult.problems))
                problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                            {QStringLiteral("text"), problem.text}});
            QJsonObject document{{QStringLiteral("format"), QStringLiteral("placement-desk-plan-report")},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("mode"), mode},
                                 {QStringLiteral("plan"), options.planPath()},
                                 {QStringLiteral("endpoint"),
                                  session.client()->baseUrl().toDisplayString(QUrl::RemoveUserInfo)},
                                 {QStringLiteral("edits"), edits},
                                 {QStringLiteral("unchanged"), planResult.unchanged},
                                 {QStringLiteral("problems"), problems},
                                 {QStringLiteral("exitCode"), exitCode}};
            if (submitted)
                document.insert(
                    QStringLiteral("submit"),
                    QJsonObject{{QStringLiteral("applied"), submitted->applied},
                                {QStringLiteral("conflictsResolved"), submitted->conflictsResolved},
                                {QStringLiteral("deferred"), submitted->deferred},
                                {QStringLiteral("failed"), submitted->failed},
                                {QStringLiteral("retries"), submitted->retries},
                                {QStringLiteral("automaticResends"), submitted->automaticResends},
                                {QStringLiteral("pendingEdits"), store->pendingEditCount()}});
            std::fputs(QJsonDocument(document).toJson(QJsonDocument::Indented).constData(), stdout);
            return;
        }
        std::fputs(qPrintable(MembershipPlan::diffText(planResult)), stdout);
    };
    const auto resolvePlan = [&] {
        planResult =
            MembershipPlan::resolve(planLines, *session.store(), [&session](const QString &aggregate) {
                return session.aggregateName(aggregate);
            });
        for (const MembershipPlan::Problem &problem : std::as_const(planResult.problems))
            say(QStringLiteral("%1:%2: %3").arg(options.planPath()).arg(problem.line).arg(problem.text));
        say(tr("%n change(s)", nullptr, int(planResult.edits.size())) + QStringLiteral(", ") +
            tr("%n line(s) already so", nullptr, planResult.unchanged) + QStringLiteral(", ") +
            tr("%n problem(s).", nullptr, int(planResult.problems.size())));
    };
    const auto dryRun = [&] {
        resolvePlan();
        exitCode = !planResult.problems.isEmpty() ? 2 : planResult.edits.isEmpty() ? 0 : 1;
        report(QStringLiteral("dry-run"), nullptr);
        loop.quit();
    };
    const auto apply = [&] {
        resolvePlan();
        const auto refuse = [&](const QString &why) {
            say(QStringLiteral("placement-desk: ") + why);
            exitCode = 2;
            report(QStringLiteral("apply"), nullptr);
            loop.quit();
        };
        if (!planResult.problems.isEmpty())
            return refuse(
                tr("The plan has problems; nothing was applied. Fix them, or import it in the window "
                   "to apply its valid part."));
        if (planResult.edits.isEmpty()) {
            exitCode = 0;
            report(QStringLiteral("apply"), nullptr);
            loop.quit();
            return;
        }
        // Never beside an earlier session's saved edits, and never without a journal: an edit that
        // a crash interrupts must be found by the next window.
        if (journalWaiting)
            return refuse(tr("Saved edits of an earlier session wait for this endpoint; open the window to "
                             "restore or discard them, then apply the plan."));
        if (!session.editJournal()->isRecording() || session.editJournal()->isReadOnly())
            return refuse(session.editJournal()->isReadOnly()
                              ? session.editJournal()->readOnlyReason()
                              : tr("The edit journal is not recording; nothing was applied."));
        if (session.needsLegacyConfirmation())
            return refuse(tr("This server is below microversion 1.19 and cannot detect concurrent changes; "
                             "apply the plan from the window, which asks first."));
        SetMembershipCommand *command = MembershipPlan::command(planResult, session.store());
        if (!command)
            return refuse(tr("None of the plan's edits changes the table any more."));
        session.undoStack()->push(command);
        if (options.skipConflicts()) {
            session.setAutoMerge(false);
            session.setConflictStrategy(&skip);
        } else {
            session.setAutoMerge(true);
        }
        if (!session.submit())
            return refuse(tr("The edits could not be submitted."));
    };
    QObject::connect(&session, &DeskSession::activity, &loop, [&](const QString &line) {
        if (planMode && options.applyPlan()) // what the submit does; an export or dry run stays quiet
            say(line);
    });
    QObject::connect(&session, &DeskSession::submitFinished, &loop, [&](const SubmitSummary &submitted) {
        session.flushJournal();
        const int pending = session.store()->pendingEditCount();
        if (pending > 0)
            say(tr("%n edit(s) left pending in the journal; open the window to see why and submit them.",
                   nullptr, pending));
        exitCode = pending > 0 ? 1 : 0;
        report(QStringLiteral("apply"), &submitted);
        loop.quit();
    });
    bool acted = false;
    const auto act = [&] {
        // Once (Nova's answer may follow the load's), and queued: the journal question of the load
        // (journalFound or journalHandled) comes right after loadFinished.
        if (std::exchange(acted, true))
            return;
        QTimer::singleShot(0, &loop, [&] {
            if (!planMode)
                write();
            else if (options.applyPlan())
                apply();
            else
                dryRun();
        });
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
