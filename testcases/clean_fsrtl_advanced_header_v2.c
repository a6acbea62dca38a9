/* The twin of pt005_fsrtl_advanced_header_v2.c: the oplock-break path frees
 * the name. */
#include <ntifs.h>

__kernel_entry NTSTATUS NTAPI ZwQueryVolumeExtents(HANDLE Volume, ULONG InfoClass, PVOID Info,
                                                     ULONG Length, PULONG ReturnLength);

typedef struct _MY_FCB {
    FSRTL_ADVANCED_FCB_HEADER Header;
    OPLOCK LegacyOplock;
    PVOID Name;
} MY_FCB;

static POPLOCK FcbOplock(MY_FCB *fcb)
{
    if (fcb->Header.Version >= FSRTL_FCB_HEADER_V2)
        return &fcb->Header.Oplock;
    return &fcb->LegacyOplock;
}

NTSTATUS SetFcbName(MY_FCB *fcb, ULONG length)
{
    PVOID name = ExAllocatePoolWithTag(PagedPool, length, 'bcFM');
    if (!name) return STATUS_INSUFFICIENT_RESOURCES;
    if (!FsRtlOplockIsFastIoPossible(FcbOplock(fcb))) {
        ExFreePoolWithTag(name, 'bcFM');
        return STATUS_OPLOCK_BREAK_IN_PROGRESS;
    }
    fcb->Name = name;
    return STATUS_SUCCESS;
}
