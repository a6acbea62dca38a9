/*
 * PT010 across functions through a helper: PinSharedBuffer locks a user
 * buffer's pages and keeps the MDL in a global; the unload path releases it
 * with FreeMdlOnly, a helper of the project that calls IoFreeMdl and never
 * MmUnlockPages. Reported at the helper's call. A second, local MDL is
 * unlocked by UnlockMdl (a helper that only unlocks) before IoFreeMdl: clean.
 */
#include <ntddk.h>

static PMDL g_PinnedMdl;

static VOID
FreeMdlOnly(_In_ PMDL Mdl)
{
    IoFreeMdl(Mdl);
}

static VOID
UnlockMdl(_In_ PMDL Mdl)
{
    MmUnlockPages(Mdl);
}

NTSTATUS
PinSharedBuffer(_In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;
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
        FreeMdlOnly(mdl);
        return status;
    }
    g_PinnedMdl = mdl;
    return STATUS_SUCCESS;
}

NTSTATUS
ProbeOnce(_In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return GetExceptionCode();
    }
    UnlockMdl(mdl);
    IoFreeMdl(mdl);
    return STATUS_SUCCESS;
}

VOID
UnpinSharedBuffer(VOID)
{
    if (g_PinnedMdl != NULL) {
        FreeMdlOnly(g_PinnedMdl);   // expect: PT010
        g_PinnedMdl = NULL;
    }
}
