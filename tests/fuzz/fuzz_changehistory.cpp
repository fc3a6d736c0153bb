// The change history file (membership/ChangeHistory): any bytes on disk — a torn line after a crash,
// another tool's edits, a hostile file — are read line by line; what reads as an entry writes back
// and reads again as the same entry, and its CSV is one header plus one record per entry.
#include "fuzz/fuzzsupport.h"
#include "membership/changehistory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    int skipped = -1;
    const QList<HistoryEntry> entries = ChangeHistory::parse(fuzz::bytes(data, size), &skipped);
    if (skipped < 0)
        fuzz::fail("skipped lines not counted");
    QByteArray written;
    for (const HistoryEntry &entry : entries) {
        if (entry.providerUuid.isEmpty() || !entry.time.isValid())
            fuzz::fail("an entry without provider or time");
        written += ChangeHistory::serialize(entry);
        (void)ChangeHistory::undoOf(entry);
    }
    int skippedAgain = -1;
    const QList<HistoryEntry> again = ChangeHistory::parse(written, &skippedAgain);
    if (skippedAgain != 0 || again.size() != entries.size())
        fuzz::fail("serialize() does not read back");
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry &a = entries.at(i);
        const HistoryEntry &b = again.at(i);
        if (a.providerUuid != b.providerUuid || a.before != b.before || a.after != b.after ||
            a.how != b.how || a.generation != b.generation || a.time != b.time || a.requestId != b.requestId)
            fuzz::fail("an entry changed on its way through the file");
    }
    (void)ChangeHistory::toCsv(entries, {});
    return 0;
}
