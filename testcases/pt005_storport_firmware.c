/* A Storport miniport's firmware request (IOCTL_SCSI_MINIPORT_FIRMWARE:
 * FIRMWARE_REQUEST_BLOCK, STORAGE_FIRMWARE_INFO_V2), a system event log entry
 * (STOR_LOG_EVENT_DETAILS) and the UNMAP parameter list: names MinGW's
 * ntddscsi.h and scsi.h lack. */
#include <storport.h>

ULONG HandleFirmware(PVOID ext, PFIRMWARE_REQUEST_BLOCK req, PUCHAR buffer)
{
    PSTORAGE_FIRMWARE_INFO_V2 info = (PSTORAGE_FIRMWARE_INFO_V2)(buffer + req->DataBufferOffset);
    STOR_LOG_EVENT_DETAILS log = {0};
    ULONG max = sizeof log;
    PVOID copy = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *info, 'wFtS');   // expect: PT005
    if (copy == NULL) return FIRMWARE_STATUS_ERROR;
    if (req->Function != FIRMWARE_FUNCTION_GET_INFO ||
        req->DataBufferLength < sizeof(STORAGE_FIRMWARE_INFO_V2))
        return FIRMWARE_STATUS_INVALID_PARAMETER;   /* leaks copy */
    info->Version = STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION_V2;
    info->ActiveSlot = STORAGE_FIRMWARE_INFO_INVALID_SLOT;
    log.InterfaceRevision = STOR_CURRENT_LOG_INTERFACE_REVISION;
    log.EventAssociation = StorEventAdapterAssociation;
    StorPortLogSystemEvent(ext, &log, &max);
    ExFreePoolWithTag(copy, 'wFtS');
    return FIRMWARE_STATUS_SUCCESS;
}

ULONG UnmapCount(PUNMAP_LIST_HEADER list)
{
    ULONG len = ((ULONG)list->BlockDescrDataLength[0] << 8) | list->BlockDescrDataLength[1];
    return len / sizeof(UNMAP_BLOCK_DESCRIPTOR);
}
