/* Tracking wrappers for the non-pool families: MDLs and their locked pages,
 * IRPs, lookaside lists, contiguous memory, Rtl string buffers; and the
 * unload hook. */
#include <ntddk.h>
#include "pt_shim_decls.h"
#include "pt_shim_wrappers_int.h"

#define TAG_IRP 0x20707249u    /* 'Irp ': the kernel's tag for IRPs */
#define TAG_MDL 0x206c644du    /* 'Mdl ' */
#define TAG_CONTIG 0x6d436d4du /* 'MmCm': contiguous memory */
#define TAG_USTR 0x72747355u   /* 'Ustr': the shim's label for Rtl string buffers */

PMDL pt_IoAllocateMdl(PVOID va, ULONG len, BOOLEAN secondary, BOOLEAN quota, PIRP irp,
                      PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_MDL, TAG_MDL, MmSizeOfMdl(va, len),
                                          "NonPagedPoolNx", 0, quota != FALSE, NULL, SITE_OF());
    PMDL m;
    if (pt_core_before_alloc(&r))
        return NULL;
    m = IoAllocateMdl(va, len, secondary, quota, irp);
    pt_core_after_alloc(&r, m);
    return m;
}

VOID pt_IoFreeMdl(PMDL mdl, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_MDL, mdl, 0, 0, NULL, SITE_OF());
}

VOID pt_MmProbeAndLockPages(PMDL mdl, KPROCESSOR_MODE mode, LOCK_OPERATION op, PT_SITE_PARAMS)
{
    /* It raises an exception on failure: record only after it returned. */
    MmProbeAndLockPages(mdl, mode, op);
    pt_core_lock_pages(mdl, MmGetMdlByteCount(mdl), SITE_OF());
}

VOID pt_MmUnlockPages(PMDL mdl, PT_SITE_PARAMS)
{
    pt_core_unlock_pages(mdl, SITE_OF());
    MmUnlockPages(mdl);
}

PIRP pt_IoAllocateIrp(CCHAR stack, BOOLEAN quota, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_IRP, TAG_IRP, IoSizeOfIrp(stack), "NonPagedPoolNx",
                                          0, quota != FALSE, NULL, SITE_OF());
    PIRP irp;
    if (pt_core_before_alloc(&r))
        return NULL;
    irp = IoAllocateIrp(stack, quota);
    pt_core_after_alloc(&r, irp);
    return irp;
}

VOID pt_IoFreeIrp(PIRP irp, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_IRP, irp, 0, 0, NULL, SITE_OF());
}

PVOID pt_ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_LOOKASIDE_NP, l->L.Tag, l->L.Size, "NonPagedPool",
                                          0, 0, l, SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = ExAllocateFromNPagedLookasideList(l);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID p, PT_SITE_PARAMS)
{
    /* A tracked block goes back to its own list; l serves unknown blocks. */
    pt_tracked_free(PT_FAM_LOOKASIDE_NP, p, 0, 0, l, SITE_OF());
}

PVOID pt_ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_LOOKASIDE_P, l->L.Tag, l->L.Size, "PagedPool",
                                          1, 0, l, SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = ExAllocateFromPagedLookasideList(l);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID p, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_LOOKASIDE_P, p, 0, 0, l, SITE_OF());
}

PVOID pt_MmAllocateContiguousMemory(SIZE_T n, PHYSICAL_ADDRESS high, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_CONTIG, TAG_CONTIG, n, "ContiguousMemory", 0, 0,
                                          NULL, SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = MmAllocateContiguousMemory(n, high);
    pt_core_after_alloc(&r, p);
    return p;
}

PVOID pt_MmAllocateContiguousMemorySpecifyCache(SIZE_T n, PHYSICAL_ADDRESS low,
                                                PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS boundary,
                                                MEMORY_CACHING_TYPE cache, PT_SITE_PARAMS)
{
    /* aux: the caching type + 1, which its free routine needs again. */
    struct pt_alloc_req r = pt_family_req(PT_FAM_CONTIG, TAG_CONTIG, n, "ContiguousMemory", 0, 0,
                                          (const void *)((ULONG_PTR)cache + 1), SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = MmAllocateContiguousMemorySpecifyCache(n, low, high, boundary, cache);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_MmFreeContiguousMemory(PVOID p, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_CONTIG, p, 0, 0, NULL, SITE_OF());
}

VOID pt_MmFreeContiguousMemorySpecifyCache(PVOID p, SIZE_T n, MEMORY_CACHING_TYPE cache,
                                           PT_SITE_PARAMS)
{
    struct pt_block b;
    if (pt_core_free(PT_FAM_CONTIG, p, 0, 0, (const void *)((ULONG_PTR)cache + 1), SITE_OF(),
                     &b) != PT_FREE_REAL)
        return;
    /* The driver's own call (an unknown block's size is not recorded);
     * a block of another family goes to its own routine. */
    if (b.req.family == PT_FAM_CONTIG)
        MmFreeContiguousMemorySpecifyCache(p, n, cache);
    else
        pt_real_free(&b);
}

NTSTATUS pt_RtlAnsiStringToUnicodeString(PUNICODE_STRING dst, PCANSI_STRING src,
                                         BOOLEAN alloc, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = pt_family_req(PT_FAM_USTR, TAG_USTR,
                                          ((SIZE_T)src->Length + 1) * sizeof(WCHAR), "PagedPool", 1, 0,
                                   NULL, SITE_OF());
    NTSTATUS st;
    if (!alloc)
        return RtlAnsiStringToUnicodeString(dst, src, alloc);
    if (pt_core_before_alloc(&r))
        return STATUS_NO_MEMORY;
    st = RtlAnsiStringToUnicodeString(dst, src, alloc);
    pt_core_after_alloc(&r, NT_SUCCESS(st) ? dst->Buffer : NULL);
    return st;
}

VOID pt_RtlFreeUnicodeString(PUNICODE_STRING s, PT_SITE_PARAMS)
{
    if (s->Buffer == NULL)      /* documented as a no-op */
        return;
    pt_tracked_free(PT_FAM_USTR, s->Buffer, 0, 0, NULL, SITE_OF());
    s->Buffer = NULL;
    s->Length = s->MaximumLength = 0;
}

static PDRIVER_UNLOAD pt_driver_unload;

#ifdef PT_SHIM_RELEASE_LEAKS
static int pt_release_leaks = 1;
#else
static int pt_release_leaks = 0;
#endif

VOID pt_shim_set_release_leaks(BOOLEAN release)
{
    pt_release_leaks = release != FALSE;
}

/* Leaks stay allocated by default: Driver Verifier then bug-checks 0xC4
 * (0x62) at unload and `!verifier 3` lists them, with its own stacks. */
static VOID pt_unload_thunk(PDRIVER_OBJECT drv)
{
    if (pt_driver_unload != NULL)
        pt_driver_unload(drv);
    pt_shim_unload_check();
    if (pt_release_leaks)
        pt_shim_release_outstanding();
    else
        pt_shim_forget_outstanding();
}

VOID pt_shim_hook_unload(PDRIVER_OBJECT drv)
{
    if (drv->DriverUnload == pt_unload_thunk)
        return;
    pt_driver_unload = drv->DriverUnload;
    drv->DriverUnload = pt_unload_thunk;
}

static void release_one(void *ctx, const struct pt_block *b)
{
    (void)ctx;
    pt_real_free(b);
}

VOID pt_shim_release_outstanding(VOID)
{
    pt_core_take_outstanding(release_one, NULL);
}
