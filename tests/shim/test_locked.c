/* Pages locked at unload are reported (0xCB); lock+unlock is silent. */
#include <string.h>
#include "shim_test.h"

DRIVER_INITIALIZE DriverEntry;
#define IOCTL_LK_LOCK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_LK_UNLOCK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x841, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define DRV SHIM_DRIVERS_DIR "/locked.c"

static void run(int unlock)
{
    DRIVER_OBJECT drv;
    NTSTATUS st;
    pt_shim_reset();
    st_capture();
    st = pt_um_load(&drv, DriverEntry);
    CHECK(NT_SUCCESS(st));
    CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_LK_LOCK, NULL, 0, NULL, 0, NULL), 0);
    if (unlock)
        CHECK_INT(pt_um_ioctl(drv.DeviceObject, IOCTL_LK_UNLOCK, NULL, 0, NULL, 0, NULL), 0);
    pt_um_unload(&drv, st);
}

int main(void)
{
    cJSON *ev;
    run(1);
    CHECK_INT(st_nlines(), 1);                 /* the summary only */
    run(0);
    CHECK_INT(st_count("locked_pages", "PT010"), 1);
    CHECK_INT(st_count("leak", NULL), 0);      /* the MDL itself was freed */
    ev = st_first("locked_pages");
    CHECK_STR(st_str(ev, "function"), "LockBuffer");
    CHECK_INT(st_num(ev, "line"), st_line_of(DRV, "site:lock"));
    CHECK_INT(st_num(ev, "size"), 8192);
    CHECK_STR(st_str(ev, "family"), "locked_pages");
    CHECK_INT(st_num(st_first("summary"), "errors"), 1);
    return st_done();
}
