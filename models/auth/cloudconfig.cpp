#include "auth/cloudconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <vector>

namespace {

using Source = ConnectionProfile::Source;

// Keys that keystoneauth plugins take; clouds.yaml puts them under auth:, the environment and the
// command line do not.
const char *const AuthKeys[] = {
    "auth_url",
    "username",
    "user_id",
    "password",
    "project_name",
    "project_id",
    "user_domain_name",
    "user_domain_id",
    "project_domain_name",
    "project_domain_id",
    "domain_name",
    "domain_id",
    "default_domain_id",
    "default_domain_name",
    "system_scope",
    "application_credential_id",
    "application_credential_name",
    "application_credential_secret",
    "token",
    "endpoint",
};

// Settings outside auth: that Placement Desk honours.
const char *const TopKeys[] = {
    "auth_type",
    "region_name",
    "interface",
    "placement_endpoint_override",
    "placement_api_version",
    "compute_endpoint_override",
    "placement_interface",
    "placement_region_name",
    "verify",
    "insecure",
    "cacert",
    "cert",
    "key",
};

// Old spellings openstacksdk still accepts.
QString canonicalKey(const QString &key)
{
    QString name = key.trimmed().toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("tenant_name"))
        return QStringLiteral("project_name");
    if (name == QLatin1String("tenant_id"))
        return QStringLiteral("project_id");
    if (name == QLatin1String("endpoint_type"))
        return QStringLiteral("interface");
    return name;
}

bool isKnownKey(const QString &key)
{
    for (const char *name : AuthKeys) {
        if (key == QLatin1String(name))
            return true;
    }
    for (const char *name : TopKeys) {
        if (key == QLatin1String(name))
            return true;
    }
    return false;
}

// Thrown while converting YAML to Qt types when the document has the wrong shape.
struct StructureError
{
    QString message;
    YAML::Mark mark;
};

// clouds.yaml is read at start whenever a cloud is asked for, and ./clouds.yaml is searched first: a
// hostile or broken file must not crash or hang the application. Real files are a few kilobytes.
const qint64 MaxFileBytes = 1024 * 1024;
const int MaxFileMebibytes = 1;
// yaml-cpp resolves an alias to the anchored node itself, so the node graph may share nodes (the
// "billion laughs": each anchor's value holds the previous one nine times) or contain cycles (an alias
// inside its own anchor's value). Converting is bounded by these, counted with every alias expanded.
const int MaxNodes = 100000;
const qint64 MaxTextBytes = 8 * 1024 * 1024;
const int MaxTextMebibytes = 8;
const int MaxDepth = 64; // levels below a cloud's name; also keeps the recursion's stack small

// YAML nodes to QVariant (mappings, lists, strings; null is an invalid QVariant) within the limits
// above. Recursive, but at most MaxDepth levels deep.
class YamlConverter
{
public:
    // One cloud: its mapping, keys normalised. `nameNode` is blamed when the aliases expand too far.
    QVariantMap convertCloud(const QString &name, const YAML::Node &nameNode, const YAML::Node &cloud)
    {
        m_cloudName = name;
        m_cloudMark = nameNode.Mark();
        countText(nameNode.Scalar().size());
        return convert(cloud, 1).toMap();
    }

private:
    QVariant convert(const YAML::Node &node, int depth)
    {
        if (++m_nodes > MaxNodes)
            throw StructureError{CloudConfig::tr("cloud \"%1\" is too large after expanding aliases (more "
                                                 "than %n values)",
                                                 "", MaxNodes)
                                     .arg(m_cloudName),
                                 m_cloudMark};
        switch (node.Type()) {
        case YAML::NodeType::Map:
        case YAML::NodeType::Sequence:
            break;
        case YAML::NodeType::Scalar:
            countText(node.Scalar().size());
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return {};
        }
        if (depth > MaxDepth)
            throw StructureError{
                CloudConfig::tr("too deeply nested (more than %n levels below a cloud's name)", "", MaxDepth),
                node.Mark()};
        // A node among its own ancestors: an alias inside the value of its anchor. Its mark is the
        // anchor's, where the user can see it.
        for (const YAML::Node &ancestor : m_path) {
            if (ancestor.is(node))
                throw StructureError{CloudConfig::tr("aliases refer to themselves (an alias inside the "
                                                     "value anchored here points back to it)"),
                                     node.Mark()};
        }
        m_path.push_back(node);
        QVariant result;
        if (node.IsMap()) {
            QVariantMap map;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar())
                    throw StructureError{CloudConfig::tr("a mapping key is not a plain value"),
                                         it->first.Mark()};
                ++m_nodes; // the key; its value counts itself
                countText(it->first.Scalar().size());
                map.insert(canonicalKey(QString::fromStdString(it->first.Scalar())),
                           convert(it->second, depth + 1));
            }
            result = map;
        } else {
            QVariantList list;
            for (auto it = node.begin(); it != node.end(); ++it)
                list.append(convert(*it, depth + 1));
            result = list;
        }
        m_path.pop_back();
        return result;
    }

    void countText(std::size_t bytes)
    {
        m_textBytes += qint64(bytes);
        if (m_textBytes > MaxTextBytes)
            throw StructureError{CloudConfig::tr("cloud \"%1\" is too large after expanding aliases (more "
                                                 "than %n MiB of text)",
                                                 "", MaxTextMebibytes)
                                     .arg(m_cloudName),
                                 m_cloudMark};
    }

    // Shared by every cloud of a file: the limits are the whole file's.
    int m_nodes = 0;
    qint64 m_textBytes = 0;
    std::vector<YAML::Node> m_path; // maps and lists being converted, outermost first
    QString m_cloudName;
    YAML::Mark m_cloudMark;
};

// Deep merge: secure.yaml's values replace clouds.yaml's key by key, mappings are merged.
QVariantMap merged(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const QVariant current = base.value(it.key());
        if (current.typeId() == QMetaType::QVariantMap && it.value().typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), merged(current.toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

} // namespace

CloudConfig::CloudConfig(const Environment &environment)
    : m_environment(environment), m_workingDirectory(QDir::currentPath()),
      m_systemDirectory(QStringLiteral("/etc/openstack"))
{
}

CloudConfig::Environment CloudConfig::systemEnvironment()
{
    Environment result;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        result.insert(key, env.value(key));
    return result;
}

QString CloudConfig::homeDirectory() const
{
    const QString home = m_environment.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

QStringList CloudConfig::searchDirectories() const
{
    QStringList directories{m_workingDirectory};
    const QString xdg = m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        directories << xdg + QStringLiteral("/openstack");
    directories << homeDirectory() + QStringLiteral("/.config/openstack");
    directories << m_systemDirectory;
    directories.removeDuplicates();
    return directories;
}

namespace {

QStringList candidates(const QString &front, const QStringList &directories, const QStringList &names)
{
    QStringList files;
    if (!front.isEmpty())
        files << front;
    for (const QString &directory : directories) {
        for (const QString &name : names)
            files << QDir(directory).filePath(name);
    }
    return files;
}

} // namespace

QStringList CloudConfig::candidateCloudsFiles() const
{
    return candidates(m_environment.value(QStringLiteral("OS_CLIENT_CONFIG_FILE")), searchDirectories(),
                      {QStringLiteral("clouds.yaml"), QStringLiteral("clouds.yml")});
}

QStringList CloudConfig::candidateSecureFiles() const
{
    return candidates(m_environment.value(QStringLiteral("OS_CLIENT_SECURE_FILE")), searchDirectories(),
                      {QStringLiteral("secure.yaml"), QStringLiteral("secure.yml")});
}

bool CloudConfig::parseFile(const QString &path, QVariantMap *clouds, ConfigError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ConfigError(ConfigError::Kind::UnreadableFile,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                             path);
        return false;
    }
    // One byte more than allowed tells a file at the limit from a larger one (or one still growing).
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        *error = ConfigError(
            ConfigError::Kind::UnreadableFile,
            tr("%1 is larger than %n MiB, far more than any cloud configuration needs; it was not read.", "",
               MaxFileMebibytes)
                .arg(QDir::toNativeSeparators(path)),
            path);
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = ConfigError(ConfigError::Kind::UnreadableFile,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                             path);
        return false;
    }
    return parse(data, path, clouds, error);
}

bool CloudConfig::parse(const QByteArray &data, const QString &path, QVariantMap *clouds, ConfigError *error)
{
    const auto lineOf = [](const YAML::Mark &mark) { return mark.is_null() ? 0 : mark.line + 1; };
    const auto columnOf = [](const YAML::Mark &mark) { return mark.is_null() ? 0 : mark.column + 1; };
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        if (root.IsNull()) {
            clouds->clear(); // an empty file names no cloud
            return true;
        }
        if (!root.IsMap())
            throw StructureError{tr("the document is not a mapping with a \"clouds\" key"), root.Mark()};
        const YAML::Node cloudsNode = root["clouds"];
        if (!cloudsNode || cloudsNode.IsNull()) {
            clouds->clear();
            return true;
        }
        if (!cloudsNode.IsMap())
            throw StructureError{tr("\"clouds\" is not a mapping of cloud names"), cloudsNode.Mark()};
        // Cloud names keep their spelling; only setting keys are normalised. Each cloud is converted
        // before its auth: is looked at, so the limits bound that look too.
        YamlConverter converter;
        QVariantMap result;
        for (auto it = cloudsNode.begin(); it != cloudsNode.end(); ++it) {
            if (!it->first.IsScalar())
                throw StructureError{tr("a cloud name is not a plain value"), it->first.Mark()};
            const QString name = QString::fromStdString(it->first.Scalar());
            if (!it->second.IsMap())
                throw StructureError{tr("cloud \"%1\" is not a mapping").arg(name), it->second.Mark()};
            const QVariantMap cloud = converter.convertCloud(name, it->first, it->second);
            const QVariant auth = cloud.value(QStringLiteral("auth"));
            if (auth.isValid() && auth.typeId() != QMetaType::QVariantMap) {
                YAML::Mark mark = it->second.Mark();
                for (auto entry = it->second.begin(); entry != it->second.end(); ++entry) {
                    if (canonicalKey(QString::fromStdString(entry->first.Scalar())) == QLatin1String("auth"))
                        mark = entry->second.Mark();
                }
                throw StructureError{tr("\"auth\" of cloud \"%1\" is not a mapping").arg(name), mark};
            }
            result.insert(name, cloud);
        }
        *clouds = result;
        return true;
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's parser gives up on deep nesting itself, saying only "bad file".
        *error = ConfigError(ConfigError::Kind::InvalidYaml,
                             tr("%1 is not valid YAML (line %2, column %3): too deeply nested")
                                 .arg(QDir::toNativeSeparators(path), QString::number(lineOf(e.mark)),
                                      QString::number(columnOf(e.mark))),
                             path, lineOf(e.mark), columnOf(e.mark));
    } catch (const YAML::Exception &e) {
        // yaml-cpp counts lines and columns from 0.
        *error = ConfigError(ConfigError::Kind::InvalidYaml,
                             tr("%1 is not valid YAML (line %2, column %3): %4")
                                 .arg(QDir::toNativeSeparators(path), QString::number(lineOf(e.mark)),
                                      QString::number(columnOf(e.mark)), QString::fromStdString(e.msg)),
                             path, lineOf(e.mark), columnOf(e.mark));
    } catch (const StructureError &e) {
        *error =
            ConfigError(ConfigError::Kind::InvalidStructure,
                        tr("%1, line %2: %3")
                            .arg(QDir::toNativeSeparators(path), QString::number(lineOf(e.mark)), e.message),
                        path, lineOf(e.mark), columnOf(e.mark));
    }
    return false;
}

QString CloudConfig::findFile(const QString &overrideVariable, const QStringList &names) const
{
    const QStringList files = candidates(m_environment.value(overrideVariable), searchDirectories(), names);
    for (const QString &file : files) {
        if (QFileInfo(file).isFile())
            return file;
    }
    return {};
}

bool CloudConfig::load(ConfigError *error)
{
    m_cloudsFile.clear();
    m_secureFile.clear();
    m_clouds.clear();
    m_secure.clear();
    ConfigError problem;
    const QString cloudsFile = findFile(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
                                        {QStringLiteral("clouds.yaml"), QStringLiteral("clouds.yml")});
    if (!cloudsFile.isEmpty()) {
        if (!parseFile(cloudsFile, &m_clouds, &problem)) {
            if (error)
                *error = problem;
            return false;
        }
        m_cloudsFile = cloudsFile;
    }
    const QString secureFile = findFile(QStringLiteral("OS_CLIENT_SECURE_FILE"),
                                        {QStringLiteral("secure.yaml"), QStringLiteral("secure.yml")});
    if (!secureFile.isEmpty()) {
        if (!parseFile(secureFile, &m_secure, &problem)) {
            m_clouds.clear();
            m_cloudsFile.clear();
            if (error)
                *error = problem;
            return false;
        }
        m_secureFile = secureFile;
    }
    if (error)
        *error = {};
    return true;
}

QStringList CloudConfig::cloudNames() const
{
    QStringList names = m_clouds.keys();
    const QStringList secureNames = m_secure.keys();
    for (const QString &name : secureNames) {
        if (!names.contains(name))
            names << name;
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool CloudConfig::hasCloud(const QString &name) const
{
    return m_clouds.contains(name) || m_secure.contains(name);
}

QList<CloudEntry> CloudConfig::clouds() const
{
    QList<CloudEntry> entries;
    const QStringList names = cloudNames();
    for (const QString &name : names) {
        const QVariantMap values =
            flatten(merged(m_clouds.value(name).toMap(), m_secure.value(name).toMap()));
        CloudEntry entry;
        entry.name = name;
        entry.file = m_clouds.contains(name) ? m_cloudsFile : m_secureFile;
        entry.inSecureFile = m_secure.contains(name);
        entry.authType = values.value(QStringLiteral("auth_type")).toString();
        entry.authUrl = QUrl(values.value(QStringLiteral("auth_url")).toString());
        entry.username = values.value(QStringLiteral("username")).toString();
        entry.projectName = values.value(QStringLiteral("project_name")).toString();
        entry.regionName = values.value(QStringLiteral("region_name")).toString();
        entries << entry;
    }
    return entries;
}

QString CloudConfig::selectedCloud(const Overrides &overrides) const
{
    const QString fromCommandLine = overrides.value(QStringLiteral("cloud")).trimmed();
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    return m_environment.value(QStringLiteral("OS_CLOUD")).trimmed();
}

QVariantMap CloudConfig::flatten(const QVariantMap &cloud)
{
    // openstacksdk also accepts auth keys at the top level; auth: wins when both are there.
    QVariantMap flat;
    for (auto it = cloud.cbegin(); it != cloud.cend(); ++it) {
        if (it.key() != QLatin1String("auth"))
            flat.insert(it.key(), it.value());
    }
    const QVariantMap auth = cloud.value(QStringLiteral("auth")).toMap();
    for (auto it = auth.cbegin(); it != auth.cend(); ++it)
        flat.insert(it.key(), it.value());
    return flat;
}

CloudConfig::Layer CloudConfig::environmentLayer() const
{
    Layer layer{{}, Source::Environment};
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("OS_")) || it.value().isEmpty())
            continue;
        const QString key = canonicalKey(it.key().mid(3));
        if (isKnownKey(key))
            layer.values.insert(key, it.value());
    }
    return layer;
}

QString CloudConfig::expandPath(const QString &path) const
{
    if (path.isEmpty())
        return path;
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = homeDirectory() + expanded.mid(1);
    return QDir(m_workingDirectory).absoluteFilePath(expanded);
}

ConnectionProfile CloudConfig::resolve(const Overrides &overrides, ConfigError *error) const
{
    return resolve(selectedCloud(overrides), overrides, error);
}

ConnectionProfile CloudConfig::resolve(const QString &cloud, const Overrides &overrides,
                                       ConfigError *error) const
{
    QList<Layer> layers;
    if (!cloud.isEmpty()) {
        if (!hasCloud(cloud)) {
            const QStringList names = cloudNames();
            QString message;
            if (m_cloudsFile.isEmpty() && m_secureFile.isEmpty())
                message = tr("Cloud \"%1\" was asked for, but no clouds.yaml was found (looked for %2).")
                              .arg(cloud, candidateCloudsFiles().join(QLatin1String(", ")));
            else if (names.isEmpty())
                message = tr("Cloud \"%1\" is not in %2, which names no cloud.")
                              .arg(cloud, QDir::toNativeSeparators(m_cloudsFile.isEmpty() ? m_secureFile
                                                                                          : m_cloudsFile));
            else
                message =
                    tr("Cloud \"%1\" is not in %2. Clouds there: %3.")
                        .arg(cloud,
                             QDir::toNativeSeparators(m_cloudsFile.isEmpty() ? m_secureFile : m_cloudsFile),
                             names.join(QLatin1String(", ")));
            *error = ConfigError(ConfigError::Kind::CloudNotFound, message, m_cloudsFile);
            return {};
        }
        layers << Layer{flatten(m_clouds.value(cloud).toMap()), Source::CloudsFile};
        layers << Layer{flatten(m_secure.value(cloud).toMap()), Source::SecureFile};
    }
    layers << environmentLayer();
    Layer commandLine{{}, Source::CommandLine};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const QString key = canonicalKey(it.key());
        if (isKnownKey(key) && !it.value().isEmpty())
            commandLine.values.insert(key, it.value());
    }
    layers << commandLine;

    bool anything = false;
    for (const Layer &layer : std::as_const(layers))
        anything = anything || !layer.values.isEmpty();
    if (!anything) {
        const QStringList names = cloudNames();
        *error = ConfigError(
            ConfigError::Kind::NoCloudSelected,
            names.isEmpty()
                ? tr("Nothing says where to connect: no cloud was selected (--os-cloud or "
                     "OS_CLOUD), no OS_AUTH_URL is set, and no clouds.yaml was found.")
                : tr("No cloud was selected: pass --os-cloud or set OS_CLOUD. Clouds in %1: %2.")
                      .arg(QDir::toNativeSeparators(m_cloudsFile), names.join(QLatin1String(", "))));
        return {};
    }

    ConnectionProfile profile = build(layers, error);
    if (error->isError())
        return {};
    profile.cloudName = cloud;
    if (!cloud.isEmpty()) {
        profile.cloudsFile = m_clouds.contains(cloud) ? m_cloudsFile : QString();
        profile.secureFile = m_secure.contains(cloud) ? m_secureFile : QString();
    }
    return profile;
}

ConnectionProfile CloudConfig::build(const QList<Layer> &layers, ConfigError *error) const
{
    ConnectionProfile profile;
    QVariantMap values;
    for (const Layer &layer : layers) {
        for (auto it = layer.values.cbegin(); it != layer.values.cend(); ++it) {
            if (it.value().isNull() ||
                (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
                continue;
            values.insert(it.key(), it.value());
            profile.sources.insert(it.key(), layer.source);
        }
    }
    const auto text = [&values](const char *key) {
        return values.value(QLatin1String(key)).toString().trimmed();
    };
    const auto has = [&values](const char *key) { return values.contains(QLatin1String(key)); };
    const auto where = [&profile](const char *key) {
        return ConnectionProfile::sourceName(profile.sourceOf(QLatin1String(key)));
    };

    bool ok = true;
    const QString authType = text("auth_type");
    profile.authType = ConnectionProfile::parseAuthType(authType, &ok);
    if (!ok) {
        *error = ConfigError(ConfigError::Kind::UnknownAuthType,
                             tr("auth_type \"%1\" (from %2) is not supported. Use one of: %3.")
                                 .arg(authType, where("auth_type"),
                                      ConnectionProfile::supportedAuthTypes().join(QLatin1String(", "))));
        return {};
    }

    const auto url = [&](const char *key, QUrl *target) {
        const QString value = text(key);
        if (value.isEmpty())
            return true;
        const QUrl parsed(value, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            *error = ConfigError(
                ConfigError::Kind::InvalidValue,
                tr("%1 \"%2\" (from %3) is not a valid URL.").arg(QLatin1String(key), value, where(key)));
            return false;
        }
        *target = parsed;
        return true;
    };
    if (!url("auth_url", &profile.authUrl) || !url("endpoint", &profile.endpoint) ||
        !url("placement_endpoint_override", &profile.placementEndpointOverride) ||
        !url("compute_endpoint_override", &profile.computeEndpointOverride))
        return {};

    profile.username = text("username");
    profile.userId = text("user_id");
    profile.password = values.value(QStringLiteral("password")).toString(); // spaces may be part of it
    profile.projectName = text("project_name");
    profile.projectId = text("project_id");
    profile.userDomainName = text("user_domain_name");
    profile.userDomainId = text("user_domain_id");
    profile.projectDomainName = text("project_domain_name");
    profile.projectDomainId = text("project_domain_id");
    profile.domainName = text("domain_name");
    profile.domainId = text("domain_id");
    profile.applicationCredentialId = text("application_credential_id");
    profile.applicationCredentialName = text("application_credential_name");
    profile.applicationCredentialSecret =
        values.value(QStringLiteral("application_credential_secret")).toString();
    profile.token = text("token");
    if (has("system_scope")) {
        const QString scope = text("system_scope").toLower();
        profile.systemScope = scope == QLatin1String("all") || scope == QLatin1String("true");
    }

    // default_domain_* fills in the user's and project's domain, as the openstack CLI does; a name
    // without any domain means Keystone's "default" domain.
    const QString defaultDomainId = text("default_domain_id");
    const QString defaultDomainName = text("default_domain_name");
    const auto fillDomain = [&](const QString &nameOrId, QString *domainName, QString *domainId,
                                const QString &idKey) {
        if (nameOrId.isEmpty() || !domainName->isEmpty() || !domainId->isEmpty())
            return;
        if (!defaultDomainId.isEmpty())
            *domainId = defaultDomainId;
        else if (!defaultDomainName.isEmpty())
            *domainName = defaultDomainName;
        else
            *domainId = QStringLiteral("default");
        if (!profile.sources.contains(idKey))
            profile.sources.insert(idKey, Source::Default);
    };
    fillDomain(profile.username, &profile.userDomainName, &profile.userDomainId,
               QStringLiteral("user_domain_id"));
    fillDomain(profile.projectName, &profile.projectDomainName, &profile.projectDomainId,
               QStringLiteral("project_domain_id"));

    // Per-service settings win over the general ones (openstacksdk's CloudRegion._get_config).
    profile.regionName = text("placement_region_name");
    if (!profile.regionName.isEmpty())
        profile.sources.insert(QStringLiteral("region_name"),
                               profile.sourceOf(QStringLiteral("placement_region_name")));
    else
        profile.regionName = text("region_name");
    if (profile.regionName.isEmpty()) {
        // `regions:` lists names or {name: ...} mappings; openstacksdk takes the first.
        const QVariantList regions = values.value(QStringLiteral("regions")).toList();
        if (!regions.isEmpty()) {
            const QVariant first = regions.first();
            profile.regionName = first.typeId() == QMetaType::QVariantMap
                                     ? first.toMap().value(QStringLiteral("name")).toString()
                                     : first.toString();
        }
    }
    QString iface = text("placement_interface");
    if (!iface.isEmpty())
        profile.sources.insert(QStringLiteral("interface"),
                               profile.sourceOf(QStringLiteral("placement_interface")));
    else
        iface = text("interface");
    profile.interface =
        iface.isEmpty() ? QStringLiteral("public") : ConnectionProfile::normalizedInterface(iface);
    profile.placementApiVersion = text("placement_api_version");

    // verify: true/false, or (as in requests) a CA bundle path; it takes precedence over insecure.
    // --insecure on the command line beats verify: true in clouds.yaml, and the other way round.
    const bool insecureWins =
        has("insecure") && (!has("verify") || profile.sourceOf(QStringLiteral("insecure")) >
                                                  profile.sourceOf(QStringLiteral("verify")));
    if (has("verify") && !insecureWins) {
        const QString verify = text("verify");
        bool flag = true;
        if (parseBool(verify, &flag))
            profile.tls.verify = flag;
        else
            profile.tls.caFile = expandPath(verify);
    } else if (insecureWins) {
        bool insecure = false;
        if (!parseBool(text("insecure"), &insecure)) {
            *error = ConfigError(ConfigError::Kind::InvalidValue,
                                 tr("insecure \"%1\" (from %2) is neither true nor false.")
                                     .arg(text("insecure"), where("insecure")));
            return {};
        }
        profile.tls.verify = !insecure;
    }
    if (has("cacert"))
        profile.tls.caFile = expandPath(text("cacert"));
    profile.tls.certFile = expandPath(text("cert"));
    profile.tls.keyFile = expandPath(text("key"));

    QString problem;
    if (!profile.validate(&problem)) {
        *error = ConfigError(ConfigError::Kind::MissingValue, problem);
        return {};
    }
    *error = {};
    return profile;
}
