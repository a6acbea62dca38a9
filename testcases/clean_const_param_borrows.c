/* The twin of pt005_const_param_borrows.c: the error paths after the
 * `const` readers free the blocks; a routine taking a non-const pointer may
 * keep it (a hand-over). */
#include <ntddk.h>

typedef struct _REQUEST {
    PVOID Buffer;
    ULONG Length;
} REQUEST;

ULONG ChecksumBuffer(const VOID *Data, ULONG Length);
BOOLEAN ValidateRequest(const REQUEST *Request);

NTSTATUS CheckData(ULONG Length)
{
    PVOID data = ExAllocatePoolWithTag(PagedPool, Length, 'kcehC');
    if (!data) return STATUS_INSUFFICIENT_RESOURCES;
    if (ChecksumBuffer(data, Length) == 0) {
        ExFreePoolWithTag(data, 'kcehC');
        return STATUS_DATA_ERROR;
    }
    ExFreePoolWithTag(data, 'kcehC');
    return STATUS_SUCCESS;
}

NTSTATUS CheckRequest(ULONG Length)
{
    REQUEST req;
    req.Buffer = ExAllocatePoolWithTag(PagedPool, Length, 'kcehC');
    if (!req.Buffer) return STATUS_INSUFFICIENT_RESOURCES;
    req.Length = Length;
    if (!ValidateRequest(&req)) {
        ExFreePoolWithTag(req.Buffer, 'kcehC');
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(req.Buffer, 'kcehC');
    return STATUS_SUCCESS;
}

VOID QueueForLater(PVOID Data);

NTSTATUS HandOff(ULONG Length)
{
    PVOID data = ExAllocatePoolWithTag(PagedPool, Length, 'kcehC');
    if (!data) return STATUS_INSUFFICIENT_RESOURCES;
    QueueForLater(data);
    return STATUS_SUCCESS;
}
