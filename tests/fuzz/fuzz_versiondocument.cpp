// GET / on a Placement endpoint (or whatever the operator typed): the version document and the
// microversion negotiation over it. The server is not trusted to send a sane range.
#include "api/discoverversionsjob.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray body = fuzz::bytes(data, size);
    // No cap (the default), an old cap, the first version with generations, and our newest.
    static const Microversion caps[] = {Microversion(), Microversion(1, 1), Microversion(1, 19),
                                        Microversion::clientMaximum()};
    for (const Microversion &cap : caps) {
        ApiError error;
        const VersionInfo info = DiscoverVersionsJob::parseVersionDocument(body, cap, &error);
        if (error.isError()) {
            if (error.kind() != ApiError::Kind::NotPlacement &&
                error.kind() != ApiError::Kind::UnsupportedVersion)
                fuzz::fail("an unusable version document gave an unexpected error kind");
            continue;
        }
        // Usable: the negotiated version is one both sides speak.
        const Microversion ceiling =
            cap.isValid() && cap < Microversion::clientMaximum() ? cap : Microversion::clientMaximum();
        const Microversion &v = info.negotiated;
        if (!v.isValid() || v < info.minimum || v > info.maximum || v < Microversion::clientMinimum() ||
            v > ceiling)
            fuzz::fail("negotiated a version outside the common range");
    }
    return 0;
}
