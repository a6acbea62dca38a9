/*
 * MSVC dialect, clean twin of msvc_lvalue_cast.c: casts as lvalues (cl.exe's
 * C4213) next to allocations that are freed or handed over. A bitwise AND
 * with a cast (`Flags &(ULONG)Mask`) is no address and stays as written.
 */
#include <ntddk.h>

#define LV_TAG 'vLsM'

typedef struct _OPEN_CONTEXT {
    ULONG Dropped;
    ULONG Received;
    PUCHAR Buffer;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NTSTATUS
CaptureFrees(_Inout_ POPEN_CONTEXT Open, _In_ ULONG Length, _In_ int Mode, _In_ int Mask)
{
    PUCHAR copy = ExAllocatePoolWithTag(NonPagedPoolNx, Length, LV_TAG);
    if (copy == NULL) {
        InterlockedIncrement(&(LONG)Open->Dropped);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    (int)Mode = -((int)Mode);
    if ((Length &(ULONG)Mask) != 0 && Mode > 0) {
        InterlockedExchangeAdd(&(LONG) Open->Dropped, 1);
        ExFreePoolWithTag(copy, LV_TAG);
        return STATUS_CANCELLED;
    }
    InterlockedIncrement(&(LONG)Open->Received);
    Open->Buffer = copy;
    return STATUS_SUCCESS;
}
