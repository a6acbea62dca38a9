/* Freeing the descriptor with the WDK's own routine leaves what its fields
 * hold: the first block is lost on the second allocation's failure. */
#include <ntddk.h>

#define DESC_TAG 'cseD'
typedef struct _DESC { PVOID SgArray; PVOID Pages; } DESC, *PDESC;

PDESC CreateDescriptor(VOID)
{
    PDESC d = ExAllocatePoolZero(NonPagedPoolNx, sizeof *d, DESC_TAG);
    if (!d)
        return NULL;
    d->SgArray = ExAllocatePoolZero(NonPagedPoolNx, 64, DESC_TAG);   // expect: PT005
    if (!d->SgArray)
        goto error;
    d->Pages = ExAllocatePoolZero(NonPagedPoolNx, 64, DESC_TAG);
    if (!d->Pages)
        goto error;
    return d;
error:
    ExFreePoolWithTag(d, DESC_TAG);
    return NULL;
}
