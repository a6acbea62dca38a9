/* The send state stored into each packet it sends is freed once the packets
 * are back, so no place keeps it (a reference is left, not the block). An
 * NT_ASSERT on the way made a side that ends the path; forgetting what that
 * dead side held looked like "handed over and out of reach" and made the
 * store a keeper: a false PT006 on npcap's NPF_BufferedWrite. Checked build
 * (DBG=1). Twin: pt006_state_kept_past_assertion.c. */
#define DBG 1
#include <ntddk.h>

#define ST_TAG 'tSdS'

typedef struct _SEND_STATE { LONG Pending; KEVENT Done; } SEND_STATE, *PSEND_STATE;
typedef struct _PKT_RESERVED { PSEND_STATE State; ULONG Length; } PKT_RESERVED, *PPKT_RESERVED;
#define RESERVED(irp) ((PPKT_RESERVED)(irp)->Tail.Overlay.DriverContext)

DRIVER_UNLOAD SendUnload;

NTSTATUS SendAll(PDEVICE_OBJECT Lower, PIRP *Irps, ULONG Count)
{
    PSEND_STATE st = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*st), ST_TAG);
    if (!st) return STATUS_INSUFFICIENT_RESOURCES;
    st->Pending = 0;
    KeInitializeEvent(&st->Done, NotificationEvent, FALSE);
    for (ULONG i = 0; i < Count; i++) {
        PIRP irp = Irps[i];
        RESERVED(irp)->State = st;
        RESERVED(irp)->Length = i;
        InterlockedIncrement(&st->Pending);
        IoCallDriver(Lower, irp);
        NT_ASSERT(i < 1000000);
    }
    while (st->Pending > 0) KeWaitForSingleObject(&st->Done, Executive, KernelMode, FALSE, NULL);
    ExFreePoolWithTag(st, ST_TAG);
    return STATUS_SUCCESS;
}

VOID SendUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = SendUnload;
    return STATUS_SUCCESS;
}
