/*
 * Clean, and hard: correlations a path-sensitive engine has to see through.
 *  - a buffer that is either a stack array or pool memory, freed only when
 *    it is not the stack array (fresh pool memory never equals &stackBuf);
 *  - NTSTATUS computed from the pointer with a ternary, then checked with
 *    NT_SUCCESS: the failure branch is exactly the NULL branch.
 * No finding is correct in any of them.
 */
#include <ntddk.h>

#define HC_TAG 'rrCH'
#define SMALL_SIZE 128

VOID
ProcessWithStackFallback(_In_reads_bytes_(Length) PUCHAR Data, _In_ ULONG Length)
{
    UCHAR stackBuf[SMALL_SIZE];
    PUCHAR buf = stackBuf;

    if (Length > SMALL_SIZE) {
        buf = ExAllocatePoolWithTag(NonPagedPoolNx, Length, HC_TAG);
        if (buf == NULL) {
            return;
        }
    }
    RtlCopyMemory(buf, Data, Length);
    DbgPrint("first byte %02x\n", buf[0]);
    if (buf != stackBuf) {
        ExFreePoolWithTag(buf, HC_TAG);
    }
}

NTSTATUS
StatusFromPointer(_In_ SIZE_T n)
{
    NTSTATUS status;
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, HC_TAG);

    status = p ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlZeroMemory(p, n);
    ExFreePoolWithTag(p, HC_TAG);
    return status;
}

NTSTATUS
TwoStepInit(_In_ ULONG Length, _Outptr_ PVOID *First, _Outptr_ PVOID *Second)
{
    NTSTATUS status;
    PVOID a = NULL, b = NULL;

    a = ExAllocatePoolWithTag(NonPagedPoolNx, Length, HC_TAG);
    status = (a != NULL) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    b = ExAllocatePoolWithTag(NonPagedPoolNx, Length, HC_TAG);
    if (b == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Fail;
    }
    *First = a;
    *Second = b;
    return STATUS_SUCCESS;

Fail:
    ExFreePoolWithTag(a, HC_TAG);
    return status;
}
