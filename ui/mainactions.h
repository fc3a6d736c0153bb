#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QToolBar;
class QUndoStack;
class QWidget;

// Every action of the main window, declared in one table (text, tooltip, shortcuts, icon), and the
// menus and toolbar that show them. Like a uic-generated Ui class, the actions are plain members;
// the window connects them to what they do.
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QWidget *window, QUndoStack *undoStack);

    // Menus File, Edit, View (with `viewToggles` at its end), Help, and the main toolbar.
    void populate(QMenuBar *menuBar, QToolBar *toolBar, const QList<QAction *> &viewToggles);

    QActionGroup *editGroup = nullptr; // disabled as a whole while submitting
    QAction *refresh = nullptr;
    QAction *reloadAll = nullptr;
    QAction *loadOnly = nullptr;
    QAction *cancel = nullptr;
    QAction *connectCloud = nullptr;
    QAction *disconnectCloud = nullptr;
    QAction *importLabels = nullptr;
    QAction *exportLabels = nullptr;
    QAction *exportTable = nullptr;
    QAction *exportEdits = nullptr;
    QAction *importPlan = nullptr;
    QAction *quit = nullptr;
    QAction *focusFilter = nullptr;
    QAction *clearFilters = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *addToAggregate = nullptr;
    QAction *removeFromAggregate = nullptr;
    QAction *newAggregate = nullptr;
    QAction *submit = nullptr;
    QAction *autoMerge = nullptr;
    // View > Live View: off or an interval (the action's data() is the interval in seconds), and
    // "Mark All Seen" for the rows marked changed on the server.
    QAction *goToAggregate = nullptr;
    QAction *compactColumns = nullptr;
    QActionGroup *liveGroup = nullptr;
    QList<QAction *> liveIntervals;
    QAction *markAllSeen = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

private:
    QWidget *m_window;
};
