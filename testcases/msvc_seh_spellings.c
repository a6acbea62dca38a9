/*
 * MSVC dialect: the old SEH spellings (try/except/finally/leave, mapped by
 * the WDK's force-included warning.h) and GetExceptionCode() in an except
 * filter and block. A parse error here hid the leak. The clean twin is
 * clean_msvc_seh_spellings.c.
 */
#include <ntddk.h>

#define SEH_TAG 'hSsM'

NTSTATUS
CaptureUserLeaks(_In_ PVOID UserBuffer, _In_ ULONG Length, _Out_ PVOID *Out)
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID copy = ExAllocatePoolWithTag(PagedPool, Length, SEH_TAG);   // expect: PT005
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    try {
        ProbeForRead(UserBuffer, Length, 1);
        RtlCopyMemory(copy, UserBuffer, Length);
    } except (GetExceptionCode() == STATUS_ACCESS_VIOLATION ? EXCEPTION_EXECUTE_HANDLER
                                                            : EXCEPTION_CONTINUE_SEARCH) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        return status;      /* copy leaks */
    }
    *Out = copy;
    return STATUS_SUCCESS;
}
