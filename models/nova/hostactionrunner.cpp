#include "nova/hostactionrunner.h"

#include "nova/aggregateactionjob.h"
#include "nova/novaclient.h"

#include <QTimer>

HostActionRunner::HostActionRunner(NovaClient *client, QObject *parent) : QObject(parent), m_client(client) {}

bool HostActionRunner::start(const QList<HostAction> &actions)
{
    if (m_running || actions.isEmpty() || !m_client->isConfigured())
        return false;
    m_actions = actions;
    for (HostAction &action : m_actions) {
        action.outcome = HostAction::Outcome::Planned;
        action.error = {};
    }
    m_index = -1;
    m_running = true;
    m_canceled = false;
    // The first call on the next turn: whoever started us connects to actionStarted() first.
    QTimer::singleShot(0, this, &HostActionRunner::next);
    return true;
}

void HostActionRunner::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (!m_job)
        QTimer::singleShot(0, this, &HostActionRunner::next);
}

int HostActionRunner::count(HostAction::Outcome outcome) const
{
    return countOutcome(m_actions, outcome);
}

void HostActionRunner::next()
{
    if (!m_running || m_job)
        return;
    ++m_index;
    if (m_canceled) {
        for (qsizetype i = m_index; i < m_actions.size(); ++i)
            m_actions[i].outcome = HostAction::Outcome::Canceled;
        m_index = int(m_actions.size());
    }
    if (m_index >= m_actions.size()) {
        m_running = false;
        emit finished();
        return;
    }
    const int index = m_index;
    const HostAction &action = m_actions.at(index);
    AggregateActionJob *job = action.kind == HostAction::Kind::AddHost
                                  ? m_client->addHost(action.aggregateId, action.host)
                                  : m_client->removeHost(action.aggregateId, action.host);
    m_job = job;
    connect(job, &AggregateActionJob::finished, this, [this, index](const NovaAggregate &aggregate) {
        m_actions[index].outcome = HostAction::Outcome::Done;
        m_job = nullptr;
        emit actionFinished(index, m_actions.at(index), aggregate);
        next();
    });
    connect(job, &HttpJob::failed, this, [this, index](const ApiError &error) {
        // Canceled here means aborted on the wire by someone else (the session going away): the call
        // may have been applied, which the re-read after the run shows.
        m_actions[index].outcome = HostAction::Outcome::Failed;
        m_actions[index].error = error;
        m_job = nullptr;
        emit actionFinished(index, m_actions.at(index), {});
        next();
    });
    emit actionStarted(index, action);
    job->start();
}
