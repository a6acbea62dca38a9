/* dpcquota: a submit at PASSIVE_LEVEL, then the timer fires its DPC twice
 * (mode 1); mode 2, which reaches the other quota allocation, is never set. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    confirm_ioctl_ulong(dev, IOCTL_DQ_SUBMIT, 0, NULL);
    confirm_ioctl_ulong(dev, IOCTL_DQ_MODE, 1, NULL);
    confirm_ioctl_ulong(dev, IOCTL_DQ_START, 0, NULL);
    pt_um_advance_time(20 * 10000);   /* 20 ms: the 10 ms timer fires */
    confirm_ioctl_ulong(dev, IOCTL_DQ_START, 0, NULL);
    pt_um_advance_time(20 * 10000);
}
