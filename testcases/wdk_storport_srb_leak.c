/*
 * PT005 in a Storport miniport that only parses with the supplement's
 * storport.h and srbhelper.h: extended SRBs, SrbGet* helpers, STOR_LOCK_HANDLE,
 * Storport DPCs. A bounce buffer for an unaligned write leaks when the SRB
 * turns out to have no data. (The buffer here comes from ExAllocatePool2;
 * StorPortAllocatePool has its own cases, pt005_leak_storport_pool.c.)
 */
#include <ntddk.h>
#include <storport.h>
#include <srbhelper.h>

#define BOUNCE_TAG 'cnuB'

typedef struct _ADAPTER {
    STOR_DPC CompletionDpc;
    PVOID Bounce;
    ULONG BounceLength;
} ADAPTER, *PADAPTER;

BOOLEAN
StartIoBad(_In_ PADAPTER Adapter, _In_ PSCSI_REQUEST_BLOCK Srb)
{
    STOR_LOCK_HANDLE lock;
    PCDB cdb = SrbGetCdb(Srb);
    ULONG length = SrbGetDataTransferLength(Srb);
    PVOID bounce;

    if (cdb == NULL || cdb->CDB10.OperationCode != SCSIOP_WRITE) {
        SrbSetSrbStatus(Srb, SRB_STATUS_INVALID_REQUEST);
        StorPortNotification(RequestComplete, Adapter, Srb);
        return TRUE;
    }
    bounce = ExAllocatePool2(POOL_FLAG_NON_PAGED, PAGE_SIZE, BOUNCE_TAG);  // expect: PT005
    if (bounce == NULL) {
        SrbSetSrbStatus(Srb, SRB_STATUS_BUSY);
        StorPortNotification(RequestComplete, Adapter, Srb);
        return TRUE;
    }
    if (SrbGetDataBuffer(Srb) == NULL || length == 0) {
        SrbSetSrbStatus(Srb, SRB_STATUS_ERROR);
        StorPortNotification(RequestComplete, Adapter, Srb);
        return TRUE;                          /* bounce leaks */
    }
    RtlCopyMemory(bounce, SrbGetDataBuffer(Srb), length < PAGE_SIZE ? length : PAGE_SIZE);
    StorPortAcquireSpinLock(Adapter, DpcLock, NULL, &lock);
    Adapter->Bounce = bounce;
    Adapter->BounceLength = length;
    StorPortReleaseSpinLock(Adapter, &lock);
    StorPortIssueDpc(Adapter, &Adapter->CompletionDpc, Srb, NULL);
    return TRUE;
}
