/* errpath: configure twice (both allocations succeed in the clean run),
 * kick the DPC; the sweep fails each allocation in turn. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    confirm_ioctl_ulong(dev, IOCTL_EP_CONFIGURE, 4, NULL);
    confirm_ioctl_ulong(dev, IOCTL_EP_KICK, 0, NULL);
    pt_um_run_dpcs();
    confirm_ioctl_ulong(dev, IOCTL_EP_CONFIGURE, 8, NULL);
}
