/*
 * Clean: minifilter pre/post pair. The pre-operation callback allocates a
 * completion context and passes it out through *CompletionContext (an
 * out-parameter: hand-over); the post-operation callback frees it. Paths
 * that return FLT_PREOP_SUCCESS_NO_CALLBACK free it themselves.
 */
#include <fltKernel.h>

#define MFC_TAG 'CfiM'

typedef struct _WRITE_CONTEXT {
    LARGE_INTEGER Offset;
    ULONG Length;
} WRITE_CONTEXT, *PWRITE_CONTEXT;

FLT_PREOP_CALLBACK_STATUS
MfcPreWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
            _Flt_CompletionContext_Outptr_ PVOID *CompletionContext)
{
    PWRITE_CONTEXT wc;

    UNREFERENCED_PARAMETER(FltObjects);
    wc = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*wc), MFC_TAG);
    if (wc == NULL) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    wc->Offset = Data->Iopb->Parameters.Write.ByteOffset;
    wc->Length = Data->Iopb->Parameters.Write.Length;
    if (wc->Length == 0) {
        ExFreePoolWithTag(wc, MFC_TAG);
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    *CompletionContext = wc;
    return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

FLT_POSTOP_CALLBACK_STATUS
MfcPostWrite(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
             _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags)
{
    PWRITE_CONTEXT wc = (PWRITE_CONTEXT)CompletionContext;

    UNREFERENCED_PARAMETER(FltObjects);
    UNREFERENCED_PARAMETER(Flags);
    if (NT_SUCCESS(Data->IoStatus.Status)) {
        DbgPrint("wrote %u bytes at %I64d\n", wc->Length, wc->Offset.QuadPart);
    }
    ExFreePoolWithTag(wc, MFC_TAG);
    return FLT_POSTOP_FINISHED_PROCESSING;
}
