/*
 * PT008 double-free across __try/__finally: the body frees the buffer on
 * the success path, and the __finally frees it again because it only checks
 * the status. Reported at the free in __finally.
 */
#include <ntifs.h>

#define SEC_TAG 'ceSD'

NTSTATUS
QuerySecurityBad(_In_ HANDLE Handle, _In_ ULONG Length)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PSECURITY_DESCRIPTOR sd = NULL;
    ULONG needed;

    __try {
        sd = ExAllocatePoolWithTag(PagedPool, Length, SEC_TAG);
        if (sd == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }
        status = ZwQuerySecurityObject(Handle, DACL_SECURITY_INFORMATION, sd, Length, &needed);
        if (NT_SUCCESS(status)) {
            DbgPrint("sd length %u\n", RtlLengthSecurityDescriptor(sd));
        }
        ExFreePoolWithTag(sd, SEC_TAG);
    } __finally {
        if (sd != NULL) {
            ExFreePoolWithTag(sd, SEC_TAG);     // expect: PT008
        }
    }
    return status;
}

NTSTATUS
QuerySecurityGood(_In_ HANDLE Handle, _In_ ULONG Length)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PSECURITY_DESCRIPTOR sd = NULL;
    ULONG needed;

    __try {
        sd = ExAllocatePoolWithTag(PagedPool, Length, SEC_TAG);
        if (sd == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }
        status = ZwQuerySecurityObject(Handle, DACL_SECURITY_INFORMATION, sd, Length, &needed);
        if (NT_SUCCESS(status)) {
            DbgPrint("sd length %u\n", RtlLengthSecurityDescriptor(sd));
        }
    } __finally {
        if (sd != NULL) {
            ExFreePoolWithTag(sd, SEC_TAG);
        }
    }
    return status;
}
