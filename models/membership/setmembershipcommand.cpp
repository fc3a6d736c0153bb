#include "membership/setmembershipcommand.h"

#include "api/uuids.h"
#include "membership/membershipstore.h"

#include <QCoreApplication>
#include <QSet>

SetMembershipCommand::SetMembershipCommand(MembershipStore *store, const QList<MembershipCellChange> &changes,
                                           const QString &text)
    : m_store(store), m_changes(changes)
{
    setText(text);
}

SetMembershipCommand *SetMembershipCommand::create(MembershipStore *store, const QList<int> &rows,
                                                   int aggregateColumn, bool member,
                                                   const QString &aggregateName)
{
    if (aggregateColumn < 0 || aggregateColumn >= store->aggregateCount())
        return nullptr;
    const QString aggregate = store->aggregateUuid(aggregateColumn);
    QList<MembershipCellChange> changes;
    for (int row : rows) {
        if (!store->isEditable(row) || store->wantsMember(row, aggregateColumn) == member)
            continue;
        changes.append({store->provider(row).uuid, aggregate, !member, member});
    }
    if (changes.isEmpty())
        return nullptr;
    // The Edit menu says "Undo Add 3 providers to az-north" where the aggregate has a name.
    const QString shortAggregate = aggregateName.isEmpty() ? Uuids::shortForm(aggregate) : aggregateName;
    QString text;
    if (changes.size() == 1) {
        const QString name = store->provider(store->rowOf(changes.first().providerUuid)).name;
        text = member ? QCoreApplication::translate("SetMembershipCommand", "Add %1 to %2")
                            .arg(name, shortAggregate)
                      : QCoreApplication::translate("SetMembershipCommand", "Remove %1 from %2")
                            .arg(name, shortAggregate);
    } else {
        text = member ? QCoreApplication::translate("SetMembershipCommand", "Add %n provider(s) to %1",
                                                    nullptr, int(changes.size()))
                            .arg(shortAggregate)
                      : QCoreApplication::translate("SetMembershipCommand", "Remove %n provider(s) from %1",
                                                    nullptr, int(changes.size()))
                            .arg(shortAggregate);
    }
    return new SetMembershipCommand(store, changes, text);
}

SetMembershipCommand *SetMembershipCommand::normalizeSpelling(MembershipStore *store, int targetColumn)
{
    if (targetColumn < 0 || targetColumn >= store->aggregateCount())
        return nullptr;
    const QString target = store->aggregateUuid(targetColumn);
    QList<int> twinColumns;
    for (const QString &twin : store->otherSpellings(targetColumn))
        twinColumns.append(store->columnOf(twin));
    QList<MembershipCellChange> changes;
    int providers = 0;
    for (int row = 0; row < store->providerCount(); ++row) {
        if (!store->isEditable(row))
            continue;
        bool moved = false;
        for (int twinColumn : std::as_const(twinColumns)) {
            if (twinColumn >= 0 && store->wantsMember(row, twinColumn)) {
                changes.append({store->provider(row).uuid, store->aggregateUuid(twinColumn), true, false});
                moved = true;
            }
        }
        if (!moved)
            continue;
        ++providers;
        if (!store->wantsMember(row, targetColumn))
            changes.append({store->provider(row).uuid, target, false, true});
    }
    if (changes.isEmpty())
        return nullptr;
    return new SetMembershipCommand(store, changes,
                                    QCoreApplication::translate("SetMembershipCommand",
                                                                "Normalize spelling of %1 on %n provider(s)",
                                                                nullptr, providers)
                                        .arg(target));
}

int SetMembershipCommand::providerCount() const
{
    QSet<QString> providers;
    for (const MembershipCellChange &change : m_changes)
        providers.insert(change.providerUuid);
    return int(providers.size());
}

void SetMembershipCommand::redo()
{
    apply(true);
}

void SetMembershipCommand::undo()
{
    apply(false);
}

QList<MembershipCellChange> SetMembershipCommand::changesTo(const MembershipStore &store,
                                                            const QList<WantedMembership> &wanted)
{
    QList<MembershipCellChange> changes;
    for (const WantedMembership &want : wanted) {
        const int row = store.rowOf(want.providerUuid);
        if (row < 0 || !store.isEditable(row))
            continue;
        const int column = store.columnOf(want.aggregate);
        const bool before = column >= 0 && store.wantsMember(row, column);
        if (before != want.member)
            changes.append({want.providerUuid, want.aggregate, before, want.member});
    }
    return changes;
}

void SetMembershipCommand::apply(bool after)
{
    for (const MembershipCellChange &change : std::as_const(m_changes)) {
        const int row = m_store->rowOf(change.providerUuid);
        int column = m_store->columnOf(change.aggregateUuid);
        if (column < 0)
            column = m_store->ensureColumn(change.aggregateUuid); // the column went away with a reload
        if (row >= 0 && column >= 0)
            m_store->setWantsMember(row, column, after ? change.after : change.before);
    }
}
