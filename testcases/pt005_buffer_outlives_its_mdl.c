/* A buffer an MDL describes leaks when the MDL is freed on an error path
 * and the buffer is not: the buffer's pointer is still in a local struct
 * (ctx.va), so the leak is "returns without freeing it", not "the block
 * that held it was freed" (tests/output/path_steps_test.sh reads the words).
 * Seen on btrfs read_data. Twin: clean_buffer_freed_with_its_mdl.c. */
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
    ctx.va = ExAllocatePoolWithTag(NonPagedPoolNx, Length, VA_TAG);   // expect: PT005
    if (!ctx.va) return STATUS_INSUFFICIENT_RESOURCES;
    mdl = IoAllocateMdl(ctx.va, Length, FALSE, FALSE, NULL);
    if (!mdl) {
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
        goto exit;   /* ctx.va leaks */
    }
    RtlCopyMemory(Out, ctx.va, Length);
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    ExFreePoolWithTag(ctx.va, VA_TAG);
exit:
    return status;
}
