#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One Nova host aggregate as GET /os-aggregates lists it (2.41+: with its UUID, which is the
// Placement aggregate Nova mirrors its hosts into).
struct NovaAggregate
{
    int id = -1;  // Nova's own integer id: the one /os-aggregates/{id}/action takes
    QString uuid; // as Nova sends it (lower case, dashed)
    QString name;
    QString availabilityZone; // empty: none
    QStringList hosts;        // Nova service host names (not hypervisor or provider names)
    QMap<QString, QString> metadata;
};
Q_DECLARE_METATYPE(NovaAggregate)
