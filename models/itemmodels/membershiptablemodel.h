#pragma once

#include "membership/driftreport.h"

#include <QAbstractTableModel>

class AggregateLabels;
class MembershipStore;
class NovaDirectory;
class QUndoStack;
struct NovaAggregate;
struct ProviderRecord;

// Providers × aggregates over MembershipStore: one row per provider, fixed columns (name, UUID,
// generation, status) followed by one check column per aggregate. Updates are per row; a reset
// happens only when a fresh provider list arrives.
class MembershipTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        UuidColumn,
        GenerationColumn,
        StatusColumn,
        FirstAggregateColumn,
    };
    Q_ENUM(Column)

    enum Role {
        ProviderUuidRole = Qt::UserRole + 1,
        AggregateUuidRole, // on aggregate cells and aggregate headers
        IsMemberRole,      // bool on aggregate cells of loaded rows
        RowStateRole,      // int(ProviderRecord::State)
        DepthRole,         // 0 for roots; children are indented
        SortRole,
        MemberCountRole,     // on aggregate headers
        PendingChangeRole,   // int(MembershipStore::PendingChange) on aggregate cells
        HasPendingEditsRole, // bool on every cell of a row
        SubmitStateRole,     // int(ProviderRecord::SubmitState)
        AggregateNameRole,   // on aggregate headers: Nova's name, else the local label, else empty
        AggregateLabelRole,  // on aggregate headers: the operator's local label, or empty
        DriftRole,           // bool on aggregate cells: this membership differs from Nova's (DriftReport)
        RowDriftsRole,       // bool on every cell of a row: any drift concerns this provider
        ChangedOnServerRole, // bool on every cell of a row: the live view saw someone else change it
    };
    Q_ENUM(Role)

    explicit MembershipTableModel(MembershipStore *store, QObject *parent = nullptr);

    MembershipStore *store() const { return m_store; }
    // Edits made through setData() become undo steps on this stack (not owned); without one they apply
    // directly.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Names aggregate columns after Nova's host aggregates (not owned; null: UUIDs only). The
    // headers follow the directory's changes.
    void setNovaDirectory(const NovaDirectory *directory);
    // Names the aggregates Nova does not name with the operator's local labels (not owned; null:
    // none). Nova's name wins where both exist; the label is then in the tooltip.
    void setAggregateLabels(const AggregateLabels *labels);
    // Nova's name of an aggregate string, else its local label (quoted), else empty.
    QString aggregateName(const QString &aggregate) const;
    // What Nova's scheduler does with an aggregate's metadata (tenant isolation, availability zone,
    // required-trait isolation), one translated line each; empty when nothing applies.
    static QStringList schedulingHints(const NovaAggregate &aggregate);
    // The drift to mark in cells (DriftRole, RowDriftsRole, tooltips); an empty report clears the marks.
    void setDriftReport(const DriftReport &report);
    const DriftReport &driftReport() const { return m_drift; }
    // Source column of an aggregate, or -1.
    // The model column an aggregate string means (MembershipStore::columnForInput()); -1 if none.
    int columnForAggregate(const QString &aggregateUuid) const;
    static bool isAggregateColumn(int column) { return column >= FirstAggregateColumn; }

    // The live view's note on a row someone else changed: what came and went, and what Submit does.
    QString serverChangeText(const ProviderRecord &record) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    // 1 for the first spelling of a UUID in column order, 2 for the next, ...
    int spellingNumber(int aggregateColumn) const;
    QVariant providerData(int row, int column, int role) const;
    QVariant aggregateData(int row, int column, int role) const;
    QString statusText(int row) const;
    QString aggregateToolTip(int aggregateColumn) const;

    MembershipStore *m_store;
    QUndoStack *m_undoStack = nullptr;
    const NovaDirectory *m_nova = nullptr;
    const AggregateLabels *m_labels = nullptr;
    DriftReport m_drift;
};
