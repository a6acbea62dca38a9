/*
 * PT010 locked-pages with goto cleanup: the cleanup label frees the MDL but
 * only the success path unlocked it, so every error path after the lock
 * hits IoFreeMdl on a locked MDL. The Good twin tracks the lock with a flag
 * and unlocks in cleanup (a conditional unlock matching a conditional lock).
 */
#include <ntddk.h>

#define XFER_TAG 'frXD'

NTSTATUS
DirectTransferBad(_In_ PVOID UserVa, _In_ ULONG Length)
{
    NTSTATUS status;
    PMDL mdl = NULL;
    PVOID sysVa, bounce = NULL;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, TRUE, NULL);
    if (mdl == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);     // expect: PT010
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
        goto Cleanup;
    }
    sysVa = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (sysVa == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    bounce = ExAllocatePoolWithTag(NonPagedPoolNx, Length, XFER_TAG);
    if (bounce == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlCopyMemory(bounce, sysVa, Length);
    MmUnlockPages(mdl);
    status = STATUS_SUCCESS;

Cleanup:
    if (bounce != NULL) {
        ExFreePoolWithTag(bounce, XFER_TAG);
    }
    if (mdl != NULL) {
        IoFreeMdl(mdl);
    }
    return status;
}

NTSTATUS
DirectTransferGood(_In_ PVOID UserVa, _In_ ULONG Length)
{
    NTSTATUS status;
    PMDL mdl = NULL;
    PVOID sysVa, bounce = NULL;
    BOOLEAN locked = FALSE;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, TRUE, NULL);
    if (mdl == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
        locked = TRUE;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
        goto Cleanup;
    }
    sysVa = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (sysVa == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    bounce = ExAllocatePoolWithTag(NonPagedPoolNx, Length, XFER_TAG);
    if (bounce == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlCopyMemory(bounce, sysVa, Length);
    status = STATUS_SUCCESS;

Cleanup:
    if (bounce != NULL) {
        ExFreePoolWithTag(bounce, XFER_TAG);
    }
    if (locked) {
        MmUnlockPages(mdl);
    }
    if (mdl != NULL) {
        IoFreeMdl(mdl);
    }
    return status;
}
