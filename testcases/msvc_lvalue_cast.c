/*
 * MSVC dialect: cl.exe accepts a cast as an lvalue in C (warning C4213):
 * `InterlockedIncrement(&(LONG)Open->Dropped)` on a ULONG counter,
 * `(int)a = ...`. clang refuses both; the analyzer parses such a file again
 * with those casts blanked out (the address, or the assignment, of the object
 * itself), so the function is still path-analysed. The clean twin is
 * clean_msvc_lvalue_cast.c.
 */
#include <ntddk.h>

#define LV_TAG 'vLsM'

typedef struct _OPEN_CONTEXT {
    ULONG Dropped;
    ULONG Received;
    PUCHAR Buffer;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NTSTATUS
CaptureLeaks(_Inout_ POPEN_CONTEXT Open, _In_ ULONG Length, _In_ int Mode)
{
    PUCHAR copy = ExAllocatePoolWithTag(NonPagedPoolNx, Length, LV_TAG);   // expect: PT005
    if (copy == NULL) {
        InterlockedIncrement(&(LONG)Open->Dropped);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    (int)Mode = -((int)Mode);
    if (Mode > 0) {
        InterlockedExchangeAdd(&(LONG) Open->Dropped, 1);
        return STATUS_CANCELLED;    /* copy leaks */
    }
    InterlockedIncrement(&(LONG)Open->Received);
    Open->Buffer = copy;
    return STATUS_SUCCESS;
}

VOID
SwapBufferFreesTwice(_Inout_ POPEN_CONTEXT Open)
{
    PVOID fresh = ExAllocatePoolWithTag(NonPagedPoolNx, 64, LV_TAG);
    if (fresh == NULL) {
        return;
    }
    InterlockedExchangePointer(&(PVOID)Open->Buffer, NULL);
    InterlockedIncrement(&(LONG)Open->Received);
    ExFreePoolWithTag(fresh, LV_TAG);
    ExFreePoolWithTag(fresh, LV_TAG);   // expect: PT008
}
