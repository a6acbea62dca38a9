/* Free-time checks: tag mismatch (0xC2), double free, unknown free, wrong
 * family, NDIS tag mismatch. Each IOCTL must give exactly its one event. */
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_BF_TAG CTL_CODE(FILE_DEVICE_UNKNOWN, 0x820, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_DOUBLE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x821, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_UNKNOWN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x822, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_FAMILY CTL_CODE(FILE_DEVICE_UNKNOWN, 0x823, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_NDIS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x824, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define DRV SHIM_DRIVERS_DIR "/badfree.c"

static DRIVER_OBJECT drv;

/* Sends one IOCTL and returns its only event line (NULL if not exactly one). */
static cJSON *one_event(ULONG code)
{
    st_capture();
    CHECK_INT(pt_um_ioctl(drv.DeviceObject, code, NULL, 0, NULL, 0, NULL), 0);
    CHECK_INT(st_nlines(), 1);
    return st_nlines() == 1 ? st_json(0) : NULL;
}

static void test_tag_mismatch(void)
{
    cJSON *ev = one_event(IOCTL_BF_TAG);
    CHECK_STR(st_str(ev, "event"), "tag_mismatch");
    CHECK_STR(st_str(ev, "rule"), "PT004");
    CHECK_STR(st_str(ev, "tag"), "MTag");
    CHECK_STR(st_str(ev, "free_tag"), "XTag");
    CHECK_STR(st_str(ev, "free_tag_hex"), "0x67615458");
    CHECK_STR(st_str(ev, "function"), "WrongTag");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:mtag_free"));
    CHECK_INT(st_num(ev, "alloc_line"), st_line_of(DRV, "site:mtag_alloc"));
}

static void test_double_free(void)
{
    cJSON *ev = one_event(IOCTL_BF_DOUBLE);
    CHECK_STR(st_str(ev, "event"), "double_free");
    CHECK_STR(st_str(ev, "rule"), "PT008");
    CHECK_STR(st_str(ev, "pool"), "POOL_FLAG_NON_PAGED");
    CHECK_INT(st_num(ev, "size"), 24);
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:dbl_second"));
    CHECK_INT(st_num(ev, "first_free_line"), st_line_of(DRV, "site:dbl_first"));
    CHECK_INT(st_num(ev, "alloc_line"), st_line_of(DRV, "site:dbl_alloc"));
}

static void test_unknown_free(void)
{
    cJSON *ev = one_event(IOCTL_BF_UNKNOWN);
    CHECK_STR(st_str(ev, "event"), "unknown_free");
    CHECK(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(ev, "rule")));
    CHECK_STR(st_str(ev, "free_family"), "pool");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:unknown"));
}

static void test_wrong_family(void)
{
    cJSON *ev = one_event(IOCTL_BF_FAMILY);
    CHECK_STR(st_str(ev, "event"), "wrong_free");
    CHECK_STR(st_str(ev, "rule"), "PT009");
    CHECK_STR(st_str(ev, "family"), "mdl");
    CHECK_STR(st_str(ev, "free_family"), "pool");
    CHECK_STR(st_str(ev, "tag"), "Mdl ");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:fam_free"));
    CHECK_INT(st_num(ev, "alloc_line"), st_line_of(DRV, "site:fam_alloc"));
}

static void test_ndis_tag_mismatch(void)
{
    cJSON *ev = one_event(IOCTL_BF_NDIS);
    CHECK_STR(st_str(ev, "event"), "tag_mismatch");
    CHECK_STR(st_str(ev, "family"), "ndis");
    CHECK_STR(st_str(ev, "tag"), "BNds");
    CHECK_STR(st_str(ev, "free_tag"), "XNds");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:ndis_free"));
}

static void test_log_shows_the_operations(void)
{
    /* The !verifier 0x80 style log keeps the bad free next to the good ones. */
    struct pt_stats s;
    pt_shim_get_stats(&s);
    CHECK_INT(s.events[PT_EV_TAG_MISMATCH], 2);
    CHECK_INT(s.events[PT_EV_DOUBLE_FREE], 1);
    CHECK_INT(s.events[PT_EV_UNKNOWN_FREE], 1);
    CHECK_INT(s.events[PT_EV_WRONG_FREE], 1);
    CHECK_INT(s.nonpaged.current_allocs, 0);   /* every real block was freed */
}

int main(void)
{
    NTSTATUS st;
    pt_shim_reset();
    st = pt_um_load(&drv, DriverEntry);
    CHECK(NT_SUCCESS(st));
    test_tag_mismatch();
    test_double_free();
    test_unknown_free();
    test_wrong_family();
    test_ndis_tag_mismatch();
    test_log_shows_the_operations();
    st_capture();
    pt_um_unload(&drv, st);
    CHECK_INT(st_count("leak", NULL), 0);
    return st_done();
}
