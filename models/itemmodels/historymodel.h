#pragma once

#include <QAbstractTableModel>

#include <functional>

class ChangeHistory;

// The change history (membership/ChangeHistory) as a table, newest last. Aggregates are shown by
// name where one is known (`nameOf`: Nova's name, else the local label), else by canonical UUID.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ProviderColumn,
        ChangeColumn,
        HowColumn,
        UserColumn,
        ProjectColumn,
        RequestIdColumn,
        MicroversionColumn,
        ColumnCount,
    };
    enum Role {
        EntryIndexRole = Qt::UserRole + 1, // int: index in ChangeHistory::entries()
        SearchRole,                        // everything searchable in one string
    };

    using NameOf = std::function<QString(const QString &aggregate)>;
    HistoryModel(ChangeHistory *history, NameOf nameOf, QObject *parent = nullptr);

    // Names may have changed (Nova was read, a label was set): headers and cells are redrawn.
    void namesChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "+a, +b, −c" with names; also used by the dock's details.
    QString changeText(int entryIndex) const;
    QString aggregateText(const QString &aggregate) const;

private:
    ChangeHistory *m_history;
    NameOf m_nameOf;
    int m_rows = 0;
};
