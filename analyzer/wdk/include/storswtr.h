/* pooltrack: storswtr.h, software tracing for storage drivers (disk,
 * classpnp). With WPP (the default) the trace flags are WPP bits and
 * TracePrint comes from the generated .tmh: here from its stand-in, which
 * takes the trace functions the project's build names (WppTraceFunction).
 * With DEBUG_USE_KDPRINT they are an enum and TracePrint a debug print.
 * Names, values and the two modes as in the WDK 10.0.16299 km/storswtr.h. */
#pragma once
#ifndef _stortrce_h_
#define _stortrce_h_
#include <stdarg.h>

#undef TRACE_LEVEL_FATAL
#undef TRACE_LEVEL_ERROR
#undef TRACE_LEVEL_WARNING
#undef TRACE_LEVEL_INFORMATION
#undef TRACE_LEVEL_VERBOSE
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5

#ifndef DEBUG_USE_KDPRINT
#define WPP_NORMAL_FLAGS                                                                           \
    WPP_DEFINE_BIT(TRACE_FLAG_GENERAL) WPP_DEFINE_BIT(TRACE_FLAG_PNP) WPP_DEFINE_BIT(TRACE_FLAG_POWER) \
    WPP_DEFINE_BIT(TRACE_FLAG_RW) WPP_DEFINE_BIT(TRACE_FLAG_IOCTL) WPP_DEFINE_BIT(TRACE_FLAG_QUEUE)    \
    WPP_DEFINE_BIT(TRACE_FLAG_WMI) WPP_DEFINE_BIT(TRACE_FLAG_TIMER) WPP_DEFINE_BIT(TRACE_FLAG_INIT)    \
    WPP_DEFINE_BIT(TRACE_FLAG_LOCK) WPP_DEFINE_BIT(TRACE_FLAG_DEBUG1) WPP_DEFINE_BIT(TRACE_FLAG_DEBUG2) \
    WPP_DEFINE_BIT(TRACE_FLAG_MCN) WPP_DEFINE_BIT(TRACE_FLAG_ISR) WPP_DEFINE_BIT(TRACE_FLAG_ENUM)      \
    WPP_DEFINE_BIT(TRACE_FLAG_LOGOTEST) WPP_DEFINE_BIT(TRACE_FLAG_DUMP) WPP_DEFINE_BIT(TRACE_FLAG_SCSI)
#define WPP_CONTROL_GUIDS_NORMAL_FLAGS(_GUID) WPP_DEFINE_CONTROL_GUID(wppCtlGuid, _GUID, WPP_NORMAL_FLAGS)
#define DEBUG_USE_WPP
#else
#undef DEBUG_USE_WPP
#undef WPP_INIT_TRACING
#undef WPP_CLEANUP
#define WPP_INIT_TRACING(_DRIVER, _REGISTRY)
#define WPP_CLEANUP(_DRIVER)
typedef enum _DEBUG_FLAGS {
    TRACE_FLAG_GENERAL = 0,
    TRACE_FLAG_PNP,
    TRACE_FLAG_POWER,
    TRACE_FLAG_RW,
    TRACE_FLAG_IOCTL,
    TRACE_FLAG_QUEUE,
    TRACE_FLAG_WMI,
    TRACE_FLAG_TIMER,
    TRACE_FLAG_INIT,
    TRACE_FLAG_LOCK,
    TRACE_FLAG_DEBUG1,
    TRACE_FLAG_DEBUG2,
    TRACE_FLAG_MCN,
    TRACE_FLAG_ISR,
    TRACE_FLAG_ENUM,
    TRACE_FLAG_LOGOTEST,
    TRACE_FLAG_DUMP,
    TRACE_FLAG_SCSI
} DEBUG_FLAGS, *PDEBUG_FLAGS;
#if DBG
#define TracePrint(x) StorDebugPrint x
void StorDebugPrint(int DebugPrintLevel, DEBUG_FLAGS DebugPrintFlags, PCCHAR DebugMessage, ...);
#else
#define TracePrint(x)
#endif
#endif
#endif
