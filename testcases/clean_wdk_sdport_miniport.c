/* The clean twin of wdk_sdport_miniport_leak.c: the bounce buffer is freed
 * on the unsupported path. An SD host controller miniport (sdport.sys) in the shape of the WDK's
 * sdhc sample: SDPORT_INITIALIZATION_DATA with the miniport's typed
 * callbacks (SDPORT_GET_SLOT_COUNT, SDPORT_ISSUE_REQUEST...), the
 * SD_MINIPORT and SDPORT_REQUEST structures and their enums. MinGW-w64 has
 * no sdport.h: every function here had parse errors. */
#include <ntddk.h>
#include <sdport.h>

#define DMA_TAG 'aDdS'

SDPORT_GET_SLOT_COUNT SdhcGetSlotCount;
SDPORT_ISSUE_REQUEST SdhcSlotIssueRequest;

NTSTATUS SdhcGetSlotCount(PSD_MINIPORT Miniport, PUCHAR SlotCount)
{
    UNREFERENCED_PARAMETER(Miniport);
    *SlotCount = 1;
    return STATUS_SUCCESS;
}

NTSTATUS SdhcSlotIssueRequest(PVOID PrivateExtension, PSDPORT_REQUEST Request)
{
    PVOID bounce = ExAllocatePool2(POOL_FLAG_NON_PAGED, PAGE_SIZE, DMA_TAG);
    UNREFERENCED_PARAMETER(PrivateExtension);
    if (bounce == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (Request->Type != SdRequestTypeStartTransfer) {
        ExFreePoolWithTag(bounce, DMA_TAG);
        return STATUS_NOT_SUPPORTED;
    }
    Request->Command.DataBuffer = bounce;
    ExFreePoolWithTag(bounce, DMA_TAG);
    SdPortCompleteRequest(Request, STATUS_SUCCESS);
    return STATUS_PENDING;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    SDPORT_INITIALIZATION_DATA init;
    RtlZeroMemory(&init, sizeof(init));
    init.StructureSize = sizeof(init);
    init.GetSlotCount = SdhcGetSlotCount;
    init.IssueRequest = SdhcSlotIssueRequest;
    return SdPortInitialize(DriverObject, RegistryPath, &init);
}
