/* The clang arguments that make driver code parse here: a real WDK's
 * (wdk_real.h), or the MinGW-w64 target, clang's resource dir, our WDK
 * supplement and MinGW's DDK headers. */
#ifndef PT_WDK_FLAGS_H
#define PT_WDK_FLAGS_H
#include <stddef.h>
#include "compdb.h"

/* Folder of our supplement (analyzer/wdk, wdk_dir.c): $PT_WDK_DIR, else
 * <exe>/../share/pooltrack/wdk (installed), else the source tree's for a
 * program inside its own build tree. */
const char *pt_wdk_dir(void);
/* 0 if that folder holds the supplement; else -1 and a one-line err. */
int pt_wdk_dir_ok(char *err, size_t errlen);
/* PT_MINGW_ROOT: MinGW-w64's headers, which the analyzer parses with (found
 * by cmake/MinGWRoot.cmake, a compile definition). */
/* A header of ours or MinGW's (the WDK as the analyzer sees it), not the project's. */
int pt_wdk_is_system_path(const char *path);
/* With a real WDK: its include folders in search order, our stand-ins last
 * (at most 8); *n is 0 without one. Static strings. */
void pt_wdk_include_dirs(const char **dirs, size_t *n);
/* Our arguments (static strings, no limit on the count); *n gets the count. */
const char *const *pt_wdk_argv(int is_cxx, size_t *n);
/* Everything libclang gets for tu: ours, then the TU's, with room for `extra`
 * more at the end (-ivfsoverlay, -include-pch). A malloc'd array (to free, not
 * its strings); *n gets the count used. No fixed limit. */
const char **pt_clang_args(const struct pt_tu *tu, size_t extra, size_t *n);
/* With a real WDK: a -DNDISxyz[_MINIPORT]=1 of the kit's newest NDIS for each
 * form args ask a newer version of (wdk_ndis.c), into out (room >= 2); the
 * count. Static strings. */
size_t pt_wdk_ndis_clamp(const char *const *args, size_t nargs, const char **out, size_t room);
#endif
