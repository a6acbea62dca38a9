/*
 * PT005 in a Storport miniport: StorPortAllocatePool returns a ULONG status
 * and writes the buffer through its last argument only on
 * STOR_STATUS_SUCCESS. The buffer leaks when the adapter has no queue; the
 * clean twin is clean_storport_pool.c. StorPortFreePool on ExAllocatePool2
 * memory is PT009.
 */
#include <ntddk.h>
#include <storport.h>

#define SENSE_TAG 'sneS'

typedef struct _HW_EXT {
    PVOID SenseBuffer;
    ULONG QueueDepth;
} HW_EXT, *PHW_EXT;

ULONG
AllocateSenseBad(_In_ PHW_EXT Ext, _In_ ULONG Length)
{
    PVOID buffer = NULL;
    ULONG status;

    status = StorPortAllocatePool(Ext, Length, SENSE_TAG, &buffer);   // expect: PT005
    if (status != STOR_STATUS_SUCCESS) {
        return status;
    }
    if (Ext->QueueDepth == 0) {
        return STOR_STATUS_INVALID_DEVICE_STATE;             /* buffer leaks */
    }
    Ext->SenseBuffer = buffer;
    return STOR_STATUS_SUCCESS;
}

VOID
ReleaseScratchBad(_In_ PHW_EXT Ext, _In_ ULONG Length)
{
    PVOID scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, SENSE_TAG);
    if (scratch == NULL) {
        return;
    }
    StorPortFreePool(Ext, scratch);                          // expect: PT009
}
