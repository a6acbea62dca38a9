/*
 * Multi-file case, part 2: dispatch routines. One PT001 through the
 * header's debug macro, one PT005 on the write path's error branch, one
 * PT004 where a request is freed with the generic FLT_FREE macro.
 */
#include "filter.h"

NTSTATUS
FltDispatchPassThrough(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PFLT_EXTENSION ext = DeviceObject->DeviceExtension;

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static VOID
FltLogWrite(_In_ ULONG Length)
{
    PULONG rec = FLT_ALLOC_DEBUG(sizeof(ULONG));      // expect: PT001

    if (rec != NULL) {
        *rec = Length;
        ExFreePool(rec);
    }
}

static NTSTATUS
FltTrackWrite(_In_ PFLT_EXTENSION Ext, _In_ PIRP Irp, _In_ ULONG Length)
{
    PFLT_REQUEST req;
    KIRQL irql;

    req = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*req), FLT_REQ_TAG);   // expect: PT005
    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Irp = Irp;
    req->Length = Length;
    if (Length == 0) {
        return STATUS_INVALID_PARAMETER;            /* req leaks */
    }
    KeAcquireSpinLock(&Ext->RequestsLock, &irql);
    InsertTailList(&Ext->Requests, &req->Link);
    KeReleaseSpinLock(&Ext->RequestsLock, irql);
    return STATUS_SUCCESS;
}

static VOID
FltProbeRequestSize(VOID)
{
    PFLT_REQUEST req = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*req), FLT_REQ_TAG);

    if (req != NULL) {
        RtlZeroMemory(req, sizeof(*req));
        FLT_FREE(req);                               // expect: PT004
    }
}

NTSTATUS
FltDispatchWrite(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PFLT_EXTENSION ext = DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;

    FltLogWrite(length);
    FltProbeRequestSize();
    (VOID)FltTrackWrite(ext, Irp, length);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}
