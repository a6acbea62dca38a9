/* Passing the buffer to a helper in another file is not a hand-over when the
 * helper keeps nothing: the early return leaks it. */
#include <ntddk.h>

ULONG LogChecksum(_In_reads_bytes_(Length) PUCHAR Buffer, _In_ ULONG Length);

NTSTATUS
VerifyPacket(_In_ ULONG Length, _In_ ULONG Expected)
{
    PUCHAR packet = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'tkPV');   // expect: PT005

    if (packet == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(packet, Length);
    if (LogChecksum(packet, Length) != Expected) {
        return STATUS_DATA_ERROR;             /* packet leaks */
    }
    ExFreePoolWithTag(packet, 'tkPV');
    return STATUS_SUCCESS;
}
