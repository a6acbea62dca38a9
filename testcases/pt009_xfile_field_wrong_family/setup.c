/*
 * PT009 across files: SetupTransfer keeps an IoAllocateMdl MDL in
 * Ext->Mdl; TeardownTransfer (teardown.c) releases that field with
 * ExFreePoolWithTag instead of IoFreeMdl.
 */
#include <ntddk.h>
#include "ext.h"

NTSTATUS
SetupTransfer(_Inout_ PDEV_EXT Ext, _In_ ULONG Length)
{
    Ext->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, BUF_TAG);
    if (Ext->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->Mdl = IoAllocateMdl(Ext->Buffer, Length, FALSE, FALSE, NULL);
    if (Ext->Mdl == NULL) {
        ExFreePoolWithTag(Ext->Buffer, BUF_TAG);
        Ext->Buffer = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(Ext->Mdl);
    return STATUS_SUCCESS;
}
