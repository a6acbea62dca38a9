#include <ntddk.h>
#include "ext.h"

VOID
TeardownTransfer(_Inout_ PDEV_EXT Ext)
{
    if (Ext->Mdl != NULL) {
        IoFreeMdl(Ext->Mdl);
        Ext->Mdl = NULL;
    }
    if (Ext->Buffer != NULL) {
        ExFreePoolWithTag(Ext->Buffer, BUF_TAG);
        Ext->Buffer = NULL;
    }
}
