#pragma once

#include "nova/hostaction.h"
#include "nova/novaaggregate.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AggregateActionJob;
class NovaClient;

// Sends a reconcile's add_host/remove_host calls to Nova, one at a time and in plan order, with
// progress and cancel. One at a time: each call makes Nova write Placement too, Nova's API is often
// a single worker, and an operator watching the progress must be able to stop between two calls.
//
// The calls are not idempotent, so none is retried and none is aborted on the wire: cancel() sends
// no further call, and the one in flight finishes (within its deadline) and is reported as it ended.
// A failed call does not stop the run; every outcome carries Nova's own error.
class HostActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit HostActionRunner(NovaClient *client, QObject *parent = nullptr);

    // Starts a run; returns false if one is running or there is nothing to send.
    bool start(const QList<HostAction> &actions);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCanceling() const { return m_running && m_canceled; }

    // The actions of the last run with their outcomes (Planned: not reached yet).
    const QList<HostAction> &actions() const { return m_actions; }
    int count(HostAction::Outcome outcome) const;

signals:
    // Action `index` is on the wire.
    void actionStarted(int index, const HostAction &action);
    // Action `index` ended (Done or Failed); `aggregate` is Nova's answer for Done.
    void actionFinished(int index, const HostAction &action, const NovaAggregate &aggregate);
    void finished();

private:
    void next();

    NovaClient *m_client;
    QList<HostAction> m_actions;
    QPointer<AggregateActionJob> m_job;
    int m_index = -1;
    bool m_running = false;
    bool m_canceled = false;
};
