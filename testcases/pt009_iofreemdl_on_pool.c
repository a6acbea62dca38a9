/*
 * PT009 wrong-free: a hand-built MDL allocated from pool (MmSizeOfMdl +
 * ExAllocatePoolWithTag + MmInitializeMdl) must go back with ExFreePool;
 * IoFreeMdl on it is wrong.
 */
#include <ntddk.h>

#define HMDL_TAG 'ldMH'

NTSTATUS
BuildPoolMdlBad(_In_ PVOID Buffer, _In_ SIZE_T Length)
{
    SIZE_T mdlSize = MmSizeOfMdl(Buffer, Length);
    PMDL mdl = ExAllocatePoolWithTag(NonPagedPoolNx, mdlSize, HMDL_TAG);

    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmInitializeMdl(mdl, Buffer, Length);
    MmBuildMdlForNonPagedPool(mdl);
    DbgPrint("pfn %Ix\n", (ULONG_PTR)MmGetMdlPfnArray(mdl)[0]);
    IoFreeMdl(mdl);                       // expect: PT009
    return STATUS_SUCCESS;
}

NTSTATUS
BuildPoolMdlGood(_In_ PVOID Buffer, _In_ SIZE_T Length)
{
    SIZE_T mdlSize = MmSizeOfMdl(Buffer, Length);
    PMDL mdl = ExAllocatePoolWithTag(NonPagedPoolNx, mdlSize, HMDL_TAG);

    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmInitializeMdl(mdl, Buffer, Length);
    MmBuildMdlForNonPagedPool(mdl);
    DbgPrint("pfn %Ix\n", (ULONG_PTR)MmGetMdlPfnArray(mdl)[0]);
    ExFreePoolWithTag(mdl, HMDL_TAG);
    return STATUS_SUCCESS;
}
