/* The release helper frees one field only: a block the caller stored in
 * another field of the same struct still leaks. */
#include <ntddk.h>

typedef struct _TWO_BUFFERS {
    PVOID Header;
    PVOID Payload;
} TWO_BUFFERS, *PTWO_BUFFERS;

VOID ReleaseHeader(PTWO_BUFFERS Bufs)
{
    if (Bufs->Header != NULL) {
        ExFreePoolWithTag(Bufs->Header, 'fuBT');
        Bufs->Header = NULL;
    }
}

NTSTATUS BuildMessage(ULONG Length)
{
    TWO_BUFFERS bufs;
    bufs.Header = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'fuBT');
    if (bufs.Header == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    bufs.Payload = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'fuBT');   // expect: PT005
    if (bufs.Payload == NULL) {
        ReleaseHeader(&bufs);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ReleaseHeader(&bufs);
    return STATUS_SUCCESS;
}
