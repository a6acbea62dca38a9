/* FwpsAllocateNetBufferAndNetBufferList builds the list on the caller's MDL
 * chain, which then goes with the list (WFPSampler's
 * KrnlHlprNBLCreateFromBuffer). */
#include <ntddk.h>
#include <fwpsk.h>

NET_BUFFER_LIST *MakeList(_In_ NDIS_HANDLE Pool, _In_ PVOID Data, ULONG Size)
{
    NET_BUFFER_LIST *nbl = NULL;
    PMDL mdl = IoAllocateMdl(Data, Size, FALSE, FALSE, NULL);
    if (!mdl)
        return NULL;
    MmBuildMdlForNonPagedPool(mdl);
    NTSTATUS status = FwpsAllocateNetBufferAndNetBufferList(Pool, 0, 0, mdl, 0, Size, &nbl);
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return NULL;
    }
    return nbl;
}
