#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QCommandLineParser;

// The command line and its environment fallbacks. Precedence: command line, then environment,
// then what the window remembered (the caller applies that last step).
//
//   --endpoint URL     else OS_PLACEMENT_ENDPOINT, else OS_ENDPOINT
//   --token TOKEN      else OS_TOKEN, else OS_AUTH_TOKEN; an empty (or blank) TOKEN is an error
//   --parallel N       aggregate GETs in flight (default RequestQueue::defaultParallelism())
//   --timeout SECONDS  per-request transfer timeout
//   --no-cache         no warm start from (and no saving of) the provider cache
//   --live SECONDS     the live view's interval (0: off; else the View menu's remembered choice)
//   --export FILE      no window: load, write the membership table to FILE, exit (--format csv|json)
//   --log-requests FILE  every request appended to FILE as a JSON line (never a token or password)
//   --plan FILE --dry-run  no window: load, check a plan of edits against the table, print the diff
//   --plan FILE --apply    the same, then submit its edits (--on-conflict merge|skip)
//   --os-cloud NAME, --os-auth-url URL, ...  a clouds.yaml cloud / Keystone login (CloudConfig)
//
// parse() needs no QCoreApplication, so main() can decide before creating a GUI application
// whether it only has to print help, the version or an error.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Result {
        Run,
        ShowHelp,
        ShowVersion,
        Error, // errorText() says why; exit code 2
    };

    // `environment` maps variable names to values (tests pass their own).
    CommandLineOptions();
    ~CommandLineOptions();

    Result parse(const QStringList &arguments, const QHash<QString, QString> &environment);
    static QHash<QString, QString> systemEnvironment();

    QString errorText() const { return m_errorText; }
    // Needs a QCoreApplication (the usage line names the executable).
    QString helpText() const;
    static QString versionText();

    // Empty/invalid when neither the command line nor the environment named one.
    QUrl endpoint() const { return m_endpoint; }
    QString endpointText() const { return m_endpointText; }
    QString endpointSource() const { return m_endpointSource; } // "--endpoint" or the variable's name
    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    int parallelism() const { return m_parallelism; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    bool useCache() const { return m_useCache; }
    // --live SECONDS: -1 when not given (the window's remembered choice applies), 0 off, else >= 5.
    int liveSeconds() const { return m_liveSeconds; }
    // --export FILE: the headless export (HeadlessExport); empty when not given.
    QString exportPath() const { return m_exportPath; }
    // --format csv|json, else from the file's extension (--export's or --plan's): "csv" or "json".
    QString exportFormat() const { return m_exportFormat; }
    QString requestLogPath() const { return m_requestLogPath; }
    // --plan FILE (with --dry-run or --apply): the headless plan check; empty when not given.
    QString planPath() const { return m_planPath; }
    // --apply (else --dry-run): submit the plan's edits.
    bool applyPlan() const { return m_applyPlan; }
    // --on-conflict: with --apply, what to do when someone else changed a provider too: merge (my
    // adds and removes on top of the server's set, the default) or skip (leave the edits pending in
    // the journal for a window).
    bool skipConflicts() const { return m_skipConflicts; }
    // --format json with --plan: the report on stdout is JSON (the plan's own format is recognized
    // from its content).
    bool jsonReport() const { return m_jsonReport; }
    bool isHeadless() const { return !m_exportPath.isEmpty() || !m_planPath.isEmpty(); }
    // Both an endpoint and a token were given: connect right away.
    bool shouldConnectOnStart() const { return m_endpoint.isValid() && hasToken(); }
    // Nova's compute endpoint: --os-compute-endpoint-override, else OS_COMPUTE_ENDPOINT_OVERRIDE;
    // invalid when neither is set (then only a cloud's catalog can name Nova).
    QUrl computeEndpoint() const { return m_computeEndpoint; }
    // --os-cloud, --os-auth-url, ... as CloudConfig::Overrides (empty when none was given).
    QHash<QString, QString> cloudOverrides() const { return m_cloudOverrides; }

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinLiveSeconds = 5;
    static constexpr int MaxParallelism = 64;

private:
    std::unique_ptr<QCommandLineParser> m_parser;
    QString m_errorText;
    QUrl m_endpoint;
    QUrl m_computeEndpoint;
    QString m_endpointText;
    QString m_endpointSource;
    QString m_token;
    QHash<QString, QString> m_cloudOverrides;
    int m_parallelism = 0;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    bool m_useCache = true;
    int m_liveSeconds = -1;
    QString m_exportPath;
    QString m_exportFormat;
    QString m_requestLogPath;
    QString m_planPath;
    bool m_applyPlan = false;
    bool m_skipConflicts = false;
    bool m_jsonReport = false;
};
