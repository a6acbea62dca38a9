/* NdisAllocateMdl describes the driver's buffer: once the MDL is chained
 * into a NET_BUFFER the stack owns, the buffer goes with it (the cleanup
 * finds it again through the MDL), so it is not leaked here. */
#include <ndis.h>

NTSTATUS ChainCopy(NDIS_HANDLE Adapter, NET_BUFFER *Nb, PUCHAR Data, ULONG Length)
{
    PUCHAR copy = NdisAllocateMemoryWithTagPriority(Adapter, Length, 'ypoC', NormalPoolPriority);
    PMDL mdl;
    if (!copy) return STATUS_INSUFFICIENT_RESOURCES;
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
