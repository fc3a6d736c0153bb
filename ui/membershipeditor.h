#pragma once

#include "membership/reconcileplan.h"

#include <QList>
#include <QObject>

class DeskSession;
class MembershipFilterProxyModel;
class MembershipTableView;
class QPoint;
class QWidget;

// The window's aggregate edits on the selected rows: "Add to Aggregate…", "Remove from Aggregate…"
// (AggregatePickerDialog) and "New Aggregate…" (NewAggregateDialog). Each opens its dialog with
// open() and turns the answer into one undo step on the session's stack.
class MembershipEditor : public QObject
{
    Q_OBJECT

public:
    MembershipEditor(QWidget *window, DeskSession *session, MembershipTableView *view,
                     MembershipFilterProxyModel *filterModel);

    // Store rows of the table's selected rows (or of the current cell), in store order.
    QList<int> selectedStoreRows() const;

    void addToAggregate();
    void removeFromAggregate();
    void newAggregate();
    // View > Go to Aggregate…: a searchable list of every column (names, UUIDs); the chosen one is
    // scrolled into view and its cell in the current row becomes current. goToAggregate(string) does
    // it without the dialog; false if no column means `aggregate`.
    void goToAggregate();
    bool goToAggregate(const QString &aggregate);
    // The aggregate header's context menu: copy the exact string; normalize spelling when the UUID is
    // stored in several spellings.
    void showAggregateMenu(int aggregateColumn, const QPoint &globalPosition);
    // Previews, then (on Yes) pushes the "normalize spelling" step for this column's exact string.
    void normalizeSpelling(int aggregateColumn);
    // Previews a reconcile of one aggregate (its Nova and Placement sides).
    void reconcile(ReconcilePlan::Direction direction, const QString &aggregate);
    // Asks for (and saves) the local label of one aggregate string; an empty answer removes it.
    void editLocalLabel(const QString &aggregate);
    // File > Import/Export Aggregate Labels…: a file dialog, then importLabelsFrom()/exportLabelsTo().
    void importLabels();
    void exportLabels();
    void importLabelsFrom(const QString &path);
    void exportLabelsTo(const QString &path);
    // File > Export Table…/Export Pending Edits…: the rows the filter shows, in the view's order, as
    // CSV or JSON by the file's extension (MembershipExport).
    void exportTable();
    void exportEdits();
    bool exportTableTo(const QString &path);
    // File > Import Plan…: a file dialog, then importPlanFrom(): the plan's diff and problems in a
    // preview; Yes makes its valid edits pending (one undo step), nothing is sent.
    void importPlan();
    void importPlanFrom(const QString &path);
    bool exportEditsTo(const QString &path);

signals:
    void message(const QString &text);

private:
    void pickAggregate(bool add);
    QList<int> shownRows() const; // store rows, in the view's order

    QWidget *m_window;
    DeskSession *m_session;
    MembershipTableView *m_view;
    MembershipFilterProxyModel *m_filterModel;
};
