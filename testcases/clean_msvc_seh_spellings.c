/*
 * MSVC dialect, clean twin of msvc_seh_spellings.c: try/except/finally/leave
 * and GetExceptionCode(), the copy freed on the exception path.
 */
#include <ntddk.h>

#define SEH_TAG 'hSsM'

NTSTATUS
CaptureUserFrees(_In_ PVOID UserBuffer, _In_ ULONG Length, _Out_ PVOID *Out)
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID copy = ExAllocatePoolWithTag(PagedPool, Length, SEH_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    try {
        try {
            if (Length == 0) {
                leave;
            }
            ProbeForRead(UserBuffer, Length, 1);
            RtlCopyMemory(copy, UserBuffer, Length);
        } finally {
            DbgPrint("captured %lu\n", Length);
        }
    } except (GetExceptionCode() == STATUS_ACCESS_VIOLATION ? EXCEPTION_EXECUTE_HANDLER
                                                            : EXCEPTION_CONTINUE_SEARCH) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(copy, SEH_TAG);
        return status;
    }
    *Out = copy;
    return STATUS_SUCCESS;
}
