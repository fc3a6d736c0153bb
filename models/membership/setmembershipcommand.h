#pragma once

#include <QList>
#include <QUndoCommand>

class MembershipStore;

struct MembershipCellChange
{
    QString providerUuid;
    QString aggregateUuid;
    bool before = false;
    bool after = false;
};

// A membership someone wants (a reconcile plan, an imported plan): provider, exact aggregate string.
struct WantedMembership
{
    QString providerUuid;
    QString aggregate;
    bool member = false;
};

// One undo step that sets the desired membership of one or many cells. Cells are addressed by UUID,
// not row/column, so the step stays valid when rows are filtered, sorted or reordered.
class SetMembershipCommand : public QUndoCommand
{
public:
    SetMembershipCommand(MembershipStore *store, const QList<MembershipCellChange> &changes,
                         const QString &text);

    // Builds a step for the given store rows in one aggregate column; nullptr if nothing would change.
    // `aggregateName` (Nova's name or a local label) names the step; empty: the short UUID.
    static SetMembershipCommand *create(MembershipStore *store, const QList<int> &rows, int aggregateColumn,
                                        bool member, const QString &aggregateName = {});

    // "Normalize spelling": every editable row that wants another spelling of this column's UUID
    // moves to this column's exact string (the others removed, this one added), in one undo step.
    // Placement keeps each spelling as its own aggregate, so this is an ordinary, previewed edit;
    // nullptr if no row would change.
    static SetMembershipCommand *normalizeSpelling(MembershipStore *store, int targetColumn);

    // The cell changes that make `wanted` true on the editable rows where it is not already (what a
    // plan's step holds); empty if nothing would change.
    static QList<MembershipCellChange> changesTo(const MembershipStore &store,
                                                 const QList<WantedMembership> &wanted);

    int changeCount() const { return int(m_changes.size()); }
    // Distinct providers the step touches.
    int providerCount() const;
    const QList<MembershipCellChange> &changes() const { return m_changes; }
    void redo() override;
    void undo() override;

private:
    void apply(bool after);

    MembershipStore *m_store;
    QList<MembershipCellChange> m_changes;
};
