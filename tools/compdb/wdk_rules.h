/* What the WDK's MSBuild files give a driver project (docs/compdb.md, "The
 * WDK's build rules", says where each rule comes from). Applied where the
 * project imports $(VCTargetsPath)\Microsoft.Cpp.Default.props and
 * Microsoft.Cpp.props, as the platform toolset WindowsKernelModeDriver10.0
 * would import them, and per compiled file for what its targets add. */
#ifndef PT_WDK_RULES_H
#define PT_WDK_RULES_H
#include "msbuild.h"

enum { PT_WDK_NONE, PT_WDK_KERNEL, PT_WDK_USER };

/* Microsoft.Cpp.Default.props (ImportBefore\Default\Microsoft.Cpp.WDK.props):
 * the _NT_TARGET_VERSION_* constants, when the project has not set them. */
void pt_wdk_default_props(struct pt_msb *m);
/* Microsoft.Cpp.props (the toolset's WindowsDriver.*.props): which kind of
 * driver build this is, and the properties it defaults. */
int pt_wdk_toolset_props(struct pt_msb *m);
/* The toolset's ClCompile item definitions (evaluated with the project's
 * final properties, as MSBuild evaluates item definitions) put before what
 * defs already holds: %(PreprocessorDefinitions) inherits them. */
void pt_wdk_item_definitions(struct pt_msb *m, int mode, struct pt_props *defs);
/* The defines WindowsDriver.Common.targets appends to every ClCompile item
 * (KMDF_VERSION_MAJOR=1;KMDF_VERSION_MINOR=15...), "" when none. */
char *pt_wdk_target_defines(struct pt_msb *m, int mode);
#endif
