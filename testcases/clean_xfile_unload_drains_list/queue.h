#include <ntddk.h>

#define QUE_TAG 'euQD'

typedef struct _QUE_ITEM {
    LIST_ENTRY Link;
    ULONG Value;
} QUE_ITEM, *PQUE_ITEM;

typedef struct _QUE_EXTENSION {
    LIST_ENTRY Items;
    KSPIN_LOCK Lock;
    PVOID Scratch;
} QUE_EXTENSION, *PQUE_EXTENSION;

NTSTATUS QueAdd(PQUE_EXTENSION Ext, ULONG Value);
VOID QueFlush(PQUE_EXTENSION Ext);
DRIVER_UNLOAD QueUnload;
