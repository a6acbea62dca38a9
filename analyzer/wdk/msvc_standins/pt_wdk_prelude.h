/* pooltrack prelude with a real WDK (docs/wdk.md): force-included before every
 * translation unit instead of include/pt_prelude.h. The WDK's headers are
 * used as they are; this only adds what the build would have and clang lacks. */
#pragma once
#ifndef PT_WDK_PRELUDE_H
#define PT_WDK_PRELUDE_H

#define PT_ANALYZER 1
/* Before the WDK's headers: without it wdm.h drops the tag of ExAllocatePool. */
#ifndef POOL_TAGGING
#define POOL_TAGGING 1
#endif

#include "../include/pt_wpp.h"
#include "../include/pt_funcname.h"
#include "pt_newer_kit.h"
/* WDK builds force-include the kit's shared/warning.h (/FI). */
#include <warning.h>

#endif
