/* WPP tracing and ETW levels without the generated .tmh files: shared by the
 * supplement's prelude and the real WDK's (msvc_standins/pt_wdk_prelude.h). */
#pragma once
#ifndef PT_WPP_H
#define PT_WPP_H

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

#endif
