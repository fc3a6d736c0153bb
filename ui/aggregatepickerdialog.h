#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class AggregateLabels;
class MembershipStore;
class NovaDirectory;
class NewAggregateDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Picks one aggregate for a bulk "Add to aggregate…" / "Remove from aggregate…": the store's
// aggregates with full UUIDs and member counts, a filter, and in Add mode a "New aggregate…" button.
// Given the selected provider rows it also shows how many of them are in each aggregate; in Remove
// mode aggregates none of them is in are not offered. It does not edit the store: the caller applies
// the result (adding the column first if isNewAggregate()).
class AggregatePickerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Add,
        Remove,
        GoTo, // View > Go to Aggregate: every column, no provider edited
    };

    AggregatePickerDialog(const MembershipStore *store, Mode mode, const QList<int> &selectedRows = {},
                          QWidget *parent = nullptr);
    ~AggregatePickerDialog() override;

    Mode mode() const { return m_mode; }
    // The chosen aggregate in canonical form, or a null QString if none is selected.
    QString selectedUuid() const;
    // The chosen aggregate was created with "New aggregate…" and is not a column yet.
    bool isNewAggregate() const;

    // Selects an aggregate (any spelling); false if it is not offered or filtered out.
    bool selectUuid(const QString &uuid);
    void setFilterText(const QString &text);
    // Canonical UUIDs of the rows the filter leaves visible, in list order.
    QStringList visibleUuids() const;

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTreeWidget *aggregateList() const { return m_list; }
    // Adds a Name column with Nova's host aggregate names (not owned; null or not loaded: none) and,
    // for the aggregates Nova does not name, the operator's local labels (quoted); the filter then
    // matches names too. Without Nova and without labels there is no such column.
    void setNovaDirectory(const NovaDirectory *directory, const AggregateLabels *labels = nullptr);
    QPushButton *okButton() const { return m_okButton; }
    QPushButton *newAggregateButton() const { return m_newButton; } // nullptr in Remove mode
    // The "New aggregate…" dialog while it is open (window-modal over this one), else nullptr.
    NewAggregateDialog *newAggregateDialog() const { return m_newDialog; }

public slots:
    void openNewAggregateDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column {
        UuidColumn,
        MembersColumn,
        SelectedColumn,
    };

    QTreeWidgetItem *addItem(const QString &uuid, int members, int selectedMembers, bool isNew,
                             int index = -1);
    QTreeWidgetItem *itemFor(const QString &canonicalUuid) const;
    bool isOffered(const QString &canonicalUuid) const;
    void applyFilter();
    void updateState();

    const MembershipStore *m_store;
    Mode m_mode;
    QList<int> m_rows;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_list = nullptr;
    int m_nameColumn = -1; // after setNovaDirectory()
    QPushButton *m_newButton = nullptr;
    QPushButton *m_okButton = nullptr;
    QPointer<NewAggregateDialog> m_newDialog;
};
