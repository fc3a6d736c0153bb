// Placement's error bodies as ApiError reads every 4xx/5xx answer: {"errors": [{status, title,
// detail, code, request_id}]}, or keystonemiddleware's {"error": {code, title, message}}, or
// anything else a proxy in front of Placement sends (HTML, truncated JSON).
#include "api/apierror.h"
#include "fuzz/fuzzsupport.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);
    const QList<PlacementErrorEntry> entries = ApiError::parseErrorBody(body);

    static const QUrl url(QStringLiteral("http://placement.example:8778/resource_providers/x/aggregates"));
    // 409 takes the concurrent-update path, 500 the generic one; the body is read the same way.
    for (const int status : {409, 500}) {
        const ApiError error = ApiError::fromHttp(status, body, QByteArrayLiteral("req-header"), url);
        if (error.kind() != ApiError::Kind::Http || error.httpStatus() != status)
            fuzz::fail("fromHttp lost the status");
        // The first entry's detail leads; more entries are appended, never dropped.
        if (!entries.isEmpty() && !error.detail().startsWith(entries.first().detail))
            fuzz::fail("fromHttp does not lead with the first entry's detail");
        if (error.requestId().isEmpty())
            fuzz::fail("fromHttp lost the request id header");
        // What banners, dialogs and the activity log show of it.
        const QString banner = error.bannerText();
        const QString full = error.fullText();
        const QString shortDetail = error.shortDetail();
        if (banner.isEmpty() || full.size() < banner.size())
            fuzz::fail("fullText() is not bannerText() plus more");
        (void)shortDetail;
        (void)error.isConcurrentUpdate();
    }
    return 0;
}
