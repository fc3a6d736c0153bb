// Must not compile: api/ is the lowest layer and does not see membership/ (see models/CMakeLists.txt).
// The CTest "layers.reverse_include_fails" builds this file and passes only when the compiler says the
// header is not found.
#include "api/apierror.h"
#include "membership/membershipstore.h"

int pdLayerViolation()
{
    return 0;
}
