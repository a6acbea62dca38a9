/* The twin of clean_status_not_success_twice.c: the cleanup destroys the
 * block only on failure, and the success path never hands it over. */
#include <ntddk.h>

NTSTATUS Retreat(PVOID Packet);
VOID DestroyCompletionData(PVOID *Data, BOOLEAN Override);

NTSTATUS Inject(PVOID Packet, ULONG Flags)
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID data = ExAllocatePoolZero(NonPagedPoolNx, 32, 'DCSW');   // expect: PT005
    if (!data) {
        status = STATUS_NO_MEMORY;
        goto bail;
    }
    if (Flags) {
        status = Retreat(Packet);
        if (status != STATUS_SUCCESS) {
            DbgPrintEx(0, 0, "retreat failed %x\n", status);
            goto bail;
        }
    }
    status = STATUS_SUCCESS;
bail:
    if (status != STATUS_SUCCESS) {
        if (data) DestroyCompletionData(&data, TRUE);
    }
    return status;
}
