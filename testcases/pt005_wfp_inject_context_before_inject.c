/* The twin of clean_wfp_inject_completion_context.c: the error path before
 * the injection still owns the context and leaks it. */
#include <ntddk.h>
#include <fwpsk.h>

typedef struct _INJECT_CTX { NET_BUFFER_LIST *Clone; } INJECT_CTX;

VOID NTAPI InjectComplete(VOID *Context, NET_BUFFER_LIST *Nbl, BOOLEAN DispatchLevel)
{
    UNREFERENCED_PARAMETER(Nbl);
    UNREFERENCED_PARAMETER(DispatchLevel);
    ExFreePoolWithTag(Context, 'jnIW');
}

NTSTATUS InjectClone(HANDLE Injection, NET_BUFFER_LIST *Clone, COMPARTMENT_ID Compartment)
{
    INJECT_CTX *ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof *ctx, 'jnIW');   // expect: PT005
    if (!ctx) return STATUS_INSUFFICIENT_RESOURCES;
    if (!Clone) return STATUS_INVALID_PARAMETER;
    ctx->Clone = Clone;
    return FwpsInjectNetworkSendAsync0(Injection, NULL, 0, Compartment, Clone, InjectComplete, ctx);
}
