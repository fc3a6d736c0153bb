// The edit journal as EditJournal reads it back after a crash: a JSON file of pending edits per
// provider, which may be truncated, hand-edited or from another version. Then restore() re-bases
// what it read on a freshly loaded store, as the restore offer does.
//
// The file is the journal's own file in a folder made once per process; each input replaces it,
// and whatever load() moved aside is removed again so the folder does not grow.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "fuzz/fuzzsupport.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"

#include <QDir>
#include <QFile>

namespace {

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    static const QString folder = fuzz::scratchDirectory();
    static const QUrl endpoint(QStringLiteral("http://placement.example:8778/"));

    {
        MembershipStore store;
        loadStore(&store);
        EditJournal journal(&store);
        journal.setDirectory(folder);
        journal.setEndpoint(endpoint); // never recording: the journal only reads here
        fuzz::writeFile(journal.filePath(), fuzz::bytes(data, size));
        QList<JournalEntry> entries;
        QString error;
        if (journal.load(&entries, &error)) {
            for (const JournalEntry &entry : std::as_const(entries)) {
                if (entry.providerUuid.isEmpty())
                    fuzz::fail("load() accepted an entry without provider");
            }
            journal.restore(entries);
        } else if (error.isEmpty()) {
            fuzz::fail("load() failed without saying why");
        }
    } // the journal lets go of its file (and lock) before the folder is emptied

    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        QFile::remove(folder + QLatin1Char('/') + name);
    return 0;
}
