#pragma once

#include <QMetaType>
#include <QString>

// One compute node as GET /os-hypervisors/detail (2.53+) lists it. Its id is the compute node's UUID,
// which is the UUID of the node's Placement resource provider; `host` is the nova-compute service's
// host, the name Nova aggregates list.
struct NovaHypervisor
{
    QString id;       // compute node UUID = resource provider UUID
    QString hostname; // hypervisor_hostname: the provider's name when Nova created it
    QString host;     // service.host
    QString state;    // "up" / "down"
    QString status;   // "enabled" / "disabled"
};
Q_DECLARE_METATYPE(NovaHypervisor)
