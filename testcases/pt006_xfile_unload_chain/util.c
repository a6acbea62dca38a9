/* Allocation wrapper and the ring helper of the chain driver. */
#include "chain.h"

PVOID
ChnAllocate(_In_ SIZE_T Bytes)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Bytes, CHN_TAG);
}

VOID
ChnReleaseRings(_In_ PCHN_EXTENSION Ext)
{
    if (Ext->RxRing != NULL) {
        ExFreePoolWithTag(Ext->RxRing, CHN_TAG);
        Ext->RxRing = NULL;
    }
    if (Ext->TxRing != NULL) {
        ExFreePoolWithTag(Ext->TxRing, CHN_TAG);
        Ext->TxRing = NULL;
    }
}
