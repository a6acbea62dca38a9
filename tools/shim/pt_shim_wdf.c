/* KMDF memory objects (WdfMemoryCreate, WdfObjectDelete), in their own file
 * so that only KMDF drivers need the framework's headers. A memory object
 * created without a parent belongs to the driver object, and the framework
 * frees it only when the driver unloads: the shim tracks those (tag from
 * PoolTag, size the buffer's), so one still there at the unload check is a
 * leak of the driver's lifetime. An object with a parent is deleted with its
 * parent, which the shim cannot see: it is not tracked. WdfObjectDelete of an
 * object the shim does not hold (another type, a parented memory object) is
 * passed on without a report. */
#include <wdf.h>
#include "pt_shim_decls.h"
#define PT_SHIM_WDF_NO_MACROS
#include "pt_shim_wdf.h"
#include "pt_shim_wrappers_int.h"

static void wdf_real_free(const struct pt_block *b)
{
    WdfObjectDelete((WDFOBJECT)(ULONG_PTR)b->addr);
}

NTSTATUS pt_WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES attributes, POOL_TYPE pool, ULONG tag, size_t n,
                            WDFMEMORY *memory, PVOID *buffer, PT_SITE_PARAMS)
{
    int paged = ((int)pool & 1) != 0;
    struct pt_alloc_req r = pt_family_req(PT_FAM_WDF_MEMORY, tag, n, paged ? "PagedPool" : "NonPagedPool",
                                          paged, 0, NULL, SITE_OF());
    NTSTATUS s;
    pt_wdf_real_free = wdf_real_free;
    if (attributes != NULL && attributes->ParentObject != NULL)
        return WdfMemoryCreate(attributes, pool, tag, n, memory, buffer);
    if (pt_core_before_alloc(&r)) {
        *memory = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s = WdfMemoryCreate(attributes, pool, tag, n, memory, buffer);
    pt_core_after_alloc(&r, NT_SUCCESS(s) ? (const void *)*memory : NULL);
    return s;
}

VOID pt_WdfObjectDelete(WDFOBJECT object, PT_SITE_PARAMS)
{
    pt_wdf_real_free = wdf_real_free;
    if (pt_core_holds(PT_FAM_WDF_MEMORY, object))
        pt_tracked_free(PT_FAM_WDF_MEMORY, object, 0, 0, NULL, SITE_OF());
    else
        WdfObjectDelete(object);
}
