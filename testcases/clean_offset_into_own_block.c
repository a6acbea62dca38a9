/* An offset computed from two addresses inside the block (dokany's
 * SecurityDescriptorOffset) is an integer: storing it stores no pointer. */
#include <ntddk.h>

#define EV_TAG 'tvED'
typedef struct _EVENT { ULONG Size; ULONG DescriptorOffset; UCHAR Data[1]; } EVENT, *PEVENT;
typedef struct _GLOBALS { ULONG LastOffset; } GLOBALS;
GLOBALS g_Globals;

DRIVER_UNLOAD EvUnload;
VOID SendEvent(_In_ PEVENT Event);

NTSTATUS PostEvent(ULONG Length)
{
    PEVENT ev = ExAllocatePoolZero(NonPagedPoolNx, sizeof *ev + Length, EV_TAG);
    if (!ev)
        return STATUS_INSUFFICIENT_RESOURCES;
    ev->DescriptorOffset = (ULONG)(((char *)ev + sizeof *ev) - (char *)&ev->Data);
    g_Globals.LastOffset = (ULONG)(((char *)ev + Length) - (char *)ev);
    SendEvent(ev);
    ExFreePoolWithTag(ev, EV_TAG);
    return STATUS_SUCCESS;
}

VOID EvUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = EvUnload;
    return STATUS_SUCCESS;
}
