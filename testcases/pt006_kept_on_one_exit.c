/* Twin of clean_pt006_reference_freed_by_storer.c: the function frees the
 * block it stored only when the send fails; on success the place keeps it
 * and unload never frees it. */
#include <ntddk.h>

typedef struct _SEND_STATE { LONG Pending; KEVENT Done; } SEND_STATE, *PSEND_STATE;
typedef struct _CHANNEL { PSEND_STATE Current; PIRP Irp; } CHANNEL, *PCHANNEL;

DRIVER_UNLOAD KeptUnload;
CHANNEL g_Channel;
PDEVICE_OBJECT g_Lower;

NTSTATUS BeginSend(VOID)
{
    PSEND_STATE state = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*state), 'dneS');   // expect: PT006
    if (state == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    state->Pending = 0;
    g_Channel.Current = state;
    if (!NT_SUCCESS(IoCallDriver(g_Lower, g_Channel.Irp))) {
        g_Channel.Current = NULL;
        ExFreePoolWithTag(state, 'dneS');
        return STATUS_UNSUCCESSFUL;
    }
    return STATUS_SUCCESS;
}

VOID KeptUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = KeptUnload;
    return STATUS_SUCCESS;
}
