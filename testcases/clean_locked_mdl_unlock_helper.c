/*
 * Clean: a project helper unlocks its MDL before freeing it. A caller that
 * locks a local MDL and releases it through the helper leaves nothing
 * locked, and a field released through the helper is unlocked too.
 */
#include <ntddk.h>

typedef struct _PIN_EXT {
    PMDL PinnedMdl;
} PIN_EXT, *PPIN_EXT;

static VOID
ReleaseLockedMdl(_In_ PMDL Mdl)
{
    MmUnlockPages(Mdl);
    IoFreeMdl(Mdl);
}

NTSTATUS
ReadUser(_In_ PVOID UserVa, _In_ ULONG Length, _Out_writes_bytes_(Length) PVOID Dest)
{
    PMDL mdl;
    PVOID va;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return status;
    }
    va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va != NULL) {
        RtlCopyMemory(Dest, va, Length);
    } else {
        status = STATUS_INSUFFICIENT_RESOURCES;
    }
    ReleaseLockedMdl(mdl);
    return status;
}

NTSTATUS
PinUser(_Inout_ PPIN_EXT Ext, _In_ PVOID UserVa, _In_ ULONG Length)
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
    Ext->PinnedMdl = mdl;
    return STATUS_SUCCESS;
}

VOID
UnpinUser(_Inout_ PPIN_EXT Ext)
{
    if (Ext->PinnedMdl != NULL) {
        ReleaseLockedMdl(Ext->PinnedMdl);
        Ext->PinnedMdl = NULL;
    }
}

/* A release helper learned as a free through a field (Pin->Mdl) that unlocks
 * the field first: the caller's locked MDL in a local struct is unlocked. */
typedef struct _LOCAL_PIN {
    PMDL Mdl;
    ULONG Length;
} LOCAL_PIN, *PLOCAL_PIN;

static VOID
ReleasePin(_Inout_ PLOCAL_PIN Pin)
{
    if (Pin->Mdl != NULL) {
        MmUnlockPages(Pin->Mdl);
        IoFreeMdl(Pin->Mdl);
        Pin->Mdl = NULL;
    }
}

NTSTATUS
TouchUser(_In_ PVOID UserVa, _In_ ULONG Length)
{
    LOCAL_PIN pin;
    NTSTATUS status = STATUS_SUCCESS;

    pin.Length = Length;
    pin.Mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (pin.Mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(pin.Mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(pin.Mdl);
        return status;
    }
    ReleasePin(&pin);
    return STATUS_SUCCESS;
}
