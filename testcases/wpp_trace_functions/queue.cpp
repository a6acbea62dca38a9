// C++: there an undeclared trace function is an error too.
#include "trace.h"
#include "queue.tmh"

extern "C" NTSTATUS
WppDemoQueue(_In_ ULONG Length)
{
    PVOID buf = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, WPP_TAG);
    if (buf == nullptr) {
        TraceEvents(TRACE_LEVEL_ERROR, TRACE_QUEUE, "no memory");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ExFreePoolWithTag(buf, WPP_TAG);
    ExFreePoolWithTag(buf, WPP_TAG);   // expect: PT008
    return STATUS_SUCCESS;
}
