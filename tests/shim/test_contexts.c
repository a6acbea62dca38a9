/* Filter-manager contexts and KMDF memory objects through the shim: a
 * context still referenced at unload is a leak (at the allocation, or at the
 * FltGet...Context whose reference was kept), references given back in full
 * are silent, a release too many is a double free not passed on; a KMDF
 * memory object without a parent left at unload is a leak with its PoolTag,
 * a deleted one is silent, a parented one is not tracked. The user-mode pool
 * shows nothing is left or freed twice. */
#include <string.h>
#include "shim_test.h"
#include <wdf.h>

void CtxLeak(void), CtxPair(void), CtxGetLeak(void), CtxRefLeak(void), CtxRefPair(void), CtxTwice(void);
void CtxTwoRefsLeak(void);
void WdfLeak(void), WdfPair(void), WdfParented(void);

#define FLT SHIM_DRIVERS_DIR "/flt_ctx.c"
#define WDF SHIM_DRIVERS_DIR "/wdf_mem.c"

static void run(void (*fn)(void))
{
    pt_shim_reset();
    st_capture();
    fn();
    pt_shim_unload_check();
}

static void settle(void)
{
    pt_shim_release_outstanding();
    pt_um_wdf_delete_all();
    CHECK_INT(pt_um_mem_live(), 0);
    CHECK_INT(pt_um_mem_bad_frees(), 0);
}

static void leak(void (*fn)(void), const char *family, const char *file, const char *marker,
                 const char *tag)
{
    run(fn);
    st_check_one_leak(family, file, marker, tag);
    CHECK_INT(st_count("double_free", NULL) + st_count("unknown_free", NULL), 0);
    settle();
}

static void clean(void (*fn)(void))
{
    struct pt_stats s;
    run(fn);
    CHECK_INT(st_count("leak", NULL), 0);
    CHECK_INT(st_count("double_free", NULL) + st_count("unknown_free", NULL), 0);
    CHECK_INT(st_count("wrong_free", NULL), 0);
    pt_shim_get_stats(&s);
    CHECK_INT(s.nonpaged.current_allocs + s.paged.current_allocs, 0);
    settle();
}

int main(void)
{
    struct pt_stats s;
    CHECK_STR(pt_family_name(PT_FAM_FLT_CONTEXT), "flt_context");
    CHECK_STR(pt_family_name(PT_FAM_WDF_MEMORY), "wdf_memory");
    leak(CtxLeak, "flt_context", FLT, "site:ctx_leak", NULL);
    clean(CtxPair);
    leak(CtxGetLeak, "flt_context", FLT, "site:ctx_get_leak", NULL);
    leak(CtxRefLeak, "flt_context", FLT, "site:ctx_ref", NULL);
    leak(CtxTwoRefsLeak, "flt_context", FLT, "site:ctx_two", NULL);   /* one block, all its references given back */
    clean(CtxRefPair);
    run(CtxTwice);
    CHECK_INT(st_count("double_free", "PT008"), 1);
    CHECK_STR(st_str(st_first("double_free"), "family"), "flt_context");
    CHECK_INT(st_num(st_first("double_free"), "line"), st_line_of(FLT, "site:ctx_twice"));
    CHECK_INT(st_count("leak", NULL), 0);
    settle();
    leak(WdfLeak, "wdf_memory", WDF, "site:wdf_leak", "PWdm");
    clean(WdfPair);
    clean(WdfParented);
    pt_shim_get_stats(&s);
    CHECK_INT(s.succeeded, 1);   /* the parent only */
    return st_done();
}
