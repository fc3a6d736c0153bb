#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RequestLog;
class RequestLogModel;

// The Requests panel: every request the session sent (Placement, Keystone, Nova) with status,
// duration, microversion and request id; a filter for failures; "Copy as curl" puts the selected
// request on the clipboard as a shell command with the token as $OS_TOKEN.
class RequestLogDock : public QDockWidget
{
    Q_OBJECT

public:
    RequestLogDock(RequestLog *log, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    QPushButton *copyButton() const { return m_copy; }
    // The selected request as curl (what the button copies); empty without a selection.
    QString selectedCurl() const;

private:
    void copySelected();
    void updateButtons();

    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    QPushButton *m_copy;
};
