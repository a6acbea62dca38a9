/* A return before the list is built keeps the MDL the caller's: lost here. */
#include <ntddk.h>
#include <fwpsk.h>

NET_BUFFER_LIST *MakeList(_In_ NDIS_HANDLE Pool, _In_ PVOID Data, ULONG Size)
{
    NET_BUFFER_LIST *nbl = NULL;
    PMDL mdl = IoAllocateMdl(Data, Size, FALSE, FALSE, NULL);   // expect: PT005
    if (!mdl)
        return NULL;
    if (Size == 0)
        return NULL;
    MmBuildMdlForNonPagedPool(mdl);
    if (!NT_SUCCESS(FwpsAllocateNetBufferAndNetBufferList(Pool, 0, 0, mdl, 0, Size, &nbl)))
        nbl = NULL;
    return nbl;
}
