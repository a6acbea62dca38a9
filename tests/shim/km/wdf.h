/* Test-only stand-in for KMDF's <wdf.h> in the MinGW kernel compile (MinGW
 * has no KMDF): memory objects as the framework's headers declare them, an
 * inline call through the driver's function table (WdfFunctions), which
 * WdfDriverEntry.lib fills when the driver binds to the framework. */
#ifndef _WDF_H_
#define _WDF_H_
#define _WDFMEMORY_H_
#include <ntddk.h>
typedef PVOID WDFOBJECT;
typedef struct WDFMEMORY__ *WDFMEMORY;
typedef struct _WDF_DRIVER_GLOBALS *PWDF_DRIVER_GLOBALS;
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
typedef void (*WDFFUNC)(void);
extern const WDFFUNC *WdfFunctions;
extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;
enum { WdfMemoryCreateTableIndex = 134, WdfObjectDeleteTableIndex = 208 };
typedef NTSTATUS (NTAPI *PFN_WDFMEMORYCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, POOL_TYPE, ULONG,
                                              size_t, WDFMEMORY *, PVOID *);
typedef VOID (NTAPI *PFN_WDFOBJECTDELETE)(PWDF_DRIVER_GLOBALS, WDFOBJECT);
static __inline__ NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType, ULONG PoolTag,
                                           size_t BufferSize, WDFMEMORY *Memory, PVOID *Buffer)
{
    return ((PFN_WDFMEMORYCREATE)WdfFunctions[WdfMemoryCreateTableIndex])(WdfDriverGlobals, Attributes, PoolType,
                                                                          PoolTag, BufferSize, Memory, Buffer);
}
static __inline__ VOID WdfObjectDelete(WDFOBJECT Object)
{
    ((PFN_WDFOBJECTDELETE)WdfFunctions[WdfObjectDeleteTableIndex])(WdfDriverGlobals, Object);
}
#endif
