// Nova's answers as the Nova jobs read them: the version document, GET /os-aggregates, a page of
// GET /os-hypervisors/detail, the aggregate action's answer and Nova's fault body; then what was
// parsed goes into a NovaDirectory, whose lookups must find every aggregate and node again.
#include "api/apierror.h"
#include "fuzz/fuzzsupport.h"
#include "nova/aggregateactionjob.h"
#include "nova/listhypervisorsjob.h"
#include "nova/listnovaaggregatesjob.h"
#include "nova/novadirectory.h"
#include "nova/novajob.h"
#include "nova/novaversionsjob.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);
    static const QUrl url(QStringLiteral("http://nova.example:8774/v2.1/os-aggregates"));

    ApiError versionError;
    const NovaVersionInfo info = NovaVersionsJob::parseVersionDocument(body, &versionError);
    if (!versionError.isError() && (!info.negotiated.isValid() || info.negotiated.major() != 2))
        fuzz::fail("a usable version document without a 2.x version");
    if (versionError.isError() && versionError.summary().isEmpty())
        fuzz::fail("an unusable version document without a reason");

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QList<NovaAggregate> aggregates;
    const bool haveAggregates = ListNovaAggregatesJob::parseAggregates(object, &aggregates);
    HypervisorPage page;
    const bool havePage = ListHypervisorsJob::parsePage(object, &page);
    NovaAggregate after;
    if (AggregateActionJob::parseAnswer(object, &after) && (after.uuid.isEmpty() || after.name.isEmpty()))
        fuzz::fail("an action answer without uuid or name");

    NovaDirectory directory;
    directory.setContents(haveAggregates ? aggregates : QList<NovaAggregate>{},
                          havePage ? page.hypervisors : QList<NovaHypervisor>{}, true);
    // A parser that says no may have read part of the list: only what it accepted counts.
    if (!haveAggregates)
        aggregates.clear();
    if (!havePage)
        page.hypervisors.clear();
    for (const NovaAggregate &aggregate : std::as_const(aggregates))
        if (!directory.aggregateFor(aggregate.uuid))
            fuzz::fail("a parsed aggregate is not found by its uuid");
    for (const NovaHypervisor &node : std::as_const(page.hypervisors)) {
        if (!directory.hypervisorFor(node.id))
            fuzz::fail("a parsed node is not found by its id");
        (void)directory.hypervisorsOf(node.host);
    }

    const ApiError fault = NovaJob::explain(ApiError::fromHttp(400 + int(size % 200), body, "req-1"), url);
    if (fault.summary().isEmpty() || fault.service() != ApiError::Service::Nova)
        fuzz::fail("a Nova error without summary or not named Nova's");
    (void)fault.fullText();
    return 0;
}
