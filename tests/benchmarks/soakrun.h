#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class PlacementServer;

// What one concurrent-writer soak does (issue 8). The app (PlacementClient + MembershipStore +
// ProviderLoader + ConflictResolver always merging + Submitter) adds and removes "mine" aggregates in
// rounds of edits on a real Placement while other writers change the same providers:
// - a membership writer that reads a provider's whole set and writes it back plus or minus one
//   "foreign" aggregate with the generation it read (the openstack CLI, or the same steps over HTTP
//   in this process);
// - a generation mover that writes inventories and traits, moving generations without touching
//   membership.
// At the end every provider's set must be (the foreign part of the membership writer's last
// successful write) + (the app's intended "mine" set); anything else is a lost update.
struct SoakOptions
{
    int edits = 1000;
    int providers = 16;
    quint32 seed = 1;
    bool cli = false;       // the openstack CLI writes foreign aggregates
    bool httpWriter = true; // the in-process membership writer too
    int cliWriters = 1;     // CLI chains in parallel (each one python start-up per step)
    int minCliWrites = 0;   // keep editing until the CLI landed this many writes
    int mineAggregates = 8; // pool the app edits
    int foreignAggregates = 6;
    int maxEditsPerRound = 6;
    int pauseMs = 150;          // operator think time between rounds: 0..pauseMs
    int moverIntervalMs = 100;  // between two inventory/trait writes
    int writerIntervalMs = 400; // between two in-process membership writes
    int faultPercent = 0;       // the app's PUTs hit by a 500 or a reset, before or after applying
    int reloadEvery = 25;       // a fresh load every N rounds when nothing is pending (0: never)
    int timeLimitSeconds = 0;   // stop editing after this long (0: no limit)
    // What the app answers to a conflict: "merge" (the app's default and what the check expects);
    // "overwrite" or "keep" prove that the check notices lost updates.
    QString resolution = QStringLiteral("merge");
    std::function<void(const QString &)> log; // progress lines; never a token
};

struct SoakResult
{
    QString error;      // setup or run failure; the figures below are then incomplete
    QString resolution; // how conflicts were answered
    int edits = 0;
    int rounds = 0;
    int submits = 0;
    int conflicts = 0;     // conflicts the resolver was asked about (and merged)
    int silentResends = 0; // automatic resends after generation-only moves
    int retries = 0;       // transient faults the app retried
    int applied = 0;       // SubmitSummary::applied, summed
    int resolved = 0;      // SubmitSummary::conflictsResolved, summed
    int deferred = 0;      // left pending by a submit (picked up by the next one)
    int failed = 0;        // failed in a submit (picked up by the next one)
    int reloads = 0;
    int settleSubmits = 0;   // submits after the writers stopped, until nothing was pending
    int lostUpdates = 0;     // must be 0
    int storeMismatches = 0; // an edit found the app's row already holding the value (part of lost)
    QStringList lostDetails;
    QStringList suspicious; // merges whose sides contain aggregates they should not
    int moverWrites = 0;
    int moverConflicts = 0;
    int writerWrites = 0; // in-process membership writer
    int writerConflicts = 0;
    int cliWrites = 0;
    int cliConflicts = 0;
    int cliErrors = 0; // neither success nor 409: the write's fate is unknown (tolerated, counted)
    int cliCommands = 0;
    qint64 cliMsTotal = 0; // wall time of all CLI processes, for the mean per command
    int faultsInjected = 0;
    int ownWritesSeen = 0; // conflicts whose server side held the app's own unconfirmed write
    qint64 wallMs = 0;

    QStringList report() const; // the figures, one per line
};

// Runs one soak. With `server` the providers are created there (a test shares one server between
// runs); without, the run starts its own Placement.
SoakResult runSoak(const SoakOptions &options, PlacementServer *server = nullptr);
