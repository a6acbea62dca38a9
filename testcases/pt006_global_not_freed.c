/*
 * PT006: DriverEntry keeps two buffers in globals; DriverUnload frees only
 * one of them. The other is still outstanding when the driver unloads
 * (Driver Verifier: bug check 0xC4, parameter 0x62).
 */
#include <ntddk.h>

#define CFG_TAG 'gfCD'

static PVOID g_Config;
static PVOID g_Stats;

DRIVER_UNLOAD CfgUnload;

VOID
CfgUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_Config != NULL) {
        ExFreePoolWithTag(g_Config, CFG_TAG);
        g_Config = NULL;
    }
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    g_Config = ExAllocatePool2(POOL_FLAG_PAGED, 256, CFG_TAG);
    if (g_Config == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    g_Stats = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, CFG_TAG);   // expect: PT006
    if (g_Stats == NULL) {
        ExFreePoolWithTag(g_Config, CFG_TAG);
        g_Config = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = CfgUnload;
    return STATUS_SUCCESS;
}
