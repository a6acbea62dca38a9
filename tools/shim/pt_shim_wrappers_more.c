/* Tracking wrappers for the families added for issue 14: LOOKASIDE_LIST_EX,
 * work items, IRPs the driver builds and frees itself, MDLs with allocated
 * pages (freed in two steps). */
#include <ntddk.h>
#include "pt_shim_decls.h"
#include "pt_shim_wrappers_int.h"

#define TAG_IRP 0x20707249u    /* 'Irp ' */
#define TAG_MDL 0x206c644du    /* 'Mdl ' */
#define TAG_WORKITEM 0x6b576f49u  /* 'IoWk': the shim's label for work items */

PVOID pt_ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX l, PT_SITE_PARAMS)
{
    int paged = ((int)l->L.Type & 1) != 0;
    struct pt_alloc_req r = pt_family_req(PT_FAM_LOOKASIDE_EX, l->L.Tag, l->L.Size,
                                          paged ? "PagedPool" : "NonPagedPool", paged, 0, l, SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = ExAllocateFromLookasideListEx(l);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID p, PT_SITE_PARAMS)
{
    /* A tracked block goes back to its own list; l serves unknown blocks. */
    pt_tracked_free(PT_FAM_LOOKASIDE_EX, p, 0, 0, l, SITE_OF());
}

PIO_WORKITEM pt_IoAllocateWorkItem(PDEVICE_OBJECT dev, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_WORKITEM, TAG_WORKITEM, IoSizeofWorkItem(),
                                          "NonPagedPool", 0, 0, NULL, SITE_OF());
    PIO_WORKITEM w;
    if (pt_core_before_alloc(&r))
        return NULL;
    w = IoAllocateWorkItem(dev);
    pt_core_after_alloc(&r, w);
    return w;
}

VOID pt_IoFreeWorkItem(PIO_WORKITEM w, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_WORKITEM, w, 0, 0, NULL, SITE_OF());
}

/* Only the asynchronous build is tracked: IoBuildSynchronousFsdRequest and
 * IoBuildDeviceIoControlRequest make threaded IRPs that the I/O manager
 * frees at completion, which the shim would take for leaks. */
PIRP pt_IoBuildAsynchronousFsdRequest(ULONG major, PDEVICE_OBJECT dev, PVOID buffer, ULONG length,
                                      PLARGE_INTEGER offset, PIO_STATUS_BLOCK iosb, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_IRP, TAG_IRP, IoSizeOfIrp(dev->StackSize),
                                          "NonPagedPoolNx", 0, 0, NULL, SITE_OF());
    PIRP irp;
    if (pt_core_before_alloc(&r))
        return NULL;
    irp = IoBuildAsynchronousFsdRequest(major, dev, buffer, length, offset, iosb);
    pt_core_after_alloc(&r, irp);
    return irp;
}

static struct pt_alloc_req pages_req(SIZE_T total, struct pt_site site)
{
    return pt_family_req(PT_FAM_MDL_PAGES, TAG_MDL, total, "MdlPages", 0, 0, NULL, site);
}

PMDL pt_MmAllocatePagesForMdl(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                              SIZE_T total, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pages_req(total, SITE_OF());
    PMDL m;
    if (pt_core_before_alloc(&r))
        return NULL;
    m = MmAllocatePagesForMdl(low, high, skip, total);
    pt_core_after_alloc(&r, m);
    return m;
}

PMDL pt_MmAllocatePagesForMdlEx(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high,
                                PHYSICAL_ADDRESS skip, SIZE_T total, MEMORY_CACHING_TYPE cache,
                                ULONG flags, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pages_req(total, SITE_OF());
    PMDL m;
    if (pt_core_before_alloc(&r))
        return NULL;
    m = MmAllocatePagesForMdlEx(low, high, skip, total, cache, flags);
    pt_core_after_alloc(&r, m);
    return m;
}

/* The first of the two steps: the pages go, the MDL stays tracked as pool
 * (freed by ExFreePool; a leak of it is reported at the allocation). */
VOID pt_MmFreePagesFromMdl(PMDL m, PT_SITE_PARAMS)
{
    if (pt_core_retype(PT_FAM_MDL_PAGES, PT_FAM_POOL, m, SITE_OF()) != 0)
        MmFreePagesFromMdl(m);
}
