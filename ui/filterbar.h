#pragma once

#include <QWidget>

class AggregateLabels;
class MembershipFilterProxyModel;
class MembershipStore;
class NovaDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// Text filter (name or UUID) and an aggregate filter ("Member of …" / "Not member of …") over
// MembershipFilterProxyModel. The aggregate choices follow the store's columns as they appear.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(MembershipStore *store, MembershipFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *textFilterEdit() const { return m_textEdit; }
    QComboBox *aggregateCombo() const { return m_aggregateCombo; }
    QCheckBox *onlyChangedCheck() const { return m_onlyChangedCheck; }
    QCheckBox *onlyDriftingCheck() const { return m_onlyDriftingCheck; }
    // Names the aggregate choices after Nova's host aggregates (not owned), following its changes.
    void setNovaDirectory(const NovaDirectory *directory);
    // And the rest after the operator's local labels (not owned).
    void setAggregateLabels(const AggregateLabels *labels);

    // Keyboard shortcut target (Ctrl+F): focus the text filter and select its text.
    void focusTextFilter();
    void clearFilters();
    bool hasActiveFilter() const;

signals:
    void filtersChanged();

private:
    enum ItemRole {
        AggregateUuidRole = Qt::UserRole + 1,
        ModeRole,
    };

    void scheduleComboRebuild();
    void rebuildAggregateCombo();
    void applyAggregateChoice(int comboIndex);
    void addAggregateItems(const QString &uuid);

    MembershipStore *m_store;
    MembershipFilterProxyModel *m_proxy;
    QLabel *m_textLabel;
    QLineEdit *m_textEdit;
    QLabel *m_aggregateLabel;
    QComboBox *m_aggregateCombo;
    QCheckBox *m_onlyChangedCheck;
    QCheckBox *m_onlyDriftingCheck;
    const AggregateLabels *m_localLabels = nullptr;
    const NovaDirectory *m_nova = nullptr;
    QTimer *m_rebuildTimer;
};
