/* Calls into a library whose bodies the run never sees: the SAL annotations of
 * its declarations say enough to find the leak and the double free. */
#include "netlib.h"

NTSTATUS
BuildFrame(_In_ SIZE_T Size, _In_ BOOLEAN Fragmented)
{
    PVOID frame = NlAllocateBuffer(Size);       // expect: PT005

    if (frame == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Fragmented) {
        return STATUS_NOT_SUPPORTED;            /* frame leaks */
    }
    NlFreeBuffer(frame);
    return STATUS_SUCCESS;
}

VOID
DropFrame(_In_ SIZE_T Size)
{
    PVOID frame = NlAllocateBuffer(Size);

    if (frame == NULL) {
        return;
    }
    NlReleasePacket(frame);
    NlFreeBuffer(frame);                        // expect: PT008
}

VOID
SendFrame(_In_ SIZE_T Size)
{
    PVOID frame = NlAllocateBuffer(Size);

    if (frame != NULL) {
        NlSend(frame);                          /* no SAL: handed over, no leak */
    }
}

VOID
PoolIntoLibraryFree(_In_ SIZE_T Size)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, 'diLN');

    if (p != NULL) {
        NlFreeBuffer(p);                        /* family unknown: no PT009 */
    }
}
