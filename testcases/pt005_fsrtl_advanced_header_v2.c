/* A file system built with cl.exe reaches the Windows 8 oplock in its
 * advanced FCB header (Header.Version >= FSRTL_FCB_HEADER_V2) and declares
 * system calls `__kernel_entry`. Both must parse on the default headers, or
 * every function using NTSTATUS after that declaration goes unanalysed and
 * this leak is missed. */
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
    PVOID name = ExAllocatePoolWithTag(PagedPool, length, 'bcFM');   // expect: PT005
    if (!name) return STATUS_INSUFFICIENT_RESOURCES;
    if (!FsRtlOplockIsFastIoPossible(FcbOplock(fcb)))
        return STATUS_OPLOCK_BREAK_IN_PROGRESS;
    fcb->Name = name;
    return STATUS_SUCCESS;
}
