/*
 * Clean for PT006: the unload routine is registered here but its body lives
 * in another file of the driver that this run does not include (a pre-commit
 * run of the one file that changed). Whether it frees g_Table cannot be
 * judged from here, so nothing is reported (a note says so).
 */
#include <ntddk.h>

#define TBL_TAG 'lbTx'

PVOID g_Table;
DRIVER_UNLOAD TblUnload;   /* defined in unload.c, not analysed here */

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    g_Table = ExAllocatePool2(POOL_FLAG_PAGED, 4096, TBL_TAG);
    if (g_Table == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = TblUnload;
    return STATUS_SUCCESS;
}
