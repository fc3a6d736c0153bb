// POST /v3/auth/tokens answers: the token object (times, user, project, roles) and the service
// catalog in it, then the endpoint lookup a login does with it.
#include "auth/keystonetoken.h"
#include "fuzz/fuzzsupport.h"

namespace {

void lookUp(const ServiceCatalog &catalog)
{
    struct Want
    {
        const char *type;
        const char *interface;
        const char *region;
    };
    // The defaults, an explicit region, another interface spelling, and a type that is absent.
    static const Want wants[] = {{"placement", "", ""},
                                 {"placement", "internal", "RegionOne"},
                                 {"placement", "publicURL", ""},
                                 {"compute", "admin", "RegionTwo"}};
    for (const Want &want : wants) {
        QString problem;
        const QUrl url = catalog.endpointUrl(QLatin1String(want.type), QLatin1String(want.interface),
                                             QLatin1String(want.region), &problem);
        // Either an endpoint to use, or a sentence saying why not: never both, never neither.
        if (url.isValid() == !problem.isEmpty())
            fuzz::fail("endpointUrl() gave a URL and a problem, or neither");
        if (url.isValid() && url.host().isEmpty())
            fuzz::fail("endpointUrl() gave a URL without host");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);
    KeystoneToken token;
    if (KeystoneToken::parse(QByteArray(), body, &token))
        fuzz::fail("a token answer without X-Subject-Token was accepted");
    static const QByteArray subject = QByteArrayLiteral("gAAAAABfuzzfuzzfuzz");
    if (!KeystoneToken::parse(subject, body, &token))
        return 0;
    if (token.token != subject)
        fuzz::fail("the token is not the X-Subject-Token header");
    if ((token.expiresAt.isValid() && token.expiresAt.timeSpec() != Qt::UTC) ||
        (token.issuedAt.isValid() && token.issuedAt.timeSpec() != Qt::UTC))
        fuzz::fail("token times are not UTC");
    (void)token.catalog.serviceTypes();
    lookUp(token.catalog);
    return 0;
}
