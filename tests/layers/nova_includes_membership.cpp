// Must not compile: nova/ sits below membership/ (the drift report there reads Nova's directory, not
// the other way round; see models/CMakeLists.txt). The CTest "layers.nova_below_membership" builds
// this file and passes only when the compiler says the header is not found.
#include "membership/membershipstore.h"
#include "nova/novaclient.h"

int pdNovaLayerViolation()
{
    return 0;
}
