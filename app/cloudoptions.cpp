#include "app/cloudoptions.h"

#include <QCommandLineParser>

namespace {

struct OptionSpec
{
    const char *name; // without --
    const char *key;  // Overrides key
    bool isFlag;
};

const OptionSpec CommandLineSpecs[] = {
    {"os-cloud", "cloud", false},
    {"os-auth-type", "auth_type", false},
    {"os-auth-url", "auth_url", false},
    {"os-username", "username", false},
    {"os-user-id", "user_id", false},
    {"os-password", "password", false},
    {"os-project-name", "project_name", false},
    {"os-project-id", "project_id", false},
    {"os-user-domain-name", "user_domain_name", false},
    {"os-user-domain-id", "user_domain_id", false},
    {"os-project-domain-name", "project_domain_name", false},
    {"os-project-domain-id", "project_domain_id", false},
    {"os-application-credential-id", "application_credential_id", false},
    {"os-application-credential-name", "application_credential_name", false},
    {"os-application-credential-secret", "application_credential_secret", false},
    {"os-token", "token", false},
    {"os-endpoint", "endpoint", false},
    {"os-region-name", "region_name", false},
    {"os-interface", "interface", false},
    {"os-placement-endpoint-override", "placement_endpoint_override", false},
    {"os-placement-api-version", "placement_api_version", false},
    {"os-compute-endpoint-override", "compute_endpoint_override", false},
    {"os-cacert", "cacert", false},
    {"os-cert", "cert", false},
    {"os-key", "key", false},
    {"insecure", "insecure", true},
};

QString optionDescription(const QString &key)
{
    if (key == QLatin1String("cloud"))
        return CloudOptions::tr("Cloud from clouds.yaml to connect to (default: OS_CLOUD).");
    if (key == QLatin1String("password"))
        return CloudOptions::tr("Password (default: OS_PASSWORD). Other users can see command lines; prefer "
                                "secure.yaml or the environment.");
    if (key == QLatin1String("insecure"))
        return CloudOptions::tr("Do not verify TLS certificates (verify: false). Dangerous.");
    //: %1 is a clouds.yaml key such as auth_url, %2 an environment variable such as OS_AUTH_URL
    return CloudOptions::tr("Overrides %1 (default: %2).").arg(key, QStringLiteral("OS_") + key.toUpper());
}

} // namespace

QList<QCommandLineOption> CloudOptions::options()
{
    QList<QCommandLineOption> options;
    for (const OptionSpec &spec : CommandLineSpecs) {
        const QString key = QLatin1String(spec.key);
        if (spec.isFlag)
            options << QCommandLineOption(QLatin1String(spec.name), optionDescription(key));
        else
            options << QCommandLineOption(QLatin1String(spec.name), optionDescription(key),
                                          key.toUpper().replace(QLatin1Char('_'), QLatin1Char('-')));
    }
    return options;
}

CloudConfig::Overrides CloudOptions::overrides(const QCommandLineParser &parser)
{
    CloudConfig::Overrides result;
    const QStringList given = parser.optionNames();
    for (const OptionSpec &spec : CommandLineSpecs) {
        const QString name = QLatin1String(spec.name);
        if (!given.contains(name))
            continue;
        if (spec.isFlag)
            result.insert(QLatin1String(spec.key), QStringLiteral("true"));
        else
            result.insert(QLatin1String(spec.key), parser.value(name));
    }
    return result;
}

bool CloudOptions::wantsCloud(const CloudConfig &config, const CloudConfig::Overrides &overrides,
                              const QHash<QString, QString> &environment)
{
    return !config.selectedCloud(overrides).isEmpty() || overrides.contains(QStringLiteral("auth_url")) ||
           !environment.value(QStringLiteral("OS_AUTH_URL")).isEmpty();
}
