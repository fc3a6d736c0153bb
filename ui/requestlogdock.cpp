#include "ui/requestlogdock.h"

#include "api/requestlog.h"
#include "itemmodels/requestlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(tr("Requests"), parent), m_model(new RequestLogModel(log, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QComboBox(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_copy(new QPushButton(tr("Copy as &curl"), this))
{
    setObjectName(QStringLiteral("requestLogDock"));
    setAccessibleName(tr("Requests sent"));
    toggleViewAction()->setText(tr("&Requests"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleRequestLogAction"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RequestLogModel::FilterRole);
    m_filter->setObjectName(QStringLiteral("requestLogFilter"));
    m_filter->setAccessibleName(tr("Show requests"));
    m_filter->addItem(tr("All requests"));
    m_filter->addItem(tr("Failures only"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setFilterFixedString(index == 1 ? QStringLiteral("error") : QString());
    });
    m_count->setObjectName(QStringLiteral("requestLogCount"));
    m_count->setAccessibleName(tr("Number of requests"));

    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setAccessibleName(tr("Request columns"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Horizontal scroll bar"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Vertical scroll bar"));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(RequestLogModel::TimeColumn, charWidth * 14);
    m_view->setColumnWidth(RequestLogModel::ServiceColumn, charWidth * 11);
    m_view->setColumnWidth(RequestLogModel::MethodColumn, charWidth * 10);
    m_view->setColumnWidth(RequestLogModel::PathColumn, charWidth * 40);
    m_view->setColumnWidth(RequestLogModel::StatusColumn, charWidth * 8);
    m_view->setColumnWidth(RequestLogModel::DurationColumn, charWidth * 10);
    m_view->setColumnWidth(RequestLogModel::MicroversionColumn, charWidth * 16);

    m_copy->setObjectName(QStringLiteral("copyCurlButton"));
    m_copy->setAccessibleName(tr("Copy as curl"));
    m_copy->setToolTip(tr("Copy the selected request as a curl command; the token is written as $OS_TOKEN"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &RequestLogDock::copySelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestLogDock::updateButtons);

    // Follow the newest request while the view is at the bottom; stay put when the operator scrolled up.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
        m_count->setText(tr("%n request(s)", nullptr, m_model->rowCount()));
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_count->setText(tr("%n request(s)", nullptr, m_model->rowCount())); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(m_copy);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);
    m_count->setText(tr("%n request(s)", nullptr, m_model->rowCount()));
    updateButtons();
}

QString RequestLogDock::selectedCurl() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RequestLogModel::CurlRole).toString();
}

void RequestLogDock::copySelected()
{
    const QString curl = selectedCurl();
    if (!curl.isEmpty())
        QApplication::clipboard()->setText(curl);
}

void RequestLogDock::updateButtons()
{
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
}
