#pragma once

#include <QMetaObject>
#include <QSortFilterProxyModel>
#include <QVector>

// Row filter over MembershipTableModel: free text on name/UUID, and membership of one aggregate.
// Every keystroke refilters every row, so the text each row is matched against (case-folded name,
// compact UUID) is computed once per row and kept until the source's rows change; name and UUID
// sorts compare the same keys (100,000 rows: bench_load --memory).
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

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct RowKey
    {
        QString name; // case-folded
        QString uuid; // Uuids::compact()
    };
    void refilter();
    const RowKey &keyOf(int sourceRow) const;
    RowKey computeKey(int sourceRow) const;

    mutable QVector<RowKey> m_keys;
    mutable bool m_keysValid = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_text;
    QString m_foldedText;
    QString m_compactText; // Uuids::compact(m_text): UUIDs match in any spelling
    QString m_aggregate;
    AggregateMode m_mode = AggregateMode::MemberOf;
    bool m_onlyChanged = false;
    bool m_onlyDrifting = false;
};
