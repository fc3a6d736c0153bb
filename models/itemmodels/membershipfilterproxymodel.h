#pragma once

#include <QSortFilterProxyModel>

// Row filter over MembershipTableModel: free text on name/UUID, and membership of one aggregate.
class MembershipFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class AggregateMode {
        MemberOf,
        NotMemberOf,
    };

    explicit MembershipFilterProxyModel(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // An empty UUID shows every row.
    void setAggregateFilter(const QString &aggregateUuid, AggregateMode mode = AggregateMode::MemberOf);
    QString aggregateFilter() const { return m_aggregate; }
    AggregateMode aggregateMode() const { return m_mode; }

    void setOnlyChanged(bool onlyChanged);
    bool onlyChanged() const { return m_onlyChanged; }
    // Only providers the drift report concerns (MembershipTableModel::RowDriftsRole).
    void setOnlyDrifting(bool onlyDrifting);
    bool onlyDrifting() const { return m_onlyDrifting; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_compactText; // Uuids::compact(m_text): UUIDs match in any spelling
    QString m_aggregate;
    AggregateMode m_mode = AggregateMode::MemberOf;
    bool m_onlyChanged = false;
    bool m_onlyDrifting = false;
};
