/*
 * Clean: the locked MDL kept in the device extension is also given to
 * RegisterPinnedMdl, a routine whose body the run does not have and which
 * may unlock it later; the free elsewhere without MmUnlockPages is not
 * judged.
 */
#include <ntddk.h>

typedef struct _HAND_EXT {
    PMDL LockedMdl;
} HAND_EXT, *PHAND_EXT;

NTSTATUS RegisterPinnedMdl(_In_ PMDL Mdl);

NTSTATUS
PinAndRegister(_Inout_ PHAND_EXT Ext, _In_ PVOID UserVa, _In_ ULONG Length)
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
    Ext->LockedMdl = mdl;
    return RegisterPinnedMdl(mdl);
}

VOID
ForgetPin(_Inout_ PHAND_EXT Ext)
{
    if (Ext->LockedMdl != NULL) {
        IoFreeMdl(Ext->LockedMdl);
        Ext->LockedMdl = NULL;
    }
}
