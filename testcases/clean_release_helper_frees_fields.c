/* A release helper of the project frees the descriptor and what its fields
 * hold (virtio NetKVM's ParaNdis_FreeRxBufferDescriptor): on the error path
 * the fields' blocks go with the descriptor, they are not lost. */
#include <ntddk.h>

#define DESC_TAG 'cseD'
typedef struct _DESC { PVOID SgArray; PVOID Pages; } DESC, *PDESC;

static VOID FreeDescriptor(_In_ PDESC Desc)
{
    if (Desc->SgArray)
        ExFreePoolWithTag(Desc->SgArray, DESC_TAG);
    if (Desc->Pages)
        ExFreePoolWithTag(Desc->Pages, DESC_TAG);
    ExFreePoolWithTag(Desc, DESC_TAG);
}

PDESC CreateDescriptor(VOID)
{
    PDESC d = ExAllocatePoolZero(NonPagedPoolNx, sizeof *d, DESC_TAG);
    if (!d)
        return NULL;
    d->SgArray = ExAllocatePoolZero(NonPagedPoolNx, 64, DESC_TAG);
    if (!d->SgArray)
        goto error;
    d->Pages = ExAllocatePoolZero(NonPagedPoolNx, 64, DESC_TAG);
    if (!d->Pages)
        goto error;
    return d;
error:
    FreeDescriptor(d);
    return NULL;
}
