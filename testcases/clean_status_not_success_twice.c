/* `status != STATUS_SUCCESS` tested at the failure and again at the cleanup
 * label: the call result is known to differ from 0 (not an interval of its
 * range), so the cleanup's test has the first one's answer and the block is
 * destroyed (it used to be a false PT005 on "not success, then success"). */
#include <ntddk.h>

NTSTATUS Retreat(PVOID Packet);
VOID DestroyCompletionData(PVOID *Data, BOOLEAN Override);

NTSTATUS Inject(PVOID Packet, ULONG Flags)
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID data = ExAllocatePoolZero(NonPagedPoolNx, 32, 'DCSW');
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
    status = Retreat(data);
bail:
    if (status != STATUS_SUCCESS) {
        if (data) DestroyCompletionData(&data, TRUE);
    }
    return status;
}
