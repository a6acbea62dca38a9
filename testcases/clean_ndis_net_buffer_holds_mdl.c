/* NdisAllocateNetBuffer(Pool, Mdl, ...) builds the buffer on the MDL chain,
 * which is freed with it (wireguard-nt's MemAllocateNetBufferList). */
#include <ndis.h>

PNET_BUFFER MakeBuffer(_In_ NDIS_HANDLE Pool, _In_ PVOID Data, ULONG Size)
{
    PMDL mdl = IoAllocateMdl(Data, Size, FALSE, FALSE, NULL);
    if (!mdl)
        return NULL;
    PNET_BUFFER nb = NdisAllocateNetBuffer(Pool, mdl, 0, Size);
    if (!nb) {
        IoFreeMdl(mdl);
        return NULL;
    }
    return nb;
}
