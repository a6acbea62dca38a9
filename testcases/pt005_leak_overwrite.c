/*
 * PT005 leak by overwriting the only pointer: the retry loop allocates a
 * bigger buffer without freeing the one that was too small, and a refresh
 * function replaces a local buffer without freeing it first.
 */
#include <ntifs.h>

#define QRY_TAG 'yrQS'

NTSTATUS
QuerySystemInfoBad(_In_ ULONG InfoClass)
{
    NTSTATUS status;
    ULONG size = 0x1000;
    PVOID buffer;

    for (;;) {
        buffer = ExAllocatePoolWithTag(PagedPool, size, QRY_TAG);      // expect: PT005
        if (buffer == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        status = ZwQueryInformationProcess(ZwCurrentProcess(), (PROCESSINFOCLASS)InfoClass,
                                           buffer, size, &size);
        if (status != STATUS_INFO_LENGTH_MISMATCH) {
            break;
        }
        size *= 2;      /* the old buffer is dropped on the floor */
    }
    ExFreePoolWithTag(buffer, QRY_TAG);
    return status;
}

NTSTATUS
QuerySystemInfoGood(_In_ ULONG InfoClass)
{
    NTSTATUS status;
    ULONG size = 0x1000;
    PVOID buffer;

    for (;;) {
        buffer = ExAllocatePoolWithTag(PagedPool, size, QRY_TAG);
        if (buffer == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        status = ZwQueryInformationProcess(ZwCurrentProcess(), (PROCESSINFOCLASS)InfoClass,
                                           buffer, size, &size);
        if (status != STATUS_INFO_LENGTH_MISMATCH) {
            break;
        }
        ExFreePoolWithTag(buffer, QRY_TAG);
        size *= 2;
    }
    ExFreePoolWithTag(buffer, QRY_TAG);
    return status;
}

VOID
RefreshSnapshotBad(_In_ SIZE_T Size)
{
    PUCHAR snap;

    snap = ExAllocatePoolWithTag(NonPagedPoolNx, Size, QRY_TAG);        // expect: PT005
    if (snap == NULL) {
        return;
    }
    RtlZeroMemory(snap, Size);
    snap = ExAllocatePoolWithTag(NonPagedPoolNx, Size * 2, QRY_TAG);    /* overwrites */
    if (snap == NULL) {
        return;
    }
    RtlZeroMemory(snap, Size * 2);
    ExFreePoolWithTag(snap, QRY_TAG);
}
