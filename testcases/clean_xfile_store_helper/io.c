/* The buffer goes to a helper in another file that stores it: no leak here. */
#include <ntddk.h>

VOID QueuePacket(_In_ PVOID Packet);

NTSTATUS
SubmitPacket(_In_ ULONG Length)
{
    PVOID packet = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'tkPQ');

    if (packet == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    QueuePacket(packet);
    return STATUS_PENDING;
}
