/*
 * PT010 locked-pages in an IOCTL switch: the METHOD_NEITHER read case locks
 * the caller's output buffer, and its "buffer too small" break skips the
 * unlock; the common exit then frees the MDL with its pages still locked.
 * The write case unlocks on every path.
 */
#include <ntddk.h>

#define IOCTL_NEITHER_READ   CTL_CODE(FILE_DEVICE_UNKNOWN, 0xB00, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_NEITHER_WRITE  CTL_CODE(FILE_DEVICE_UNKNOWN, 0xB01, METHOD_NEITHER, FILE_ANY_ACCESS)

NTSTATUS
NeitherIoctl(_In_ ULONG Code, _In_ PVOID UserBuffer, _In_ ULONG Length, _In_ ULONG Needed)
{
    NTSTATUS status = STATUS_SUCCESS;
    PMDL mdl;
    PVOID va;

    mdl = IoAllocateMdl(UserBuffer, Length, FALSE, TRUE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    switch (Code) {
    case IOCTL_NEITHER_READ:
        __try {
            MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);      // expect: PT010
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            status = STATUS_INVALID_USER_BUFFER;
            break;
        }
        if (Length < Needed) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;                              /* still locked */
        }
        va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        if (va != NULL) {
            RtlZeroMemory(va, Needed);
        }
        MmUnlockPages(mdl);
        break;

    case IOCTL_NEITHER_WRITE:
        __try {
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            status = STATUS_INVALID_USER_BUFFER;
            break;
        }
        if (Length < Needed) {
            status = STATUS_BUFFER_TOO_SMALL;
        } else {
            va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            status = va != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
        }
        MmUnlockPages(mdl);
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    IoFreeMdl(mdl);
    return status;
}
