/* Which driver a translation unit belongs to, from what builds it, and the
 * flags for a source the compile database does not list yet. */
#ifndef PT_COMPDB_DRIVER_H
#define PT_COMPDB_DRIVER_H
#include <stddef.h>
#include "compdb.h"

/* The driver an entry builds: the .vcxproj pooltrack-compdb records
 * ("vcxproj"), or the target folder in "output" (CMake's
 * CMakeFiles/<target>.dir, Meson's <target>.p), made absolute against
 * directory. NULL when the entry does not say (its directory is the driver).
 * Either string may be NULL. Caller frees. */
char *pt_driver_of_entry(const char *directory, const char *output, const char *vcxproj);
/* The kernel modules the TUs' drivers build, as the debugger names them
 * ("npf" for npf.sys): each project's (pt_tu_project) last path component
 * without .vcxproj, CMake's .dir, Meson's .p or a source extension; the
 * vcxproj's TargetName is not known here, and by default it is the project's
 * name. Sorted, each once, NULL-terminated; returns how many (caller frees each
 * and *out). */
size_t pt_driver_modules(const struct pt_tu *tus, size_t n, char ***out);
/* The TU of tus closest to file, as clangd picks flags for a file it does not
 * know: the most leading path components shared (the same folder first), the
 * same language breaking ties, then the first. NULL when n is 0. */
const struct pt_tu *pt_compdb_nearest(const struct pt_tu *tus, size_t n, const char *file);
/* out: a TU for file (absolute) with like's flags, directory and driver. */
void pt_compdb_like(const struct pt_tu *like, const char *file, struct pt_tu *out);
#endif
