#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// One server process for a test (PostgreSQL, Keystone under uwsgi, nginx): started in its own session
// and process group with PR_SET_PDEATHSIG, so neither it nor its children outlive the test process,
// even when the test crashes. Its output goes to a log file that failure messages quote.
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    explicit ServerProcess(const QString &name, QObject *parent = nullptr);
    // Process ids in a process group that are still alive (zombies hold no sockets, so they don't count).
    static QList<qint64> liveMembersOf(qint64 group);
    ~ServerProcess() override; // kill()

    void setProgram(const QString &program, const QStringList &arguments);
    void setEnvironment(const QProcessEnvironment &environment);
    void setWorkingDirectory(const QString &directory);
    void setLogFile(const QString &path); // appended to
    // When the test runs as root: run as this user instead (initdb and postgres refuse root).
    void setRunAsUser(const QString &user);

    bool start(QString *error);
    bool isRunning() const;
    qint64 processId() const;
    // Exit code of a server that has ended (-1 while it runs or if it never started).
    int exitCode() const;
    // Sends `signal` to the server, waits up to `msecs` for it to exit, then SIGKILLs whatever is
    // left of its process group. Returns once no process of the group is alive.
    void stop(int signal, int msecs = 10000);
    void kill();

    QString name() const { return m_name; }
    QString logFile() const { return m_logFile; }
    qint64 logSize() const;
    QString logSince(qint64 offset) const;
    QString logTail(int lines = 40) const;

    // Runs a command to completion (killing it after `msecs`), with the same death-signal protection.
    // Returns true on exit code 0; `output` gets stdout and stderr merged.
    static bool run(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment, int msecs, QString *output,
                    const QString &runAsUser = {}, const QString &workingDirectory = {});
    // Runs several commands at once (each as run() does); true when all exit with code 0. `output`
    // gets the output of the first one that failed.
    struct Command
    {
        QString program;
        QStringList arguments;
    };
    static bool runConcurrently(const QList<Command> &commands, const QProcessEnvironment &environment,
                                int msecs, QString *output, const QString &workingDirectory = {});
    // A loopback port that is free now (another process may take it before the server binds it).
    static int pickFreePort();
    // Lets timers, QProcess and QNetworkAccessManager make progress while a helper waits.
    static void spin(int msecs);
    // uid and gid of `user`; false if there is no such user.
    static bool lookUpUser(const QString &user, uint *uid, uint *gid);

private:
    void killGroup();

    QString m_name;
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_workingDirectory;
    QString m_logFile;
    QString m_runAsUser;
    std::unique_ptr<QProcess> m_process;
    qint64 m_group = 0;
};
