#pragma once

#include <QDockWidget>

class DeskSession;
class DriftModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Drift panel: where Nova's host aggregates and Placement disagree, with counts per kind, a
// filter by kind and one row per difference (DriftReport through DriftModel). It follows the
// session: a new report after every Placement load, Nova read and submit.
class DriftDock : public QDockWidget
{
    Q_OBJECT

public:
    DriftDock(DeskSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    DriftModel *model() const { return m_model; }
    QPushButton *placementButton() const { return m_toPlacement; }
    QPushButton *novaButton() const { return m_toNova; }

public slots:
    void refresh();

private:
    void applyKindFilter();
    void updateButtons();
    // Opens the preview of a reconcile of the selected rows' aggregates and providers (all: none
    // selected).
    void reconcile(bool novaMatchesPlacement);

    DeskSession *m_session;
    DriftModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_kind;
    QTableView *m_view;
    QPushButton *m_toPlacement;
    QPushButton *m_toNova;
};
