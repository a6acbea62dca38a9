/* Minifilter-style code for the shim's flt family: a leak, a pairing, a
 * free with another tag, a free by another family's routine. */
#include <fltKernel.h>
#include "pt_shim.h"

static PFLT_INSTANCE g_inst;   /* the user-mode routines ignore the instance */

void FltLeak(void) { (void)FltAllocatePoolAlignedWithTag(g_inst, NonPagedPool, 512, 'lFtP'); /* site:flt_leak */ }
void FltPair(void)
{
    PVOID p = FltAllocatePoolAlignedWithTag(g_inst, PagedPool, 512, 'lFtP');
    FltFreePoolAlignedWithTag(g_inst, p, 'lFtP');
}
void FltWrong(void)
{
    PVOID p = FltAllocatePoolAlignedWithTag(g_inst, NonPagedPool, 512, 'lFtP');
    ExFreePoolWithTag(p, 'lFtP');   /* site:flt_wrong */
}
void FltTag(void)
{
    PVOID p = FltAllocatePoolAlignedWithTag(g_inst, NonPagedPool, 512, 'lFtP');
    FltFreePoolAlignedWithTag(g_inst, p, 'xxxx');   /* site:flt_tag */
}
