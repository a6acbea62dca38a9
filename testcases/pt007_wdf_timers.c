/*
 * PT007 with KMDF timers: a timer's callback runs at DISPATCH_LEVEL unless the
 * timer object's attributes ask for a passive execution level.
 */
#include <wdf.h>

#define TMR_TAG 'rmTW'

typedef struct _TMR_CTX { PVOID Sample; } TMR_CTX, *PTMR_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TMR_CTX, TmrGetContext)

VOID
DispatchTimerFunc(_In_ WDFTIMER Timer)
{
    PTMR_CTX ctx = TmrGetContext(Timer);
    ctx->Sample = ExAllocatePoolWithQuotaTag(NonPagedPoolNx, 16, TMR_TAG);   // expect: PT007
}

VOID
PassiveTimerFunc(_In_ WDFTIMER Timer)
{
    PTMR_CTX ctx = TmrGetContext(Timer);
    ctx->Sample = ExAllocatePoolWithQuotaTag(PagedPool, 16, TMR_TAG);        /* passive: fine */
}

NTSTATUS
CreateDispatchTimer(_In_ WDFDEVICE Device, _Out_ WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_TIMER_CONFIG_INIT(&config, DispatchTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TMR_CTX);
    attributes.ParentObject = Device;
    return WdfTimerCreate(&config, &attributes, Timer);
}

NTSTATUS
CreatePassiveTimer(_In_ WDFDEVICE Device, _Out_ WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_TIMER_CONFIG_INIT_PERIODIC(&config, PassiveTimerFunc, 1000);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TMR_CTX);
    attributes.ParentObject = Device;
    attributes.ExecutionLevel = WdfExecutionLevelPassive;
    return WdfTimerCreate(&config, &attributes, Timer);
}
