/* Minimal user-mode KMDF (<wdf.h>): memory objects only. An object is
 * deleted by WdfObjectDelete or with its parent; one without a parent is the
 * driver's child, deleted by the framework when the driver unloads. */
#ifndef _WDF_H_
#define _WDF_H_
#define _WDFMEMORY_H_
#include "ntddk.h"
typedef PVOID WDFOBJECT;
typedef struct WDFMEMORY__ *WDFMEMORY;
typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PVOID EvtCleanupCallback;
    PVOID EvtDestroyCallback;
    int ExecutionLevel;
    int SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    const void *ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;
NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES attributes, POOL_TYPE pool, ULONG tag, size_t n,
                         WDFMEMORY *memory, PVOID *buffer);
VOID WdfObjectDelete(WDFOBJECT object);
/* Harness: deletes every object left (what the framework does at unload). */
void pt_um_wdf_delete_all(void);
#endif
