/*
 * PT005: IoWMIWriteEvent keeps (and later frees) the event buffer only when
 * it succeeds; on failure the buffer is still the caller's, and this caller
 * returns without freeing it. (Twin: clean_wmi_event_freed_on_delivery.c.)
 */
#include <ntddk.h>
#include <wmistr.h>

NTSTATUS
FireEvent(_In_ ULONG Size)
{
    PWNODE_SINGLE_INSTANCE wnode = ExAllocatePoolWithTag(NonPagedPoolNx, Size, 'imwP');   // expect: PT005
    NTSTATUS status;

    if (wnode == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(wnode, Size);
    wnode->WnodeHeader.BufferSize = Size;
    status = IoWMIWriteEvent(wnode);
    if (!NT_SUCCESS(status)) {
        DbgPrint("event lost: %08x\n", status);
        return status;
    }
    return STATUS_SUCCESS;
}
