/*
 * WPP tracing as WDK drivers declare it. The WPP preprocessor reads the
 * config below and writes each source's .tmh, which defines the trace
 * functions and the flag bits (TRACE_DRIVER comes from WPP_DEFINE_BIT). The
 * .tmh files do not exist here: pooltrack's stand-in makes the plain trace
 * functions no-ops, so the traced functions parse and are analysed.
 * TRACE_RETURN_IF has a control-flow parameter (RETSTATUS, done by a _PRE /
 * _POST macro pair in a real driver): it is left out, since a no-op would
 * hide the return. (In C it is then an implicit declaration: WppDemoWrite
 * parses, and its path goes on past the call, which here reports nothing.)
 */
#include <ntddk.h>

#define WPP_CONTROL_GUIDS \
    WPP_DEFINE_CONTROL_GUID(WppDemoGuid, (5d0b2f7a, 1c4e, 4a8e, 9b1f, 2c8d6e0a4b31), \
        WPP_DEFINE_BIT(TRACE_DRIVER) \
        WPP_DEFINE_BIT(TRACE_QUEUE))

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// FUNC FuncEntry{LEVEL=TRACE_LEVEL_VERBOSE}(FLAGS);
// FUNC TRACE_RETURN_IF{LEVEL=TRACE_LEVEL_ERROR}(RETSTATUS, MSG, ...);
// FUNC DbgTrace((LEVEL, FLAGS, MSG, ...));
// end_wpp

#define WPP_TAG 'ppWx'

NTSTATUS WppDemoProbe(_In_ ULONG Length);
