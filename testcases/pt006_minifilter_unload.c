/*
 * PT006 (minifilter): the unload callback is registered in a static
 * FLT_REGISTRATION initializer; it is known by its FltUnregisterFilter
 * call. It frees the name cache but not the rule table DriverEntry kept.
 */
#include <fltKernel.h>

#define MF_TAG 'lfMD'

static PFLT_FILTER g_Filter;
static PVOID g_NameCache;
static PVOID g_Rules;

NTSTATUS MfUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags);

static const FLT_REGISTRATION g_Registration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, NULL, NULL, MfUnload,
};

NTSTATUS
MfUnload(_In_ FLT_FILTER_UNLOAD_FLAGS Flags)
{
    UNREFERENCED_PARAMETER(Flags);
    FltUnregisterFilter(g_Filter);
    if (g_NameCache != NULL) {
        ExFreePoolWithTag(g_NameCache, MF_TAG);
        g_NameCache = NULL;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    g_NameCache = ExAllocatePoolWithTag(PagedPool, 4096, MF_TAG);
    g_Rules = ExAllocatePoolWithTag(PagedPool, 1024, MF_TAG);   // expect: PT006
    if (g_NameCache == NULL || g_Rules == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = FltRegisterFilter(DriverObject, &g_Registration, &g_Filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = FltStartFiltering(g_Filter);
    if (!NT_SUCCESS(status)) {
        FltUnregisterFilter(g_Filter);
    }
    return status;
}
