/* Kernel stack frames as "module+0xOFFSET" (pt_shim_modules.c, what the
 * kernel backend names frames with): the module names WinDbg uses, the
 * offset from the module's base, nothing for an address outside every
 * module, and a second snapshot replacing the first. */
#include <string.h>
#include "shim_test.h"
#include "pt_shim_modules.h"

static const char *name_of(uintptr_t pc)
{
    static char buf[64];
    if (!pt_modules_name((const void *)pc, buf, sizeof buf))
        return "(none)";
    return buf;
}

static void short_names(void)
{
    char n[32];
    pt_module_short_name("\\SystemRoot\\system32\\drivers\\MyDrv.sys", n, sizeof n);
    CHECK_STR(n, "MyDrv");
    pt_module_short_name("\\SystemRoot\\system32\\ntoskrnl.exe", n, sizeof n);
    CHECK_STR(n, "nt");
    pt_module_short_name("\\SystemRoot\\system32\\NTKRNLMP.EXE", n, sizeof n);
    CHECK_STR(n, "nt");
    pt_module_short_name("\\SystemRoot\\system32\\ntoskrnl2.exe", n, sizeof n);
    CHECK_STR(n, "ntoskrnl2");
    pt_module_short_name("hal.dll", n, sizeof n);
    CHECK_STR(n, "hal");
    pt_module_short_name("\\??\\C:\\drv\\a.long.name.sys", n, 5);
    CHECK_STR(n, "a.lo");
}

int main(void)
{
    /* given out of order, as the kernel may list them */
    struct pt_module m[3] = {
        { 0xfffff80564a00000u, 0x1000000, "nt" },
        { 0xfffff8056a2b0000u, 0x8000, "mydrv" },
        { 0xfffff80560000000u, 0x20000, "hal" },
    };
    short_names();
    CHECK_STR(name_of(0xfffff8056a2b1164u), "(none)");   /* no snapshot yet */
    pt_modules_publish(m, 3);
    CHECK_STR(name_of(0xfffff8056a2b1164u), "mydrv+0x1164");
    CHECK_STR(name_of(0xfffff8056a2b0000u), "mydrv+0x0");
    CHECK_STR(name_of(0xfffff8056a2b8000u), "(none)");   /* one past its end */
    CHECK_STR(name_of(0xfffff80564a12345u), "nt+0x12345");
    CHECK_STR(name_of(0xfffff8056001fffeu), "hal+0x1fffe");
    CHECK_STR(name_of(0x1000u), "(none)");
    m[1].base = 0xfffff8056b000000u;   /* the driver reloaded elsewhere */
    pt_modules_publish(m, 3);
    CHECK_STR(name_of(0xfffff8056b000040u), "mydrv+0x40");
    CHECK_STR(name_of(0xfffff8056a2b1164u), "(none)");
    return st_done();
}
