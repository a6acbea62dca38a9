/*
 * Clean twin of pt005_leak_storport_pool.c: the StorPortAllocatePool buffer
 * is freed with StorPortFreePool on the error path; nothing is allocated
 * when the status is not STOR_STATUS_SUCCESS.
 */
#include <ntddk.h>
#include <storport.h>

#define SENSE_TAG 'sneS'

typedef struct _HW_EXT {
    PVOID SenseBuffer;
    ULONG QueueDepth;
} HW_EXT, *PHW_EXT;

ULONG
AllocateSenseGood(_In_ PHW_EXT Ext, _In_ ULONG Length)
{
    PVOID buffer = NULL;
    ULONG status;

    status = StorPortAllocatePool(Ext, Length, SENSE_TAG, &buffer);
    if (status != STOR_STATUS_SUCCESS) {
        return status;
    }
    if (Ext->QueueDepth == 0) {
        StorPortFreePool(Ext, buffer);
        return STOR_STATUS_INVALID_DEVICE_STATE;
    }
    Ext->SenseBuffer = buffer;
    return STOR_STATUS_SUCCESS;
}

BOOLEAN
ScratchGood(_In_ PHW_EXT Ext, _In_ ULONG Length)
{
    PVOID scratch;

    if (StorPortAllocatePool(Ext, Length, SENSE_TAG, &scratch) != STOR_STATUS_SUCCESS) {
        return FALSE;
    }
    RtlZeroMemory(scratch, Length);
    StorPortFreePool(Ext, scratch);
    return TRUE;
}
