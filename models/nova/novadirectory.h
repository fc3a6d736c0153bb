#pragma once

#include "api/apierror.h"
#include "nova/novaaggregate.h"
#include "nova/novahypervisor.h"

#include <QHash>
#include <QList>
#include <QObject>

// What Nova knows about the cloud, as last read: host aggregates and compute nodes, with the lookups
// the rest of the app needs (an aggregate by UUID, a provider's compute node, a host's nodes). Only
// read by views and the drift report; NovaLoader fills it.
//
// Lookups take UUIDs in any spelling: Nova sends canonical (lower-case, dashed) UUIDs, Placement's
// strings are matched by their canonical form (an aggregate's *identity* stays the exact string in
// the store; the canonical form is for matching other services).
class NovaDirectory : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotConfigured, // no compute endpoint for this session: Placement only, by choice
        Loading,
        Loaded,
        Unavailable, // Nova could not be read (403, unreachable, too old): unavailableReason()
    };
    Q_ENUM(State)

    explicit NovaDirectory(QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isLoaded() const { return m_state == State::Loaded; }
    ApiError unavailableReason() const { return m_reason; }
    // Hypervisors were read with UUID ids (2.53+): providers can be matched to compute nodes.
    bool hasComputeNodes() const { return m_hasComputeNodes; }

    void setNotConfigured();
    void setLoading();
    void setUnavailable(const ApiError &reason);
    void setContents(const QList<NovaAggregate> &aggregates, const QList<NovaHypervisor> &hypervisors,
                     bool hasComputeNodes);
    // One aggregate changed (after add_host/remove_host): replaced by id.
    void updateAggregate(const NovaAggregate &aggregate);

    const QList<NovaAggregate> &aggregates() const { return m_aggregates; }
    const QList<NovaHypervisor> &hypervisors() const { return m_hypervisors; }

    // The Nova aggregate mirrored into the Placement aggregate `uuid` (any spelling), or null.
    const NovaAggregate *aggregateFor(const QString &uuid) const;
    // The compute node whose provider is `providerUuid` (any spelling), or null.
    const NovaHypervisor *hypervisorFor(const QString &providerUuid) const;
    // Every compute node of a nova-compute host (one for libvirt; several for Ironic).
    QList<const NovaHypervisor *> hypervisorsOf(const QString &host) const;

    // Canonical form for matching: lower case, dashed; a string that is no UUID stays as it is.
    static QString matchKey(const QString &uuid);

signals:
    // Anything changed: state, contents or one aggregate.
    void changed();

private:
    void reindex();

    State m_state = State::NotConfigured;
    ApiError m_reason;
    bool m_hasComputeNodes = false;
    QList<NovaAggregate> m_aggregates;
    QList<NovaHypervisor> m_hypervisors;
    QHash<QString, qsizetype> m_aggregateByUuid;
    QHash<QString, qsizetype> m_hypervisorByProvider;
    QMultiHash<QString, qsizetype> m_hypervisorsByHost;
};
