/*
 * Clean: IoWMIWriteEvent frees the event buffer once it is delivered
 * (success) and leaves it to the caller when it fails, as its SAL says
 * (`_When_(return==0, __drv_aliasesMem)`). Freeing it only on failure is
 * right. (Twin: pt005_wmi_event_leaked_on_failure.c.)
 */
#include <ntddk.h>
#include <wmistr.h>

NTSTATUS
FireEvent(_In_ ULONG Size)
{
    PWNODE_SINGLE_INSTANCE wnode = ExAllocatePoolWithTag(NonPagedPoolNx, Size, 'imwP');
    NTSTATUS status;

    if (wnode == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(wnode, Size);
    wnode->WnodeHeader.BufferSize = Size;
    status = IoWMIWriteEvent(wnode);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(wnode, 'imwP');
    }
    return status;
}
