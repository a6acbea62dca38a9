/* A careful driver using every tracked family: zero events in the clean run
 * and in every run of the failure-injection sweep. */
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_CL_WORK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x850, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CL_DPC CTL_CODE(FILE_DEVICE_UNKNOWN, 0x851, METHOD_BUFFERED, FILE_ANY_ACCESS)

static void scenario(void *ctx)
{
    DRIVER_OBJECT drv;
    NTSTATUS st = pt_um_load(&drv, DriverEntry);
    (void)ctx;
    if (NT_SUCCESS(st)) {
        pt_um_ioctl(drv.DeviceObject, IOCTL_CL_WORK, NULL, 0, NULL, 0, NULL);
        pt_um_ioctl(drv.DeviceObject, IOCTL_CL_DPC, NULL, 0, NULL, 0, NULL);
        pt_um_run_dpcs();
        pt_um_advance_time(10000);
        pt_um_ioctl(drv.DeviceObject, IOCTL_CL_WORK, NULL, 0, NULL, 0, NULL);
    }
    pt_um_unload(&drv, st);
}

int main(void)
{
    struct pt_sweep sw;
    size_t i;
    cJSON *sum;
    st_capture();
    CHECK_INT(pt_um_sweep(scenario, NULL, &sw), 0);
    /* DriverEntry 1, two WORK IOCTLs of 6 (pool, contiguous, NDIS, IRP,
     * MDL, string), two lookaside entries from the DPC runs. */
    CHECK_INT(sw.allocations, 15);
    CHECK_INT(sw.nruns, 16);
    for (i = 0; i < sw.nruns; i++)
        CHECK_INT(sw.runs[i].nevents, 0);
    CHECK_INT(st_count("summary", NULL), sw.nruns);
    CHECK_INT(st_nlines(), sw.nruns);          /* nothing but summaries */
    sum = st_json(0);
    CHECK_INT(st_num(sum, "attempted"), 15);
    CHECK_INT(st_num(sum, "peak_paged_allocs"), 1);   /* the Unicode string */
    CHECK(st_num(sum, "peak_nonpaged_allocs") >= 4);
    sum = st_json(5);
    CHECK_INT(st_num(sum, "run"), 5);
    CHECK_INT(st_num(sum, "failed_deliberately"), 1);
    pt_um_sweep_free(&sw);
    return st_done();
}
