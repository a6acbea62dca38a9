/* `for (i = 0; i <= Ext->HighestPort; i++)` with an unsigned bound runs at
 * least once: an unsigned value we know nothing about is still >= 0 (the
 * path that skips the loop, and leaks, used to be taken as feasible). */
#include <ntddk.h>

typedef struct _ADAPTER {
    ULONG HighestPort;
    PVOID Ports[32];
} ADAPTER;

NTSTATUS InitPorts(ADAPTER *Ext)
{
    PVOID shared = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'troP');
    ULONG i;
    if (!shared) return STATUS_INSUFFICIENT_RESOURCES;
    for (i = 0; i <= Ext->HighestPort; i++)
        Ext->Ports[i] = shared;
    return STATUS_SUCCESS;
}
