/* A per-TU clang VFS overlay for Windows projects on Linux: headers found
 * case-insensitively (#include "FatProcs.h" for fatprocs.h), and stand-ins
 * for WPP's generated .tmh files: the project's trace functions as no-op
 * macros (wpp_config.h), else empty. */
#ifndef PT_VFS_OVERLAY_H
#define PT_VFS_OVERLAY_H
#include "compdb.h"

/* The first words of the #error that stands in for an include that is not a
 * regular file (a FIFO, a socket, a device): never opened, since opening a
 * FIFO blocks the parse. */
#define PT_NOT_REGULAR_MARK "pooltrack: the include"

/* Writes an overlay for tu into a private temp folder and returns its path
 * (owned by the module), or NULL when none is needed or it cannot be made. */
const char *pt_vfs_overlay_for_tu(const struct pt_tu *tu);
/* The temp folder of this process's stand-ins (empty .tmh), or NULL. */
const char *pt_vfs_overlay_dir(void);
/* Removes the temp folder. */
void pt_vfs_overlay_cleanup(void);
#endif
