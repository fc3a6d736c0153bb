// A Keystone v3 service catalog on its own: the "catalog" array of a token, or the answer of
// GET /v3/auth/catalog ({"catalog": [...]}), and the endpoint lookup over it.
#include "auth/servicecatalog.h"
#include "fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The lookup may drop trailing slashes and nothing else: a path prefix such as /placement, and
// every escaped character in it, must reach the requests unchanged.
bool isFromCatalog(const ServiceCatalog &catalog, const QString &type, const QUrl &url)
{
    const QString got = url.toString(QUrl::FullyEncoded);
    for (const CatalogService &service : catalog.services()) {
        if (service.type != type)
            continue;
        for (const CatalogEndpoint &endpoint : service.endpoints) {
            if (endpoint.url.hasQuery() || endpoint.url.hasFragment())
                return true; // the slashes are not at the end of the text; not worth the parsing
            QString expected = endpoint.url.toString(QUrl::FullyEncoded);
            while (expected.endsWith(QLatin1Char('/')))
                expected.chop(1);
            if (got == expected)
                return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const QJsonArray array =
        document.isArray() ? document.array() : document.object().value(QLatin1String("catalog")).toArray();
    const ServiceCatalog catalog = ServiceCatalog::fromJson(array);
    if (catalog.services().size() != array.size())
        fuzz::fail("fromJson() lost or invented services");
    const QStringList types = catalog.serviceTypes();
    // Look up every type the catalog names, at each interface, in no region and in the first
    // endpoint's region: the paths that lead to a URL as well as the "it has ..." sentences.
    for (const QString &type : types) {
        for (const char *interface : {"public", "internal", "admin", "adminURL"}) {
            for (const bool withRegion : {false, true}) {
                QString region;
                if (withRegion) {
                    for (const CatalogService &service : catalog.services()) {
                        if (service.type == type && !service.endpoints.isEmpty())
                            region = service.endpoints.first().region;
                    }
                }
                QString problem;
                const QUrl url = catalog.endpointUrl(type, QLatin1String(interface), region, &problem);
                if (url.isValid() == !problem.isEmpty())
                    fuzz::fail("endpointUrl() gave a URL and a problem, or neither");
                if (url.isValid() &&
                    (url.host().isEmpty() || url.path(QUrl::FullyEncoded).endsWith(QLatin1Char('/'))))
                    fuzz::fail("endpointUrl() gave a URL without host or with a trailing slash");
                if (url.isValid() && !isFromCatalog(catalog, type, url))
                    fuzz::fail(
                        "endpointUrl() gave a URL that is not a catalog URL less its trailing slashes");
            }
        }
        if (types.size() > 8)
            break; // enough: lookups are linear in the catalog, more types add time, not paths
    }
    return 0;
}
