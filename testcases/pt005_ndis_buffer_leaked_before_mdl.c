/* The twin of clean_ndis_mdl_describes_buffer.c: the error path before the
 * buffer is given to an MDL still owns it, and leaks it. */
#include <ndis.h>

NTSTATUS ChainCopy(NDIS_HANDLE Adapter, NET_BUFFER *Nb, PUCHAR Data, ULONG Length)
{
    PUCHAR copy = NdisAllocateMemoryWithTagPriority(Adapter, Length, 'ypoC', NormalPoolPriority);   // expect: PT005
    PMDL mdl;
    if (!copy) return STATUS_INSUFFICIENT_RESOURCES;
    if (Length > 1500) return STATUS_INVALID_BUFFER_SIZE;
    NdisMoveMemory(copy, Data, Length);
    mdl = NdisAllocateMdl(Adapter, copy, Length);
    if (!mdl) {
        NdisFreeMemory(copy, Length, 0);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    NET_BUFFER_FIRST_MDL(Nb) = mdl;
    NET_BUFFER_CURRENT_MDL(Nb) = mdl;
    return STATUS_SUCCESS;
}
