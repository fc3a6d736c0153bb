#include "itemmodels/providertraitsmodel.h"

#include "membership/traitisolationcheck.h"
#include "nova/novadirectory.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

ProviderTraitsModel::ProviderTraitsModel(QObject *parent) : QAbstractListModel(parent) {}

QHash<QString, QStringList> ProviderTraitsModel::requiredBy(const NovaDirectory *nova,
                                                            const QStringList &aggregates)
{
    QHash<QString, QStringList> required;
    if (!nova || !nova->isLoaded())
        return required;
    for (const QString &aggregate : aggregates) {
        const NovaAggregate *novaAggregate = nova->aggregateFor(aggregate);
        if (!novaAggregate)
            continue;
        const QStringList traits = TraitIsolationCheck::requiredTraits(novaAggregate->metadata);
        for (const QString &trait : traits) {
            QStringList &names = required[trait];
            if (!names.contains(novaAggregate->name))
                names.append(novaAggregate->name);
        }
    }
    return required;
}

void ProviderTraitsModel::setTraits(const QStringList &traits, const QHash<QString, QStringList> &requiredBy)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &trait : traits) {
        const auto required = requiredBy.constFind(trait);
        if (required != requiredBy.constEnd())
            m_rows.append({trait, Kind::Required, required.value()});
        else
            m_rows.append(
                {trait, trait.startsWith(QLatin1String("CUSTOM_")) ? Kind::Custom : Kind::Standard, {}});
    }
    for (auto it = requiredBy.constBegin(); it != requiredBy.constEnd(); ++it) {
        if (!traits.contains(it.key()))
            m_rows.append({it.key(), Kind::Missing, it.value()});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.trait < b.trait;
    });
    endResetModel();
}

void ProviderTraitsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ProviderTraitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderTraitsModel::count(Kind kind) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Row &row) { return row.kind == kind; }));
}

QVariant ProviderTraitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString aggregates = row.aggregates.join(QLatin1String(", "));
    switch (role) {
    case Qt::DisplayRole:
        switch (row.kind) {
        case Kind::Missing:
            return tr("%1 — missing; required by %2").arg(row.trait, aggregates);
        case Kind::Required:
            return tr("%1 — required by %2").arg(row.trait, aggregates);
        case Kind::Custom:
        case Kind::Standard:
            return row.trait;
        }
        break;
    case Qt::ToolTipRole:
        switch (row.kind) {
        case Kind::Missing:
            return tr("The aggregate's Nova metadata says trait:%1=required, so with isolated aggregates "
                      "Nova places only instances that require %1 there, and Placement offers them only "
                      "members that have it. This provider lacks it: it takes no instance through %2.")
                .arg(row.trait, aggregates);
        case Kind::Required:
            return tr("Required by the Nova metadata of %1 (trait:%2=required).").arg(aggregates, row.trait);
        case Kind::Custom:
            return tr("A custom trait (set by an operator or a tool, not by os-traits).");
        case Kind::Standard:
            break;
        }
        break;
    case Qt::FontRole:
        if (row.kind == Kind::Missing || row.kind == Kind::Required) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (row.kind == Kind::Missing)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        break;
    case KindRole:
        return int(row.kind);
    case TraitRole:
        return row.trait;
    default:
        break;
    }
    return {};
}
