// The conflict dialog driven with QTest (offscreen): what it shows, each choice, Decide later, apply to
// all, keyboard use, accessible names; then DialogConflictStrategy behind a real ConflictResolver.
#include "api/uuids.h"
#include "membership/conflictresolver.h"
#include "membership/threewaymerge.h"
#include "ui/conflictdialog.h"
#include "ui/dialogconflictstrategy.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString A = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString B = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"); // I add it
const QString C = QStringLiteral("cccccccc-0000-4000-8000-000000000003"); // the server adds it
// ... in upper case, which Placement stores verbatim: shown canonical, with the stored spelling.
const QString ShownC = C + QStringLiteral(" (stored as ") + C.toUpper() + QLatin1Char(')');
const QString D = QStringLiteral("dddddddd-0000-4000-8000-000000000004"); // the server removes it
const QString E = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005"); // I remove it
const QString Minus = QString(QChar(0x2212));

// base {A, D, E}; mine adds B and removes E; the server added C (in its own upper-case spelling) and
// removed D. Merge = {A, B, C}; Overwrite = {A, B, D} undoes both server changes; Keep server = {A, C, E}.
ProviderConflict makeConflict(const QString &uuid = QStringLiteral("11111111-2222-4333-8444-555555555555"),
                              const QString &name = QStringLiteral("compute-01.example.org"))
{
    ProviderConflict conflict;
    conflict.providerUuid = uuid;
    conflict.providerName = name;
    conflict.base = {A, D, E};
    conflict.mine = {A, B, D};
    conflict.theirs = {A, C.toUpper(), E};
    conflict.serverGeneration = 7;
    conflict.merge = threeWayMerge(conflict.base, conflict.mine, conflict.theirs);
    return conflict;
}

QStringList texts(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        result << list->item(i)->text();
    return result;
}

QString kept(const QString &uuid)
{
    return QStringLiteral("  ") + uuid;
}
QString added(const QString &uuid)
{
    return QStringLiteral("+ ") + uuid;
}
QString removed(const QString &uuid)
{
    return Minus + QLatin1Char(' ') + uuid;
}

// Radio buttons and checkboxes react only to clicks on their indicator or text, not their whole width.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Callers check the result with QVERIFY: a QVERIFY in here would only leave this helper, not the test.
[[nodiscard]] bool showAndWait(QWidget *widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

// With PD_SCREENSHOT_DIR set, the rendered dialog is kept for a human look at the layout.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // pending layout requests, as the event loop would
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QList<ConflictDialog *> visibleConflictDialogs(QWidget *window)
{
    QList<ConflictDialog *> visible;
    const QList<ConflictDialog *> all = window->findChildren<ConflictDialog *>();
    for (ConflictDialog *dialog : all) {
        if (dialog->isVisible())
            visible << dialog;
    }
    return visible;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsProviderAndBothSidesOfTheChange();
    void namesAggregatesWhereKnown();
    void mergeIsTheDefault();
    void overwriteShowsWhatItUndoes();
    void noOverwriteWarningWhenNothingIsUndone();
    void keepServerDropsMyEdits();
    void decideLaterAnswersSkip();
    void escapeAnswersSkip();
    void applyToAllCheckbox();
    void keyboardOnly();
    void uuidsAreNeverCutOff();
    void largeConflictStillFitsTheScreen();
    void everyControlHasAccessibleNameAndObjectName();

    void strategyOpensOneWindowModalDialogAtATime();
    void strategyDecideLaterSkipsOnlyThatProvider();
    void strategyCancelPendingClosesTheDialog();
    void strategyAbandonIgnoresApplyToAll();
};

void TestConflictDialog::showsProviderAndBothSidesOfTheChange()
{
    ConflictDialog dialog(makeConflict(QStringLiteral("11111111-2222-4333-8444-555555555555").toUpper()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictTitle"))->text(),
             QStringLiteral("“compute-01.example.org” was changed on the server since you loaded it"));
    // Canonical form, whatever spelling came in.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictProviderUuid"))->text(),
             QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("compute-01.example.org")));

    // Server side, its upper-case spelling shown canonical and as stored; then mine. Symbols, not colour.
    auto *server = dialog.findChild<QListWidget *>(QStringLiteral("serverChangesList"));
    QCOMPARE(texts(server), (QStringList{added(ShownC), removed(D)}));
    QVERIFY(server->item(0)->font().bold());
    QVERIFY(server->item(1)->font().bold());
    QCOMPARE(server->item(0)->data(Qt::AccessibleTextRole).toString().left(6), QStringLiteral("Added:"));
    auto *mine = dialog.findChild<QListWidget *>(QStringLiteral("myChangesList"));
    QCOMPARE(texts(mine), (QStringList{added(B), removed(E)}));
    QVERIFY(mine->item(1)->data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Removed:")));

    // Every choice's resulting set, marked against the server's current set {A, C, E}; changes first.
    QCOMPARE(texts(dialog.resultListFor(ConflictResolution::Merge)),
             (QStringList{added(B), removed(E), kept(A), kept(ShownC)}));
    QCOMPARE(texts(dialog.resultListFor(ConflictResolution::Overwrite)),
             (QStringList{added(B), added(D), removed(ShownC), removed(E), kept(A)}));
    QCOMPARE(texts(dialog.resultListFor(ConflictResolution::KeepServer)),
             (QStringList{kept(A), kept(ShownC), kept(E)}));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("mergeSummary"))->text(),
             QStringLiteral("Afterwards: 3 aggregate(s) (1 added, 1 removed)"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("keepServerSummary"))->text(),
             QStringLiteral("Afterwards: 3 aggregate(s) (no change on the server)"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mergeDescription"))
                ->text()
                .contains(QStringLiteral("applied on top of the server's current set")));
}

void TestConflictDialog::namesAggregatesWhereKnown()
{
    // B has a Nova name, C (stored upper case) a local label; the rest stay bare UUIDs.
    const ConflictDialog::AggregateNamer names = [](const QString &aggregate) -> QString {
        if (aggregate == B)
            return QStringLiteral("az-north");
        if (aggregate == C.toUpper())
            return QStringLiteral("“maint-nov”");
        return {};
    };
    ConflictDialog dialog(makeConflict(), 0, names, nullptr);
    auto *server = dialog.findChild<QListWidget *>(QStringLiteral("serverChangesList"));
    QCOMPARE(texts(server), (QStringList{added(QStringLiteral("“maint-nov” (cccccccc)")), removed(D)}));
    // The exact string stays one hover and one screen-reader phrase away.
    QVERIFY2(server->item(0)->toolTip().contains(ShownC), qPrintable(server->item(0)->toolTip()));
    QVERIFY(server->item(0)->data(Qt::AccessibleTextRole).toString().contains(C.toUpper()));
    auto *mine = dialog.findChild<QListWidget *>(QStringLiteral("myChangesList"));
    QCOMPARE(texts(mine), (QStringList{added(QStringLiteral("az-north (bbbbbbbb)")), removed(E)}));
    QCOMPARE(texts(dialog.resultListFor(ConflictResolution::Merge)),
             (QStringList{added(QStringLiteral("az-north (bbbbbbbb)")), removed(E), kept(A),
                          kept(QStringLiteral("“maint-nov” (cccccccc)"))}));
    // The overwrite warning names them too.
    dialog.setSelectedResolution(ConflictResolution::Overwrite);
    QVERIFY(dialog.hasOverwriteWarning());
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("“maint-nov” <span"));
    QVERIFY2(named, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("overwriteWarningText"))->text()));
}

void TestConflictDialog::mergeIsTheDefault()
{
    ConflictDialog dialog(makeConflict());
    QVERIFY(showAndWait(&dialog));
    saveScreenshot(&dialog, QStringLiteral("conflictdialog-merge"));
    QSignalSpy decided(&dialog, &ConflictDialog::decided);
    QVERIFY(dialog.radioFor(ConflictResolution::Merge)->isChecked());
    QCOMPARE(dialog.selectedResolution(), ConflictResolution::Merge);
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Merge"));
    QVERIFY(dialog.applyButton()->isDefault());

    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Merge);
    QCOMPARE(dialog.decision().applyToAllRemaining, false);
    QCOMPARE(decided.size(), 1);
}

void TestConflictDialog::overwriteShowsWhatItUndoes()
{
    ConflictDialog dialog(makeConflict());
    QVERIFY(showAndWait(&dialog));
    QVERIFY(dialog.hasOverwriteWarning());
    auto *warning = dialog.findChild<QWidget *>(QStringLiteral("overwriteWarning"));
    QVERIFY(warning->isVisible());
    // Names both server-side changes it would undo, with full UUIDs.
    const QString text =
        dialog.findChild<QLabel *>(QStringLiteral("overwriteWarningText"))->accessibleDescription();
    QVERIFY2(text.contains(QStringLiteral("removes %1, which the server added").arg(ShownC)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("adds back %1, which the server removed").arg(D)),
             qPrintable(text));
    QVERIFY(!text.contains(A));

    clickIndicator(dialog.radioFor(ConflictResolution::Overwrite));
    QVERIFY(dialog.radioFor(ConflictResolution::Overwrite)->isChecked());
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Overwrite"));
    saveScreenshot(&dialog, QStringLiteral("conflictdialog-overwrite"));
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Overwrite);
}

void TestConflictDialog::noOverwriteWarningWhenNothingIsUndone()
{
    // The server removed D, and I removed it too (and more): overwriting undoes nothing of theirs.
    ProviderConflict conflict = makeConflict();
    conflict.base = {A, D};
    conflict.mine = {B};
    conflict.theirs = {A};
    conflict.merge = threeWayMerge(conflict.base, conflict.mine, conflict.theirs);
    QVERIFY(!conflict.merge.overwriteUndoesServerChanges());
    ConflictDialog dialog(conflict);
    QVERIFY(showAndWait(&dialog));
    QVERIFY(!dialog.hasOverwriteWarning());
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("overwriteWarning"))->isVisible());
}

void TestConflictDialog::keepServerDropsMyEdits()
{
    ConflictDialog dialog(makeConflict());
    QVERIFY(showAndWait(&dialog));
    clickIndicator(dialog.radioFor(ConflictResolution::KeepServer));
    QCOMPARE(dialog.selectedResolution(), ConflictResolution::KeepServer);
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Keep server's set"));
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.decision().resolution, ConflictResolution::KeepServer);
}

void TestConflictDialog::decideLaterAnswersSkip()
{
    ConflictDialog dialog(makeConflict());
    QVERIFY(showAndWait(&dialog));
    QSignalSpy decided(&dialog, &ConflictDialog::decided);
    QVERIFY(dialog.decideLaterButton()->toolTip().contains(QStringLiteral("your edits stay pending")));
    clickIndicator(dialog.radioFor(ConflictResolution::Overwrite)); // a choice made, then changed my mind
    QTest::mouseClick(dialog.decideLaterButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Skip);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().first().value<ConflictDecision>().resolution, ConflictResolution::Skip);
}

void TestConflictDialog::escapeAnswersSkip()
{
    ConflictDialog dialog(makeConflict());
    QVERIFY(showAndWait(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Skip);
}

void TestConflictDialog::applyToAllCheckbox()
{
    {
        ConflictDialog last(makeConflict(), 0);
        QVERIFY(last.findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"))->isHidden());
        QVERIFY(last.findChild<QLabel *>(QStringLiteral("conflictRemainingLabel"))->isHidden());
        last.setApplyToAllRemaining(true); // nothing remains: ignored
        QCOMPARE(last.decision().applyToAllRemaining, false);
    }

    ConflictDialog dialog(makeConflict(), 2);
    QVERIFY(showAndWait(&dialog));
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"));
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked());
    QCOMPARE(check->text().remove(QLatin1Char('&')), QStringLiteral("Apply to all remaining conflicts (2)"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictRemainingLabel"))->text(),
             QStringLiteral("2 more conflict(s) waiting")); // no plural catalogue loaded

    clickIndicator(check);
    QVERIFY(check->isChecked());
    // The buttons say for how many.
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Merge all 3"));
    QCOMPARE(dialog.decideLaterButton()->text().remove(QLatin1Char('&')),
             QStringLiteral("Decide later for all 3"));
    clickIndicator(dialog.radioFor(ConflictResolution::KeepServer));
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Keep server's set for all 3"));
    // Longer labels get room; nothing is clipped.
    QTRY_VERIFY(dialog.applyButton()->width() >= dialog.applyButton()->sizeHint().width());
    QVERIFY(dialog.decideLaterButton()->width() >= dialog.decideLaterButton()->sizeHint().width());
    QVERIFY(dialog.rect().contains(dialog.decideLaterButton()->geometry()));
    saveScreenshot(&dialog, QStringLiteral("conflictdialog-applytoall"));
    clickIndicator(dialog.radioFor(ConflictResolution::Merge));
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Merge);
    QCOMPARE(dialog.decision().applyToAllRemaining, true);
}

void TestConflictDialog::keyboardOnly()
{
    ConflictDialog dialog(makeConflict(), 1);
    QVERIFY(showAndWait(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Focus starts on the default choice; arrows move through the choices, Enter applies.
    QCOMPARE(QApplication::focusWidget(), dialog.radioFor(ConflictResolution::Merge));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(dialog.radioFor(ConflictResolution::Overwrite)->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(dialog.radioFor(ConflictResolution::KeepServer)->isChecked());
    // Mnemonics reach every control (a mnemonic "animates" the click: it lands a moment later).
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(dialog.radioFor(ConflictResolution::Overwrite)->isChecked());
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(dialog.applyToAllRemaining());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.decision().resolution, ConflictResolution::Overwrite);
    QCOMPARE(dialog.decision().applyToAllRemaining, true);
}

void TestConflictDialog::uuidsAreNeverCutOff()
{
    ConflictDialog dialog(makeConflict(), 3);
    QVERIFY(showAndWait(&dialog));
    const QList<QListWidget *> lists = dialog.findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 5);
    for (QListWidget *list : lists) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            const QRect rect = list->visualItemRect(item);
            const int needed = QFontMetrics(item->font()).horizontalAdvance(item->text());
            QVERIFY2(rect.width() >= needed && list->viewport()->width() >= needed,
                     qPrintable(list->objectName() + QLatin1Char(' ') + item->text()));
            // Short lists show every row; longer ones scroll.
            if (list->count() <= 4) {
                QVERIFY2(list->viewport()->rect().contains(rect),
                         qPrintable(list->objectName() + QStringLiteral(" row hidden: ") + item->text()));
            } else {
                QVERIFY(list->verticalScrollBar()->isVisible());
            }
        }
    }
    auto *uuid = dialog.findChild<QLabel *>(QStringLiteral("conflictProviderUuid"));
    QVERIFY(uuid->width() >= uuid->fontMetrics().horizontalAdvance(uuid->text()));
}

void TestConflictDialog::largeConflictStillFitsTheScreen()
{
    // 12 aggregates loaded; the server added 6 and removed 6 of them; I removed 2 and added 3.
    const auto uuid = [](int i) {
        return QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 10, QLatin1Char('0'));
    };
    ProviderConflict conflict = makeConflict();
    conflict.base.clear();
    for (int i = 0; i < 12; ++i)
        conflict.base << uuid(i);
    conflict.theirs = conflict.base.mid(6);
    for (int i = 20; i < 26; ++i)
        conflict.theirs << uuid(i);
    conflict.mine = conflict.base.mid(2) + QStringList{uuid(30), uuid(31), uuid(32)};
    conflict.merge = threeWayMerge(conflict.base, conflict.mine, conflict.theirs);
    ConflictDialog dialog(conflict, 1);
    QVERIFY(showAndWait(&dialog));
    saveScreenshot(&dialog, QStringLiteral("conflictdialog-large"));
    // Lists scroll instead of growing, so the dialog fits a 1366x768 laptop screen with its frame.
    QVERIFY2(dialog.minimumHeight() <= 700, qPrintable(QString::number(dialog.minimumHeight())));
    QVERIFY(dialog.resultListFor(ConflictResolution::Overwrite)->verticalScrollBar()->isVisible());
    // The warning names the first undone changes and counts the rest.
    const QString text =
        dialog.findChild<QLabel *>(QStringLiteral("overwriteWarningText"))->accessibleDescription();
    QVERIFY2(text.contains(QStringLiteral("and 7 more")), qPrintable(text));
}

void TestConflictDialog::everyControlHasAccessibleNameAndObjectName()
{
    ConflictDialog dialog(makeConflict(), 2);
    QVERIFY(showAndWait(&dialog));
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog))
            continue;
        const QByteArray className = widget->metaObject()->className();
        // Layout containers and Qt's own scroll-area and size-grip plumbing are not controls.
        if (className == "QWidget" || className == "QScrollBar" || className == "QSizeGrip" ||
            className == "QAbstractScrollAreaScrollBarContainer" ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(className), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestConflictDialog::strategyOpensOneWindowModalDialogAtATime()
{
    QWidget window;
    window.resize(800, 600);
    QVERIFY(showAndWait(&window));
    DialogConflictStrategy strategy(&window);
    QSignalSpy opened(&strategy, &DialogConflictStrategy::dialogOpened);
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QMap<QString, ConflictResolution> results;
    const QStringList providers{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
    for (const QString &provider : providers) {
        resolver.resolve(makeConflict(provider, provider),
                         [&results, provider](ConflictResolution r) { results.insert(provider, r); });
    }

    // open(), not exec(): resolve() returned and the question waits in a window-modal dialog.
    QPointer<ConflictDialog> first = strategy.currentDialog();
    QVERIFY(first);
    QCOMPARE(opened.size(), 1);
    QVERIFY(results.isEmpty());
    QVERIFY(first->isVisible());
    QCOMPARE(first->windowModality(), Qt::WindowModal);
    QCOMPARE(first->parentWidget(), &window);
    QCOMPARE(first->conflict().providerUuid, QStringLiteral("p1"));
    QCOMPARE(visibleConflictDialogs(&window).size(), 1);
    // Asked as soon as p1 arrived, before p2 and p3 were known; the count can follow later arrivals.
    QCOMPARE(first->remainingAfterThis(), 0);
    QVERIFY(first->findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"))->isHidden());
    strategy.setRemainingAfterThis(resolver.waiting() - 1);
    QCOMPARE(first->remainingAfterThis(), 2);
    QVERIFY(first->findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"))->isVisible());
    QVERIFY(first->findChild<QLabel *>(QStringLiteral("conflictRemainingLabel"))->isVisible());

    clickIndicator(first->radioFor(ConflictResolution::Overwrite));
    QTest::mouseClick(first->applyButton(), Qt::LeftButton);
    QCOMPARE(results.value(QStringLiteral("p1")), ConflictResolution::Overwrite);
    QCOMPARE(results.size(), 1);

    // The next provider's dialog replaces it at once.
    ConflictDialog *second = strategy.currentDialog();
    QVERIFY(second);
    QVERIFY(second != first);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(second->conflict().providerUuid, QStringLiteral("p2"));
    QCOMPARE(second->remainingAfterThis(), 1);
    QCOMPARE(visibleConflictDialogs(&window), QList<ConflictDialog *>{second});
    QTRY_VERIFY(first.isNull()); // the finished dialog is deleted

    // Keep server for this one and the one remaining: no third dialog.
    clickIndicator(second->radioFor(ConflictResolution::KeepServer));
    clickIndicator(second->findChild<QCheckBox *>(QStringLiteral("applyToAllCheck")));
    QTest::mouseClick(second->applyButton(), Qt::LeftButton);
    QCOMPARE(results.value(QStringLiteral("p2")), ConflictResolution::KeepServer);
    QCOMPARE(results.value(QStringLiteral("p3")), ConflictResolution::KeepServer);
    QCOMPARE(opened.size(), 2);
    QVERIFY(!strategy.currentDialog());
    QCOMPARE(resolver.waiting(), 0);
    QTRY_VERIFY(window.findChildren<ConflictDialog *>().isEmpty());

    // Conflicts arriving later in the same submit follow the same choice without a dialog.
    resolver.resolve(makeConflict(QStringLiteral("p4")),
                     [&results](ConflictResolution r) { results.insert(QStringLiteral("p4"), r); });
    QCOMPARE(results.value(QStringLiteral("p4")), ConflictResolution::KeepServer);
    QCOMPARE(opened.size(), 2);
}

void TestConflictDialog::strategyDecideLaterSkipsOnlyThatProvider()
{
    QWidget window;
    QVERIFY(showAndWait(&window));
    DialogConflictStrategy strategy(&window);
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QMap<QString, ConflictResolution> results;
    for (const QString &provider : {QStringLiteral("p1"), QStringLiteral("p2")}) {
        resolver.resolve(makeConflict(provider, provider),
                         [&results, provider](ConflictResolution r) { results.insert(provider, r); });
    }
    QTest::mouseClick(strategy.currentDialog()->decideLaterButton(), Qt::LeftButton);
    QCOMPARE(results.value(QStringLiteral("p1")), ConflictResolution::Skip);
    QVERIFY(!results.contains(QStringLiteral("p2")));
    QVERIFY(strategy.currentDialog());
    QCOMPARE(strategy.currentDialog()->conflict().providerUuid, QStringLiteral("p2"));
    QTest::mouseClick(strategy.currentDialog()->applyButton(), Qt::LeftButton);
    QCOMPARE(results.value(QStringLiteral("p2")), ConflictResolution::Merge);
}

void TestConflictDialog::strategyCancelPendingClosesTheDialog()
{
    QWidget window;
    QVERIFY(showAndWait(&window));
    DialogConflictStrategy strategy(&window);
    ConflictResolver resolver;
    resolver.setStrategy(&strategy);
    QList<ConflictResolution> results;
    for (int i = 0; i < 2; ++i)
        resolver.resolve(makeConflict(QString::number(i)),
                         [&results](ConflictResolution r) { results.append(r); });
    QPointer<ConflictDialog> dialog = strategy.currentDialog();
    QVERIFY(dialog && dialog->isVisible());

    // Canceling the submit: the open question closes and everything waiting is skipped.
    resolver.cancelPending();
    QCOMPARE(results, (QList<ConflictResolution>{ConflictResolution::Skip, ConflictResolution::Skip}));
    QVERIFY(!strategy.currentDialog());
    QVERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(dialog.isNull());
}

void TestConflictDialog::strategyAbandonIgnoresApplyToAll()
{
    QWidget window;
    QVERIFY(showAndWait(&window));
    DialogConflictStrategy strategy(&window);
    QList<ConflictDecision> answers;
    strategy.decide(makeConflict(), 3, [&answers](const ConflictDecision &d) { answers.append(d); });
    QVERIFY(strategy.currentDialog());
    strategy.currentDialog()->setSelectedResolution(ConflictResolution::Overwrite);
    strategy.currentDialog()->setApplyToAllRemaining(true);
    strategy.abandon();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().resolution, ConflictResolution::Skip);
    QCOMPARE(answers.first().applyToAllRemaining, false);
    strategy.abandon(); // nothing open: no second answer
    QCOMPARE(answers.size(), 1);
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
