/* Shared by the three files of this driver. */
#include <ntddk.h>

#define CHN_TAG 'nhCD'

typedef struct _CHN_EXTENSION {
    PVOID RxRing;
    PVOID TxRing;
    PVOID Firmware;
} CHN_EXTENSION, *PCHN_EXTENSION;

extern PVOID g_ChnRegistry;

PVOID ChnAllocate(SIZE_T Bytes);
VOID ChnReleaseRings(PCHN_EXTENSION Ext);
NTSTATUS ChnStart(PDEVICE_OBJECT Device);
DRIVER_UNLOAD ChnUnload;
