/*
 * PT010 locked-pages where the lock call sits in a driver macro: reported at
 * the line that uses the macro. The unlock is skipped when the copy fails.
 */
#include <ntddk.h>

#define LOCK_FOR_READ(m)  MmProbeAndLockPages((m), KernelMode, IoReadAccess)
#define UNLOCK(m)         MmUnlockPages(m)

NTSTATUS
DumpRegionBad(_In_ PMDL Mdl, _Out_writes_bytes_(Length) PVOID Target, _In_ ULONG Length)
{
    PVOID va;

    __try {
        LOCK_FOR_READ(Mdl);                         // expect: PT010
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return STATUS_ACCESS_VIOLATION;
    }
    va = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(Target, va, Length);
    UNLOCK(Mdl);
    return STATUS_SUCCESS;
}

NTSTATUS
DumpRegionGood(_In_ PMDL Mdl, _Out_writes_bytes_(Length) PVOID Target, _In_ ULONG Length)
{
    PVOID va;

    __try {
        LOCK_FOR_READ(Mdl);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return STATUS_ACCESS_VIOLATION;
    }
    va = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
    if (va != NULL) {
        RtlCopyMemory(Target, va, Length);
    }
    UNLOCK(Mdl);
    return va != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
