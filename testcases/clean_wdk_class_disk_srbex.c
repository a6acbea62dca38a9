/* The clean twin of wdk_class_disk_srbex_leak.c: the context is freed when
 * the cache state is not supported. A storage class driver in the shape of the WDK's disk sample: classpnp.h's
 * Windows 8 COMPLETION_CONTEXT (an SRB or an extended SRB in a union, sized
 * by CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE), STORAGE_REQUEST_BLOCK and
 * SRBEX_DATA_SCSI_CDB16 from srb.h, the disk cache settings of ntdddisk.h and
 * storswtr.h's tracing. MinGW-w64 has none of these: every function here had
 * parse errors and was not path-analysed. */
#define DEBUG_USE_KDPRINT 1
#include <ntddk.h>
#include <srb.h>
#include <classpnp.h>
#include <storswtr.h>

#define CTX_TAG 'xCkD'

NTSTATUS ResetBus(PDEVICE_OBJECT Fdo, PDISK_CACHE_SETTING Setting)
{
    PCOMPLETION_CONTEXT context = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(COMPLETION_CONTEXT), CTX_TAG);
    PSTORAGE_REQUEST_BLOCK srbEx;
    PSRBEX_DATA_SCSI_CDB16 cdb16;

    if (context == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    TracePrint((TRACE_LEVEL_INFORMATION, TRACE_FLAG_GENERAL, "reset %p\n", Fdo));
    RtlZeroMemory(context, sizeof(COMPLETION_CONTEXT));
    context->DeviceObject = Fdo;
    srbEx = &context->Srb.SrbEx;
    srbEx->Signature = SRB_SIGNATURE;
    srbEx->Version = STORAGE_REQUEST_BLOCK_VERSION_1;
    srbEx->SrbLength = CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE;
    srbEx->SrbFunction = SRB_FUNCTION_RESET_BUS;
    cdb16 = (PSRBEX_DATA_SCSI_CDB16)((PUCHAR)srbEx + sizeof(STORAGE_REQUEST_BLOCK));
    cdb16->Type = SrbExDataTypeScsiCdb16;
    if (Setting->State == DiskCacheWriteThroughNotSupported) {
        ExFreePoolWithTag(context, CTX_TAG);
        return STATUS_NOT_SUPPORTED;
    }
    ExFreePoolWithTag(context, CTX_TAG);
    return STATUS_SUCCESS;
}
