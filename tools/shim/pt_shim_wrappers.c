/* The tracking wrappers: translate each WDK allocator/free into core calls
 * around the real routine. Shared by the kernel build and the user-mode
 * backend (there "the real routine" is tools/shim/um's implementation). */
#include <ntddk.h>
#include "pt_shim_decls.h"
#include "pt_shim_wrappers_int.h"

#define TAG_IRP 0x20707249u   /* 'Irp ' as the kernel tags IRPs */
#define TAG_MDL 0x206c644du   /* 'Mdl ' */
#define TAG_CONTIG 0x6d436d4du /* 'MmCm': contiguous memory */
#define TAG_USTR 0x72747355u  /* 'Ustr': the shim's label for Rtl string buffers */

static const char *pool_type_name(int t)
{
    switch (t) {
    case 0: return "NonPagedPool";
    case 1: return "PagedPool";
    case 2: return "NonPagedPoolMustSucceed";
    case 4: return "NonPagedPoolCacheAligned";
    case 5: return "PagedPoolCacheAligned";
    case 6: return "NonPagedPoolCacheAlignedMustS";
    case 32: return "NonPagedPoolSession";
    case 33: return "PagedPoolSession";
    case 36: return "NonPagedPoolCacheAlignedSession";
    case 37: return "PagedPoolCacheAlignedSession";
    case 512: return "NonPagedPoolNx";
    case 516: return "NonPagedPoolNxCacheAligned";
    case 544: return "NonPagedPoolSessionNx";
    default: return "UnknownPoolType";
    }
}

/* quota: the call charges quota; its pool type may carry the quota bits
 * POOL_QUOTA_FAIL_INSTEAD_OF_RAISE (8) and POOL_RAISE_IF_ALLOCATION_FAILURE (16). */
static struct pt_alloc_req pool_req(POOL_TYPE type, SIZE_T n, ULONG tag, int quota,
                                    struct pt_site site)
{
    int base = quota ? ((int)type & ~(8 | 16)) : (int)type;
    struct pt_alloc_req r = { PT_FAM_POOL, tag, n, pool_type_name(base), base & 1,
                              quota, NULL, site, 0, 0 };
    return r;
}

static struct pt_alloc_req flags_req(POOL_FLAGS f, SIZE_T n, ULONG tag, struct pt_site site)
{
    struct pt_alloc_req r = { PT_FAM_POOL, tag, n, "POOL_FLAG_NON_PAGED", 0,
                              (f & POOL_FLAG_USE_QUOTA) != 0, NULL, site, 0, 0 };
    if (f & POOL_FLAG_PAGED) {
        r.pool = "POOL_FLAG_PAGED";
        r.paged = 1;
    } else if (f & POOL_FLAG_NON_PAGED_EXECUTE) {
        r.pool = "POOL_FLAG_NON_PAGED_EXECUTE";
    }
    return r;
}

/* Runs the real allocator between the core's two hooks. */
#define TRACKED(req, call)                      \
    do {                                        \
        struct pt_alloc_req r_ = (req);         \
        PVOID p_;                               \
        if (pt_core_before_alloc(&r_))          \
            return NULL;                        \
        p_ = (call);                            \
        pt_core_after_alloc(&r_, p_);           \
        return p_;                              \
    } while (0)

PVOID pt_ExAllocatePool(POOL_TYPE t, SIZE_T n, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, 0, 0, SITE_OF()), ExAllocatePool(t, n));
}

PVOID pt_ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()), ExAllocatePoolWithTag(t, n, tag));
}

PVOID pt_ExAllocatePoolWithTagPriority(POOL_TYPE t, SIZE_T n, ULONG tag,
                                       EX_POOL_PRIORITY prio, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()), ExAllocatePoolWithTagPriority(t, n, tag, prio));
}

PVOID pt_ExAllocatePoolWithQuota(POOL_TYPE t, SIZE_T n, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, 0, 1, SITE_OF()), ExAllocatePoolWithQuota(t, n));
}

PVOID pt_ExAllocatePoolWithQuotaTag(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 1, SITE_OF()), ExAllocatePoolWithQuotaTag(t, n, tag));
}

PVOID pt_ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(flags_req(f, n, tag, SITE_OF()), pt_real_ExAllocatePool2(f, n, tag));
}

PVOID pt_ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext,
                         ULONG count, PT_SITE_PARAMS)
{
    TRACKED(flags_req(f, n, tag, SITE_OF()), pt_real_ExAllocatePool3(f, n, tag, ext, count));
}

PVOID pt_ExAllocatePoolZero(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()), ExAllocatePoolZero(t, n, tag));
}

PVOID pt_ExAllocatePoolUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()), ExAllocatePoolUninitialized(t, n, tag));
}

PVOID pt_ExAllocatePoolQuotaZero(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 1, SITE_OF()), ExAllocatePoolQuotaZero(t, n, tag));
}

PVOID pt_ExAllocatePoolQuotaUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 1, SITE_OF()), ExAllocatePoolQuotaUninitialized(t, n, tag));
}

PVOID pt_ExAllocatePoolPriorityZero(POOL_TYPE t, SIZE_T n, ULONG tag,
                                    EX_POOL_PRIORITY prio, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()), ExAllocatePoolPriorityZero(t, n, tag, prio));
}

PVOID pt_ExAllocatePoolPriorityUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag,
                                             EX_POOL_PRIORITY prio, PT_SITE_PARAMS)
{
    TRACKED(pool_req(t, n, tag, 0, SITE_OF()),
            ExAllocatePoolPriorityUninitialized(t, n, tag, prio));
}

/* Frees a block with its own family's routine (after a wrong-family free
 * was reported, the right routine still runs so the test can go on). */
void pt_real_free(const struct pt_block *b)
{
    PVOID p = (PVOID)(ULONG_PTR)b->addr;
    switch (b->req.family) {
    case PT_FAM_POOL:
        if (b->req.tag != 0)
            ExFreePoolWithTag(p, b->req.tag);
        else
            ExFreePool(p);
        break;
    case PT_FAM_MDL: IoFreeMdl((PMDL)p); break;
    case PT_FAM_IRP: IoFreeIrp((PIRP)p); break;
    case PT_FAM_LOOKASIDE_NP:
        ExFreeToNPagedLookasideList((PNPAGED_LOOKASIDE_LIST)(ULONG_PTR)b->req.aux, p);
        break;
    case PT_FAM_LOOKASIDE_P:
        ExFreeToPagedLookasideList((PPAGED_LOOKASIDE_LIST)(ULONG_PTR)b->req.aux, p);
        break;
    case PT_FAM_CONTIG:
        if (b->req.aux != NULL)   /* ...SpecifyCache: aux is the caching type + 1 */
            MmFreeContiguousMemorySpecifyCache(
                p, b->req.size, (MEMORY_CACHING_TYPE)((ULONG_PTR)b->req.aux - 1));
        else
            MmFreeContiguousMemory(p);
        break;
    case PT_FAM_USTR: {
        UNICODE_STRING s = { 0, 0, (PWCH)p };
        RtlFreeUnicodeString(&s);
        break;
    }
    case PT_FAM_LOOKASIDE_EX:
        ExFreeToLookasideListEx((PLOOKASIDE_LIST_EX)(ULONG_PTR)b->req.aux, p);
        break;
    case PT_FAM_WORKITEM: IoFreeWorkItem((PIO_WORKITEM)p); break;
    case PT_FAM_MDL_PAGES:   /* both steps */
        MmFreePagesFromMdl((PMDL)p);
        ExFreePool(p);
        break;
    case PT_FAM_NDIS:
        if (pt_ndis_real_free != NULL)
            pt_ndis_real_free(b);
        break;
    case PT_FAM_FLT:
    case PT_FAM_FLT_CONTEXT:
        if (pt_flt_real_free != NULL)
            pt_flt_real_free(b);
        break;
    case PT_FAM_WDF_MEMORY:
        if (pt_wdf_real_free != NULL)
            pt_wdf_real_free(b);
        break;
    default:
        break;
    }
}

void (*pt_ndis_real_free)(const struct pt_block *b);
void (*pt_flt_real_free)(const struct pt_block *b);
void (*pt_wdf_real_free)(const struct pt_block *b);

void pt_tracked_free(enum pt_family fam, PVOID p, int check_tag, ULONG tag, const void *aux,
                     struct pt_site site)
{
    struct pt_block b;
    if (pt_core_free(fam, p, check_tag, tag, aux, site, &b) == PT_FREE_REAL)
        pt_real_free(&b);
}

VOID pt_ExFreePool(PVOID p, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_POOL, p, 0, 0, NULL, SITE_OF());
}

VOID pt_ExFreePoolWithTag(PVOID p, ULONG tag, PT_SITE_PARAMS)
{
    pt_tracked_free(PT_FAM_POOL, p, 1, tag, NULL, SITE_OF());
}

VOID pt_ExFreePool2(PVOID p, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext, ULONG count,
                    PT_SITE_PARAMS)
{
    (void)ext;
    (void)count;
    pt_tracked_free(PT_FAM_POOL, p, 1, tag, NULL, SITE_OF());
}
