/*
 * Clean twin of wdk_wfp_callout_leak.c: the record is freed before the
 * classify returns without a write right.
 */
#include <ntddk.h>
#include <fwpsk.h>
#include <fwpmk.h>

#define FLOW_TAG 'wolF'

typedef struct _FLOW_RECORD {
    UINT32 RemoteAddress;
    UINT16 RemotePort;
    UINT64 ProcessId;
} FLOW_RECORD, *PFLOW_RECORD;

VOID NTAPI
ClassifyGood(_In_ const FWPS_INCOMING_VALUES0 *InFixedValues, _In_ const FWPS_INCOMING_METADATA_VALUES0 *InMeta,
             _Inout_opt_ void *LayerData, _In_opt_ const void *ClassifyContext, _In_ const FWPS_FILTER2 *Filter,
             _In_ UINT64 FlowContext, _Inout_ FWPS_CLASSIFY_OUT0 *ClassifyOut)
{
    PFLOW_RECORD rec;

    rec = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(FLOW_RECORD), FLOW_TAG);
    if (rec == NULL) {
        return;
    }
    rec->RemoteAddress =
        InFixedValues->incomingValue[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS].value.uint32;
    rec->RemotePort = InFixedValues->incomingValue[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT].value.uint16;
    if (FWPS_IS_METADATA_FIELD_PRESENT(InMeta, FWPS_METADATA_FIELD_PROCESS_ID)) {
        rec->ProcessId = InMeta->processId;
    }
    if ((ClassifyOut->rights & FWPS_RIGHT_ACTION_WRITE) == 0) {
        ExFreePoolWithTag(rec, FLOW_TAG);
        return;
    }
    ClassifyOut->actionType = FWP_ACTION_PERMIT;
    ExFreePoolWithTag(rec, FLOW_TAG);
}
