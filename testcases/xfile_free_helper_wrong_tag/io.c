/* Memory tagged 'qeRI' handed to the project's free helper, which frees with
 * DRV_TAG: Driver Verifier bug-checks 0xC2 at that free. */
#include "drv.h"

#define REQ_TAG 'qeRI'

VOID
DrvCopyRequest(_In_ SIZE_T Length)
{
    PVOID copy = ExAllocatePoolWithTag(NonPagedPoolNx, Length, REQ_TAG);

    if (copy == NULL) {
        return;
    }
    RtlZeroMemory(copy, Length);
    DrvFree(copy);                            // expect: PT004
}

VOID
DrvCopyRequestClean(_In_ SIZE_T Length)
{
    PVOID copy = ExAllocatePoolWithTag(NonPagedPoolNx, Length, DRV_TAG);

    if (copy == NULL) {
        return;
    }
    RtlZeroMemory(copy, Length);
    DrvFree(copy);
}
