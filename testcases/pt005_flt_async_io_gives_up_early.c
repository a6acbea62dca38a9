/*
 * PT005: the twin of clean_flt_async_io_context.c. When the sequence number
 * is stale the sender gives up before the I/O is sent, and the context it
 * allocated is left behind.
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

    ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof(AIO_CONTEXT), AIO_TAG);   // expect: PT005
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Original = Original;
    ctx->Sequence = Sequence;
    if (Sequence == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    status = FltPerformAsynchronousIo(Shadow, AioDone, ctx);
    ctx = NULL;   /* the request's now */
    return status;
}
