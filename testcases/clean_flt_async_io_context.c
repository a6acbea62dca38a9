/*
 * Clean: the context of an asynchronous filter-manager I/O goes with the
 * request, FltPerformAsynchronousIo hands it to the callback routine, which
 * frees it; the sender clears its own pointer afterwards.
 */
#include <fltKernel.h>

#define AIO_TAG 'oiAF'

typedef struct _AIO_CONTEXT {
    PFLT_CALLBACK_DATA Original;
    ULONG Sequence;
} AIO_CONTEXT, *PAIO_CONTEXT;

static VOID
AioDone(_In_ PFLT_CALLBACK_DATA CallbackData, _In_ PFLT_CONTEXT Context)
{
    UNREFERENCED_PARAMETER(CallbackData);
    ExFreePoolWithTag(Context, AIO_TAG);
}

NTSTATUS
AioSend(_In_ PFLT_CALLBACK_DATA Shadow, _In_ PFLT_CALLBACK_DATA Original, _In_ ULONG Sequence)
{
    PAIO_CONTEXT ctx;
    NTSTATUS status;

    ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof(AIO_CONTEXT), AIO_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Original = Original;
    ctx->Sequence = Sequence;
    status = FltPerformAsynchronousIo(Shadow, AioDone, ctx);
    ctx = NULL;   /* the request's now */
    return status;
}
