/* Quota charged from a DPC (queued directly and by a timer) is reported;
 * the same call at PASSIVE_LEVEL is not. */
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
ULONG QuotaDpcRuns(void);
#define IOCTL_QD_QUEUE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x830, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QD_TIMER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x831, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QD_PASSIVE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x832, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define DRV SHIM_DRIVERS_DIR "/quota_dpc.c"

int main(void)
{
    DRIVER_OBJECT drv;
    NTSTATUS st;
    cJSON *ev;
    pt_shim_reset();
    st_capture();
    st = pt_um_load(&drv, DriverEntry);
    CHECK(NT_SUCCESS(st));

    CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_QD_PASSIVE, NULL, 0, NULL, 0, NULL), 0);
    CHECK_INT(st_nlines(), 0);                       /* PASSIVE_LEVEL: fine */

    CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_QD_QUEUE, NULL, 0, NULL, 0, NULL), 0);
    CHECK_INT(st_nlines(), 0);                       /* queued, not run yet */
    CHECK_INT(pt_um_run_dpcs(), 1);
    CHECK_INT(QuotaDpcRuns(), 1);
    CHECK_INT(st_count("quota_at_dispatch", "PT007"), 1);
    ev = st_first("quota_at_dispatch");
    CHECK_INT(st_num(ev, "irql"), 2);
    CHECK_STR(st_str(ev, "function"), "DpcRoutine");
    CHECK_STR(st_str(ev, "pool"), "NonPagedPoolNx");
    CHECK_STR(st_str(ev, "tag"), "DpQt");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:dpc_quota"));
    CHECK_INT(KeGetCurrentIrql(), PASSIVE_LEVEL);    /* lowered again after the DPC */

    CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_QD_TIMER, NULL, 0, NULL, 0, NULL), 0);
    CHECK_INT(pt_um_advance_time(50000), 0);         /* 5 ms: not due */
    CHECK_INT(QuotaDpcRuns(), 1);
    CHECK_INT(pt_um_advance_time(50000), 1);         /* 10 ms: fires */
    CHECK_INT(QuotaDpcRuns(), 2);
    CHECK_INT(st_count("quota_at_dispatch", "PT007"), 2);

    pt_um_unload(&drv, st);
    CHECK_INT(st_count("leak", NULL), 0);
    return st_done();
}
