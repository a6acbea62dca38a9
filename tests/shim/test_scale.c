/* Issue 14, defects 3 and 6, without timing anything: the shim's
 * bookkeeping has a fixed capacity and past it a block goes untracked but
 * is still freed; lookups stay O(1) and the unload report linear (counted
 * in nodes visited, pt_shim_work); reports run at PASSIVE_LEVEL only. */
#include <stdlib.h>
#include <string.h>
#include "pt_shim.h"
#include "pt_shim_internal.h"
#include "shim_test.h"

#define OUTSTANDING 16000
#define PAIRS 10000

static PVOID blocks[PT_SHIM_MAX_BLOCKS + 1];

/* Defect 3: the block past the capacity is untracked, and its free still
 * reaches the pool (before: skipped as unknown, a leak made by the shim). */
static void test_full_node_pool(void)
{
    size_t i, n = PT_SHIM_MAX_BLOCKS + 1;
    cJSON *sum;
    pt_shim_reset();
    st_capture();
    for (i = 0; i < n; i++)
        blocks[i] = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'lluF');
    CHECK_INT(pt_um_mem_live(), n);
    pt_shim_unload_check();
    CHECK_INT(st_count("leak", NULL), n - 1);
    sum = st_first("summary");
    CHECK_INT(st_num(sum, "untracked"), 1);
    st_capture();
    for (i = 0; i < n; i++)
        ExFreePoolWithTag(blocks[i], 'lluF');
    CHECK_INT(pt_um_mem_live(), 0);
    CHECK_INT(pt_um_mem_bad_frees(), 0);
    CHECK_INT(st_count("unknown_free", NULL), 1);
    CHECK_INT(st_count("tag_mismatch", NULL), 0);
}

/* A record whose address is handed out again was freed behind the shim's
 * back (the I/O manager freeing Irp->MdlAddress): dropped, not reported. */
static void test_stale_record_dropped(void)
{
    struct pt_alloc_req r = { PT_FAM_MDL, 0x206c644du, 64, "NonPagedPoolNx", 0, 0, NULL,
                              { "x.c", 1, "f" }, 0, 0 };
    struct pt_stats s;
    pt_shim_reset();
    CHECK_INT(pt_core_before_alloc(&r), 0);
    pt_core_after_alloc(&r, (const void *)0x10000);
    CHECK_INT(pt_core_before_alloc(&r), 0);
    pt_core_after_alloc(&r, (const void *)0x10000);
    pt_shim_get_stats(&s);
    CHECK_INT(s.freed_unseen, 1);
    CHECK_INT(s.nonpaged.current_allocs, 1);
    pt_shim_forget_outstanding();
}

/* Defect 6: O(1) per alloc/free, linear unload report, rows in order. */
static void test_linear(void)
{
    size_t i;
    unsigned long long w0, w1, w2;
    long last = 0;
    int ordered = 1;
    pt_shim_reset();
    for (i = 0; i < OUTSTANDING; i++)
        blocks[i] = ExAllocatePoolWithTag(PagedPool, 24, 'nceS');
    w0 = pt_shim_work();
    for (i = 0; i < PAIRS; i++) {
        PVOID p = ExAllocatePoolWithTag(PagedPool, 24, 'riaP');
        ExFreePoolWithTag(p, 'riaP');
    }
    w1 = pt_shim_work();
    CHECK((w1 - w0) / PAIRS <= 16);            /* was a 512-entry scan per alloc and free */
    st_capture();
    pt_shim_unload_check();
    w2 = pt_shim_work();
    CHECK(w2 - w1 <= 2 * OUTSTANDING);         /* was a full table scan per block */
    CHECK_INT(st_count("leak", NULL), OUTSTANDING);
    for (i = 0; i + 1 < st_nlines(); i++) {
        long seq = st_num(st_json(i), "seq");
        ordered &= seq > last;
        last = seq;
    }
    CHECK(ordered);                            /* in allocation order */
    for (i = 0; i < OUTSTANDING; i++)
        ExFreePoolWithTag(blocks[i], 'nceS');
    CHECK_INT(pt_um_mem_live(), 0);
}

/* Reports format and print outside the spin lock, so only at PASSIVE_LEVEL. */
static void test_reports_at_passive_only(void)
{
    KIRQL old;
    PVOID p;
    pt_shim_reset();
    p = ExAllocatePoolWithTag(PagedPool, 24, 'lqrI');
    st_capture();
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    pt_shim_unload_check();
    KeLowerIrql(old);
    CHECK_INT(st_nlines(), 1);
    CHECK_STR(st_str(st_json(0), "event"), "report_error");
    CHECK_INT(st_count("leak", NULL), 0);
    ExFreePoolWithTag(p, 'lqrI');
}

int main(void)
{
    test_full_node_pool();
    test_stale_record_dropped();
    test_linear();
    test_reports_at_passive_only();
    return st_done();
}
