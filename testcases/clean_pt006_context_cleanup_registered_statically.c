/*
 * Clean (minifilter): a stream-handle context keeps a name buffer, and the
 * context's cleanup routine frees it. That routine is named only in the
 * static FLT_CONTEXT_REGISTRATION array; FltUnregisterFilter, at unload,
 * frees every context through it. DriverEntry also calls it on its own
 * error path (for the context it prepared), so its free is not only one
 * outside the start paths: without the registration it would not count.
 * No PT006.
 */
#include <fltKernel.h>

#define SH_TAG 'hSlF'

typedef struct _SH_NAMES {
    UNICODE_STRING Name;
    ULONG Opens;
} SH_NAMES, *PSH_NAMES;

typedef struct _SH_CONTEXT {
    ULONG Flags;
    SH_NAMES Names;
} SH_CONTEXT, *PSH_CONTEXT;

static PFLT_FILTER g_Filter;
static SH_CONTEXT g_Spare;

VOID ShContextCleanup(_In_ PFLT_CONTEXT Context, _In_ FLT_CONTEXT_TYPE ContextType);
NTSTATUS ShUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);
FLT_PREOP_CALLBACK_STATUS ShPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                                      _Flt_CompletionContext_Outptr_ PVOID *CompletionContext);

static const FLT_CONTEXT_REGISTRATION g_Contexts[] = {
    { FLT_STREAMHANDLE_CONTEXT, 0, ShContextCleanup, sizeof(SH_CONTEXT), 'xChS', NULL, NULL, NULL },
    { FLT_CONTEXT_END }
};

static const FLT_OPERATION_REGISTRATION g_Callbacks[] = {
    { IRP_MJ_CREATE, 0, ShPreCreate, NULL },
    { IRP_MJ_OPERATION_END }
};

static const FLT_REGISTRATION g_Registration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, g_Contexts, g_Callbacks, ShUnload,
};

VOID
ShContextCleanup(_In_ PFLT_CONTEXT Context, _In_ FLT_CONTEXT_TYPE ContextType)
{
    PSH_CONTEXT ctx = (PSH_CONTEXT)Context;

    UNREFERENCED_PARAMETER(ContextType);
    if (ctx->Names.Name.Buffer != NULL) {
        ExFreePoolWithTag(ctx->Names.Name.Buffer, SH_TAG);
        ctx->Names.Name.Buffer = NULL;
    }
}

static NTSTATUS
ShContextAttach(_In_ PCFLT_RELATED_OBJECTS FltObjects, _Outptr_ PSH_CONTEXT *Context)
{
    PSH_CONTEXT ctx;
    NTSTATUS status;

    status = FltAllocateContext(FltObjects->Filter, FLT_STREAMHANDLE_CONTEXT, sizeof(SH_CONTEXT), PagedPool,
                                (PFLT_CONTEXT *)&ctx);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlZeroMemory(ctx, sizeof(SH_CONTEXT));
    status = FltSetStreamHandleContext(FltObjects->Instance, FltObjects->FileObject,
                                       FLT_SET_CONTEXT_KEEP_IF_EXISTS, ctx, NULL);
    if (!NT_SUCCESS(status)) {
        FltReleaseContext(ctx);
        return status;
    }
    *Context = ctx;
    return STATUS_SUCCESS;
}

FLT_PREOP_CALLBACK_STATUS
ShPreCreate(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
            _Flt_CompletionContext_Outptr_ PVOID *CompletionContext)
{
    PSH_CONTEXT ctx;
    PSH_NAMES names;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Data);
    *CompletionContext = NULL;
    status = ShContextAttach(FltObjects, &ctx);
    if (!NT_SUCCESS(status)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    names = &ctx->Names;
    if (names->Name.Buffer == NULL) {
        names->Name.Buffer = ExAllocatePoolZero(PagedPool, 512, SH_TAG);
        if (names->Name.Buffer != NULL) {
            names->Name.MaximumLength = 512;
        }
    }
    FltReleaseContext(ctx);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

NTSTATUS
ShUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    FltUnregisterFilter(g_Filter);
    return STATUS_SUCCESS;
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = FltRegisterFilter(DriverObject, &g_Registration, &g_Filter);
    if (!NT_SUCCESS(status)) {
        ShContextCleanup(&g_Spare, FLT_STREAMHANDLE_CONTEXT);
        return status;
    }
    status = FltStartFiltering(g_Filter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(g_Filter);
    }
    return status;
}
