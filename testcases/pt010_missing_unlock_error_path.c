/*
 * PT010 locked-pages: the user buffer's pages are probed and locked, then a
 * mapping failure returns without MmUnlockPages (the MDL is freed, so the
 * pages stay locked forever: bug check 0xCB at unload). Reported at the
 * MmProbeAndLockPages call.
 */
#include <ntddk.h>

NTSTATUS
LockUserBufferBad(_In_ PVOID UserBuffer, _In_ ULONG Length, _Out_ PMDL *MdlOut,
                  _Out_ PVOID *SystemVa)
{
    PMDL mdl;
    PVOID va;

    mdl = IoAllocateMdl(UserBuffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);       // expect: PT010
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return GetExceptionCode();
    }
    va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va == NULL) {
        IoFreeMdl(mdl);                  /* still locked */
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *MdlOut = mdl;
    *SystemVa = va;
    return STATUS_SUCCESS;
}

NTSTATUS
LockUserBufferGood(_In_ PVOID UserBuffer, _In_ ULONG Length, _Out_ PMDL *MdlOut,
                   _Out_ PVOID *SystemVa)
{
    PMDL mdl;
    PVOID va;

    mdl = IoAllocateMdl(UserBuffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return GetExceptionCode();
    }
    va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va == NULL) {
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *MdlOut = mdl;
    *SystemVa = va;
    return STATUS_SUCCESS;
}
