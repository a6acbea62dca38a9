/* pooltrack prelude: force-included before every translation unit when no real
 * WDK is present. Keeps MinGW-w64's DDK headers usable for driver code. */
#pragma once
#ifndef PT_PRELUDE_H
#define PT_PRELUDE_H

/* MinGW's wdm.h macro-erases the tag argument of ExAllocatePoolWithTag without it. */
#ifndef POOL_TAGGING
#define POOL_TAGGING 1
#endif
#ifndef _KERNEL_MODE
#define _KERNEL_MODE 1
#endif
#define PT_ANALYZER 1

/* MinGW's C++ wdm.h redefines these intrinsics: keep only wdm.h's. */
#ifdef __cplusplus
#define __INTRINSIC_DEFINED_InterlockedBitTestAndSet
#define __INTRINSIC_DEFINED_InterlockedBitTestAndReset
#endif

/* WPP tracing: the generated .tmh files do not exist here (the analyzer maps
 * them to an empty file); the macros they would define become no-ops. */
#define WPP_INIT_TRACING(...) ((void)0)
#define WPP_CLEANUP(...) ((void)0)
#define WPP_CONTROL_GUIDS
#define WPP_DEFINE_CONTROL_GUID(...)
#define WPP_DEFINE_BIT(...)
#define WPP_LEVEL_ENABLED(...) 0
#define WPP_LEVEL_LOGGER(...) 0
#define WPP_FLAG_ENABLED(...) 0
#define WPP_LEVEL_FLAGS_ENABLED(...) 0
#define WPP_LEVEL_FLAGS_LOGGER(...) 0
#define TraceEvents(...) ((void)0)
#define DoTraceMessage(...) ((void)0)
#define DoTraceLevelMessage(...) ((void)0)
#define TraceLoggingWrite(...) ((void)0)
/* evntrace.h levels: the .tmh files (and their evntrace.h) are not there, yet
 * drivers pass these to their own trace routines. Values as in evntrace.h. */
#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#define TRACE_LEVEL_RESERVED6 6
#define TRACE_LEVEL_RESERVED7 7
#define TRACE_LEVEL_RESERVED8 8
#define TRACE_LEVEL_RESERVED9 9
#endif

#include "pt_sal.h"
/* What cl.exe accepts and clang does not (docs/dialect.md). */
#include "pt_msvc.h"
/* WDK builds force-include warning.h (/FI): try/except/finally/leave in C. */
#include "warning.h"

#endif
