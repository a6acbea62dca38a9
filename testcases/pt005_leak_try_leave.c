/*
 * PT005 leak through __try/__leave/__finally: the __finally block frees the
 * header buffer but not the body buffer, so the __leave on a bad signature
 * loses the body. The Good twin frees both in __finally.
 */
#include <ntddk.h>

#define HDR_TAG  'rdHF'
#define BODY_TAG 'ydBF'

typedef struct _FW_HEADER {
    ULONG Signature;
    ULONG BodyLength;
} FW_HEADER, *PFW_HEADER;

NTSTATUS
FirmwareLoadBad(_In_reads_bytes_(Length) PUCHAR Image, _In_ ULONG Length,
                _Outptr_ PVOID *Body)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PFW_HEADER hdr = NULL;
    PUCHAR body = NULL;

    __try {
        if (Length < sizeof(FW_HEADER)) {
            status = STATUS_INVALID_PARAMETER;
            __leave;
        }
        hdr = ExAllocatePoolWithTag(PagedPool, sizeof(FW_HEADER), HDR_TAG);
        body = ExAllocatePoolWithTag(PagedPool, Length, BODY_TAG);    // expect: PT005
        if (hdr == NULL || body == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }
        RtlCopyMemory(hdr, Image, sizeof(FW_HEADER));
        if (hdr->Signature != 'WFmP') {
            status = STATUS_INVALID_IMAGE_FORMAT;
            __leave;
        }
        RtlCopyMemory(body, Image, Length);
        *Body = body;
        status = STATUS_SUCCESS;
    } __finally {
        if (hdr != NULL) {
            ExFreePoolWithTag(hdr, HDR_TAG);
        }
    }
    return status;
}

NTSTATUS
FirmwareLoadGood(_In_reads_bytes_(Length) PUCHAR Image, _In_ ULONG Length,
                 _Outptr_ PVOID *Body)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PFW_HEADER hdr = NULL;
    PUCHAR body = NULL;

    __try {
        if (Length < sizeof(FW_HEADER)) {
            status = STATUS_INVALID_PARAMETER;
            __leave;
        }
        hdr = ExAllocatePoolWithTag(PagedPool, sizeof(FW_HEADER), HDR_TAG);
        body = ExAllocatePoolWithTag(PagedPool, Length, BODY_TAG);
        if (hdr == NULL || body == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }
        RtlCopyMemory(hdr, Image, sizeof(FW_HEADER));
        if (hdr->Signature != 'WFmP') {
            status = STATUS_INVALID_IMAGE_FORMAT;
            __leave;
        }
        RtlCopyMemory(body, Image, Length);
        *Body = body;
        body = NULL;                  /* ownership went to the caller */
        status = STATUS_SUCCESS;
    } __finally {
        if (hdr != NULL) {
            ExFreePoolWithTag(hdr, HDR_TAG);
        }
        if (body != NULL) {
            ExFreePoolWithTag(body, BODY_TAG);
        }
    }
    return status;
}
