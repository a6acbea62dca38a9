/* Every path gives the block back through the helper in mem.c. */
#include "drv.h"

NTSTATUS
DrvProcess(_In_ ULONG Length)
{
    PVOID work = DrvAlloc(Length);

    if (work == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Length > 4096) {
        DrvFree(work);
        return STATUS_INVALID_BUFFER_SIZE;
    }
    RtlZeroMemory(work, Length);
    DrvFree(work);
    return STATUS_SUCCESS;
}
