// The edit journal as EditJournal reads it back after a crash: a JSON file of pending edits per
// provider, which may be truncated, hand-edited or from another version. Then restore() re-bases
// what it read on a freshly loaded store, as the restore offer does.
//
// Every input goes through EditJournal::parse(), the parser load() runs on each file. Going through
// the file for every input costs ~1 ms (lock file, eight slot paths hashed and looked up, the file
// written, read and perhaps moved aside with an fsync) against ~0.1 ms for the rest, so only one
// input in kFileShare also takes the whole load() from a real file, which must agree with parse():
// that checks the file handling around the parser without making every input pay for it.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "fuzz/fuzzsupport.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace {

constexpr size_t kFileShare = 64;

// The providers and aggregates of the seed journals, so restores hit loaded rows too.
const char *const kProviders[] = {"4e8e5957-649f-477b-9e5b-f1f75b21c03c",
                                  "b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01"};
const char *const kAggregates[] = {"6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11",
                                   "0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22"};

void loadStore(MembershipStore *store)
{
    QList<ProviderInfo> providers;
    for (const char *uuid : kProviders) {
        ProviderInfo info;
        info.uuid = QLatin1String(uuid);
        info.name = QStringLiteral("compute-%1").arg(providers.size() + 1);
        info.generation = 7;
        providers.append(info);
    }
    store->resetProviders(providers);
    for (const char *uuid : kProviders) {
        AggregatesResult result;
        result.providerUuid = QLatin1String(uuid);
        result.aggregates = QStringList{QLatin1String(kAggregates[0])};
        result.generation = 7;
        store->setAggregates(result);
    }
}

bool sameEntries(const QList<JournalEntry> &a, const QList<JournalEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].providerUuid != b[i].providerUuid || a[i].providerName != b[i].providerName ||
            a[i].base != b[i].base || a[i].baseGeneration != b[i].baseGeneration || a[i].adds != b[i].adds ||
            a[i].removes != b[i].removes)
            return false;
    }
    return true;
}

// load() from the journal's own file in a folder made once per process: the same answer as
// parse(), a corrupt file moved aside (then removed again, so the folder does not grow).
void throughFile(const QByteArray &data, EditJournal::ParseResult parsed, const QList<JournalEntry> &entries)
{
    static const QString folder = fuzz::scratchDirectory();
    static const QUrl endpoint(QStringLiteral("http://placement.example:8778/"));
    {
        MembershipStore store;
        EditJournal journal(&store);
        journal.setDirectory(folder);
        journal.setEndpoint(endpoint); // never recording: the journal only reads here
        fuzz::writeFile(journal.filePath(), data);
        QList<JournalEntry> loaded;
        QString error;
        const bool ok = journal.load(&loaded, &error);
        if (ok != (parsed == EditJournal::ParseResult::Ok))
            fuzz::fail("load() and parse() disagree on whether the journal is readable");
        if (ok && !sameEntries(loaded, entries))
            fuzz::fail("load() read other entries than parse()");
        if (!ok && error.isEmpty())
            fuzz::fail("load() failed without saying why");
        if (journal.isReadOnly() != (parsed == EditJournal::ParseResult::NewerFormat))
            fuzz::fail("load() stopped recording for a journal that is not from a newer version, or did "
                       "not for one that is");
        const bool stayed = QFile::exists(journal.filePath());
        if (stayed != (parsed != EditJournal::ParseResult::Corrupt))
            fuzz::fail("load() moved a readable journal aside, or left a corrupt one in place");
    } // the journal lets go of its file (and lock) before the folder is emptied

    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        QFile::remove(folder + QLatin1Char('/') + name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray bytes = fuzz::bytes(data, size);
    QList<JournalEntry> entries;
    QString problem;
    const EditJournal::ParseResult result = EditJournal::parse(bytes, &entries, &problem);
    if (result == EditJournal::ParseResult::Ok) {
        for (const JournalEntry &entry : std::as_const(entries)) {
            if (entry.providerUuid.isEmpty())
                fuzz::fail("parse() accepted an entry without provider");
        }
        // No folder and no endpoint: restore() works on the store alone and takes no lock.
        MembershipStore store;
        loadStore(&store);
        EditJournal journal(&store);
        journal.restore(entries);
    } else {
        if (!entries.isEmpty())
            fuzz::fail("parse() gave entries for a journal it refused");
        if (result == EditJournal::ParseResult::Corrupt && problem.isEmpty())
            fuzz::fail("parse() refused a journal without saying why");
    }
    // Seed 0: the same inputs take the file path in every run (Qt seeds qHash per process).
    if (qHash(bytes, 0) % kFileShare == 0)
        throughFile(bytes, result, entries);
    return 0;
}
