// Membership plans as the headless --plan check (and later the window's import) reads them: a CSV
// or JSON file an operator or a script wrote, possibly hand-edited, truncated or hostile. Every input
// goes through MembershipPlan::parse() in both formats and, when it parses, resolve() against a
// small table: every edit must name a loaded row and a real change, every problem a line the file has.
#include "api/getaggregatesjob.h"
#include "api/listprovidersjob.h"
#include "api/uuids.h"
#include "fuzz/fuzzsupport.h"
#include "membership/membershipplan.h"
#include "membership/membershipstore.h"

namespace {

const char *const kProviders[] = {"4e8e5957-649f-477b-9e5b-f1f75b21c03c",
                                  "b4a8a3c0-5b8e-4f2a-9d59-0f3c3d1f6a01",
                                  "0f0e5957-649f-477b-9e5b-f1f75b21c03c"};
const char *const kAggregates[] = {"6f1a3c58-1b8f-4a8e-9c1e-2d6a8b0c4e11",
                                   "6F1A3C58-1B8F-4A8E-9C1E-2D6A8B0C4E11",
                                   "0c6e0c1a-3b7d-4f4e-8e1a-6b2f9d3c5a22"};

const MembershipStore &table()
{
    static MembershipStore *store = [] {
        auto *made = new MembershipStore;
        QList<ProviderInfo> providers;
        for (const char *uuid : kProviders) {
            ProviderInfo info;
            info.uuid = QLatin1String(uuid);
            info.name = providers.isEmpty() ? QStringLiteral("twin")
                                            : QStringLiteral("compute-%1").arg(providers.size());
            info.generation = 1;
            providers << info;
        }
        providers.last().name = QStringLiteral("twin"); // two providers with one name
        made->resetProviders(providers);
        made->setAggregates({QLatin1String(kProviders[0]),
                             {QLatin1String(kAggregates[0]), QLatin1String(kAggregates[1])},
                             1});
        made->setAggregates({QLatin1String(kProviders[1]), {QLatin1String(kAggregates[2])}, 1});
        return made;
    }();
    return *store;
}

QString nameOf(const QString &aggregate)
{
    return aggregate == QLatin1String(kAggregates[2]) ? QStringLiteral("az-north") : QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray bytes = fuzz::bytes(data, size);
    const int lineCount = int(bytes.count('\n')) + 1;
    for (const auto format : {MembershipExport::Format::Csv, MembershipExport::Format::Json}) {
        QList<MembershipPlan::Line> lines;
        MembershipPlan::Problem problem;
        if (!MembershipPlan::parse(bytes, format, &lines, &problem)) {
            if (!lines.isEmpty())
                fuzz::fail("parse() gave lines for a file it refused");
            if (problem.text.isEmpty())
                fuzz::fail("parse() refused a file without saying why");
            continue;
        }
        for (const MembershipPlan::Line &line : std::as_const(lines)) {
            if (line.number < 1 || (format == MembershipExport::Format::Csv && line.number > lineCount))
                fuzz::fail("a line number outside the file");
        }
        const MembershipStore &store = table();
        const MembershipPlan::Result result = MembershipPlan::resolve(lines, store, nameOf);
        if (result.edits.size() + result.problems.size() + result.unchanged != lines.size())
            fuzz::fail("resolve() lost or invented lines");
        for (const MembershipPlan::Edit &edit : result.edits) {
            const int row = store.rowOf(edit.providerUuid);
            if (row < 0 || !store.isEditable(row))
                fuzz::fail("an edit for a provider that is not a loaded row");
            const int column = store.columnOf(edit.aggregate);
            const bool member = column >= 0 && store.wantsMember(row, column);
            if (member == edit.add)
                fuzz::fail("an edit that changes nothing");
            if (!Uuids::isValid(edit.aggregate))
                fuzz::fail("an edit to something that is not an aggregate UUID");
        }
        MembershipPlan::diffText(result);
    }
    return 0;
}
