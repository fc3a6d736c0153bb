#include "membership/conflictresolver.h"

ConflictResolver::ConflictResolver(QObject *parent) : QObject(parent) {}

QStringList ConflictResolver::resultingSet(const ProviderConflict &conflict, ConflictResolution resolution)
{
    switch (resolution) {
    case ConflictResolution::Merge:
        return conflict.merge.merged;
    case ConflictResolution::Overwrite:
        return conflict.merge.overwrite;
    case ConflictResolution::KeepServer:
        return conflict.merge.keepServer;
    case ConflictResolution::Skip:
        break;
    }
    return {};
}

void ConflictResolver::resolve(const ProviderConflict &conflict, Callback done)
{
    if (m_autoMerge) {
        finishOne({conflict, std::move(done)}, ConflictResolution::Merge);
        return;
    }
    if (m_applyToAll) {
        finishOne({conflict, std::move(done)}, *m_applyToAll);
        return;
    }
    m_queue.append({conflict, std::move(done)});
    if (m_asking)
        emit waitingChanged(int(m_queue.size()) - 1);
    askNext();
}

void ConflictResolver::askNext()
{
    if (m_asking || m_queue.isEmpty())
        return;
    if (m_applyToAll) {
        const QList<Pending> queue = std::exchange(m_queue, {});
        for (const Pending &pending : queue)
            finishOne(pending, *m_applyToAll);
        return;
    }
    if (!m_strategy) {
        const Pending pending = m_queue.takeFirst();
        finishOne(pending, ConflictResolution::Merge);
        askNext();
        return;
    }
    m_asking = true;
    const ProviderConflict conflict = m_queue.first().conflict;
    const int remaining = int(m_queue.size()) - 1;
    const quint64 round = m_round;
    m_strategy->decide(conflict, remaining, [this, round](const ConflictDecision &decision) {
        if (round != m_round || m_queue.isEmpty())
            return;
        m_asking = false;
        const Pending pending = m_queue.takeFirst();
        if (decision.applyToAllRemaining && decision.resolution != ConflictResolution::Skip)
            m_applyToAll = decision.resolution;
        else if (decision.applyToAllRemaining)
            m_applyToAll = ConflictResolution::Skip;
        finishOne(pending, decision.resolution);
        askNext();
    });
}

void ConflictResolver::finishOne(const Pending &pending, ConflictResolution resolution)
{
    emit decided(pending.conflict.providerUuid, resolution);
    pending.done(resolution);
}

void ConflictResolver::reset()
{
    m_applyToAll.reset();
}

void ConflictResolver::cancelPending()
{
    ++m_round;
    const bool wasAsking = m_asking;
    m_asking = false;
    const QList<Pending> queue = std::exchange(m_queue, {});
    if (wasAsking && m_strategy)
        m_strategy->abandon();
    for (const Pending &pending : queue)
        finishOne(pending, ConflictResolution::Skip);
}
