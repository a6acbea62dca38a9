/* The free helper in mem.c already released the context; the error path frees it again. */
#include "drv.h"

NTSTATUS
DrvTeardown(_In_ BOOLEAN Abort)
{
    PVOID ctx = DrvAlloc(64);

    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DrvFree(ctx);
    if (Abort) {
        ExFreePoolWithTag(ctx, DRV_TAG);      // expect: PT008
        return STATUS_CANCELLED;
    }
    return STATUS_SUCCESS;
}
