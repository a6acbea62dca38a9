/*
 * PT005 in a WFP callout that only parses with the supplement's fwpsk.h,
 * fwpmk.h and ws2def.h: classify function, incoming values and metadata,
 * classify-out rights, callout registration, management-engine filter. The
 * per-flow record leaks when the classify has no write right.
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
ClassifyBad(_In_ const FWPS_INCOMING_VALUES0 *InFixedValues, _In_ const FWPS_INCOMING_METADATA_VALUES0 *InMeta,
            _Inout_opt_ void *LayerData, _In_opt_ const void *ClassifyContext, _In_ const FWPS_FILTER2 *Filter,
            _In_ UINT64 FlowContext, _Inout_ FWPS_CLASSIFY_OUT0 *ClassifyOut)
{
    PFLOW_RECORD rec;

    rec = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(FLOW_RECORD), FLOW_TAG);  // expect: PT005
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
        return;                               /* rec leaks */
    }
    ClassifyOut->actionType = FWP_ACTION_PERMIT;
    ExFreePoolWithTag(rec, FLOW_TAG);
}

NTSTATUS NTAPI
NotifyFn(_In_ FWPS_CALLOUT_NOTIFY_TYPE NotifyType, _In_ const GUID *FilterKey, _Inout_ FWPS_FILTER2 *Filter)
{
    return STATUS_SUCCESS;
}

NTSTATUS
RegisterCallout(_In_ PDEVICE_OBJECT DeviceObject, _In_ HANDLE Engine, _Out_ UINT32 *CalloutId)
{
    FWPS_CALLOUT2 callout = {0};
    FWPM_FILTER0 filter = {0};
    FWPM_FILTER_CONDITION0 cond;

    callout.classifyFn = ClassifyBad;
    callout.notifyFn = NotifyFn;
    cond.fieldKey = FWPM_CONDITION_IP_PROTOCOL;
    cond.matchType = FWP_MATCH_EQUAL;
    cond.conditionValue.type = FWP_UINT8;
    cond.conditionValue.uint8 = IPPROTO_TCP;
    filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
    filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;
    filter.numFilterConditions = 1;
    filter.filterCondition = &cond;
    return FwpsCalloutRegister2(DeviceObject, &callout, CalloutId);
}
