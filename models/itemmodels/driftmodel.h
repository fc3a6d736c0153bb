#pragma once

#include "membership/driftreport.h"

#include <QAbstractTableModel>

class MembershipStore;

// The rows of a DriftReport for the Drift panel: what kind, which aggregate (by Nova's name), which
// host and provider, and the sentence that explains it. Reset as a whole when a new report arrives
// (reports are small: one row per drifting membership, node or aggregate).
class DriftModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn = 0,
        AggregateColumn,
        HostColumn,
        ProviderColumn,
        DetailColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // int(DriftItem::Kind), on every cell
        ProviderUuidRole,
        AggregateRole, // the exact Placement string (or Nova's UUID)
    };
    Q_ENUM(Role)

    explicit DriftModel(const MembershipStore *store, QObject *parent = nullptr);

    void setReport(const DriftReport &report);
    const DriftReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const MembershipStore *m_store;
    DriftReport m_report;
};
