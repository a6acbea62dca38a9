/* KMDF memory-object wrappers; pt_shim.h includes this when <wdf.h> came
 * first (its wdfmemory.h defines _WDFMEMORY_H_) or PT_SHIM_WDF is defined. */
#ifndef PT_SHIM_WDF_H
#define PT_SHIM_WDF_H
#include "pt_shim_decls.h"

NTSTATUS pt_WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES attributes, POOL_TYPE pool, ULONG tag, size_t n,
                            WDFMEMORY *memory, PVOID *buffer, PT_SITE_PARAMS);
VOID pt_WdfObjectDelete(WDFOBJECT object, PT_SITE_PARAMS);

/* pt_shim_wdf.c itself calls the real routines. */
#ifndef PT_SHIM_WDF_NO_MACROS
#undef WdfMemoryCreate
#undef WdfObjectDelete
#define WdfMemoryCreate(a, p, g, n, m, b) pt_WdfMemoryCreate((a), (p), (g), (n), (m), (b), PT_SITE)
#define WdfObjectDelete(o) pt_WdfObjectDelete((o), PT_SITE)
#endif
#endif
