/*
 * Clean: BuildSubRequest hands out two things on success, a request (which
 * is not pool) and its context (pool). The caller sends the request with the
 * context when it got one, which is always on success; a summary that kept
 * only "fresh memory in *Context on success" would let the caller walk a path
 * with a context and no request, and call its `Context = NULL` a leak.
 * (pt005_out_allocated_only_when_null.c is the one-output kind, learned.)
 */
#include <fltKernel.h>

#define SUB_TAG 'buSN'

typedef struct _SUB_CONTEXT {
    PFLT_CALLBACK_DATA User;
} SUB_CONTEXT, *PSUB_CONTEXT;

NTSTATUS AllocateRequest(_In_ PFLT_INSTANCE Instance, _Outptr_ PFLT_CALLBACK_DATA *Request);
VOID SubDone(_In_ PFLT_CALLBACK_DATA Request, _In_ PFLT_CONTEXT Context);

NTSTATUS
BuildSubRequest(_In_ PFLT_CALLBACK_DATA User, _In_ PFLT_INSTANCE Instance,
                _Outptr_ PFLT_CALLBACK_DATA *Request, _Outptr_ PSUB_CONTEXT *Context)
{
    PSUB_CONTEXT ctx;
    NTSTATUS status;

    ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof(SUB_CONTEXT), SUB_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = AllocateRequest(Instance, Request);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(ctx, SUB_TAG);
        return status;
    }
    ctx->User = User;
    *Context = ctx;
    return STATUS_SUCCESS;
}

NTSTATUS
SendSubRequest(_In_ PFLT_CALLBACK_DATA User, _In_ PFLT_INSTANCE Instance)
{
    PFLT_CALLBACK_DATA request = NULL;
    PSUB_CONTEXT context = NULL;
    NTSTATUS status;

    status = BuildSubRequest(User, Instance, &request, &context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (request != NULL) {
        status = FltPerformAsynchronousIo(request, SubDone, context);
    }
    context = NULL;   /* the request's now */
    request = NULL;
    return status;
}
