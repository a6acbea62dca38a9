/* More of the user-mode <ntddk.h>: the families wrapped for issue 14
 * (LOOKASIDE_LIST_EX, work items, IoBuildAsynchronousFsdRequest, MDLs with
 * allocated pages). Included by ntddk.h after pt_um_io.h. */
#ifndef PT_UM_MORE_H
#define PT_UM_MORE_H

typedef struct _LOOKASIDE_LIST_EX { PT_GENERAL_LOOKASIDE L; } LOOKASIDE_LIST_EX, *PLOOKASIDE_LIST_EX;
/* Allocate/Free routines are not supported: pass NULL (pool is used). */
NTSTATUS ExInitializeLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID alloc, PVOID free, POOL_TYPE type,
                                     ULONG flags, SIZE_T size, ULONG tag, USHORT depth);
VOID ExDeleteLookasideListEx(PLOOKASIDE_LIST_EX l);
PVOID ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX l);
VOID ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID p);

typedef struct _IO_WORKITEM { PDEVICE_OBJECT DeviceObject; } IO_WORKITEM, *PIO_WORKITEM;
PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT dev);
VOID IoFreeWorkItem(PIO_WORKITEM w);
ULONG IoSizeofWorkItem(VOID);

typedef IO_STATUS_BLOCK *PIO_STATUS_BLOCK;
/* An IRP the driver frees itself (IoFreeIrp, usually in its completion
 * routine); the next stack location is set up for MajorFunction. */
PIRP IoBuildAsynchronousFsdRequest(ULONG major, PDEVICE_OBJECT dev, PVOID buffer, ULONG length,
                                   PLARGE_INTEGER offset, PIO_STATUS_BLOCK iosb);

/* The pages live at StartVa (ByteCount bytes) until MmFreePagesFromMdl;
 * the MDL itself is then freed with ExFreePool. */
PMDL MmAllocatePagesForMdl(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                           SIZE_T total);
PMDL MmAllocatePagesForMdlEx(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                             SIZE_T total, MEMORY_CACHING_TYPE cache, ULONG flags);
VOID MmFreePagesFromMdl(PMDL m);
#endif
