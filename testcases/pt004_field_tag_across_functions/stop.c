#include "dev.h"

PVOID g_Table;

VOID
DeviceStop(_In_ PDEVICE_OBJECT DeviceObject)
{
    PDEV_EXTENSION ext = (PDEV_EXTENSION)DeviceObject->DeviceExtension;

    if (ext->Buffer) {
        ExFreePoolWithTag(ext->Buffer, SCRATCH_TAG);     // expect: PT004
        ext->Buffer = NULL;
    }
    if (ext->Scratch) {
        ExFreePoolWithTag(ext->Scratch, SCRATCH_TAG);    /* right tag */
        ext->Scratch = NULL;
    }
    if (g_Table) {
        ExFreePoolWithTag(g_Table, BUF_TAG);             // expect: PT004
        g_Table = NULL;
    }
}
