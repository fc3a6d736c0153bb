#include "nova/novadirectory.h"

#include "api/uuids.h"

NovaDirectory::NovaDirectory(QObject *parent) : QObject(parent) {}

QString NovaDirectory::matchKey(const QString &uuid)
{
    const QString canonical = Uuids::canonical(uuid);
    return canonical.isNull() ? uuid : canonical;
}

void NovaDirectory::setNotConfigured()
{
    m_state = State::NotConfigured;
    m_reason = {};
    m_aggregates.clear();
    m_hypervisors.clear();
    m_hasComputeNodes = false;
    reindex();
    emit changed();
}

void NovaDirectory::setLoading()
{
    // What was read before stays visible until the new answer replaces it.
    m_state = State::Loading;
    emit changed();
}

void NovaDirectory::setUnavailable(const ApiError &reason)
{
    m_state = State::Unavailable;
    m_reason = reason;
    m_aggregates.clear();
    m_hypervisors.clear();
    m_hasComputeNodes = false;
    reindex();
    emit changed();
}

void NovaDirectory::setContents(const QList<NovaAggregate> &aggregates,
                                const QList<NovaHypervisor> &hypervisors, bool hasComputeNodes)
{
    m_state = State::Loaded;
    m_reason = {};
    m_aggregates = aggregates;
    m_hypervisors = hypervisors;
    m_hasComputeNodes = hasComputeNodes;
    reindex();
    emit changed();
}

void NovaDirectory::updateAggregate(const NovaAggregate &aggregate)
{
    for (NovaAggregate &known : m_aggregates) {
        if (known.id == aggregate.id) {
            known = aggregate;
            reindex();
            emit changed();
            return;
        }
    }
    m_aggregates.append(aggregate);
    reindex();
    emit changed();
}

void NovaDirectory::reindex()
{
    m_aggregateByUuid.clear();
    m_hypervisorByProvider.clear();
    m_hypervisorsByHost.clear();
    for (qsizetype i = 0; i < m_aggregates.size(); ++i)
        m_aggregateByUuid.insert(matchKey(m_aggregates.at(i).uuid), i);
    for (qsizetype i = 0; i < m_hypervisors.size(); ++i) {
        m_hypervisorByProvider.insert(matchKey(m_hypervisors.at(i).id), i);
        m_hypervisorsByHost.insert(m_hypervisors.at(i).host, i);
    }
}

const NovaAggregate *NovaDirectory::aggregateFor(const QString &uuid) const
{
    const auto it = m_aggregateByUuid.constFind(matchKey(uuid));
    return it == m_aggregateByUuid.constEnd() ? nullptr : &m_aggregates.at(*it);
}

const NovaHypervisor *NovaDirectory::hypervisorFor(const QString &providerUuid) const
{
    const auto it = m_hypervisorByProvider.constFind(matchKey(providerUuid));
    return it == m_hypervisorByProvider.constEnd() ? nullptr : &m_hypervisors.at(*it);
}

QList<const NovaHypervisor *> NovaDirectory::hypervisorsOf(const QString &host) const
{
    QList<const NovaHypervisor *> nodes;
    for (auto it = m_hypervisorsByHost.constFind(host);
         it != m_hypervisorsByHost.constEnd() && it.key() == host; ++it)
        nodes.prepend(&m_hypervisors.at(*it)); // QMultiHash iterates newest first
    return nodes;
}
