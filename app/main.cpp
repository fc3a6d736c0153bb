#include "api/requestlog.h"
#include "app/cloudoptions.h"
#include "app/commandlineoptions.h"
#include "app/headlessexport.h"
#include "auth/cloudconfig.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setApplicationIdentity()
{
    // QSettings and QStandardPaths derive their locations from these.
    QCoreApplication::setOrganizationName(QStringLiteral("placement-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("Placement Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLACEMENT_DESK_VERSION));
}

// Follows the system locale: Qt's own strings from the system's qtbase catalogue (when installed),
// ours from the catalogue compiled into the executable (qt_add_translations, prefix /i18n).
void installTranslators(QCoreApplication *app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // Without a catalogue for the locale (English, C, or a language we lack) the English one still
    // supplies the plural forms of "%n provider(s)".
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("placement-desk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/placement-desk_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
}

// --help, --version and usage errors: printed without a display, so they work over ssh and in scripts.
int runWithoutGui(int argc, char **argv, const QStringList &arguments,
                  const QHash<QString, QString> &environment)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslators(&app);
    CommandLineOptions options; // parsed again so messages come out translated
    switch (options.parse(arguments, environment)) {
    case CommandLineOptions::Result::ShowHelp:
        std::fputs(qPrintable(options.helpText()), stdout);
        return 0;
    case CommandLineOptions::Result::ShowVersion:
        std::printf("%s\n", qPrintable(CommandLineOptions::versionText()));
        return 0;
    case CommandLineOptions::Result::Error:
        std::fprintf(
            stderr, "placement-desk: %s\n%s\n", qPrintable(options.errorText()),
            qPrintable(QCoreApplication::translate("main", "Try “placement-desk --help” for the options.")));
        return 2;
    case CommandLineOptions::Result::Run:
        break;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    const QHash<QString, QString> environment = CommandLineOptions::systemEnvironment();
    CommandLineOptions options;
    if (options.parse(arguments, environment) != CommandLineOptions::Result::Run) {
        const int exitCode = runWithoutGui(argc, argv, arguments, environment);
        if (exitCode >= 0)
            return exitCode;
    }

    if (options.isHeadless()) {
        // No window, no display: a script's export or plan check.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(&app);
        options.parse(QCoreApplication::arguments(), environment); // messages translated
        return HeadlessExport::run(options, environment);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("placement-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.png")));
    installTranslators(&app);
    // Again, now translated, on the arguments QApplication left after taking its own (-style, ...).
    options.parse(QCoreApplication::arguments(), environment);

    MainWindow window;
    window.session()->setParallelism(options.parallelism());
    window.session()->setRequestTimeout(options.timeoutSeconds());
    window.session()->setCacheEnabled(options.useCache());
    if (options.liveSeconds() >= 0)
        window.setLiveInterval(options.liveSeconds());
    if (!options.requestLogPath().isEmpty()) {
        QString error;
        if (!window.session()->requestLog()->setFile(options.requestLogPath(), &error))
            std::fprintf(stderr, "placement-desk: %s\n", qPrintable(error));
    }
    // Command line and environment beat the endpoint the window restored from its settings.
    if (options.endpoint().isValid())
        window.setEndpoint(options.endpointText());
    if (options.hasToken())
        window.setToken(options.token());
    window.session()->setComputeEndpoint(options.computeEndpoint());
    window.show();
    if (options.shouldConnectOnStart()) {
        QTimer::singleShot(0, &window, &MainWindow::refresh);
    } else {
        // --os-cloud / OS_CLOUD (or a bare OS_AUTH_URL login) signs in through Keystone right away;
        // --endpoint with --token, handled above, wins over it.
        const CloudConfig::Overrides overrides = options.cloudOverrides();
        CloudConfig config;
        ConfigError error;
        const bool wantsCloud = CloudOptions::wantsCloud(config, overrides, environment);
        if (wantsCloud) {
            if (!config.load(&error)) {
                window.showConfigurationError(error);
            } else {
                const ConnectionProfile profile = config.resolve(overrides, &error);
                if (error.isError())
                    window.showConfigurationError(error);
                else if (profile.usesKeystone() || profile.fixedPlacementUrl().isValid())
                    QTimer::singleShot(0, &window, [&window, profile] { window.connectToCloud(profile); });
            }
        }
    }
    return app.exec();
}
