/* tagmix: echo a buffer (frees with the wrong tag) and kick the DPC; the
 * stats IOCTL is deliberately never sent. */
#include "scenario.h"
#include "ioctl.h"

void confirm_scenario(PDEVICE_OBJECT dev)
{
    static const char msg[] = "pooltrack";
    char out[sizeof(msg)];
    pt_um_ioctl(dev, IOCTL_TM_ECHO, msg, sizeof(msg), out, sizeof(out), NULL);
    confirm_ioctl_ulong(dev, IOCTL_TM_KICK, 0, NULL);
    pt_um_run_dpcs();
}
