/* Loaded-module snapshot for naming stack frames "module+0xOFFSET" where the
 * backend has no symbols (the kernel): the form `ln ADDRESS` and WinDbg's
 * stacks use, "nt" for the kernel image, a driver's file name without ".sys".
 * The snapshot is taken at PASSIVE_LEVEL (pt_backend_modules_refresh, at the
 * start of every report) and read at any IRQL: lookups only read a published,
 * unchanging copy. */
#ifndef PT_SHIM_MODULES_H
#define PT_SHIM_MODULES_H
#include <stddef.h>
#include <stdint.h>

#ifndef PT_SHIM_MAX_MODULES
#define PT_SHIM_MAX_MODULES 512
#endif

struct pt_module {
    uintptr_t base;
    size_t size;
    char name[32];   /* as the debugger names the module */
};

/* "\SystemRoot\system32\drivers\MyDrv.sys" -> "MyDrv"; the kernel image
 * (ntoskrnl.exe, ntkrnlmp.exe, ntkrnlpa.exe, ntkrpamp.exe) -> "nt". */
void pt_module_short_name(const char *path, char *out, size_t cap);
/* Copies the first PT_SHIM_MAX_MODULES of m into the snapshot not being
 * read, sorts it by base and publishes it. Call at PASSIVE_LEVEL, one caller
 * at a time (the report lock). */
void pt_modules_publish(const struct pt_module *m, size_t n);
/* "module+0x1c40" for pc into buf; 0 if no module of the snapshot holds it. */
int pt_modules_name(const void *pc, char *buf, size_t cap);
#endif
