#pragma once

#include <QDockWidget>

class DeskSession;
class ProviderInventoryModel;
class ProviderTraitsModel;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTimer;
class ApiError;

// The Provider panel: the current row's provider in context — its place in the tree (parent, root,
// children: links that go to them), its aggregates by name with availability zones and pending
// edits, its traits (those that matter for aggregate isolation first, missing ones in red) and its
// inventories with usage. Read-only. Inventories, usages and traits are read lazily, only while the
// panel is shown and after the selection rests for a moment, and kept until the provider's
// generation moves (DeskSession::providerDetails()).
class ProviderContextDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 150;

    ProviderContextDock(DeskSession *session, QWidget *parent = nullptr);

    // The provider to show (a store uuid; empty: none). Reads after SettleMs when visible.
    void showProvider(const QString &uuid);
    QString providerUuid() const { return m_uuid; }

    QLabel *header() const { return m_header; }
    QLabel *treeLabel() const { return m_tree; }
    QLabel *aggregatesLabel() const { return m_aggregates; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *traitsTitle() const { return m_traitsTitle; }
    QListView *traitsView() const { return m_traitsView; }
    QTableView *inventoryView() const { return m_inventoryView; }
    ProviderTraitsModel *traitsModel() const { return m_traits; }
    ProviderInventoryModel *inventoryModel() const { return m_inventory; }
    QPushButton *refreshButton() const { return m_refresh; }

signals:
    // A link to another provider (parent, root, child) was followed.
    void providerRequested(const QString &uuid);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static constexpr int SideMargin = 4;

    QFont uuidFont() const;
    void updateContext();
    void fetch(bool force);
    void showDetails();
    void showFailure(const QString &uuid, const ApiError &error);
    void onRowChanged(int row);

    DeskSession *m_session;
    QString m_uuid;
    qint64 m_shownGeneration = -1;
    QStringList m_contextAggregates; // loaded and wanted, for the traits' isolation check
    QTimer *m_settle;
    QLabel *m_header;
    QLabel *m_tree;
    QLabel *m_aggregatesTitle = nullptr;
    QLabel *m_aggregates;
    QLabel *m_status;
    QLabel *m_traitsTitle;
    QListView *m_traitsView;
    QLabel *m_inventoryTitle;
    QTableView *m_inventoryView;
    QPushButton *m_refresh;
    ProviderTraitsModel *m_traits;
    ProviderInventoryModel *m_inventory;
};
