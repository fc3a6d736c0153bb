#pragma once

#include "auth/cloudconfig.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
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
    // The command line or environment names a Keystone login: --os-cloud/OS_CLOUD, --os-auth-url, or
    // OS_AUTH_URL alone. The window and the headless modes sign in then.
    static bool wantsCloud(const CloudConfig &config, const CloudConfig::Overrides &overrides,
                           const QHash<QString, QString> &environment);
};
