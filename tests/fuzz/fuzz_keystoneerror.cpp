// Keystone's error answers to a login: the 401 body ({"error": {code, title, message}}, also the
// one that comes with an MFA receipt), 400/403/404/5xx bodies, read by ApiError and explained by
// KeystoneStatus the way KeystoneTokenJob::adjustError does.
#include "api/apierror.h"
#include "auth/keystonestatus.h"
#include "fuzz/fuzzsupport.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);
    static const QUrl url(QStringLiteral("https://keystone.example:5000/v3/auth/tokens"));
    for (const int status : {401, 403, 500}) {
        const ApiError read = ApiError::fromHttp(status, body, {}, url);
        ApiError explained =
            KeystoneStatus::explain(read, url, QStringLiteral("Host requires authentication"));
        if (explained.service() != ApiError::Service::Keystone || explained.httpStatus() != status)
            fuzz::fail("explain() lost the service or the status");
        if (explained.detail() != read.detail())
            fuzz::fail("explain() changed Keystone's own detail");
        // adjustError(): a 401 keeps explain()'s sentence (the session asks more); others get theirs.
        if (status != 401)
            explained.setSummary(KeystoneStatus::loginFailure(status, url));
        if (explained.bannerText().isEmpty())
            fuzz::fail("an empty banner for a failed login");
        (void)explained.fullText();
    }
    return 0;
}
