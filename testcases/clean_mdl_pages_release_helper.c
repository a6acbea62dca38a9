/*
 * Clean twin of pt009_mdl_pages_helper_frees_mdl_only.c: the release helper
 * frees the pages (MmFreePagesFromMdl) and then the MDL (ExFreePool), so a
 * caller's MDL from MmAllocatePagesForMdlEx is fully released through it.
 * A helper that frees only the pages leaves the MDL to the caller.
 */
#include <wdm.h>

typedef struct _SHARED_BUF {
    PMDL Mdl;
    PVOID Va;
    SIZE_T Bytes;
} SHARED_BUF, *PSHARED_BUF;

static VOID
FreeSharedPages(_In_ PMDL Mdl)
{
    MmFreePagesFromMdl(Mdl);
    ExFreePool(Mdl);
}

static VOID
ReleaseSharedPagesOnly(_In_ PMDL Mdl)
{
    MmFreePagesFromMdl(Mdl);
}

NTSTATUS
MapSharedBufferGood(_Out_ PSHARED_BUF Buf, _In_ SIZE_T Bytes)
{
    PHYSICAL_ADDRESS low, high, skip;
    PMDL mdl;

    low.QuadPart = 0;
    high.QuadPart = (LONGLONG)-1;
    skip.QuadPart = 0;
    mdl = MmAllocatePagesForMdlEx(low, high, skip, Bytes, MmCached, MM_ALLOCATE_FULLY_REQUIRED);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Buf->Va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
    if (Buf->Va == NULL) {
        FreeSharedPages(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Buf->Mdl = mdl;
    Buf->Bytes = Bytes;
    return STATUS_SUCCESS;
}

NTSTATUS
ProbeSharedBufferGood(_In_ SIZE_T Bytes)
{
    PHYSICAL_ADDRESS low, high, skip;
    PMDL mdl;

    low.QuadPart = 0;
    high.QuadPart = (LONGLONG)-1;
    skip.QuadPart = 0;
    mdl = MmAllocatePagesForMdlEx(low, high, skip, Bytes, MmCached, 0);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ReleaseSharedPagesOnly(mdl);
    ExFreePool(mdl);
    return STATUS_SUCCESS;
}
