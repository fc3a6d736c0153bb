#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class CommandLineOptions;

// placement-desk --export FILE: no window and no display. Connects as the window would (endpoint
// and token, or a cloud from clouds.yaml through Keystone), loads every provider (a warm start and
// refresh when the cache has the endpoint), waits for Nova's names when a compute endpoint is known,
// writes the table (MembershipExport::table, every row in tree order) and returns the exit code:
// 0 every row read, 1 written but some rows could not be read, 2 nothing written. The edit journal
// is left alone: saved edits stay for the next window.
//
// placement-desk --plan FILE --dry-run|--apply: the same connection and load, then the plan
// (MembershipPlan) against the table: the diff on stdout (or, with --format json, a JSON report with
// each edit, the problems and the exit code). --apply pushes the edits as one undo step of ordinary
// pending edits (journaled) and submits them through the session's Submitter — generations, merges
// (--on-conflict skip leaves such edits pending instead), retries — then reports each edit's outcome.
// A plan with problems, saved edits of an earlier session, a journal another instance holds, or a
// server below 1.19 applies nothing (exit 2).
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)

public:
    static int run(const CommandLineOptions &options, const QHash<QString, QString> &environment);
};
