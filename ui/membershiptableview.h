#pragma once

#include <QHash>
#include <QTableView>

class MembershipCellDelegate;
class ProviderNameDelegate;
class RowStatusDelegate;

// The providers × aggregates table: narrow aggregate columns headed by short UUIDs (full UUID in
// the tooltip), tree-indented names, fixed-height rows (cheap with 10,000 providers), and a sort
// indicator that clicks through ascending → descending → tree order. The name column stays pinned
// at the left edge while hundreds of aggregate columns scroll past (Qt's "frozen column" pattern:
// a second view over the same model and selection, laid over the left edge).
class MembershipTableView : public QTableView
{
    Q_OBJECT

public:
    explicit MembershipTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Widens the name column to fit the loaded names (within limits) unless the user sized it.
    void fitNameColumn();
    // An aggregate column's width for eight hex digits: the narrowest (fitAggregateColumns()).
    int aggregateColumnWidth() const;
    // Compact aggregate columns (View > Compact Aggregate Columns): as narrow as the check box, the
    // header's name elided (whole in its tooltip), so that a thousand aggregates stay a few screens
    // wide; Go to Aggregate finds one by name.
    void setCompactAggregateColumns(bool compact);
    bool compactAggregateColumns() const { return m_compact; }
    int compactAggregateColumnWidth() const;
    // The overlay that keeps the name column in place; shares model, selection and delegates.
    QTableView *pinnedNameView() const { return m_pinnedView; }

    // Shown in the empty viewport: what to do first, "loading", or "nothing matches the filter".
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholderText; }

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

signals:
    // Right click (or the menu key) on an aggregate column's header; `aggregateColumn` is the store's.
    void aggregateHeaderMenuRequested(int aggregateColumn, const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;

private:
    void applyColumnWidths();
    // Aggregate columns as wide as their header's name, between eight hex digits and half as much
    // again (longer names elide; the tooltip has them whole).
    void fitAggregateColumns(int first, int last);
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void onSectionResized(int section, int oldSize, int newSize);
    void setUpPinnedView();
    void hidePinnedViewColumns(int first, int last);
    void updatePinnedViewGeometry();

    ProviderNameDelegate *m_nameDelegate;
    MembershipCellDelegate *m_cellDelegate;
    RowStatusDelegate *m_statusDelegate;
    QTableView *m_pinnedView;
    QHash<int, int> m_fixedColumnWidths; // provider columns: survive the reset of a reload
    bool m_nameColumnSizedByUser = false;
    bool m_applyingWidths = false;
    bool m_compact = false;
    QString m_placeholderText;
};
