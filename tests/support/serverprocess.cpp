#include "support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

Q_LOGGING_CATEGORY(lcServerProcess, "pd.tests.serverprocess", QtInfoMsg)

namespace {

// Sets up a child between fork and exec: only async-signal-safe calls. Own session (so the whole
// group can be signalled), optionally another user, and death with the parent.
void prepareChild(QProcess *process, bool switchUser, uint uid, uint gid)
{
    const pid_t parentPid = ::getpid();
    process->setChildProcessModifier([parentPid, switchUser, uid, gid] {
        ::setsid();
        if (switchUser) {
            ::setgroups(0, nullptr);
            if (::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        // After setuid: a credential change clears the death signal.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parentPid)
            ::_exit(127); // the parent died before prctl() took effect
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
    });
}

} // namespace

ServerProcess::ServerProcess(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

// Process ids in `group` that are still alive (zombies hold no sockets, so they do not count).
QList<qint64> ServerProcess::liveMembersOf(qint64 group)
{
    QList<qint64> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')'); // "pid (comm) state ppid pgrp ..."
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() >= 3 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            members.append(pid);
    }
    return members;
}

ServerProcess::~ServerProcess()
{
    kill();
}

void ServerProcess::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void ServerProcess::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void ServerProcess::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
}

void ServerProcess::setLogFile(const QString &path)
{
    m_logFile = path;
}

void ServerProcess::setRunAsUser(const QString &user)
{
    m_runAsUser = user;
}

bool ServerProcess::lookUpUser(const QString &user, uint *uid, uint *gid)
{
    const QByteArray name = user.toLocal8Bit();
    const passwd *entry = ::getpwnam(name.constData());
    if (!entry)
        return false;
    *uid = entry->pw_uid;
    *gid = entry->pw_gid;
    return true;
}

bool ServerProcess::start(QString *error)
{
    if (isRunning())
        return true;
    uint uid = 0;
    uint gid = 0;
    const bool switchUser = !m_runAsUser.isEmpty() && ::geteuid() == 0;
    if (switchUser && !lookUpUser(m_runAsUser, &uid, &gid)) {
        *error = QStringLiteral("%1: no user %2").arg(m_name, m_runAsUser);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!m_logFile.isEmpty())
        m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
    else
        m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardInputFile(QProcess::nullDevice());
    prepareChild(m_process.get(), switchUser, uid, gid);
    m_process->start(m_program, m_arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }
    m_group = m_process->processId();
    return true;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

int ServerProcess::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning)
        return -1;
    return m_process->exitCode();
}

void ServerProcess::stop(int signal, int msecs)
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), signal);
        if (!m_process->waitForFinished(msecs))
            qCWarning(lcServerProcess)
                << m_name << "ignored signal" << signal << "for" << msecs << "ms; killing it";
    }
    killGroup();
    m_process.reset();
    m_group = 0;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    killGroup();
    m_process.reset();
    m_group = 0;
}

void ServerProcess::killGroup()
{
    if (m_group <= 0)
        return;
    // Signal the group only while it has live members: once it is empty its id could be reused.
    QElapsedTimer timer;
    timer.start();
    QList<qint64> members = ServerProcess::liveMembersOf(m_group);
    while (!members.isEmpty()) {
        ::kill(pid_t(-m_group), SIGKILL);
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->waitForFinished(100); // reaps the leader
        else
            ::usleep(10000);
        if (timer.elapsed() > 10000) {
            qCWarning(lcServerProcess) << m_name << "processes" << members << "survive SIGKILL";
            break;
        }
        members = ServerProcess::liveMembersOf(m_group);
    }
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->waitForFinished(5000);
}

qint64 ServerProcess::logSize() const
{
    return QFileInfo(m_logFile).size();
}

QString ServerProcess::logSince(qint64 offset) const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ServerProcess::logTail(int lines) const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 window = 64 * 1024;
    if (file.size() > window)
        file.seek(file.size() - window);
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool ServerProcess::run(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment, int msecs, QString *output,
                        const QString &runAsUser, const QString &workingDirectory)
{
    uint uid = 0;
    uint gid = 0;
    const bool switchUser = !runAsUser.isEmpty() && ::geteuid() == 0;
    if (switchUser && !lookUpUser(runAsUser, &uid, &gid)) {
        *output = QStringLiteral("no user %1").arg(runAsUser);
        return false;
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    prepareChild(&process, switchUser, uid, gid);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *output = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    const qint64 group = process.processId();
    const bool finished = process.waitForFinished(msecs);
    if (!finished) {
        if (!ServerProcess::liveMembersOf(group).isEmpty())
            ::kill(pid_t(-group), SIGKILL);
        process.waitForFinished(5000);
    }
    *output = QString::fromUtf8(process.readAll());
    if (!finished) {
        *output += QStringLiteral("\n[killed after %1 ms]").arg(msecs);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool ServerProcess::runConcurrently(const QList<Command> &commands, const QProcessEnvironment &environment,
                                    int msecs, QString *output, const QString &workingDirectory)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const Command &command : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardInputFile(QProcess::nullDevice());
        if (!workingDirectory.isEmpty())
            process->setWorkingDirectory(workingDirectory);
        prepareChild(process.get(), false, 0, 0);
        process->start(command.program, command.arguments);
        processes.push_back(std::move(process));
    }
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QProcess *process = processes.at(i).get();
        const qint64 left = qMax<qint64>(1, msecs - timer.elapsed());
        const bool finished = process->state() == QProcess::NotRunning || process->waitForFinished(int(left));
        if (!finished) {
            const qint64 group = process->processId();
            if (group > 0 && !ServerProcess::liveMembersOf(group).isEmpty())
                ::kill(pid_t(-group), SIGKILL);
            process->waitForFinished(5000);
        }
        const bool succeeded = finished && process->error() != QProcess::FailedToStart &&
                               process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
        if (!succeeded && ok) {
            ok = false;
            *output =
                QStringLiteral("%1 %2: %3%4")
                    .arg(commands.at(int(i)).program, commands.at(int(i)).arguments.join(QLatin1Char(' ')),
                         process->error() == QProcess::FailedToStart ? process->errorString()
                                                                     : QString::fromUtf8(process->readAll()),
                         finished ? QString() : QStringLiteral("\n[killed after %1 ms]").arg(msecs));
        }
    }
    return ok;
}

int ServerProcess::pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

void ServerProcess::spin(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}
