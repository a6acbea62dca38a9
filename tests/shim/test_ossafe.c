/* The shim inside a kernel must not cause the bugs it reports (issue 14):
 * memory the OS allocated is still freed (1), blocks the I/O manager frees
 * are not freed again (2), tag 0 is not a mismatch (4), leaks are left for
 * Driver Verifier at unload unless asked (5). The user-mode pool keeps a
 * live set, so "freed", "leaked" and "freed twice" are facts, not guesses. */
#include <stdlib.h>
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_OS_UPCASE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x860, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_IRP_MDL CTL_CODE(FILE_DEVICE_UNKNOWN, 0x861, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_CONTIG CTL_CODE(FILE_DEVICE_UNKNOWN, 0x862, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_TAG0 CTL_CODE(FILE_DEVICE_UNKNOWN, 0x863, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define DRV SHIM_DRIVERS_DIR "/ossafe.c"

static DRIVER_OBJECT drv;

static void ioctl(ULONG code)
{
    char buf[16] = { 0 };
    CHECK_INT(pt_um_ioctl(drv.DeviceObject, code, buf, sizeof(buf), NULL, 0, NULL), 0);
}

/* Defect 1: RtlUpcaseUnicodeString(.., TRUE) allocates behind the shim's
 * back; RtlFreeUnicodeString must still reach the kernel. */
static void test_os_allocated_buffer_is_freed(void)
{
    size_t live = pt_um_mem_live();
    cJSON *ev;
    st_capture();
    ioctl(IOCTL_OS_UPCASE);
    CHECK_INT(pt_um_mem_live(), live);         /* freed, not leaked by the shim */
    CHECK_INT(pt_um_mem_bad_frees(), 0);
    CHECK_INT(st_count("unknown_free", NULL), 1);  /* still worth a line */
    ev = st_first("unknown_free");
    CHECK_STR(st_str(ev, "free_family"), "unicode_string");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:os_free"));
}

/* Defect 2: MmFreeContiguousMemorySpecifyCache is a tracked free. */
static void test_specify_cache_free_is_seen(void)
{
    size_t live = pt_um_mem_live();
    struct pt_stats s;
    st_capture();
    ioctl(IOCTL_OS_CONTIG);
    CHECK_INT(st_nlines(), 0);
    CHECK_INT(pt_um_mem_live(), live);
    pt_shim_get_stats(&s);
    CHECK_INT(s.nonpaged.current_allocs, 1);   /* only DriverEntry's g_leak */
}

/* Defect 4: ExFreePoolWithTag(p, 0) is no tag mismatch. */
static void test_tag_zero_is_not_checked(void)
{
    size_t live = pt_um_mem_live();
    st_capture();
    ioctl(IOCTL_OS_TAG0);
    CHECK_INT(st_count("tag_mismatch", NULL), 0);
    CHECK_INT(st_nlines(), 0);
    CHECK_INT(pt_um_mem_live(), live);
}

/* Defect 2 again: the I/O manager frees the MDL hung on the IRP. The shim
 * cannot see that free; it may report the MDL at unload but must not free
 * it a second time. */
static void test_irp_mdl_freed_by_io_manager(void)
{
    size_t live = pt_um_mem_live();
    st_capture();
    ioctl(IOCTL_OS_IRP_MDL);
    CHECK_INT(pt_um_mem_live(), live);         /* the harness's "I/O manager" freed it */
    CHECK_INT(pt_um_mem_bad_frees(), 0);
}

/* Defect 5: through pt_shim_hook_unload's thunk, the leak is reported and
 * left allocated (Driver Verifier's 0xC4/0x62 and !verifier 3 see it). */
static void test_leak_left_for_verifier(void)
{
    cJSON *ev;
    size_t i, mdl_leaks = 0;
    const char *addr;
    st_capture();
    pt_um_run_dpcs();
    drv.DriverUnload(&drv);                    /* the shim's thunk */
    ev = st_first("leak");
    CHECK_STR(st_str(ev, "tag"), "Leak");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:leak"));
    addr = st_str(ev, "address");
    CHECK(addr != NULL && pt_um_mem_is_live((const void *)(uintptr_t)strtoull(addr, NULL, 16)));
    for (i = 0; i < st_nlines(); i++) {
        const char *e = st_str(st_json(i), "event"), *fam = st_str(st_json(i), "family");
        if (e && strcmp(e, "leak") == 0 && fam && strcmp(fam, "mdl") == 0)
            mdl_leaks++;
    }
    CHECK_INT(mdl_leaks, 1);                   /* the IRP's MDL: a known false leak */
    CHECK_INT(st_count("leak", NULL), 2);
    CHECK_INT(pt_um_mem_live(), 1);            /* g_leak only: still allocated */
    CHECK_INT(pt_um_mem_bad_frees(), 0);       /* and nothing was freed twice */
    CHECK_INT(pt_um_mem_release_all(), 1);     /* what the OS would reclaim */
}

/* With PT_SHIM_RELEASE_LEAKS (here: the run-time switch) the thunk frees
 * the leak itself. */
static void test_release_leaks_when_asked(void)
{
    pt_shim_reset();
    st_capture();
    pt_shim_set_release_leaks(TRUE);
    CHECK(NT_SUCCESS(pt_um_load(&drv, DriverEntry)));
    CHECK_INT(pt_um_mem_live(), 1);
    drv.DriverUnload(&drv);
    CHECK_INT(st_count("leak", NULL), 1);
    CHECK_INT(pt_um_mem_live(), 0);
    CHECK_INT(pt_um_mem_bad_frees(), 0);
    pt_shim_set_release_leaks(FALSE);
}

int main(void)
{
    pt_shim_reset();
    CHECK(NT_SUCCESS(pt_um_load(&drv, DriverEntry)));
    test_os_allocated_buffer_is_freed();
    test_specify_cache_free_is_seen();
    test_tag_zero_is_not_checked();
    test_irp_mdl_freed_by_io_manager();
    test_leak_left_for_verifier();
    test_release_leaks_when_asked();
    return st_done();
}
