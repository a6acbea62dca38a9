/* The clean twin of wdk_bluetooth_profile_leak.c: the buffer is freed on the
 * invalid path. A Bluetooth L2CAP profile driver in the shape of the WDK's bthecho sample:
 * BRBs and their L2CAP requests, the profile driver interface and its GUID,
 * indication callbacks with INDICATION_PARAMETERS (bthddi.h, bthguid.h).
 * MinGW-w64 has none of them: every function here had parse errors. */
#include <ntddk.h>
#include <initguid.h>
#include <bthdef.h>
#include <bthguid.h>
#include <bthddi.h>

#define CONN_TAG 'nCtB'

typedef struct _CONNECTION {
    BRB ConnectDisconnectBrb;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    PVOID Buffer;
} CONNECTION, *PCONNECTION;

void IndicationCallback(PVOID Context, INDICATION_CODE Indication, PINDICATION_PARAMETERS Parameters)
{
    PCONNECTION conn = (PCONNECTION)Context;
    if (Indication == IndicationRemoteDisconnect)
        conn->ChannelHandle = Parameters->ConnectionHandle;
}

NTSTATUS OpenChannel(PCONNECTION Connection, BTH_ADDR Remote)
{
    struct _BRB_L2CA_OPEN_CHANNEL *brb = &Connection->ConnectDisconnectBrb.BrbL2caOpenChannel;
    PVOID buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, L2CAP_MIN_MTU, CONN_TAG);
    if (buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    brb->BtAddress = Remote;
    brb->Psm = 0x1001;
    brb->ConfigOut.Flags = CFG_MTU;
    if (brb->Hdr.Type == BRB_L2CA_UNREGISTER_SERVER) {
        ExFreePoolWithTag(buffer, CONN_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    Connection->Buffer = buffer;
    return STATUS_SUCCESS;
}
