#include "app/commandlineoptions.h"

#include "app/cloudoptions.h"
#include "auth/cloudconfig.h"

#include "api/endpointurl.h"
#include "api/requestqueue.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace {

const auto EndpointVariable = QLatin1String("OS_PLACEMENT_ENDPOINT");
const auto ComputeEndpointVariable = QLatin1String("OS_COMPUTE_ENDPOINT_OVERRIDE");
const auto GenericEndpointVariable = QLatin1String("OS_ENDPOINT");
const auto TokenVariable = QLatin1String("OS_TOKEN");
const auto AuthTokenVariable = QLatin1String("OS_AUTH_TOKEN");

// The first non-empty variable of `names`; `*source` gets its name.
QString firstSet(const QHash<QString, QString> &environment, const QList<QLatin1String> &names,
                 QString *source)
{
    for (const QLatin1String &name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            *source = name;
            return value;
        }
    }
    return {};
}

// Qt's own GUI options (-platform, -style, -qwindowgeometry, ...). QApplication removes them from
// the arguments it is given, but parse() also runs before QApplication exists; accept them there
// (hidden from --help, whose --help-all lists them) instead of calling them unknown.
void addQtGuiOptions(QCommandLineParser *parser)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const char *withValue[] = {
        "platform",    "platformpluginpath", "platformtheme", "plugin",  "qwindowgeometry",
        "qwindowicon", "qwindowtitle",       "session",       "display", "geometry",
        "style",       "stylesheet",         "qmljsdebugger", "title",   "name",
        "visual"};
    for (const char *name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser->addOption(option);
    }
    const char *flags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser->addOption(option);
    }
}

} // namespace

CommandLineOptions::CommandLineOptions() = default;

CommandLineOptions::~CommandLineOptions() = default;

QString CommandLineOptions::helpText() const
{
    return m_parser ? m_parser->helpText() : QString();
}

QHash<QString, QString> CommandLineOptions::systemEnvironment()
{
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        environment.insert(key, system.value(key));
    return environment;
}

QString CommandLineOptions::versionText()
{
    return QStringLiteral("Placement Desk %1 (Qt %2)")
        .arg(QStringLiteral(PLACEMENT_DESK_VERSION), QString::fromLatin1(qVersion()));
}

CommandLineOptions::Result CommandLineOptions::parse(const QStringList &arguments,
                                                     const QHash<QString, QString> &environment)
{
    m_parallelism = RequestQueue::defaultParallelism();

    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &parser = *m_parser;
    parser.setApplicationDescription(
        tr("Shows which OpenStack resource providers belong to which aggregates, as Placement reports them.\n"
           "\n"
           "Environment:\n"
           "  OS_PLACEMENT_ENDPOINT  Placement endpoint URL, used when --endpoint is not given.\n"
           "  OS_ENDPOINT            Fallback endpoint URL when OS_PLACEMENT_ENDPOINT is not set either.\n"
           "  OS_TOKEN               Token, used when --token is not given (OS_AUTH_TOKEN also works).\n"
           "  OS_COMPUTE_ENDPOINT_OVERRIDE  Nova's compute endpoint, for aggregate names and drift.\n"
           "\n"
           "The command line wins over the environment, which wins over the endpoint remembered from the\n"
           "last session. With both an endpoint and a token the window connects right away.\n"
           "The token is never saved."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringList{QStringLiteral("e"), QStringLiteral("endpoint")},
        tr("Placement endpoint URL, e.g. http://controller:8778 (default: $OS_PLACEMENT_ENDPOINT, "
           "then $OS_ENDPOINT)."),
        tr("URL"));
    const QCommandLineOption tokenOption(
        QStringList{QStringLiteral("t"), QStringLiteral("token")},
        tr("Keystone token sent as X-Auth-Token (default: $OS_TOKEN, then $OS_AUTH_TOKEN). An empty TOKEN "
           "is an error; leave the option out to use the environment."),
        tr("TOKEN"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"),
        tr("Most requests in flight at once, 1 to %1 (default: %2). The app starts with one and adds more "
           "while the server answers faster, so this is a cap.")
            .arg(MaxParallelism)
            .arg(RequestQueue::defaultParallelism()),
        tr("N"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Seconds to wait for each request before giving up (default: %1).").arg(DefaultTimeoutSeconds),
        tr("SECONDS"));
    const QCommandLineOption noCacheOption(
        QStringLiteral("no-cache"),
        tr("Neither show the table saved at the last load while the server is read (warm start) nor "
           "save it. The cache holds no token and no pending edit."));
    const QCommandLineOption liveOption(
        QStringLiteral("live"),
        tr("Live view: refresh in the background every SECONDS (at least %1; 0 turns it off) and mark rows "
           "someone else changed; pending edits stay. Default: the View menu's last choice (off at first).")
            .arg(MinLiveSeconds),
        tr("SECONDS"));
    parser.addOption(liveOption);
    parser.addOption(endpointOption);
    parser.addOption(tokenOption);
    parser.addOption(parallelOption);
    parser.addOption(timeoutOption);
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        tr("Open no window: connect (as with --endpoint and --token, or a cloud), load every provider, write "
           "the membership table to FILE and exit: 0 when every row was read, 1 when some could not be "
           "(their state says so), 2 when nothing was written."),
        tr("FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("With --export: the file's format, csv (default) or json; default from FILE's extension. With "
           "--plan: json prints the report as JSON (for scripts)."),
        tr("FORMAT"));
    const QCommandLineOption logRequestsOption(
        QStringLiteral("log-requests"),
        tr("Append every request (time, service, method, URL, status, duration, microversion, request id) "
           "to FILE as JSON lines. Never a token or a password."),
        tr("FILE"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"),
        tr("With --dry-run or --apply, open no window: connect, load, check the edits in FILE (CSV "
           "provider,action,aggregate or the JSON of Export Pending Edits) against the table and print what "
           "would change. --dry-run exits: 0 nothing would change, 1 something would, 2 errors (each with "
           "its line). --apply then submits them as the window does (generations, merges, retries) and "
           "exits: 0 everything applied, 1 some edits left pending (in the journal, for a window), 2 "
           "errors (nothing applied)."),
        tr("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("With --plan: only say what the plan would change."));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         tr("With --plan: submit the plan's edits (a plan with problems "
                                            "applies nothing)."));
    const QCommandLineOption onConflictOption(
        QStringLiteral("on-conflict"),
        tr("With --apply, when someone else changed a provider too: merge (default; your adds and removes "
           "on top of the server's set) or skip (leave those edits pending for a window)."),
        tr("merge|skip"));
    parser.addOption(noCacheOption);
    parser.addOption(logRequestsOption);
    parser.addOption(planOption);
    parser.addOption(dryRunOption);
    parser.addOption(applyOption);
    parser.addOption(onConflictOption);
    parser.addOption(exportOption);
    parser.addOption(formatOption);
    // --os-cloud, --os-auth-url, ...: the openstack CLI's names; OS_* variables CloudConfig reads itself.
    const QList<QCommandLineOption> cloudOptions = CloudOptions::options();
    for (const QCommandLineOption &option : cloudOptions)
        parser.addOption(option);
    addQtGuiOptions(&parser);

    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
        return Result::ShowHelp;
    if (parser.isSet(versionOption))
        return Result::ShowVersion;
    if (!parser.positionalArguments().isEmpty()) {
        m_errorText = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }

    if (parser.isSet(endpointOption)) {
        m_endpointText = parser.value(endpointOption).trimmed();
        m_endpointSource = QStringLiteral("--endpoint");
    } else {
        m_endpointText =
            firstSet(environment, {EndpointVariable, GenericEndpointVariable}, &m_endpointSource);
    }
    if (!m_endpointText.isEmpty() || parser.isSet(endpointOption)) {
        QString problem;
        m_endpoint = EndpointUrl::parse(m_endpointText, &problem);
        if (!m_endpoint.isValid()) {
            m_errorText = tr("%1: %2").arg(m_endpointSource, problem);
            return Result::Error;
        }
    }

    m_cloudOverrides = CloudOptions::overrides(parser);

    // Nova for endpoint + token use; a cloud session reads the same key from clouds.yaml too.
    QString computeSource = QStringLiteral("--os-compute-endpoint-override");
    QString computeText = m_cloudOverrides.value(QStringLiteral("compute_endpoint_override")).trimmed();
    if (computeText.isEmpty())
        computeText = firstSet(environment, {ComputeEndpointVariable}, &computeSource);
    if (!computeText.isEmpty()) {
        QString problem;
        m_computeEndpoint = EndpointUrl::parse(computeText, &problem);
        if (!m_computeEndpoint.isValid()) {
            m_errorText = tr("%1: %2").arg(computeSource, problem);
            return Result::Error;
        }
    }

    QString tokenSource;
    m_token = parser.isSet(tokenOption)
                  ? parser.value(tokenOption).trimmed()
                  : firstSet(environment, {TokenVariable, AuthTokenVariable}, &tokenSource);
    // Usually `--token "$TOKEN"` with TOKEN unset. Quietly falling back to $OS_TOKEN could connect as
    // someone else, and connecting without a token only fails later; say so now.
    if (parser.isSet(tokenOption) && m_token.isEmpty()) {
        m_errorText =
            tr("--token: the token is empty. Leave --token out to use $OS_TOKEN or $OS_AUTH_TOKEN.");
        return Result::Error;
    }

    m_useCache = !parser.isSet(noCacheOption);
    if (parser.isSet(liveOption)) {
        bool ok = false;
        m_liveSeconds = parser.value(liveOption).trimmed().toInt(&ok);
        if (!ok || m_liveSeconds < 0 || (m_liveSeconds > 0 && m_liveSeconds < MinLiveSeconds) ||
            m_liveSeconds > 86400) {
            m_errorText = tr("--live: expected 0 (off) or %1 to 86400 seconds, got “%2”.")
                              .arg(MinLiveSeconds)
                              .arg(parser.value(liveOption));
            return Result::Error;
        }
    }
    m_requestLogPath = parser.value(logRequestsOption);
    m_exportPath = parser.value(exportOption);
    if (parser.isSet(exportOption) && m_exportPath.trimmed().isEmpty()) {
        m_errorText = tr("--export: the file name is empty.");
        return Result::Error;
    }
    m_planPath = parser.value(planOption);
    if (parser.isSet(planOption) && m_planPath.trimmed().isEmpty()) {
        m_errorText = tr("--plan: the file name is empty.");
        return Result::Error;
    }
    if (parser.isSet(planOption) && parser.isSet(exportOption)) {
        m_errorText = tr("--plan and --export: one at a time.");
        return Result::Error;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    m_applyPlan = parser.isSet(applyOption);
    if (parser.isSet(planOption) && dryRun == m_applyPlan) {
        m_errorText = dryRun ? tr("--dry-run and --apply: one or the other.")
                             : tr("--plan needs --dry-run (say what would change) or --apply (submit it).");
        return Result::Error;
    }
    if (!parser.isSet(planOption) && (dryRun || m_applyPlan)) {
        m_errorText = dryRun ? tr("--dry-run goes with --plan.") : tr("--apply goes with --plan.");
        return Result::Error;
    }
    if (parser.isSet(onConflictOption)) {
        const QString choice = parser.value(onConflictOption).trimmed().toLower();
        if (!m_applyPlan) {
            m_errorText = tr("--on-conflict goes with --plan FILE --apply.");
            return Result::Error;
        }
        if (choice != QLatin1String("merge") && choice != QLatin1String("skip")) {
            m_errorText =
                tr("--on-conflict: expected merge or skip, got “%1”.").arg(parser.value(onConflictOption));
            return Result::Error;
        }
        m_skipConflicts = choice == QLatin1String("skip");
    }
    if (parser.isSet(formatOption) && !parser.isSet(exportOption) && !parser.isSet(planOption)) {
        m_errorText = tr("--format goes with --export or --plan.");
        return Result::Error;
    }
    const QString file = parser.isSet(planOption) ? m_planPath : m_exportPath;
    m_exportFormat = parser.isSet(formatOption) ? parser.value(formatOption).trimmed().toLower()
                     : file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                                  : QStringLiteral("csv");
    if (m_exportFormat != QLatin1String("csv") && m_exportFormat != QLatin1String("json")) {
        m_errorText = tr("--format: expected csv or json, got “%1”.").arg(parser.value(formatOption));
        return Result::Error;
    }
    // With --plan, --format is the report's: the plan's own format shows in its content.
    m_jsonReport =
        parser.isSet(planOption) && parser.isSet(formatOption) && m_exportFormat == QLatin1String("json");
    if (parser.isSet(parallelOption)) {
        bool ok = false;
        m_parallelism = parser.value(parallelOption).toInt(&ok);
        if (!ok || m_parallelism < 1 || m_parallelism > MaxParallelism) {
            m_errorText = tr("--parallel: expected a whole number from 1 to %1, got “%2”.")
                              .arg(MaxParallelism)
                              .arg(parser.value(parallelOption));
            return Result::Error;
        }
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        m_timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || m_timeoutSeconds < 1 || m_timeoutSeconds > 3600) {
            m_errorText = tr("--timeout: expected a number of seconds from 1 to 3600, got “%1”.")
                              .arg(parser.value(timeoutOption));
            return Result::Error;
        }
    }
    return Result::Run;
}
