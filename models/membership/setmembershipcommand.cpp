#include "membership/setmembershipcommand.h"

#include "membership/membershipstore.h"
#include "membership/uuids.h"

#include <QCoreApplication>

SetMembershipCommand::SetMembershipCommand(MembershipStore *store, const QList<MembershipCellChange> &changes,
                                           const QString &text)
    : m_store(store), m_changes(changes)
{
    setText(text);
}

SetMembershipCommand *SetMembershipCommand::create(MembershipStore *store, const QList<int> &rows,
                                                   int aggregateColumn, bool member)
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
    const QString shortAggregate = Uuids::shortForm(aggregate);
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

void SetMembershipCommand::redo()
{
    apply(true);
}

void SetMembershipCommand::undo()
{
    apply(false);
}

void SetMembershipCommand::apply(bool after)
{
    for (const MembershipCellChange &change : std::as_const(m_changes)) {
        const int row = m_store->rowOf(change.providerUuid);
        int column = m_store->columnOf(change.aggregateUuid);
        if (column < 0)
            column = m_store->addAggregate(change.aggregateUuid); // the column went away with a reload
        if (row >= 0 && column >= 0)
            m_store->setWantsMember(row, column, after ? change.after : change.before);
    }
}
