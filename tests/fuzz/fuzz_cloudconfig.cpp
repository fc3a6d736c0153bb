// clouds.yaml and secure.yaml as CloudConfig reads them (yaml-cpp, then the structure checks and
// the merge), then every cloud resolved into a connection profile.
//
// One input is both files: the part before a line "#secure.yaml" is clouds.yaml, the rest
// secure.yaml (no such line: no secure.yaml). The marker is a YAML comment, so a seed is still one
// readable clouds.yaml.
//
// Each part goes through CloudConfig::parse(), the parser load() runs on each file. Only inputs whose
// parts all parse go on through load() from real files (which must agree) to clouds() and resolve():
// those need a loaded CloudConfig, and the file path costs ~1 ms (two files written, up to eight
// looked up, each read into a 1 MiB buffer) against a few µs for a part yaml-cpp rejects at once.
// The files live in one folder per process; HOME, the working and the system folder point there
// too, so no real clouds.yaml is ever read.
#include "auth/cloudconfig.h"
#include "fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>

namespace {

bool parses(const QByteArray &data, const QString &path, QVariantMap *clouds)
{
    ConfigError error;
    if (CloudConfig::parse(data, path, clouds, &error))
        return true;
    if (!error.isError() || error.text().isEmpty())
        fuzz::fail("parse() failed without saying why");
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    static const QString folder = fuzz::scratchDirectory();
    static const QString cloudsPath = folder + QStringLiteral("/clouds.yaml");
    static const QString securePath = folder + QStringLiteral("/secure.yaml");

    const QByteArray input = fuzz::bytes(data, size);
    static const QByteArray marker = QByteArrayLiteral("#secure.yaml\n");
    const qsizetype split = input.startsWith(marker) ? 0 : input.indexOf(QByteArray('\n' + marker));
    const QByteArray clouds = split < 0 ? input : input.left(split);
    const bool hasSecure = split >= 0;
    const QByteArray secure =
        hasSecure ? input.mid(split + (split == 0 ? 0 : 1) + marker.size()) : QByteArray();

    // load() stops at the first file that does not parse, as here.
    QVariantMap cloudsParsed;
    QVariantMap secureParsed;
    if (!parses(clouds, cloudsPath, &cloudsParsed) ||
        (hasSecure && !parses(secure, securePath, &secureParsed)))
        return 0;

    fuzz::writeFile(cloudsPath, clouds);
    if (hasSecure)
        fuzz::writeFile(securePath, secure);
    else
        QFile::remove(securePath);
    CloudConfig::Environment environment;
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloudsPath);
    environment.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), securePath);
    CloudConfig config(environment);
    config.setWorkingDirectory(folder);
    config.setSystemConfigDirectory(folder);
    ConfigError error;
    if (!config.load(&error))
        fuzz::fail("load() refused files that parse() read");
    QStringList names = cloudsParsed.keys();
    for (const QString &name : secureParsed.keys()) {
        if (!names.contains(name))
            names << name;
    }
    std::sort(names.begin(), names.end());
    if (config.cloudNames() != names)
        fuzz::fail("load() read other clouds than parse()");
    const QList<CloudEntry> entries = config.clouds();
    int resolved = 0;
    for (const CloudEntry &cloud : entries) {
        ConfigError problem;
        const ConnectionProfile profile = config.resolve(cloud.name, {}, &problem);
        (void)profile;
        if (++resolved == 16)
            break; // the rest resolve the same way; more only slow every input down
    }
    return 0;
}
