/*
 * Clean: the canonical MDL sequence. IoAllocateMdl, MmProbeAndLockPages
 * inside __try (the __except branch runs when the lock did NOT happen, so
 * freeing the MDL there without MmUnlockPages is right), map, use,
 * MmUnlockPages, IoFreeMdl. A second variant keeps the locked MDL in the
 * device extension (hand-over) for a later unlock.
 */
#include <ntddk.h>

typedef struct _DIRECT_EXT {
    PMDL LockedMdl;
    PVOID MappedVa;
} DIRECT_EXT, *PDIRECT_EXT;

NTSTATUS
CopyFromUser(_In_ PVOID UserVa, _In_ ULONG Length, _Out_writes_bytes_(Length) PVOID Dest)
{
    PMDL mdl;
    PVOID va;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return STATUS_ACCESS_VIOLATION;
    }
    va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va != NULL) {
        RtlCopyMemory(Dest, va, Length);
    }
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    return va != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS
PinUserBuffer(_Inout_ PDIRECT_EXT Ext, _In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return status;
    }
    Ext->MappedVa = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (Ext->MappedVa == NULL) {
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->LockedMdl = mdl;        /* unlocked and freed when the pin is released */
    return STATUS_SUCCESS;
}

VOID
UnpinUserBuffer(_Inout_ PDIRECT_EXT Ext)
{
    if (Ext->LockedMdl != NULL) {
        MmUnlockPages(Ext->LockedMdl);
        IoFreeMdl(Ext->LockedMdl);
        Ext->LockedMdl = NULL;
        Ext->MappedVa = NULL;
    }
}
