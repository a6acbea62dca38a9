/*
 * PT008 double-free of an MDL: IoFreeMdl in the failure branch and again in
 * the common exit.
 */
#include <ntddk.h>

NTSTATUS
DescribeBufferBad(_In_ PVOID Buffer, _In_ ULONG Length, _Out_ PPFN_NUMBER FirstPfn)
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    if (MmGetMdlByteCount(mdl) != Length) {
        IoFreeMdl(mdl);
        status = STATUS_INVALID_BUFFER_SIZE;
    } else {
        *FirstPfn = MmGetMdlPfnArray(mdl)[0];
    }
    IoFreeMdl(mdl);            // expect: PT008
    return status;
}

NTSTATUS
DescribeBufferGood(_In_ PVOID Buffer, _In_ ULONG Length, _Out_ PPFN_NUMBER FirstPfn)
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    if (MmGetMdlByteCount(mdl) != Length) {
        status = STATUS_INVALID_BUFFER_SIZE;
    } else {
        *FirstPfn = MmGetMdlPfnArray(mdl)[0];
    }
    IoFreeMdl(mdl);
    return status;
}
