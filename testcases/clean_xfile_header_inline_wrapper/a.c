/* The header's inline wrapper is lowered with this file's functions only when
 * defined here; through the header it is still a call of a known body. */
#include "pool.h"

VOID
UseHeaderWrapper(VOID)
{
    PVOID p = HdrAlloc(32);
    if (p != NULL) {
        ExFreePoolWithTag(p, HDR_TAG);
    }
}
