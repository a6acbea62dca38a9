/* An MPIO device-specific module's path request: dsm.h and mpiodisk.h (none
 * in MinGW-w64), ntddscsi.h's MPIO pass-through, wdm.h's shared spin locks
 * and scsi.h's SENSE_DATA_EX, as msdsm uses them: without them this
 * function has parse errors and is not path-analysed. The clean twin of
 * wdk_dsm_leak.c: the failed request is freed. */
#include <ntddk.h>
#include <dsm.h>
#include <mpiodisk.h>

#define DSM_TAG 'msDS'

typedef struct _DSM_PATH_CONTEXT {
    EX_SPIN_LOCK Lock;
    PMPIO_PASS_THROUGH_PATH LastRequest;
    ULONG Policy;
} DSM_PATH_CONTEXT, *PDSM_PATH_CONTEXT;

NTSTATUS DsmSendPassThrough(PDSM_PATH_CONTEXT ctx, PDEVICE_OBJECT target, PDSM_IDS ids)
{
    IO_STATUS_BLOCK iosb;
    PMPIO_PASS_THROUGH_PATH request;
    KIRQL irql;

    request = (PMPIO_PASS_THROUGH_PATH)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*request) + SENSE_BUFFER_SIZE_EX, DSM_TAG);
    if (request == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    RtlZeroMemory(request, sizeof(*request));
    request->Flags = MPIO_IOCTL_FLAG_USE_PATHID;
    DsmSendDeviceIoControlSynchronous(IOCTL_MPIO_PASS_THROUGH_PATH, target, request, request,
                                      sizeof(*request), sizeof(*request), FALSE, &iosb);
    if (!NT_SUCCESS(iosb.Status) || ids->Count == 0) {
        ExFreePoolWithTag(request, DSM_TAG);
        return iosb.Status;
    }
    irql = ExAcquireSpinLockExclusive(&ctx->Lock);
    ctx->LastRequest = request;
    ctx->Policy = DSM_LB_ROUND_ROBIN;
    ExReleaseSpinLockExclusive(&ctx->Lock, irql);
    return STATUS_SUCCESS;
}
