/* A helper that keeps the buffer: it owns it from now on. */
#include <ntddk.h>

PVOID g_Pending;

VOID
QueuePacket(_In_ PVOID Packet)
{
    g_Pending = Packet;
}

VOID
DrainPending(VOID)
{
    if (g_Pending != NULL) {
        ExFreePoolWithTag(g_Pending, 'tkPQ');
        g_Pending = NULL;
    }
}
