/* InterlockedExchangePointer(&Ctx->Program, New) stores the block into the
 * context (npcap's BIOCSETF): a hand-over, not a leak. */
#include <ntddk.h>

typedef struct _OPEN { PVOID Program; } OPEN, *POPEN;

NTSTATUS SetProgram(_In_ POPEN Open, SIZE_T Length)
{
    PVOID next = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'gorP');
    if (!next)
        return STATUS_INSUFFICIENT_RESOURCES;
    PVOID old = InterlockedExchangePointer(&Open->Program, next);
    if (old)
        ExFreePoolWithTag(old, 'gorP');
    return STATUS_SUCCESS;
}
