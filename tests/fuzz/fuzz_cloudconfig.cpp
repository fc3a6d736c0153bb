// clouds.yaml and secure.yaml as CloudConfig reads them (yaml-cpp, then the structure checks and
// the merge), then every cloud resolved into a connection profile.
//
// One input is both files: the part before a line "#secure.yaml" is clouds.yaml, the rest
// secure.yaml (no such line: no secure.yaml). The marker is a YAML comment, so a seed is still one
// readable clouds.yaml. The files live in one folder per process; HOME, the working and the system
// folder point there too, so no real clouds.yaml is ever read.
#include "auth/cloudconfig.h"
#include "fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    static const QString folder = fuzz::scratchDirectory();
    static const QString cloudsPath = folder + QStringLiteral("/clouds.yaml");
    static const QString securePath = folder + QStringLiteral("/secure.yaml");

    const QByteArray input = fuzz::bytes(data, size);
    static const QByteArray marker = QByteArrayLiteral("#secure.yaml\n");
    const qsizetype split = input.startsWith(marker) ? 0 : input.indexOf(QByteArray('\n' + marker));
    if (split < 0) {
        fuzz::writeFile(cloudsPath, input);
        QFile::remove(securePath);
    } else {
        fuzz::writeFile(cloudsPath, input.left(split));
        fuzz::writeFile(securePath, input.mid(split + (split == 0 ? 0 : 1) + marker.size()));
    }

    CloudConfig::Environment environment;
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloudsPath);
    environment.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), securePath);
    CloudConfig config(environment);
    config.setWorkingDirectory(folder);
    config.setSystemConfigDirectory(folder);
    ConfigError error;
    if (!config.load(&error)) {
        if (!error.isError() || error.text().isEmpty())
            fuzz::fail("load() failed without saying why");
        return 0;
    }
    const QList<CloudEntry> clouds = config.clouds();
    int resolved = 0;
    for (const CloudEntry &cloud : clouds) {
        ConfigError problem;
        const ConnectionProfile profile = config.resolve(cloud.name, {}, &problem);
        (void)profile;
        if (++resolved == 16)
            break; // the rest resolve the same way; more only slow every input down
    }
    return 0;
}
