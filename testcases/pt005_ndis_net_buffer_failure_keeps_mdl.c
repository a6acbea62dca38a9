/* When NdisAllocateNetBuffer fails the MDL is still the caller's: returning
 * without freeing it leaks it. */
#include <ndis.h>

PNET_BUFFER MakeBuffer(_In_ NDIS_HANDLE Pool, _In_ PVOID Data, ULONG Size)
{
    PMDL mdl = IoAllocateMdl(Data, Size, FALSE, FALSE, NULL);   // expect: PT005
    if (!mdl)
        return NULL;
    if (Size > 65536)
        return NULL;
    return NdisAllocateNetBuffer(Pool, mdl, 0, Size);
}
