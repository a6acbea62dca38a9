/* The clang arguments that make driver code parse here: the MinGW-w64 target,
 * clang's resource dir, our WDK supplement and MinGW's DDK headers. */
#ifndef PT_WDK_FLAGS_H
#define PT_WDK_FLAGS_H
#include <stddef.h>

/* Folder of our supplement (analyzer/wdk): $PT_WDK_DIR, else the source tree's. */
const char *pt_wdk_dir(void);
/* Writes at most max arguments to out (static strings); returns the count. */
size_t pt_wdk_args(int is_cxx, const char **out, size_t max);
#endif
