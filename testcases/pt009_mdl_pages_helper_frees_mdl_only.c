/*
 * PT009 across functions: pages from MmAllocatePagesForMdlEx must be
 * released with MmFreePagesFromMdl, then the MDL with ExFreePool. The
 * release helper here frees only the MDL structure, so the pages are lost;
 * its summary says "frees its parameter as pool", and the caller's MDL with
 * pages is released with the wrong routine. The clean twin is
 * clean_mdl_pages_release_helper.c.
 */
#include <wdm.h>

typedef struct _SHARED_BUF {
    PMDL Mdl;
    PVOID Va;
    SIZE_T Bytes;
} SHARED_BUF, *PSHARED_BUF;

static VOID
FreeSharedMdl(_In_ PMDL Mdl)
{
    ExFreePool(Mdl);                                         /* the pages stay allocated */
}

NTSTATUS
MapSharedBufferBad(_Out_ PSHARED_BUF Buf, _In_ SIZE_T Bytes)
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
        FreeSharedMdl(mdl);                                  // expect: PT009
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Buf->Mdl = mdl;
    Buf->Bytes = Bytes;
    return STATUS_SUCCESS;
}
