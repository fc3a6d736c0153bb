#include "itemmodels/membershipfilterproxymodel.h"

#include "api/uuids.h"
#include "itemmodels/membershiptablemodel.h"

MembershipFilterProxyModel::MembershipFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MembershipTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MembershipFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_compactText = Uuids::compact(trimmed);
    invalidateRowsFilter();
}

void MembershipFilterProxyModel::setAggregateFilter(const QString &aggregateUuid, AggregateMode mode)
{
    // Kept as given: the exact column string from the filter bar, or typed text (columnForAggregate()).
    const QString aggregate = aggregateUuid.trimmed();
    if (aggregate == m_aggregate && mode == m_mode)
        return;
    m_aggregate = aggregate;
    m_mode = mode;
    invalidateRowsFilter();
}

void MembershipFilterProxyModel::setOnlyChanged(bool onlyChanged)
{
    if (onlyChanged == m_onlyChanged)
        return;
    m_onlyChanged = onlyChanged;
    invalidateRowsFilter();
}

void MembershipFilterProxyModel::setOnlyDrifting(bool onlyDrifting)
{
    if (onlyDrifting == m_onlyDrifting)
        return;
    m_onlyDrifting = onlyDrifting;
    invalidateRowsFilter();
}

bool MembershipFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_onlyDrifting &&
        !model->index(sourceRow, 0, sourceParent).data(MembershipTableModel::RowDriftsRole).toBool())
        return false;
    if (m_onlyChanged &&
        !model->index(sourceRow, 0, sourceParent).data(MembershipTableModel::HasPendingEditsRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        const QString name =
            model->index(sourceRow, MembershipTableModel::NameColumn, sourceParent).data().toString();
        const QString uuid =
            model->index(sourceRow, MembershipTableModel::UuidColumn, sourceParent).data().toString();
        const bool uuidMatches = !m_compactText.isEmpty() && Uuids::compact(uuid).contains(m_compactText);
        if (!name.contains(m_text, Qt::CaseInsensitive) && !uuidMatches)
            return false;
    }
    if (!m_aggregate.isEmpty()) {
        const auto *table = qobject_cast<const MembershipTableModel *>(model);
        const int column = table ? table->columnForAggregate(m_aggregate) : -1;
        bool member = false;
        if (column >= 0)
            member = model->index(sourceRow, column, sourceParent)
                         .data(MembershipTableModel::IsMemberRole)
                         .toBool();
        if (member != (m_mode == AggregateMode::MemberOf))
            return false;
    }
    return true;
}
