/* Runs the errpath driver (tests/shim/drivers/errpath.c) under the shim:
 * a clean run, then the failure-injection sweep. Events go to $PT_SHIM_LOG as
 * JSON lines, for pooltrack-confirm. */
#include <stdio.h>
#include <ntddk.h>
#include "pt_shim.h"
#include "pt_um_harness.h"

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

int main(void)
{
    struct pt_sweep sw;
    if (pt_um_sweep(scenario, NULL, &sw) != 0) return 1;
    printf("%lu allocations, %zu runs\n", sw.allocations, sw.nruns);
    pt_um_sweep_free(&sw);
    return 0;
}
