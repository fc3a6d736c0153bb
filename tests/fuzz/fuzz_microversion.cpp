// Microversion::parse: the version document's min/max_version and the OpenStack-API-Version
// header ("placement 1.19") as the server writes them.
#include "api/microversion.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Microversion version = Microversion::parse(text);
    if (!version.isValid())
        return 0;
    // What we print we must read back the same: headers we send are built from toString().
    if (Microversion::parse(version.toString()) != version)
        fuzz::fail("parse(toString()) differs");
    if (Microversion::parse(QStringLiteral("placement ") + version.toString()) != version)
        fuzz::fail("the header form parses differently");
    // Negotiation with itself as the whole server range yields itself or nothing.
    const Microversion negotiated = Microversion::negotiate(version, version, Microversion::clientMinimum(),
                                                            Microversion::clientMaximum());
    if (negotiated.isValid() && negotiated != version)
        fuzz::fail("negotiate() left a one-version range");
    return 0;
}
