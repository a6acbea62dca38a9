/*
 * PT010 locked-pages on an MDL the function did not allocate (a parameter):
 * the lock is the function's own resource, so an early return after the
 * lock without MmUnlockPages leaves the pages locked. Unlike pool, a
 * parameter's MDL raises no leak, only the lock finding.
 */
#include <ntddk.h>

NTSTATUS
ChecksumMdlBad(_In_ PMDL Mdl, _Out_ PULONG Sum)
{
    PUCHAR va;
    ULONG i, len, sum = 0;

    __try {
        MmProbeAndLockPages(Mdl, KernelMode, IoReadAccess);       // expect: PT010
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return GetExceptionCode();
    }
    va = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;                    /* still locked */
    }
    len = MmGetMdlByteCount(Mdl);
    for (i = 0; i < len; i++) {
        sum += va[i];
    }
    *Sum = sum;
    MmUnlockPages(Mdl);
    return STATUS_SUCCESS;
}

NTSTATUS
ChecksumMdlGood(_In_ PMDL Mdl, _Out_ PULONG Sum)
{
    PUCHAR va;
    ULONG i, len, sum = 0;
    NTSTATUS status = STATUS_SUCCESS;

    __try {
        MmProbeAndLockPages(Mdl, KernelMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return GetExceptionCode();
    }
    va = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
    if (va == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Unlock;
    }
    len = MmGetMdlByteCount(Mdl);
    for (i = 0; i < len; i++) {
        sum += va[i];
    }
    *Sum = sum;
Unlock:
    MmUnlockPages(Mdl);
    return status;
}
