/* C: the flags are undeclared without the .tmh (an error); the functions
 * themselves would only be implicit declarations. */
#include "trace.h"
#include "driver.tmh"

NTSTATUS
WppDemoRead(_In_ ULONG Length)
{
    NTSTATUS status;
    PVOID buf;

    FuncEntry(TRACE_QUEUE);
    buf = ExAllocatePool2(POOL_FLAG_PAGED, Length, WPP_TAG);   // expect: PT005
    if (buf == NULL) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_QUEUE, "no memory for %lu bytes", Length);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DbgTrace((TRACE_LEVEL_VERBOSE, TRACE_QUEUE, "read %lu", Length));   /* called with double parentheses */
    status = WppDemoProbe(Length);
    if (!NT_SUCCESS(status)) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_DRIVER, "probe failed %!STATUS!", status);
        return status;                    /* leaks buf */
    }
    ExFreePoolWithTag(buf, WPP_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
WppDemoWrite(_In_ ULONG Length)
{
    PVOID buf = ExAllocatePool2(POOL_FLAG_PAGED, Length, WPP_TAG);
    NTSTATUS status;

    if (buf == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = WppDemoProbe(Length);
    TRACE_RETURN_IF(status, "probe failed");   /* returns on failure in a real build */
    ExFreePoolWithTag(buf, WPP_TAG);
    return status;
}
