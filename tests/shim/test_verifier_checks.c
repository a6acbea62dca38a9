/* Issue 14 item 4: the request checks Driver Verifier makes (bug check 0xC4
 * subcodes 0x00-0x02) and a free to another lookaside list than the
 * block's own; each gives exactly one event and the memory is still freed. */
#include <string.h>
#include "pt_shim.h"
#include "shim_test.h"

static cJSON *only_event(void)
{
    CHECK_INT(st_nlines(), 1);
    return st_nlines() == 1 ? st_json(0) : NULL;
}

static void alloc_free_at(KIRQL irql, POOL_TYPE type, SIZE_T n, const char *subcode)
{
    KIRQL old;
    PVOID p;
    cJSON *ev;
    st_capture();
    KeRaiseIrql(irql, &old);
    p = ExAllocatePoolWithTag(type, n, 'kcVD');
    KeLowerIrql(old);
    ev = only_event();
    CHECK_STR(st_str(ev, "event"), "bad_alloc");
    CHECK_STR(st_str(ev, "bugcheck_subcode"), subcode);
    CHECK_INT(st_num(ev, "irql"), irql);
    CHECK_INT(st_num(ev, "size"), n);
    CHECK_STR(st_str(ev, "function"), "alloc_free_at");
    ExFreePoolWithTag(p, 'kcVD');
}

static void test_request_checks(void)
{
    KIRQL old;
    PVOID p;
    pt_shim_reset();
    alloc_free_at(PASSIVE_LEVEL, NonPagedPoolNx, 0, "0x00");
    alloc_free_at(DISPATCH_LEVEL, PagedPool, 16, "0x01");
    alloc_free_at(DISPATCH_LEVEL + 1, NonPagedPoolNx, 16, "0x02");
    /* Allowed: nonpaged at DISPATCH_LEVEL, paged at APC_LEVEL. */
    st_capture();
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'kcVD');
    ExFreePoolWithTag(p, 'kcVD');
    KeLowerIrql(old);
    KeRaiseIrql(APC_LEVEL, &old);
    p = ExAllocatePoolWithTag(PagedPool, 16, 'kcVD');
    ExFreePoolWithTag(p, 'kcVD');
    KeLowerIrql(old);
    CHECK_INT(st_nlines(), 0);
    CHECK_INT(pt_um_mem_live(), 0);
}

static void test_wrong_lookaside(void)
{
    static NPAGED_LOOKASIDE_LIST a, b;
    PVOID p;
    cJSON *ev;
    pt_shim_reset();
    ExInitializeNPagedLookasideList(&a, NULL, NULL, 0, 32, 'AsaL', 0);
    ExInitializeNPagedLookasideList(&b, NULL, NULL, 0, 32, 'BsaL', 0);
    p = ExAllocateFromNPagedLookasideList(&a);
    st_capture();
    ExFreeToNPagedLookasideList(&b, p);
    ev = only_event();
    CHECK_STR(st_str(ev, "event"), "wrong_lookaside");
    CHECK_STR(st_str(ev, "tag"), "LasA");
    CHECK_STR(st_str(ev, "function"), "test_wrong_lookaside");
    CHECK(st_str(ev, "lookaside") && st_str(ev, "free_lookaside") &&
          strcmp(st_str(ev, "lookaside"), st_str(ev, "free_lookaside")) != 0);
    CHECK_INT(pt_um_mem_live(), 0);
    ExDeleteNPagedLookasideList(&a);
    ExDeleteNPagedLookasideList(&b);
}

int main(void)
{
    test_request_checks();
    test_wrong_lookaside();
    return st_done();
}
