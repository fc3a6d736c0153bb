// Concurrent-writer soak (issue 8; a program, not a timed test). Runs the app's Submitter against a
// real Placement while other writers change the same providers: the openstack CLI (--cli) or the
// same read-modify-write over HTTP in this process, and inventory/trait writes that move generations
// without touching membership. Afterwards every provider's aggregates must equal the other writer's
// last successful set plus the app's adds minus its removes. Prints edits, conflicts, silent resends,
// retries and lost updates; exit code 1 if any update was lost, 2 if the run itself failed.
//
//   soak_concurrent [--edits 1000] [--providers 16] [--seed 1] [--cli [--cli-writers 1] [--http-writer]]
//                   [--faults PERCENT] [--pause MS] [--mover-interval MS] [--writer-interval MS]
//                   [--per-round N] [--reload-every N] [--time-limit S] [--resolution merge|overwrite|keep]
//                   [--verbose]
//
// The CLI's steps take a python start-up each (2-3 s on a busy machine), and any write to the provider
// between its read and its write makes it fail with 409; give it quieter providers:
//   soak_concurrent --edits 1000 --providers 16 --cli --cli-writers 2 --faults 3 --mover-interval 2000
//                   --pause 800 --per-round 4
//   soak_concurrent --edits 1000 --providers 32 --cli --cli-writers 2 --http-writer --faults 3
//                   --mover-interval 1000 --pause 400
//
// --resolution overwrite or keep answer conflicts the way the check does not expect: the run must
// then report lost updates, which shows the check can fail.
#include "benchmarks/soakrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soak_concurrent"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Placement Desk concurrent-writer soak"));
    parser.addHelpOption();
    const SoakOptions defaults;
    const auto valueOption = [](const char *name, const QString &description, int fallback) {
        return QCommandLineOption(QLatin1String(name), description.arg(fallback), QStringLiteral("N"));
    };
    const QCommandLineOption editsOption =
        valueOption("edits", QStringLiteral("App edits to make (default %1)."), defaults.edits);
    const QCommandLineOption providersOption = valueOption(
        "providers", QStringLiteral("Providers all writers share (default %1)."), defaults.providers);
    const QCommandLineOption seedOption =
        valueOption("seed", QStringLiteral("Seed of the random choices (default %1)."), int(defaults.seed));
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("The openstack CLI (python3-osc-placement) writes foreign "
                                              "aggregates instead of the in-process writer."));
    const QCommandLineOption cliWritersOption = valueOption(
        "cli-writers", QStringLiteral("CLI chains in parallel (default %1)."), defaults.cliWriters);
    const QCommandLineOption httpWriterOption(QStringLiteral("http-writer"),
                                              QStringLiteral("With --cli: keep the in-process writer too."));
    const QCommandLineOption faultsOption = valueOption(
        "faults",
        QStringLiteral(
            "Percent of the app's PUTs hit by a 500 or a reset, before or after the server applied "
            "them (default %1)."),
        defaults.faultPercent);
    const QCommandLineOption pauseOption =
        valueOption("pause", QStringLiteral("Operator think time between rounds, up to N ms (default %1)."),
                    defaults.pauseMs);
    const QCommandLineOption moverOption = valueOption(
        "mover-interval", QStringLiteral("Up to N ms between inventory/trait writes; 0: none (default %1)."),
        defaults.moverIntervalMs);
    const QCommandLineOption writerOption = valueOption(
        "writer-interval", QStringLiteral("Up to N ms between in-process membership writes (default %1)."),
        defaults.writerIntervalMs);
    const QCommandLineOption perRoundOption = valueOption(
        "per-round", QStringLiteral("Up to N edits per round (default %1)."), defaults.maxEditsPerRound);
    const QCommandLineOption reloadOption =
        valueOption("reload-every", QStringLiteral("A fresh load every N rounds; 0: never (default %1)."),
                    defaults.reloadEvery);
    const QCommandLineOption timeLimitOption =
        valueOption("time-limit", QStringLiteral("Stop editing after N seconds; 0: no limit (default %1)."),
                    defaults.timeLimitSeconds);
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Also print the app's own log lines (resends, loads)."));
    const QCommandLineOption resolutionOption(
        QStringLiteral("resolution"),
        QStringLiteral("How the app answers conflicts (default merge; overwrite/keep must lose updates)."),
        QStringLiteral("merge|overwrite|keep"), defaults.resolution);
    parser.addOptions({editsOption, providersOption, seedOption, cliOption, cliWritersOption,
                       httpWriterOption, faultsOption, pauseOption, moverOption, writerOption, perRoundOption,
                       reloadOption, timeLimitOption, resolutionOption, verboseOption});
    parser.process(app);

    bool valid = true;
    const auto intValue = [&](const QCommandLineOption &option, int fallback, int minimum) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            print(QStringLiteral("--%1: expected a number >= %2")
                      .arg(option.names().constFirst())
                      .arg(minimum));
            valid = false;
        }
        return value;
    };
    SoakOptions options;
    options.edits = intValue(editsOption, defaults.edits, 1);
    options.providers = intValue(providersOption, defaults.providers, 1);
    options.seed = quint32(intValue(seedOption, int(defaults.seed), 0));
    options.cli = parser.isSet(cliOption);
    options.httpWriter = !options.cli || parser.isSet(httpWriterOption);
    options.cliWriters = intValue(cliWritersOption, defaults.cliWriters, 1);
    options.faultPercent = intValue(faultsOption, defaults.faultPercent, 0);
    options.pauseMs = intValue(pauseOption, defaults.pauseMs, 0);
    options.moverIntervalMs = intValue(moverOption, defaults.moverIntervalMs, 0);
    options.writerIntervalMs = intValue(writerOption, defaults.writerIntervalMs, 1);
    options.maxEditsPerRound = intValue(perRoundOption, defaults.maxEditsPerRound, 1);
    options.reloadEvery = intValue(reloadOption, defaults.reloadEvery, 0);
    options.timeLimitSeconds = intValue(timeLimitOption, defaults.timeLimitSeconds, 0);
    options.resolution = parser.value(resolutionOption);
    if (!QStringList{QStringLiteral("merge"), QStringLiteral("overwrite"), QStringLiteral("keep")}.contains(
            options.resolution)) {
        print(QStringLiteral("--resolution: merge, overwrite or keep"));
        valid = false;
    }
    if (!valid)
        return 2;
    // The app logs every automatic resend; a soak makes hundreds.
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("placementdesk.*.info=false"));
    options.log = [](const QString &line) {
        print(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    };

    print(QStringLiteral("== Placement Desk concurrent-writer soak: %1 edits, %2 providers, seed %3, "
                         "membership writer: %4, generation mover: %5, faults %6 %, resolution %7")
              .arg(options.edits)
              .arg(options.providers)
              .arg(options.seed)
              .arg(options.cli ? (options.httpWriter ? QStringLiteral("openstack CLI + in-process HTTP")
                                                     : QStringLiteral("openstack CLI"))
                               : QStringLiteral("in-process HTTP"))
              .arg(options.moverIntervalMs > 0 ? QStringLiteral("every 0-%1 ms").arg(options.moverIntervalMs)
                                               : QStringLiteral("off"))
              .arg(options.faultPercent)
              .arg(options.resolution));
    const SoakResult result = runSoak(options);
    print(QStringLiteral("== result"));
    for (const QString &line : result.report())
        print(line);
    if (result.lostUpdates > 0)
        return 1;
    return result.error.isEmpty() ? 0 : 2;
}
