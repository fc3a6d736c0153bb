#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

class NovaDirectory;

// One provider's traits, the ones that matter for aggregate isolation first: with Nova's
// isolated-aggregate filtering, an aggregate whose metadata says trait:NAME=required takes only
// instances that require NAME, on members that have it. So a trait one of the provider's aggregates
// requires is marked, and one it requires but the provider lacks is listed (in red) as missing —
// such a member takes no instance at all.
class ProviderTraitsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind {
        Missing,  // required by an aggregate the provider is in; the provider lacks it
        Required, // required by an aggregate the provider is in; it has it
        Custom,   // CUSTOM_*
        Standard, // os-traits
    };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        TraitRole,                   // the trait's name alone
    };

    explicit ProviderTraitsModel(QObject *parent = nullptr);

    // `requiredBy`: trait -> names of the provider's aggregates that require it.
    void setTraits(const QStringList &traits, const QHash<QString, QStringList> &requiredBy);
    void clear();
    // The traits the Nova aggregates among `aggregates` (exact Placement strings) require, with the
    // names of the aggregates that require each.
    static QHash<QString, QStringList> requiredBy(const NovaDirectory *nova, const QStringList &aggregates);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int count(Kind kind) const;

private:
    struct Row
    {
        QString trait;
        Kind kind;
        QStringList aggregates;
    };
    QList<Row> m_rows;
};
