// UI-stall probe (issue 11; a program, not a test): the real main window, offscreen, against a real
// Placement with N providers (seeded directly into SQLite). A 5 ms timer records how late each of
// its ticks came; the longest gap is the longest time the event loop did not run. Measured during
// a cold load of N providers, during a submit of E edits (one new aggregate on E providers), and
// while a name is typed into the filter and erased, one key every 60 ms (each keystroke refilters
// every row and the table re-lays out). Target: max <= 50 ms. Prints max, p99 and median.
//
//   bench_uistall [--providers 10000] [--edits 1000]
#include "membership/membershipstore.h"
#include "membership/providerloader.h"
#include "membership/submitsummary.h"
#include "session/desksession.h"
#include "support/placementserver.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Records the gaps between ticks of a 5 ms timer while running.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsUs.append((now - m_last) / 1000);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsUs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    QString stop()
    {
        m_timer.stop();
        m_gapsUs.append((m_clock.nsecsElapsed() - m_last) / 1000);
        std::sort(m_gapsUs.begin(), m_gapsUs.end());
        const auto at = [this](double fraction) {
            return double(m_gapsUs.at(
                       qMin(m_gapsUs.size() - 1, qsizetype(fraction * double(m_gapsUs.size()))))) /
                   1000.0;
        };
        const double max = double(m_gapsUs.last()) / 1000.0;
        return QStringLiteral(
                   "longest event-loop gap %1 ms (target <= 50: %2), p99 %3 ms, median %4 ms, %5 ticks")
            .arg(max, 0, 'f', 1)
            .arg(max <= 50.0 ? QStringLiteral("met") : QStringLiteral("MISSED"))
            .arg(at(0.99), 0, 'f', 1)
            .arg(at(0.5), 0, 'f', 1)
            .arg(m_gapsUs.size());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_gapsUs;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A window of its own: no settings, journal or labels of a real session.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_uistall"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Placement Desk UI-stall probe"));
    parser.addHelpOption();
    const QCommandLineOption providersOption(QStringLiteral("providers"),
                                             QStringLiteral("Providers to seed (default 10000)."),
                                             QStringLiteral("N"));
    const QCommandLineOption editsOption(QStringLiteral("edits"),
                                         QStringLiteral("Providers to edit and submit (default 1000)."),
                                         QStringLiteral("E"));
    parser.addOptions({providersOption, editsOption});
    parser.process(app);
    const int providers =
        parser.isSet(providersOption) ? qMax(1, parser.value(providersOption).toInt()) : 10000;
    const int edits =
        qMin(providers, parser.isSet(editsOption) ? qMax(1, parser.value(editsOption).toInt()) : 1000);

    PlacementServer server;
    server.setProcessCount(4);
    server.setThreadsPerProcess(2);
    QString error;
    if (!server.start(&error)) {
        print(QStringLiteral("cannot start Placement: ") + error);
        return 1;
    }
    QStringList pool;
    for (int i = 0; i < 20; ++i)
        pool.append(PlacementServer::newUuid());
    if (server.seedProvidersDirect(providers, pool, 3, &error).size() != providers) {
        print(QStringLiteral("seeding failed: ") + error);
        return 1;
    }
    print(QStringLiteral(
              "== Placement Desk UI-stall probe: %1 providers, %2 edits, main window 1280x800 offscreen")
              .arg(providers)
              .arg(edits));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallProbe probe;
    QEventLoop loop;
    QElapsedTimer timer;

    QObject::connect(&window, &MainWindow::loadFinished, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::loadFailed, &loop, &QEventLoop::quit);
    probe.start();
    timer.start();
    window.connectTo(server.baseUrl(), QStringLiteral("admin"));
    loop.exec();
    print(QStringLiteral("cold load (%1 ms): %2").arg(timer.elapsed()).arg(probe.stop()));
    if (window.store()->countInState(ProviderRecord::State::Loaded) != providers) {
        print(QStringLiteral("load incomplete"));
        return 1;
    }

    MembershipStore *store = window.store();
    const QString added = PlacementServer::newUuid();
    store->addAggregate(added);
    for (int row = 0; row < edits; ++row)
        store->applyEdits(row, {added}, {});
    QObject::connect(&window, &MainWindow::submitFinished, &loop, &QEventLoop::quit);
    probe.start();
    timer.start();
    if (!window.session()->submit()) {
        print(QStringLiteral("submit did not start"));
        return 1;
    }
    loop.exec();
    print(QStringLiteral("submit of %1 edits (%2 ms): %3").arg(edits).arg(timer.elapsed()).arg(probe.stop()));
    print(QStringLiteral("pending after submit: %1").arg(store->pendingProviderCount()));

    // Filter keystrokes: "seed-00012" typed (the last keys narrow 10,000 rows to ten) and erased.
    QLineEdit *filter = window.filterBar()->textFilterEdit();
    const QString typed = QStringLiteral("seed-00012");
    QStringList keys;
    for (int length = 1; length <= typed.size(); ++length)
        keys << typed.left(length);
    for (int length = int(typed.size()) - 1; length >= 0; --length)
        keys << typed.left(length);
    int next = 0;
    QTimer typist;
    typist.setInterval(60);
    QObject::connect(&typist, &QTimer::timeout, &loop, [&] {
        if (next == keys.size()) {
            typist.stop();
            QTimer::singleShot(200, &loop, &QEventLoop::quit); // the last refilter and repaint
            return;
        }
        filter->setText(keys.at(next++));
    });
    probe.start();
    timer.start();
    typist.start();
    loop.exec();
    print(QStringLiteral("filter: %1 keystrokes into %2 rows: %3")
              .arg(keys.size())
              .arg(providers)
              .arg(probe.stop()));
    return 0;
}
