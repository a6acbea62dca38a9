/* On success *Out is either a fresh copy or a cached entry: callers cannot
 * know they own it, so no summary; the call stays a hand-over. */
#include <ntddk.h>

PVOID g_Cache;

NTSTATUS
LookupEntry(_In_ ULONG Key, _Out_ PVOID *Out)
{
    if (Key == 0) {
        return STATUS_NOT_FOUND;
    }
    if (g_Cache != NULL) {
        *Out = g_Cache;
        return STATUS_SUCCESS;
    }
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 64, 'pkoL');
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *Out = p;
    return STATUS_SUCCESS;
}
