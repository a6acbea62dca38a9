/* scsi.h included before storport.h: MinGW-w64's scsi.h brings its srb.h and
 * the scsiport HW_INITIALIZATION_DATA, which collided with Storport's and
 * cost every function of the file its parse. */
#include <ntddk.h>
#include <scsi.h>
#include <storport.h>

#define SENSE_TAG 'sneS'

ULONG Register(PVOID DriverObject, PVOID RegistryPath, PHW_INITIALIZATION_DATA Init)
{
    PVOID sense = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(SENSE_DATA), SENSE_TAG);   // expect: PT005
    if (sense == NULL) return STOR_STATUS_INSUFFICIENT_RESOURCES;
    Init->HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    Init->SrbTypeFlags = SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK;
    if (Init->AdapterInterfaceType != PCIBus) return STOR_STATUS_NOT_IMPLEMENTED;   /* sense leaks */
    ExFreePoolWithTag(sense, SENSE_TAG);
    return StorPortInitialize(DriverObject, RegistryPath, Init, NULL);
}
