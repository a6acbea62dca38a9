/* User-mode routines of pt_um_more.h, over the user-mode pool. */
#include "ntddk.h"
#include "pt_um_harness.h"

NTSTATUS ExInitializeLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID alloc, PVOID fr, POOL_TYPE type,
                                     ULONG flags, SIZE_T size, ULONG tag, USHORT depth)
{
    (void)flags;
    (void)depth;
    if (alloc != NULL || fr != NULL)
        pt_um_bugcheck(0xC4, "custom lookaside Allocate/Free routines are not supported");
    l->L.Type = type;
    l->L.Tag = tag;
    l->L.Size = (ULONG)size;
    return STATUS_SUCCESS;
}

VOID ExDeleteLookasideListEx(PLOOKASIDE_LIST_EX l) { (void)l; }
PVOID ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX l) { return pt_um_mem_alloc(l->L.Size, 0); }
VOID ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID p)
{
    (void)l;
    pt_um_mem_free(p, "ExFreeToLookasideListEx");
}

PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT dev)
{
    PIO_WORKITEM w = pt_um_mem_alloc(sizeof(*w), 1);
    if (w != NULL)
        w->DeviceObject = dev;
    return w;
}

VOID IoFreeWorkItem(PIO_WORKITEM w) { pt_um_mem_free(w, "IoFreeWorkItem"); }
ULONG IoSizeofWorkItem(VOID) { return (ULONG)sizeof(IO_WORKITEM); }

PIRP IoBuildAsynchronousFsdRequest(ULONG major, PDEVICE_OBJECT dev, PVOID buffer, ULONG length,
                                   PLARGE_INTEGER offset, PIO_STATUS_BLOCK iosb)
{
    PIRP irp = IoAllocateIrp(dev->StackSize, FALSE);
    PIO_STACK_LOCATION s;
    (void)iosb;
    if (irp == NULL)
        return NULL;
    irp->AssociatedIrp.SystemBuffer = buffer;
    s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = (UCHAR)major;
    s->Parameters.Read.Length = length;
    if (offset != NULL)
        s->Parameters.Read.ByteOffset = *offset;
    return irp;
}

PMDL MmAllocatePagesForMdlEx(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                             SIZE_T total, MEMORY_CACHING_TYPE cache, ULONG flags)
{
    PMDL m = pt_um_mem_alloc(sizeof(MDL), 1);
    (void)low; (void)high; (void)skip; (void)cache; (void)flags;
    if (m == NULL)
        return NULL;
    m->StartVa = pt_um_mem_alloc(total, 1);
    if (m->StartVa == NULL) {
        pt_um_mem_free(m, "MmAllocatePagesForMdlEx");
        return NULL;
    }
    m->ByteCount = (ULONG)total;
    return m;
}

PMDL MmAllocatePagesForMdl(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                           SIZE_T total)
{
    return MmAllocatePagesForMdlEx(low, high, skip, total, MmCached, 0);
}

VOID MmFreePagesFromMdl(PMDL m)
{
    pt_um_mem_free(m->StartVa, "MmFreePagesFromMdl");
    m->StartVa = NULL;
    m->ByteCount = 0;
}
