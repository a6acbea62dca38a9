/* Filter-manager allocator wrappers; pt_shim.h includes this when
 * <fltKernel.h> came first (or PT_SHIM_FLT is defined). */
#ifndef PT_SHIM_FLT_H
#define PT_SHIM_FLT_H
#include "pt_shim_decls.h"

PVOID pt_FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag,
                                       PT_SITE_PARAMS);
VOID pt_FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag, PT_SITE_PARAMS);

/* pt_shim_flt.c itself calls the real routines. */
#ifndef PT_SHIM_FLT_NO_MACROS
#undef FltAllocatePoolAlignedWithTag
#undef FltFreePoolAlignedWithTag
#define FltAllocatePoolAlignedWithTag(i, t, n, g) \
    pt_FltAllocatePoolAlignedWithTag((i), (t), (n), (g), PT_SITE)
#define FltFreePoolAlignedWithTag(i, p, g) pt_FltFreePoolAlignedWithTag((i), (p), (g), PT_SITE)
#endif
#endif
