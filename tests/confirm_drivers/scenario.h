/* One scenario per confirmation driver (testcases/confirm_drv_*): what the
 * harness does with the loaded driver between DriverEntry and unload. */
#ifndef CONFIRM_SCENARIO_H
#define CONFIRM_SCENARIO_H
#include "pt_um_harness.h"

/* Sends the driver's IOCTLs, fires its DPCs and timers. */
void confirm_scenario(PDEVICE_OBJECT dev);

/* pt_um_ioctl with a ULONG in and a ULONG out (either may be unused). */
NTSTATUS confirm_ioctl_ulong(PDEVICE_OBJECT dev, ULONG code, ULONG in, ULONG *out);
#endif
