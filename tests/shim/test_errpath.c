/* Leak on an error path: silent in a normal run, found by the sweep. */
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_ERRPATH_WORK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

static void scenario(void *ctx)
{
    DRIVER_OBJECT drv;
    NTSTATUS st = pt_um_load(&drv, DriverEntry);
    (void)ctx;
    if (NT_SUCCESS(st))
        pt_um_ioctl(drv.DeviceObject, IOCTL_ERRPATH_WORK, NULL, 0, NULL, 0, NULL);
    pt_um_unload(&drv, st);
}

static void test_clean_run_is_silent(void)
{
    pt_shim_reset();
    st_capture();
    scenario(NULL);
    CHECK_INT(st_nlines(), 1);                 /* only the summary */
    CHECK_INT(st_count("summary", NULL), 1);
    CHECK_INT(st_num(st_first("summary"), "attempted"), 3);
    CHECK_INT(st_num(st_first("summary"), "leaks"), 0);
}

static void test_sweep_finds_error_path_leak(void)
{
    struct pt_sweep sw;
    size_t i, j, leaks = 0;
    cJSON *ev;
    st_capture();
    CHECK_INT(pt_um_sweep(scenario, NULL, &sw), 0);
    CHECK_INT(sw.allocations, 3);
    CHECK_INT(sw.nruns, 4);
    CHECK_INT(pt_um_sweep_count(&sw, PT_EV_LEAK), 1);
    for (i = 0; i < sw.nruns; i++)
        for (j = 0; j < sw.runs[i].nevents; j++) {
            const struct pt_event *e = &sw.runs[i].events[j];
            CHECK_INT(e->kind, PT_EV_LEAK);
            CHECK_INT(sw.runs[i].fail_nth, 3);   /* failing the second buffer */
            CHECK_STR(e->block.req.site.func, "DoWork");
            CHECK_STR(pt_event_rule(e), "PT005");
            leaks++;
        }
    CHECK_INT(leaks, 1);
    /* The same event as a JSON line. */
    CHECK_INT(st_count("leak", "PT005"), 1);
    CHECK_INT(st_count("leak", NULL), 1);
    ev = st_first("leak");
    CHECK_STR(st_str(ev, "kind"), "error_path");
    CHECK_STR(st_str(ev, "tag"), "ErmA");
    CHECK_STR(st_str(ev, "tag_hex"), "0x416d7245");
    CHECK_INT(st_num(ev, "size"), 64);
    CHECK_STR(st_str(ev, "pool"), "NonPagedPoolNx");
    CHECK_STR(st_str(ev, "function"), "DoWork");
    CHECK_INT(st_num(ev, "run"), 3);
    CHECK(st_str(ev, "file") && strstr(st_str(ev, "file"), "errpath.c"));
    if (st_str(ev, "file"))
        CHECK_INT(st_num(ev, "line"), st_line_of(st_str(ev, "file"), "site:alloc_a"));
    /* one summary per run */
    CHECK_INT(st_count("summary", NULL), 4);
    pt_um_sweep_free(&sw);
}

int main(void)
{
    test_clean_run_is_silent();
    test_sweep_finds_error_path_leak();
    return st_done();
}
