/* A block whose address the function leaves in a place (each packet's
 * reserved field points back at the send's state) and which the same
 * function frees on every exit is not kept there: the place holds a
 * reference, not the block, and unload has nothing to free. */
#include <ntddk.h>

typedef struct _SEND_STATE { LONG Pending; KEVENT Done; } SEND_STATE, *PSEND_STATE;
typedef struct _PACKET { PIRP Irp; PSEND_STATE State; } PACKET, *PPACKET;

DRIVER_UNLOAD RefUnload;
PACKET g_Packets[8];
PDEVICE_OBJECT g_Lower;

NTSTATUS SendAll(ULONG Count)
{
    PSEND_STATE state = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*state), 'dneS');
    if (state == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    state->Pending = 0;
    KeInitializeEvent(&state->Done, NotificationEvent, FALSE);
    for (ULONG i = 0; i < Count && i < 8; i++) {
        g_Packets[i].State = state;
        InterlockedIncrement(&state->Pending);
        if (!NT_SUCCESS(IoCallDriver(g_Lower, g_Packets[i].Irp))) break;
    }
    KeWaitForSingleObject(&state->Done, Executive, KernelMode, FALSE, NULL);
    ExFreePoolWithTag(state, 'dneS');
    return STATUS_SUCCESS;
}

VOID RefUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = RefUnload;
    return STATUS_SUCCESS;
}
