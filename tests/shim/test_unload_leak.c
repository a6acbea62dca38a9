/* Unload leak: one block outstanding after DriverUnload, reported as a
 * leak event and as a row of the !verifier 3 table. */
#include <string.h>
#include <stdlib.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_UL_ADD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x810, METHOD_BUFFERED, FILE_ANY_ACCESS)

static void test_unload_leak(void)
{
    DRIVER_OBJECT drv;
    ULONG v;
    NTSTATUS st;
    char *table, row[160];
    cJSON *ev, *sum;
    int line;
    pt_shim_reset();
    st_capture();
    st = pt_um_load(&drv, DriverEntry);
    CHECK(NT_SUCCESS(st));
    for (v = 1; v <= 3; v++)
        CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_UL_ADD, &v, sizeof(v), NULL, 0, NULL), 0);
    drv.DriverUnload(&drv);

    /* The table as the debugger extension would show it, before the check. */
    table = st_table();
    line = st_line_of(SHIM_DRIVERS_DIR "/unload_leak.c", "site:state");
    CHECK(table && strstr(table, "Pool Allocations Attempted             0x4\n"));
    CHECK(table && strstr(table, "Current nonpaged pool allocations      0x1 for 00000040 bytes\n"));
    CHECK(table && strstr(table, "Peak nonpaged pool allocations         0x4 for "));
    CHECK(table && strstr(table, "Current paged pool allocations         0x0 for 00000000 bytes\n"));
    CHECK(table && strstr(table, "PoolAddress          SizeInBytes    Tag       CallersAddress\n"));
    snprintf(row, sizeof(row), "unload_leak.c:%d DriverEntry\n", line);
    CHECK(table && strstr(table, row));
    CHECK(table && strstr(table, "0x00000040     MTag      "));
    free(table);

    pt_shim_unload_check();
    CHECK_INT(st_count("leak", NULL), 1);
    ev = st_first("leak");
    CHECK_STR(st_str(ev, "rule"), "PT006");
    CHECK_STR(st_str(ev, "kind"), "outstanding");
    CHECK_STR(st_str(ev, "tag"), "MTag");
    CHECK_STR(st_str(ev, "tag_hex"), "0x6761544d");
    CHECK_INT(st_num(ev, "size"), 64);
    CHECK_STR(st_str(ev, "pool"), "NonPagedPoolNx");
    CHECK_STR(st_str(ev, "function"), "DriverEntry");
    CHECK_INT(st_num(ev, "line"), line);
    CHECK_INT(st_num(ev, "seq"), 1);
    sum = st_first("summary");
    CHECK_INT(st_num(sum, "current_nonpaged_allocs"), 1);
    CHECK_INT(st_num(sum, "peak_nonpaged_allocs"), 4);
    CHECK_INT(st_num(sum, "leaks"), 1);
    CHECK_INT(st_num(sum, "errors"), 0);
    pt_shim_release_outstanding();
}

int main(void)
{
    test_unload_leak();
    return st_done();
}
