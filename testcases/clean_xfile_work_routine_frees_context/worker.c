#include <ntddk.h>
#include "rescan.h"

VOID
RescanWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("rescan, reason %u\n", ctx->Reason);
    IoFreeWorkItem(ctx->WorkItem);
    ExFreePoolWithTag(ctx, WI_TAG);
}
