/* Pool memory from the wrapper released with NdisFreeMemory. */
#include "drv.h"
#include <ndis.h>

VOID
DrvWrongRelease(VOID)
{
    PVOID p = DrvAlloc(256);
    if (p != NULL) {
        NdisFreeMemory(p, 0, 0);              // expect: PT009
    }
}
