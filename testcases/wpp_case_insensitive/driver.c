/*
 * A WPP-traced driver as it looks on disk after a Windows checkout: the
 * generated driver.tmh does not exist, and the header is included as
 * "CaseDemo.h" while the file is casedemo.h. Both must parse here, or the
 * leak below is never seen.
 */
#include "CaseDemo.h"
#include "driver.tmh"

NTSTATUS
CaseDemoQuery(_In_ ULONG Length)
{
    PVOID buf = ExAllocatePoolZero(PagedPool, Length, CASE_TAG);   // expect: PT005
    NTSTATUS status;

    if (buf == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_DRIVER, "query %lu", Length);
    status = CaseDemoCheck(Length);      /* buf is not handed to it */
    if (!NT_SUCCESS(status)) {
        return status;                    /* leaks buf */
    }
    ExFreePoolWithTag(buf, CASE_TAG);
    return STATUS_SUCCESS;
}
