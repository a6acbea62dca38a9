/* The twin of clean_unsigned_bound_loop_runs.c: with a signed bound the
 * loop may not run at all, and then the block is lost. */
#include <ntddk.h>

typedef struct _ADAPTER {
    LONG HighestPort;
    PVOID Ports[32];
} ADAPTER;

NTSTATUS InitPorts(ADAPTER *Ext)
{
    PVOID shared = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'troP');   // expect: PT005
    LONG i;
    if (!shared) return STATUS_INSUFFICIENT_RESOURCES;
    for (i = 0; i <= Ext->HighestPort; i++)
        Ext->Ports[i] = shared;
    return STATUS_SUCCESS;
}
