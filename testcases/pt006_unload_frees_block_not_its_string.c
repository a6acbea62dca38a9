/*
 * PT006: the unload routine frees the config block but not the path buffer
 * it holds (the twin of clean_pt006_free_through_address_macro.c).
 */
#include <ntddk.h>

#define CFG_TAG 'gfCD'

#define FREE_USTR(U)                           \
    ExFreePoolWithTag((U)->Buffer, CFG_TAG);   \
    (U)->Buffer = NULL;                        \
    (U)->Length = (U)->MaximumLength = 0;

typedef struct _DRV_CONFIG {
    UNICODE_STRING Path;
    ULONG Flags;
} DRV_CONFIG, *PDRV_CONFIG;

static PDRV_CONFIG g_Cfg;

static VOID
DrvUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_Cfg != NULL) {
        if (g_Cfg->Path.Buffer != NULL) {
            DbgPrint("kept");
        }
        ExFreePoolWithTag(g_Cfg, CFG_TAG);
        g_Cfg = NULL;
    }
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    g_Cfg = ExAllocatePoolZero(NonPagedPoolNx, sizeof(DRV_CONFIG), CFG_TAG);
    if (g_Cfg == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    g_Cfg->Path.Buffer = ExAllocatePoolZero(PagedPool, RegistryPath->Length, CFG_TAG);   // expect: PT006
    if (g_Cfg->Path.Buffer != NULL) {
        g_Cfg->Path.MaximumLength = RegistryPath->Length;
        RtlCopyUnicodeString(&g_Cfg->Path, RegistryPath);
    }
    DriverObject->DriverUnload = DrvUnload;
    return STATUS_SUCCESS;
}
