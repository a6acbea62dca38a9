/* User-mode filter-manager aligned pool over the user-mode pool. */
#include "fltKernel.h"
#include "pt_um_harness.h"

PVOID FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag)
{
    (void)inst; (void)type; (void)tag;
    return pt_um_mem_alloc(n, 0);
}

VOID FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag)
{
    (void)inst; (void)tag;
    pt_um_mem_free(p, "FltFreePoolAlignedWithTag");
}
