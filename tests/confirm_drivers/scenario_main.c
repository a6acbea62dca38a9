/* The runner of a confirmation driver: load (DriverEntry), the driver's
 * scenario, unload; once clean, then once per allocation with that one
 * failed (the sweep). Events go to $PT_SHIM_LOG as JSON lines. */
#include <stdio.h>
#include "scenario.h"

DRIVER_INITIALIZE DriverEntry;

NTSTATUS confirm_ioctl_ulong(PDEVICE_OBJECT dev, ULONG code, ULONG in, ULONG *out)
{
    ULONG buf = 0;
    NTSTATUS st = pt_um_ioctl(dev, code, &in, sizeof(in), out ? &buf : NULL,
                              out ? sizeof(buf) : 0, NULL);
    if (out)
        *out = NT_SUCCESS(st) ? buf : 0;
    return st;
}

static void run_once(void *ctx)
{
    DRIVER_OBJECT drv;
    NTSTATUS st = pt_um_load(&drv, DriverEntry);
    (void)ctx;
    if (NT_SUCCESS(st))
        confirm_scenario(drv.DeviceObject);
    pt_um_unload(&drv, st);
}

int main(void)
{
    struct pt_sweep sw;
    if (pt_um_sweep(run_once, NULL, &sw) != 0) {
        fputs("sweep failed\n", stderr);
        return 1;
    }
    printf("%lu allocations, %zu runs\n", sw.allocations, sw.nruns);
    pt_um_sweep_free(&sw);
    return 0;
}
