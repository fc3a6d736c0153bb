#pragma once

#include "membership/threewaymerge.h"

#include <QString>
#include <QStringList>

// One provider whose aggregates changed on the server between load and submit, as shown to the operator.
struct ProviderConflict
{
    QString providerUuid;
    QString providerName;
    QStringList base;   // as loaded
    QStringList mine;   // what I want
    QStringList theirs; // on the server now
    qint64 serverGeneration = -1;
    MergeResult merge;
};

enum class ConflictResolution {
    Merge,      // my adds/removes on top of the server's set (default)
    Overwrite,  // my full set; undoes the server-side change
    KeepServer, // drop my edits for this provider
    Skip,       // decide later: edits stay pending
};

struct ConflictDecision
{
    ConflictResolution resolution = ConflictResolution::Merge;
    bool applyToAllRemaining = false;
};
