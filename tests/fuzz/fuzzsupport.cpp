#include "fuzz/fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

bool g_verbose = false;

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
    if (g_verbose)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

namespace fuzz {

void init()
{
    static const bool done = [] {
        g_verbose = qEnvironmentVariableIntValue("PD_FUZZ_VERBOSE") != 0;
        qInstallMessageHandler(messageHandler);
        return true;
    }();
    (void)done;
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString scratchDirectory()
{
    // Destroyed by exit() at the end of a run; after a crash it stays in TMPDIR for a post-mortem.
    static const std::unique_ptr<QTemporaryDir> directory = [] {
        auto made = std::make_unique<QTemporaryDir>();
        if (!made->isValid())
            fail("cannot create a temporary folder (TMPDIR)");
        return made;
    }();
    return directory->path();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail("cannot write the input file");
}

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

} // namespace fuzz
