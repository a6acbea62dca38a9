/*
 * Clean: passing a block to a function whose body is not part of the
 * analysis (another library, another component) hands it over. The
 * prototypes below are all this file knows.
 */
#include <ntddk.h>

#define UK_TAG 'fnKU'

/* Implemented in the transport library this driver links with. */
NTSTATUS TransportQueueSend(_In_ PVOID Packet, _In_ ULONG Length);
VOID CacheAdoptBlock(_In_ PVOID Block);
typedef VOID (*PRELEASE_CALLBACK)(_In_ PVOID Block);

NTSTATUS
SendHello(_In_ ULONG Length)
{
    PUCHAR packet = ExAllocatePoolWithTag(NonPagedPoolNx, Length, UK_TAG);

    if (packet == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(packet, Length, 'H');
    return TransportQueueSend(packet, Length);    /* transport frees it */
}

VOID
DonateToCache(_In_ SIZE_T Size)
{
    PVOID block = ExAllocatePoolWithTag(NonPagedPoolNx, Size, UK_TAG);

    if (block != NULL) {
        CacheAdoptBlock(block);
    }
}

VOID
DonateThroughCallback(_In_ PRELEASE_CALLBACK Adopt, _In_ SIZE_T Size)
{
    PVOID block = ExAllocatePoolWithTag(NonPagedPoolNx, Size, UK_TAG);

    if (block != NULL) {
        Adopt(block);
    }
}
