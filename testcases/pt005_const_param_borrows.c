/* Passing a block (or a struct holding one) to a routine that takes it as a
 * `const` pointer lends it: the routine only reads it, so the error path
 * that returns afterwards still leaks (it used to count as a hand-over). */
#include <ntddk.h>

typedef struct _REQUEST {
    PVOID Buffer;
    ULONG Length;
} REQUEST;

ULONG ChecksumBuffer(const VOID *Data, ULONG Length);
BOOLEAN ValidateRequest(const REQUEST *Request);

NTSTATUS CheckData(ULONG Length)
{
    PVOID data = ExAllocatePoolWithTag(PagedPool, Length, 'kcehC');   // expect: PT005
    if (!data) return STATUS_INSUFFICIENT_RESOURCES;
    if (ChecksumBuffer(data, Length) == 0) return STATUS_DATA_ERROR;
    ExFreePoolWithTag(data, 'kcehC');
    return STATUS_SUCCESS;
}

NTSTATUS CheckRequest(ULONG Length)
{
    REQUEST req;
    req.Buffer = ExAllocatePoolWithTag(PagedPool, Length, 'kcehC');   // expect: PT005
    if (!req.Buffer) return STATUS_INSUFFICIENT_RESOURCES;
    req.Length = Length;
    if (!ValidateRequest(&req)) return STATUS_INVALID_PARAMETER;
    ExFreePoolWithTag(req.Buffer, 'kcehC');
    return STATUS_SUCCESS;
}
