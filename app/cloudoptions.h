#pragma once

#include "auth/cloudconfig.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

// --os-cloud, --os-auth-url, --os-username, ... (the openstack CLI's names), as a table: add options()
// to a parser, then turn what was given into CloudConfig::Overrides. OS_* variables CloudConfig reads
// itself; this is only the command line's part.
class CloudOptions
{
    Q_DECLARE_TR_FUNCTIONS(CloudOptions)

public:
    static QList<QCommandLineOption> options();
    static CloudConfig::Overrides overrides(const QCommandLineParser &parser);
};
