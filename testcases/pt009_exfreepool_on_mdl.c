/*
 * PT009 wrong-free: an MDL from IoAllocateMdl released with ExFreePool
 * instead of IoFreeMdl (MDLs may come from a zone/lookaside; freeing them as
 * pool corrupts it). Reported at the free.
 */
#include <ntddk.h>

#define MDL_TAG 'ldMX'

ULONG
CountPagesBad(_In_ PVOID Buffer, _In_ ULONG Length)
{
    PMDL mdl;
    ULONG pages;

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return 0;
    }
    MmBuildMdlForNonPagedPool(mdl);
    pages = ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(mdl), MmGetMdlByteCount(mdl));
    ExFreePool(mdl);                      // expect: PT009
    return pages;
}

ULONG
CountPagesWithTagBad(_In_ PVOID Buffer, _In_ ULONG Length)
{
    PMDL mdl;
    ULONG pages;

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return 0;
    }
    MmBuildMdlForNonPagedPool(mdl);
    pages = ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(mdl), MmGetMdlByteCount(mdl));
    ExFreePoolWithTag(mdl, MDL_TAG);      // expect: PT009
    return pages;
}

ULONG
CountPagesGood(_In_ PVOID Buffer, _In_ ULONG Length)
{
    PMDL mdl;
    ULONG pages;

    mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return 0;
    }
    MmBuildMdlForNonPagedPool(mdl);
    pages = ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(mdl), MmGetMdlByteCount(mdl));
    IoFreeMdl(mdl);
    return pages;
}
