// "New aggregate…" and the aggregate picker driven with QTest (offscreen): live validation with an
// inline message, duplicates in another spelling, accepted spellings and their canonical form,
// Generate, filtering, member counts, and creating a new aggregate from the picker.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/uuids.h"
#include "membership/membershipstore.h"
#include "ui/aggregatepickerdialog.h"
#include "ui/newaggregatedialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

namespace {

const QString A = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString B = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString C = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString D = QStringLiteral("dddddddd-0000-4000-8000-000000000004");
const QString E = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005");

void showAndWait(QWidget *widget)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

// With PD_SCREENSHOT_DIR set, the rendered dialog is kept for a human look at the layout.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Three providers: compute-1 in A and B, compute-2 in A, compute-3 in C (spelled upper case by the
// server); D is a column nobody is in yet.
void fillStore(MembershipStore *store)
{
    const QString p1 = QStringLiteral("10000000-0000-4000-8000-000000000001");
    const QString p2 = QStringLiteral("20000000-0000-4000-8000-000000000002");
    const QString p3 = QStringLiteral("30000000-0000-4000-8000-000000000003");
    store->resetProviders({{p1, QStringLiteral("compute-1"), 1, {}, p1},
                           {p2, QStringLiteral("compute-2"), 1, {}, p2},
                           {p3, QStringLiteral("compute-3"), 1, {}, p3}});
    store->setAggregates({p1, {A, B}, 1});
    store->setAggregates({p2, {A}, 1});
    store->setAggregates({p3, {C.toUpper()}, 1});
    store->addAggregate(D);
}

QString memberText(const QTreeWidget *list, const QString &uuid, int column = 1)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == uuid)
            return list->topLevelItem(i)->text(column);
    }
    return QStringLiteral("<missing>");
}

QStringList unnamedControls(QWidget *dialog)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(dialog))
            continue;
        const QByteArray className = widget->metaObject()->className();
        // Layout containers and Qt's own scroll-area, header, clear-button and size-grip plumbing.
        if (className == "QWidget" || className == "QScrollBar" || className == "QSizeGrip" ||
            className == "QHeaderView" || className == "QLineEditIconButton" ||
            className == "QAbstractScrollAreaScrollBarContainer" ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(className), widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestNewAggregateDialog : public QObject
{
    Q_OBJECT

private slots:
    void emptyInputKeepsOkDisabled();
    void invalidTextIsExplainedInline_data();
    void invalidTextIsExplainedInline();
    void duplicateInAnotherSpellingIsRejected();
    void acceptedSpellingsAreCanonicalized_data();
    void acceptedSpellingsAreCanonicalized();
    void generateFillsAFreshUuid();
    void storeColumnsCountAsPresent();
    void keyboardOnly();
    void newAggregateDialogIsAccessible();

    void pickerListsAggregatesWithMemberCounts();
    void pickerFiltersInAnySpelling();
    void pickerReturnsTheStoredString();
    void pickerArrowKeysFromTheFilter();
    void pickerCreatesANewAggregate();
    void pickerRemoveOffersOnlyAggregatesOfTheSelection();
    void pickerIsAccessible();
};

void TestNewAggregateDialog::emptyInputKeepsOkDisabled()
{
    NewAggregateDialog dialog([](const QString &) { return false; });
    showAndWait(&dialog);
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Empty);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.canonicalUuid().isNull());
    // A hint, not an error, before anything is typed.
    QVERIFY(dialog.message().contains(QStringLiteral("urn:uuid:")));
    saveScreenshot(&dialog, QStringLiteral("newaggregatedialog-empty"));
}

void TestNewAggregateDialog::invalidTextIsExplainedInline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("word") << QStringLiteral("not-a-uuid") << QStringLiteral("“n” is not a hexadecimal digit");
    QTest::newRow("too short") << QStringLiteral("aaaa1111")
                               << QStringLiteral("8 hexadecimal digit(s); a UUID has 32");
    QTest::newRow("one digit missing") << A.left(35) << QStringLiteral("31 hexadecimal digit(s)");
    QTest::newRow("one digit too many") << A + QLatin1Char('0') << QStringLiteral("33 hexadecimal digit(s)");
    QTest::newRow("inner space") << QStringLiteral("aaaaaaaa 0000-4000-8000-000000000001")
                                 << QStringLiteral("contains a space");
    QTest::newRow("upper-case G") << QStringLiteral("GAAAAAAA-0000-4000-8000-000000000001")
                                  << QStringLiteral("“G” is not a hexadecimal digit");
    QTest::newRow("unbalanced brace")
        << QLatin1Char('{') + A << QStringLiteral("“{” is not a hexadecimal digit");
}

void TestNewAggregateDialog::invalidTextIsExplainedInline()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    NewAggregateDialog dialog([](const QString &) { return false; });
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), text);
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Invalid);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.canonicalUuid().isNull());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("validationMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Not a valid UUID")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
    // Screen readers hear it on the field as well.
    QCOMPARE(dialog.uuidEdit()->accessibleDescription(), message->text());
    if (QByteArray(QTest::currentDataTag()) == "word")
        saveScreenshot(&dialog, QStringLiteral("newaggregatedialog-invalid"));

    // Enter does not accept invalid text.
    QTest::keyClick(dialog.uuidEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestNewAggregateDialog::duplicateInAnotherSpellingIsRejected()
{
    QStringList asked;
    NewAggregateDialog dialog([&asked](const QString &canonical) {
        asked << canonical;
        return canonical == A;
    });
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), A.toUpper().remove(QLatin1Char('-')));
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Duplicate);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.message(), QStringLiteral("Aggregate %1 is already present.").arg(A));
    QCOMPARE(asked.last(), A); // the check gets the canonical form
    saveScreenshot(&dialog, QStringLiteral("newaggregatedialog-duplicate"));

    // One more digit changed: a different aggregate, fine.
    typeInto(dialog.uuidEdit(), B.toUpper());
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Valid);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestNewAggregateDialog::acceptedSpellingsAreCanonicalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("canonical") << B;
    QTest::newRow("upper case") << B.toUpper();
    QTest::newRow("no dashes") << QString(B).remove(QLatin1Char('-'));
    QTest::newRow("braces") << QLatin1Char('{') + B.toUpper() + QLatin1Char('}');
    QTest::newRow("urn") << QStringLiteral("urn:uuid:") + B;
    QTest::newRow("URN upper case") << QStringLiteral("URN:UUID:") + B.toUpper();
    QTest::newRow("surrounding spaces") << QStringLiteral("  ") + B + QStringLiteral(" ");
}

void TestNewAggregateDialog::acceptedSpellingsAreCanonicalized()
{
    QFETCH(QString, text);
    NewAggregateDialog dialog([](const QString &canonical) { return canonical == A; });
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), text);
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Valid);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.message(), QStringLiteral("Will be added as %1").arg(B));
    if (QByteArray(QTest::currentDataTag()) == "braces")
        saveScreenshot(&dialog, QStringLiteral("newaggregatedialog-valid"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.canonicalUuid(), B);
}

void TestNewAggregateDialog::generateFillsAFreshUuid()
{
    QStringList present{A};
    NewAggregateDialog dialog([&present](const QString &canonical) { return present.contains(canonical); });
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), QStringLiteral("garbage"));
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    const QString first = dialog.canonicalUuid();
    QVERIFY(Uuids::isValid(first));
    QCOMPARE(first, Uuids::canonical(first));
    // A random (version 4, RFC 4122 variant) UUID.
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                 .match(first)
                 .hasMatch(),
             qPrintable(first));
    QCOMPARE(dialog.text(), first);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Valid);

    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(dialog.canonicalUuid() != first);
    QVERIFY(!present.contains(dialog.canonicalUuid()));
}

void TestNewAggregateDialog::storeColumnsCountAsPresent()
{
    MembershipStore store;
    store.addAggregate(C.toUpper());
    NewAggregateDialog dialog(&store);
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), C);
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Duplicate);
    typeInto(dialog.uuidEdit(), D);
    QCOMPARE(dialog.state(), NewAggregateDialog::State::Valid);
}

void TestNewAggregateDialog::keyboardOnly()
{
    NewAggregateDialog dialog([](const QString &) { return false; });
    showAndWait(&dialog);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Focus starts in the field; Alt+G generates; Enter adds.
    QCOMPARE(QApplication::focusWidget(), dialog.uuidEdit());
    QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
    QTRY_COMPARE(dialog.state(), NewAggregateDialog::State::Valid);
    const QString generated = dialog.canonicalUuid();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.canonicalUuid(), generated);

    NewAggregateDialog escaped([](const QString &) { return false; });
    showAndWait(&escaped);
    QTest::keyClicks(escaped.uuidEdit(), B);
    QTest::keyClick(escaped.uuidEdit(), Qt::Key_Escape);
    QCOMPARE(escaped.result(), int(QDialog::Rejected));
}

void TestNewAggregateDialog::newAggregateDialogIsAccessible()
{
    NewAggregateDialog dialog([](const QString &) { return false; });
    showAndWait(&dialog);
    typeInto(dialog.uuidEdit(), QStringLiteral("x"));
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // A whole urn:uuid:{…} spelling fits without scrolling.
    const QString longest = QStringLiteral("urn:uuid:{") + A + QLatin1Char('}');
    QVERIFY(dialog.uuidEdit()->width() > dialog.uuidEdit()->fontMetrics().horizontalAdvance(longest));
}

void TestNewAggregateDialog::pickerListsAggregatesWithMemberCounts()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&picker);
    saveScreenshot(&picker, QStringLiteral("aggregatepicker-add"));
    QCOMPARE(picker.windowTitle(), QStringLiteral("Add to Aggregate"));
    // Exact strings in the store's column order; C arrived upper case and is shown canonical, with
    // the stored spelling beside it.
    QCOMPARE(picker.visibleUuids(), (QStringList{A, B, C.toUpper(), D}));
    QTreeWidget *list = picker.aggregateList();
    QCOMPARE(memberText(list, A), QStringLiteral("2"));
    QCOMPARE(memberText(list, B), QStringLiteral("1"));
    QCOMPARE(memberText(list, C + QStringLiteral(" (stored as ") + C.toUpper() + QLatin1Char(')')),
             QStringLiteral("1"));
    QCOMPARE(memberText(list, D), QStringLiteral("0"));
    // The UUID column shows every UUID whole.
    const int needed = QFontMetrics(list->topLevelItem(0)->font(0)).horizontalAdvance(A);
    QVERIFY2(list->header()->sectionSize(0) > needed,
             qPrintable(QStringLiteral("%1 <= %2").arg(list->header()->sectionSize(0)).arg(needed)));
    // The first row is preselected: Enter picks it at once.
    QCOMPARE(picker.selectedUuid(), A);
    QVERIFY(picker.okButton()->isEnabled());
    QVERIFY(picker.newAggregateButton());
}

void TestNewAggregateDialog::pickerFiltersInAnySpelling()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&picker);
    typeInto(picker.filterEdit(), QStringLiteral("BBBB"));
    QCOMPARE(picker.visibleUuids(), QStringList{B});
    QCOMPARE(picker.selectedUuid(), B);
    // Dashes are spelling, not content.
    typeInto(picker.filterEdit(), QStringLiteral("bbbb0000"));
    QCOMPARE(picker.visibleUuids(), QStringList{B});
    typeInto(picker.filterEdit(), QStringLiteral("{CCCCCCCC-0000"));
    QCOMPARE(picker.visibleUuids(), QStringList{C.toUpper()});
    typeInto(picker.filterEdit(), QStringLiteral("-4000-8000-00000000000"));
    QCOMPARE(picker.visibleUuids().size(), 4);

    // Nothing matches: OK disabled and a message instead of an empty list.
    typeInto(picker.filterEdit(), QStringLiteral("zz"));
    QVERIFY(picker.visibleUuids().isEmpty());
    QVERIFY(picker.selectedUuid().isNull());
    QVERIFY(!picker.okButton()->isEnabled());
    auto *empty = picker.findChild<QLabel *>(QStringLiteral("aggregateEmptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No aggregate matches “zz”."));
    saveScreenshot(&picker, QStringLiteral("aggregatepicker-nomatch"));

    // A whole UUID that is not a column: the message points at "New aggregate…".
    typeInto(picker.filterEdit(), E.toUpper());
    QVERIFY(empty->text().contains(E));
    QVERIFY(empty->text().contains(QStringLiteral("New aggregate")));

    picker.filterEdit()->clear();
    QCOMPARE(picker.visibleUuids().size(), 4);
    QVERIFY(!empty->isVisible());
}

void TestNewAggregateDialog::pickerReturnsTheStoredString()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&picker);
    typeInto(picker.filterEdit(), QStringLiteral("CCCC"));
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    // Exactly as the server stores it: a lower-case PUT would create another aggregate.
    QCOMPARE(picker.selectedUuid(), C.toUpper());
    QVERIFY(!picker.isNewAggregate());

    AggregatePickerDialog clicked(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&clicked);
    QVERIFY(clicked.selectUuid(D.toUpper()));
    QTest::mouseClick(clicked.okButton(), Qt::LeftButton);
    QCOMPARE(clicked.result(), int(QDialog::Accepted));
    QCOMPARE(clicked.selectedUuid(), D);
}

void TestNewAggregateDialog::pickerArrowKeysFromTheFilter()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&picker);
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    QCOMPARE(QApplication::focusWidget(), picker.filterEdit());
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    QCOMPARE(picker.selectedUuid(), B);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    QCOMPARE(picker.selectedUuid(), C.toUpper());
    QTest::keyClick(picker.filterEdit(), Qt::Key_Up);
    QCOMPARE(picker.selectedUuid(), B);
    QCOMPARE(QApplication::focusWidget(), picker.filterEdit()); // typing continues to filter
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.selectedUuid(), B);
}

void TestNewAggregateDialog::pickerCreatesANewAggregate()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add, {0, 1});
    showAndWait(&picker);
    QTest::mouseClick(picker.newAggregateButton(), Qt::LeftButton);
    QPointer<NewAggregateDialog> dialog = picker.newAggregateDialog();
    QVERIFY(dialog);
    // open(), not exec(): window-modal over the picker, and we got here.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->parentWidget(), &picker);

    // A column already present is refused; so is the same one in another spelling.
    typeInto(dialog->uuidEdit(), A.toUpper());
    QCOMPARE(dialog->state(), NewAggregateDialog::State::Duplicate);
    typeInto(dialog->uuidEdit(), QLatin1Char('{') + E.toUpper() + QLatin1Char('}'));
    QCOMPARE(dialog->state(), NewAggregateDialog::State::Valid);
    saveScreenshot(dialog, QStringLiteral("aggregatepicker-newaggregate"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(!picker.newAggregateDialog());
    QTRY_VERIFY(dialog.isNull());

    // The new aggregate is offered first and selected; the store is not touched.
    QCOMPARE(picker.visibleUuids().first(), E);
    QCOMPARE(picker.selectedUuid(), E);
    QVERIFY(picker.isNewAggregate());
    QCOMPARE(memberText(picker.aggregateList(), E), QStringLiteral("new"));
    QCOMPARE(memberText(picker.aggregateList(), E, 2), QStringLiteral("0 of 2"));
    QCOMPARE(store.columnOf(E), -1);
    saveScreenshot(&picker, QStringLiteral("aggregatepicker-withnew"));

    // Creating it again from the picker is a duplicate now.
    QTest::mouseClick(picker.newAggregateButton(), Qt::LeftButton);
    QVERIFY(picker.newAggregateDialog());
    typeInto(picker.newAggregateDialog()->uuidEdit(), E);
    QCOMPARE(picker.newAggregateDialog()->state(), NewAggregateDialog::State::Duplicate);
    picker.newAggregateDialog()->reject();
    QCOMPARE(picker.selectedUuid(), E);

    QTest::mouseClick(picker.okButton(), Qt::LeftButton);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.selectedUuid(), E);

    // A whole UUID typed into the filter is offered to "New aggregate…".
    AggregatePickerDialog prefilled(&store, AggregatePickerDialog::Mode::Add);
    showAndWait(&prefilled);
    typeInto(prefilled.filterEdit(), E.toUpper());
    QTest::mouseClick(prefilled.newAggregateButton(), Qt::LeftButton);
    QCOMPARE(prefilled.newAggregateDialog()->canonicalUuid(), E);
    prefilled.newAggregateDialog()->reject();
}

void TestNewAggregateDialog::pickerRemoveOffersOnlyAggregatesOfTheSelection()
{
    MembershipStore store;
    fillStore(&store);
    // compute-1 (A, B) and compute-2 (A) selected; a pending removal of B from compute-1 counts.
    const int row1 = store.rowOf(QStringLiteral("10000000-0000-4000-8000-000000000001"));
    const int row2 = store.rowOf(QStringLiteral("20000000-0000-4000-8000-000000000002"));
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Remove, {row1, row2});
    showAndWait(&picker);
    saveScreenshot(&picker, QStringLiteral("aggregatepicker-remove"));
    QCOMPARE(picker.windowTitle(), QStringLiteral("Remove from Aggregate"));
    QVERIFY(!picker.newAggregateButton());
    QCOMPARE(picker.visibleUuids(), (QStringList{A, B}));
    QCOMPARE(memberText(picker.aggregateList(), A, 2), QStringLiteral("2 of 2"));
    QCOMPARE(memberText(picker.aggregateList(), B, 2), QStringLiteral("1 of 2"));
    QCOMPARE(picker.okButton()->text(), QStringLiteral("Remove from aggregate"));

    QVERIFY(store.setWantsMember(row1, store.columnOf(B), false));
    AggregatePickerDialog afterEdit(&store, AggregatePickerDialog::Mode::Remove, {row1, row2});
    QCOMPARE(afterEdit.visibleUuids(), QStringList{A});
}

void TestNewAggregateDialog::pickerIsAccessible()
{
    MembershipStore store;
    fillStore(&store);
    AggregatePickerDialog picker(&store, AggregatePickerDialog::Mode::Add, {0});
    showAndWait(&picker);
    typeInto(picker.filterEdit(), QStringLiteral("zz")); // the empty-state label shows too
    const QStringList unnamed = unnamedControls(&picker);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    MembershipStore empty;
    AggregatePickerDialog none(&empty, AggregatePickerDialog::Mode::Add);
    showAndWait(&none);
    auto *label = none.findChild<QLabel *>(QStringLiteral("aggregateEmptyLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("New aggregate")));
    QVERIFY(!none.okButton()->isEnabled());
}

QTEST_MAIN(TestNewAggregateDialog)
#include "tst_newaggregatedialog.moc"
