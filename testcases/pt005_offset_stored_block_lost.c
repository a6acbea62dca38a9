/* Storing the offset keeps no pointer: returning early loses the event. */
#include <ntddk.h>

#define EV_TAG 'tvED'
typedef struct _EVENT { ULONG Size; ULONG DescriptorOffset; UCHAR Data[1]; } EVENT, *PEVENT;
typedef struct _GLOBALS { ULONG LastOffset; } GLOBALS;
GLOBALS g_Globals;

VOID SendEvent(_In_ PEVENT Event);

NTSTATUS PostEvent(ULONG Length)
{
    PEVENT ev = ExAllocatePoolZero(NonPagedPoolNx, sizeof *ev + Length, EV_TAG);   // expect: PT005
    if (!ev)
        return STATUS_INSUFFICIENT_RESOURCES;
    g_Globals.LastOffset = (ULONG)(((char *)ev + Length) - (char *)ev);
    if (Length > 4096)
        return STATUS_INVALID_PARAMETER;
    SendEvent(ev);
    ExFreePoolWithTag(ev, EV_TAG);
    return STATUS_SUCCESS;
}
