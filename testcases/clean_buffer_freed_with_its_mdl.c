/* Twin of pt005_buffer_outlives_its_mdl.c: the error path frees the buffer
 * after the MDL that described it. */
#include <ntddk.h>

#define VA_TAG 'aVtB'

typedef struct _READ_CTX {
    PVOID va;
    ULONG length;
} READ_CTX;

NTSTATUS ReadLocked(ULONG Length, PVOID Out)
{
    READ_CTX ctx;
    NTSTATUS status = STATUS_SUCCESS;
    PMDL mdl;
    ctx.length = Length;
    ctx.va = ExAllocatePoolWithTag(NonPagedPoolNx, Length, VA_TAG);
    if (!ctx.va) return STATUS_INSUFFICIENT_RESOURCES;
    mdl = IoAllocateMdl(ctx.va, Length, FALSE, FALSE, NULL);
    if (!mdl) {
        ExFreePoolWithTag(ctx.va, VA_TAG);
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto exit;
    }
    __try {
        MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        ExFreePoolWithTag(ctx.va, VA_TAG);
        goto exit;
    }
    RtlCopyMemory(Out, ctx.va, Length);
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    ExFreePoolWithTag(ctx.va, VA_TAG);
exit:
    return status;
}
