/* unload: fill the cache (kept in a global), tick the DPC, unload. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    confirm_ioctl_ulong(dev, IOCTL_UL_CACHE, 0, NULL);
    confirm_ioctl_ulong(dev, IOCTL_UL_TICK, 0, NULL);
    pt_um_run_dpcs();
    confirm_ioctl_ulong(dev, IOCTL_UL_CACHE, 0, NULL);   /* already filled: no new block */
}
