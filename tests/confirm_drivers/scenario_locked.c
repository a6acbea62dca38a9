/* locked: a valid transfer, an invalid mode (the pages stay locked), a
 * snapshot (its error path only under the sweep), and the DPC. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    ULONG snap;
    confirm_ioctl_ulong(dev, IOCTL_LK_TRANSFER, 1, NULL);
    confirm_ioctl_ulong(dev, IOCTL_LK_TRANSFER, LK_MAX_MODE + 2, NULL);
    confirm_ioctl_ulong(dev, IOCTL_LK_SNAPSHOT, 0, &snap);
    confirm_ioctl_ulong(dev, IOCTL_LK_KICK, 0, NULL);
    pt_um_run_dpcs();
}
