/*
 * PT008 double-free in C++: a helper object's Reset() frees through a
 * local copy of the member pointer, and the error path frees the original
 * local again.
 */
extern "C" {
#include <ntddk.h>
}

#define CFG_TAG 'gfCC'

struct ConfigBlob {
    ULONG Size;
    UCHAR Data[1];
};

NTSTATUS
LoadConfigBad(_In_ ULONG Size, _In_ bool Validate)
{
    ConfigBlob *blob = static_cast<ConfigBlob *>(
        ExAllocatePoolWithTag(PagedPool, FIELD_OFFSET(ConfigBlob, Data) + Size, CFG_TAG));
    if (blob == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    blob->Size = Size;
    ConfigBlob *alias = blob;
    if (Validate && alias->Size == 0) {
        ExFreePoolWithTag(alias, CFG_TAG);
    }
    ExFreePoolWithTag(blob, CFG_TAG);                        // expect: PT008
    return STATUS_SUCCESS;
}

NTSTATUS
LoadConfigGood(_In_ ULONG Size, _In_ bool Validate)
{
    ConfigBlob *blob = static_cast<ConfigBlob *>(
        ExAllocatePoolWithTag(PagedPool, FIELD_OFFSET(ConfigBlob, Data) + Size, CFG_TAG));
    if (blob == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    blob->Size = Size;
    NTSTATUS status = STATUS_SUCCESS;
    if (Validate && blob->Size == 0) {
        status = STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(blob, CFG_TAG);
    return status;
}
