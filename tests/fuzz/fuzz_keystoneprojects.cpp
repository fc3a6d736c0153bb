// GET /v3/auth/projects: the projects a token may be scoped to, as the Connect dialog lists them.
#include "auth/keystonetoken.h"
#include "fuzz/fuzzsupport.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QStringList projects = KeystoneToken::parseProjects(fuzz::bytes(data, size));
    // Sorted as a person reads a list (ignoring case); std::sort with a comparator that is not a
    // strict weak order would also show up here, as out-of-bounds reads under ASan.
    const auto ignoringCase = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    };
    if (!std::is_sorted(projects.cbegin(), projects.cend(), ignoringCase))
        fuzz::fail("parseProjects() is not sorted ignoring case");
    return 0;
}
