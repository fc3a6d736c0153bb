#include "ui/mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

MainActions::MainActions(QWidget *window, QUndoStack *undoStack) : QObject(window), m_window(window)
{
    // F5 everywhere, plus the platform's own refresh keys (Ctrl+R on some desktops), without duplicates.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    }
    editGroup = new QActionGroup(this);
    editGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    undo = undoStack->createUndoAction(editGroup, tr("&Undo"));
    redo = undoStack->createRedoAction(editGroup, tr("&Redo"));
    editGroup->addAction(undo);
    editGroup->addAction(redo);
    const auto icon = [window](QStyle::StandardPixmap pixmap) {
        return window->style()->standardIcon(pixmap, nullptr, window);
    };

    struct Spec
    {
        QAction *&action;
        const char *name;
        QString text;
        QString toolTip;
        QList<QKeySequence> keys;
        QIcon icon;
        QObject *parent;
    };
    const Spec specs[] = {
        {refresh, "refreshAction", tr("&Refresh"),
         tr("Connect to the endpoint and load providers and aggregates; again on the same endpoint, read "
            "only what changed (F5)"),
         refreshKeys, icon(QStyle::SP_BrowserReload), this},
        {reloadAll,
         "reloadAllAction",
         tr("Reload &All"),
         tr("Read every provider's aggregates again, not only what changed (Shift+F5)"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         {},
         this},
        {loadOnly,
         "loadOnlyAction",
         tr("Load &Only…"),
         tr("Ask the server for some providers only: by name, aggregates, tree, traits or free resources "
            "(Ctrl+L)"),
         {QKeySequence(Qt::CTRL | Qt::Key_L)},
         {},
         this},
        {cancel,
         "cancelAction",
         tr("&Stop Loading"),
         tr("Stop loading; rows read so far stay (Esc)"),
         {QKeySequence(Qt::Key_Escape)},
         icon(QStyle::SP_BrowserStop),
         this},
        {connectCloud,
         "connectCloudAction",
         tr("Connect to &Cloud…"),
         tr("Sign in to an OpenStack cloud from clouds.yaml or by hand, through Keystone (Ctrl+O)"),
         {QKeySequence::Open},
         icon(QStyle::SP_DriveNetIcon),
         this},
        {disconnectCloud,
         "disconnectCloudAction",
         tr("&Disconnect from Cloud"),
         tr("End the Keystone session; the endpoint and token fields are editable again"),
         {},
         {},
         this},
        {importLabels,
         "importLabelsAction",
         tr("&Import Aggregate Labels…"),
         tr("Read local labels of aggregates from a JSON or YAML file a colleague exported"),
         {},
         {},
         this},
        {exportLabels,
         "exportLabelsAction",
         tr("&Export Aggregate Labels…"),
         tr("Write this cloud's local aggregate labels to a JSON or YAML file to share them"),
         {},
         {},
         this},
        {exportTable,
         "exportTableAction",
         tr("Export &Table…"),
         tr("Write the providers the filter shows, with their aggregates, to a CSV or JSON file"),
         {},
         {},
         this},
        {exportEdits,
         "exportEditsAction",
         tr("Export &Pending Edits…"),
         tr("Write the pending edits of the rows the filter shows to a CSV or JSON file"),
         {},
         {},
         this},
        {importPlan,
         "importPlanAction",
         tr("Import P&lan…"),
         tr("Read edits from a CSV or JSON plan, preview them, and make them pending edits (one undo step)"),
         {},
         {},
         this},
        {quit, "quitAction", tr("&Quit"), {}, {QKeySequence::Quit}, {}, this},
        {focusFilter, "focusFilterAction", tr("&Filter Providers"), {}, {QKeySequence::Find}, {}, this},
        {clearFilters, "clearFiltersAction", tr("&Clear Filters"), {}, {}, {}, this},
        {undo,
         "undoAction",
         {},
         {},
         {QKeySequence::Undo},
         QIcon::fromTheme(QStringLiteral("edit-undo"), icon(QStyle::SP_ArrowBack)),
         nullptr},
        {redo,
         "redoAction",
         {},
         {},
         {QKeySequence::Redo},
         QIcon::fromTheme(QStringLiteral("edit-redo"), icon(QStyle::SP_ArrowForward)),
         nullptr},
        {addToAggregate,
         "addToAggregateAction",
         tr("&Add to Aggregate…"),
         tr("Add the selected providers to an aggregate (Ctrl++ or Ctrl+=)"),
         // Ctrl+= too: "+" needs Shift on US keyboards.
         {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         {},
         editGroup},
        {removeFromAggregate,
         "removeFromAggregateAction",
         tr("Re&move from Aggregate…"),
         tr("Remove the selected providers from an aggregate (Ctrl+-)"),
         {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
         {},
         editGroup},
        {newAggregate,
         "newAggregateAction",
         tr("&New Aggregate…"),
         tr("Add a column for a new aggregate UUID (Ctrl+N)"),
         {QKeySequence(Qt::CTRL | Qt::Key_N)},
         {},
         editGroup},
        {submit,
         "submitAction",
         tr("&Submit Changes"),
         tr("Send every pending edit to Placement (Ctrl+Return)"),
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
         icon(QStyle::SP_DialogApplyButton),
         this},
        {autoMerge,
         "autoMergeAction",
         tr("&Merge Conflicts Automatically"),
         tr("When another writer changed a provider's aggregates too, apply my edits on top without asking"),
         {},
         {},
         this},
        {goToAggregate,
         "goToAggregateAction",
         tr("&Go to Aggregate…"),
         tr("Find an aggregate column by name or UUID and scroll to it (Ctrl+G)"),
         {QKeySequence(Qt::CTRL | Qt::Key_G)},
         {},
         this},
        {compactColumns,
         "compactColumnsAction",
         tr("Com&pact Aggregate Columns"),
         tr("Aggregate columns as narrow as their check boxes; names in the header tooltips"),
         {},
         {},
         this},
        {markAllSeen,
         "markAllSeenAction",
         tr("Mark All &Seen"),
         tr("Clear every \"changed on server\" mark of the live view"),
         {},
         {},
         this},
        {about, "aboutAction", tr("&About Placement Desk"), {}, {}, {}, this},
        {aboutQt, "aboutQtAction", tr("About &Qt"), {}, {}, {}, this},
    };
    for (const Spec &spec : specs) {
        if (!spec.action)
            spec.action = new QAction(spec.text, spec.parent);
        spec.action->setObjectName(QLatin1String(spec.name));
        spec.action->setShortcuts(spec.keys);
        if (!spec.toolTip.isEmpty())
            spec.action->setToolTip(spec.toolTip);
        if (!spec.icon.isNull())
            spec.action->setIcon(spec.icon);
    }
    // The toolbar's words. A button shows the menu's text by default, and in German that row was
    // too long for 1280 px: Submit went behind the overflow arrow. English keeps the menu's text;
    // a translation may be shorter here. (Stop's text changes with what it stops: not fixed here.)
    connectCloud->setIconText(tr("Connect to Cloud…", "toolbar button"));
    addToAggregate->setIconText(tr("Add to Aggregate…", "toolbar button"));
    removeFromAggregate->setIconText(tr("Remove from Aggregate…", "toolbar button"));
    liveGroup = new QActionGroup(this);
    liveGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    const QList<QPair<int, QString>> intervals{{0, tr("&Off")},
                                               {30, tr("Every &30 Seconds")},
                                               {60, tr("Every &Minute")},
                                               {300, tr("Every &5 Minutes")}};
    for (const auto &[seconds, text] : intervals) {
        QAction *action = liveGroup->addAction(text);
        action->setObjectName(QStringLiteral("liveAction%1").arg(seconds));
        action->setCheckable(true);
        action->setData(seconds);
        action->setChecked(seconds == 0);
        liveIntervals.append(action);
    }
    markAllSeen->setEnabled(false);
    compactColumns->setCheckable(true);
    cancel->setEnabled(false);
    disconnectCloud->setEnabled(false);
    clearFilters->setEnabled(false);
    autoMerge->setCheckable(true);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainActions::populate(QMenuBar *menuBar, QToolBar *toolBar, const QList<QAction *> &viewToggles)
{
    menuBar->setObjectName(QStringLiteral("menuBar"));
    menuBar->setAccessibleName(tr("Menu bar"));
    // nullptr is a separator.
    const auto fill = [](auto *widget, const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action)
                widget->addAction(action);
            else
                widget->addSeparator();
        }
    };
    const auto addMenu = [menuBar, fill](const char *name, const QString &title,
                                         const QString &accessibleName, const QList<QAction *> &actions) {
        QMenu *menu = menuBar->addMenu(title);
        menu->setObjectName(QLatin1String(name));
        menu->setAccessibleName(accessibleName);
        fill(menu, actions);
    };
    addMenu("fileMenu", tr("&File"), tr("File"),
            {connectCloud, disconnectCloud, nullptr, refresh, reloadAll, loadOnly, cancel, nullptr,
             exportTable, exportEdits, importPlan, nullptr, importLabels, exportLabels, nullptr, quit});
    addMenu(
        "editMenu", tr("&Edit"), tr("Edit"),
        {undo, redo, nullptr, addToAggregate, removeFromAggregate, newAggregate, nullptr, submit, autoMerge});
    // Live View: a submenu of its intervals, a radio group.
    auto *liveMenu = new QMenu(tr("&Live View"), menuBar);
    liveMenu->setObjectName(QStringLiteral("liveMenu"));
    liveMenu->setToolTip(tr("Refresh in the background and mark rows someone else changed; pending "
                            "edits stay"));
    liveMenu->setToolTipsVisible(true);
    fill(liveMenu, liveIntervals);
    addMenu("viewMenu", tr("&View"), tr("View"),
            QList<QAction *>{focusFilter, clearFilters, nullptr, goToAggregate, compactColumns, nullptr,
                             liveMenu->menuAction(), markAllSeen, nullptr} +
                viewToggles);
    addMenu("helpMenu", tr("&Help"), tr("Help"), {about, aboutQt});

    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fill(toolBar, {connectCloud, refresh, cancel, nullptr, undo, redo, nullptr, addToAggregate,
                   removeFromAggregate, newAggregate, nullptr, submit});
    // Qt drops the '&' of a mnemonic from a button's text but not the brackets that Chinese and
    // Japanese menus put it in ("提交更改(&S)" became "提交更改(S)"); follow the text without them.
    for (QAction *action : {refresh, cancel, newAggregate, submit}) {
        const auto follow = [action] {
            static const QRegularExpression bracketedMnemonic(QStringLiteral("\\(&[^)]\\)"));
            QString text = action->text();
            text.remove(bracketedMnemonic).remove(QLatin1Char('&'));
            if (action->iconText() != text)
                action->setIconText(text); // emits changed() once more, which then finds it equal
        };
        follow();
        QObject::connect(action, &QAction::changed, action, follow);
    }
    // Their text names the step ("Undo Add … to …"): too long for a toolbar. Icon-only arrows read
    // as Back/Forward, so the buttons say "Undo"/"Redo" and the tooltip names the step.
    for (QAction *action : {undo, redo}) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        if (!button)
            continue;
        const QString shortText = action == undo ? tr("Undo") : tr("Redo");
        const auto relabel = [button, action, shortText] {
            button->setText(shortText);
            button->setToolTip(action->text().remove(QLatin1Char('&')));
        };
        relabel();
        // QToolButton copies the action's text on every change: put the short one back.
        QObject::connect(action, &QAction::changed, button, relabel);
    }
    for (QAction *action : toolBar->actions()) {
        QWidget *button = toolBar->widgetForAction(action);
        if (button && action->isSeparator()) {
            button->setObjectName(QStringLiteral("toolBarSeparator"));
            button->setAccessibleName(tr("Separator"));
        } else if (button) {
            button->setObjectName(action->objectName() + QLatin1String("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }
    // Qt's own helper widgets have no accessible names; tools that drive the app by name need them.
    if (auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More toolbar actions"));
}
