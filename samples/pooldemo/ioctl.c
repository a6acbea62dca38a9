/*
 * pooldemo ioctl.c: IRP_MJ_DEVICE_CONTROL and the record list.
 * Bugs: a record leaks when the duplicate check rejects it (PT005); the old
 * name buffer is freed with the scratch tag (PT004); the METHOD_NEITHER
 * read leaves the user pages locked when the record list is empty (PT010).
 */
#include "pooldemo.h"

VOID
PdFreeAllRecords(_Inout_ PPD_EXTENSION Ext)
{
    KIRQL irql;
    LIST_ENTRY local;

    InitializeListHead(&local);
    KeAcquireSpinLock(&Ext->RecordsLock, &irql);
    while (!IsListEmpty(&Ext->Records)) {
        InsertTailList(&local, RemoveHeadList(&Ext->Records));
    }
    Ext->RecordCount = 0;
    KeReleaseSpinLock(&Ext->RecordsLock, irql);
    while (!IsListEmpty(&local)) {
        PPD_RECORD r = CONTAINING_RECORD(RemoveHeadList(&local), PD_RECORD, Link);
        ExFreePoolWithTag(r, PD_TAG);
    }
}

static BOOLEAN
PdIsDuplicateLocked(_In_ PPD_EXTENSION Ext, _In_reads_bytes_(Length) PVOID Data, _In_ ULONG Length)
{
    PLIST_ENTRY le;

    for (le = Ext->Records.Flink; le != &Ext->Records; le = le->Flink) {
        PPD_RECORD r = CONTAINING_RECORD(le, PD_RECORD, Link);
        if (r->Length == Length && RtlCompareMemory(r->Data, Data, Length) == Length) {
            return TRUE;
        }
    }
    return FALSE;
}

static NTSTATUS
PdAddRecord(_In_ PPD_EXTENSION Ext, _In_reads_bytes_(Length) PVOID Data, _In_ ULONG Length)
{
    PPD_RECORD rec;
    KIRQL irql;

    if (Length == 0 || Length > PD_MAX_RECORD) {
        return STATUS_INVALID_PARAMETER;
    }
    rec = ExAllocatePoolWithTag(NonPagedPoolNx, FIELD_OFFSET(PD_RECORD, Data) + Length,  // expect: PT005
                                PD_TAG);
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->Length = Length;
    RtlCopyMemory(rec->Data, Data, Length);

    KeAcquireSpinLock(&Ext->RecordsLock, &irql);
    if (PdIsDuplicateLocked(Ext, Data, Length)) {
        KeReleaseSpinLock(&Ext->RecordsLock, irql);
        return STATUS_DUPLICATE_NAME;                /* rec is never freed */
    }
    InsertTailList(&Ext->Records, &rec->Link);
    Ext->RecordCount++;
    KeReleaseSpinLock(&Ext->RecordsLock, irql);
    return STATUS_SUCCESS;
}

static NTSTATUS
PdSetName(_In_ PPD_EXTENSION Ext, _In_reads_bytes_(Length) PWCHAR Name, _In_ ULONG Length)
{
    PWCHAR buffer, old;

    if (Length == 0 || Length > 256 * sizeof(WCHAR) || Length % sizeof(WCHAR) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    buffer = ExAllocatePoolWithTag(PagedPool, Length, PD_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(buffer, Name, Length);
    old = Ext->Name.Buffer;
    Ext->Name.Buffer = buffer;
    Ext->Name.Length = (USHORT)Length;
    Ext->Name.MaximumLength = (USHORT)Length;
    if (old != NULL) {
        ExFreePoolWithTag(old, PD_TAG);
    }
    return STATUS_SUCCESS;
}

static NTSTATUS
PdEchoName(_In_ PPD_EXTENSION Ext, _Out_writes_bytes_(OutLength) PVOID Out, _In_ ULONG OutLength,
           _Out_ PULONG_PTR Information)
{
    PWCHAR copy;
    ULONG length = Ext->Name.Length;

    *Information = 0;
    if (length == 0) {
        return STATUS_NOT_FOUND;
    }
    if (OutLength < length) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    copy = ExAllocatePoolWithTag(PagedPool, length, PD_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, Ext->Name.Buffer, length);
    RtlCopyMemory(Out, copy, length);
    *Information = length;
    ExFreePoolWithTag(copy, PD_TAG_SCRATCH);                 // expect: PT004
    return STATUS_SUCCESS;
}

static NTSTATUS
PdReadDirect(_In_ PPD_EXTENSION Ext, _In_ PVOID UserBuffer, _In_ ULONG Length,
             _Out_ PULONG_PTR Information)
{
    PMDL mdl;
    PULONG va;
    NTSTATUS status = STATUS_SUCCESS;

    *Information = 0;
    if (Length < sizeof(ULONG)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    mdl = IoAllocateMdl(UserBuffer, Length, FALSE, TRUE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);          // expect: PT010
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return GetExceptionCode();
    }
    if (Ext->RecordCount == 0) {
        IoFreeMdl(mdl);                        /* pages are still locked */
        return STATUS_NO_MORE_ENTRIES;
    }
    va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
        *va = Ext->RecordCount;
        *Information = sizeof(ULONG);
    }
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    return status;
}

NTSTATUS
PdDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PPD_EXTENSION ext = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    ULONG inLen = sp->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLen = sp->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status;
    ULONG_PTR info = 0;

    switch (sp->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_PD_ADD_RECORD:
        status = PdAddRecord(ext, Irp->AssociatedIrp.SystemBuffer, inLen);
        break;
    case IOCTL_PD_GET_COUNT:
        if (outLen < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        *(PULONG)Irp->AssociatedIrp.SystemBuffer = ext->RecordCount;
        info = sizeof(ULONG);
        status = STATUS_SUCCESS;
        break;
    case IOCTL_PD_READ_DIRECT:
        status = PdReadDirect(ext, Irp->UserBuffer, outLen, &info);
        break;
    case IOCTL_PD_SET_NAME:
        status = PdSetName(ext, Irp->AssociatedIrp.SystemBuffer, inLen);
        if (NT_SUCCESS(status)) {
            status = PdEchoName(ext, Irp->AssociatedIrp.SystemBuffer, outLen, &info);
        }
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
