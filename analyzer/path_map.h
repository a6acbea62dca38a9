/* --path-map FROM=TO: paths of a compile database written on another machine
 * (C:\src\drv) read as this machine's (/home/ci/drv). */
#ifndef PT_PATH_MAP_H
#define PT_PATH_MAP_H
#include <stddef.h>

/* Adds one FROM=TO. Returns 0, or -1 with a one-line reason. */
int pt_path_map_add(const char *spec, char *err, size_t errlen);
/* s mapped: a path, or an argument holding one after its flag ("-IC:\x",
 * "/FIC:\x\y.h", "@C:\x.rsp"), with FROM (case ignored, either slash) turned
 * into TO and the rest's backslashes into '/'. NULL when no mapping applies.
 * Caller frees. */
char *pt_path_map_apply(const char *s);
/* Whether any mapping was given. */
int pt_path_map_any(void);
#endif
