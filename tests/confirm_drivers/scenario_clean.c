/* clean: queue requests from a DPC and a timer DPC, drain them, lock and
 * unlock pages; unload frees the rest. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    ULONG sum;
    confirm_ioctl_ulong(dev, IOCTL_CD_QUEUE, 0, NULL);
    pt_um_run_dpcs();
    confirm_ioctl_ulong(dev, IOCTL_CD_START, 0, NULL);
    pt_um_advance_time(20 * 10000);
    confirm_ioctl_ulong(dev, IOCTL_CD_DRAIN, 0, &sum);
    confirm_ioctl_ulong(dev, IOCTL_CD_LOCK, 0, NULL);
    confirm_ioctl_ulong(dev, IOCTL_CD_QUEUE, 0, NULL);   /* left queued: unload drains it */
    pt_um_run_dpcs();
}
