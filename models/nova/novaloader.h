#pragma once

#include "api/apierror.h"
#include "nova/novaaggregate.h"
#include "nova/novahypervisor.h"

#include <QList>
#include <QObject>
#include <QPointer>

class HttpJob;
class NovaClient;
class NovaDirectory;

// Reads what Nova knows into a NovaDirectory: version discovery, GET /os-aggregates, then the
// hypervisor list page by page. One request at a time: Nova's API is often a single eventlet worker,
// and the whole read is a handful of requests.
//
// A failure leaves the directory Unavailable with Nova's own error (403: the token is not Nova admin;
// unreachable; too old) and never touches Placement: the app goes on working without names.
class NovaLoader : public QObject
{
    Q_OBJECT

public:
    NovaLoader(NovaClient *client, NovaDirectory *directory, QObject *parent = nullptr);

    // Hypervisors per page (default 1,000; tests use small pages to exercise paging).
    void setPageSize(int size) { m_pageSize = size; }
    // Pages to follow at most: a server whose next link never ends must not loop forever.
    void setMaxPages(int pages) { m_maxPages = pages; }

    // Starts a read; a read in progress is canceled first. Without a compute endpoint the directory
    // becomes NotConfigured and finished() follows at once (queued).
    void start();
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    // Requests the last read took (for the status bar and the activity log).
    int requestCount() const { return m_requests; }

signals:
    void finished();
    void failed(const ApiError &error);

private:
    void listAggregates();
    void listHypervisors(const QString &marker);
    void fail(const ApiError &error);
    void track(HttpJob *job);

    NovaClient *m_client;
    NovaDirectory *m_directory;
    QPointer<HttpJob> m_job;
    QList<NovaAggregate> m_aggregates;
    QList<NovaHypervisor> m_hypervisors;
    int m_pageSize = 1000;
    int m_maxPages = 1000;
    int m_pages = 0;
    int m_requests = 0;
    int m_generation = 0; // of start(): answers of a canceled read are ignored
};
