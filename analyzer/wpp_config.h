/* WPP's trace functions, for the .tmh stand-ins (vfs_overlay.c). A project
 * declares them in a `begin_wpp config` comment (`FUNC TraceEvents(LEVEL,
 * FLAGS, MSG, ...);`) that the WPP preprocessor turns into macros in the
 * generated .tmh, which does not exist here: without them every traced
 * function has parse errors and is not path-analysed. */
#ifndef PT_WPP_CONFIG_H
#define PT_WPP_CONFIG_H
#include "compdb.h"

/* Text for the stand-in .tmh of tu: one `#define NAME(...) ((void)0)` per
 * trace function configured in the source or the headers of its folder and
 * -I folders, or named by the build (tu->wpp_functions: a vcxproj's
 * WppTraceFunction, as pooltrack-compdb records it); NULL when there is none. Functions with parameters that carry
 * control flow (RETSTATUS, LABEL, a condition: WPP _PRE/_POST macros around
 * the call) are left out: a no-op would hide a return or a goto. */
char *pt_wpp_tmh_text(const struct pt_tu *tu);

#endif
