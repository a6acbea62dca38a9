/* Issue 14: every filter-manager routine that hands the driver a context
 * reference goes through the shim (each FltGet...Context, the old context
 * of each FltSet...Context and FltDelete...Context, FltGetContexts(Ex)),
 * and so does every routine that gives references back
 * (FltReleaseContexts(Ex)). Before, the
 * release of such a reference was taken for a double free and not passed
 * on: the context leaked in the filter manager. Each reference released
 * once is silent and leaves nothing in the (user-mode) filter manager; one
 * kept is a leak at the call that took it; a genuine extra release is still
 * a double free, not passed on. */
#include <string.h>
#include "shim_test.h"
#include <fltKernel.h>

enum kind { K_VOLUME, K_INSTANCE, K_FILE, K_STREAM, K_STREAMHANDLE, K_TRANSACTION, K_SECTION, KINDS };
static const char *const kind_name[KINDS] = { "volume", "instance", "file", "stream",
                                              "streamhandle", "transaction", "section" };

void KindGetPair(int), KindGetLeak(int), KindGetTwice(int);
void KindSetPair(int), KindSetReplacePair(int), KindSetLeak(int), KindSetReplaceLeak(int), KindSetTwice(int);
void KindDeleteNoOld(int), KindDeletePair(int), KindDeleteLeak(int), KindDeleteTwice(int);
int ContextsPair(void), ContextsExPair(void), ContextsExOldSize(void);
void ContextsLeak(void), ContextsTwice(void), ContextsExLeak(void), ContextsExTwice(void);

#define DRV SHIM_DRIVERS_DIR "/flt_ctx_kinds.c"

static int g_kind;
static int g_result;
static void (*g_kind_fn)(int);
static void call_kind(void) { g_kind_fn(g_kind); }
static int (*g_int_fn)(void);
static void call_int(void) { g_result = g_int_fn(); }

static void run(void (*fn)(void))
{
    pt_shim_reset();
    st_capture();
    fn();
    pt_shim_unload_check();
}

/* Nothing attached, nothing the shim holds is left; every context freed. */
static void settle(void)
{
    CHECK_INT(pt_um_flt_attached(), 0);
    pt_shim_release_outstanding();
    CHECK_INT(pt_um_mem_live(), 0);
    CHECK_INT(pt_um_mem_bad_frees(), 0);
}

/* Silent, and the filter manager freed every context by itself: nothing
 * swallowed, nothing released twice. */
static void clean(void (*fn)(void), const char *what)
{
    struct pt_stats s;
    run(fn);
    if (st_nlines() != 1)   /* the summary only */
        fprintf(stderr, "%s: %zu lines, first: %s\n", what, st_nlines(), st_nlines() ? st_line(0) : "");
    CHECK_INT(st_count("leak", NULL), 0);
    CHECK_INT(st_count("double_free", NULL) + st_count("unknown_free", NULL), 0);
    CHECK_INT(st_count("wrong_free", NULL), 0);
    pt_shim_get_stats(&s);
    CHECK_INT(s.nonpaged.current_allocs + s.paged.current_allocs, 0);
    CHECK_INT(pt_um_mem_live(), 0);
    settle();
}

static void leak(void (*fn)(void), const char *marker)
{
    run(fn);
    st_check_one_leak("flt_context", DRV, marker, NULL);
    CHECK_INT(st_count("double_free", NULL) + st_count("unknown_free", NULL), 0);
    CHECK(pt_um_mem_live() > 0);   /* the kept reference holds the context */
    settle();
}

/* One double free at the marker, not passed on: the filter manager still
 * freed the context exactly once. */
static void twice(void (*fn)(void), const char *marker)
{
    run(fn);
    CHECK_INT(st_count("double_free", "PT008"), 1);
    CHECK_STR(st_str(st_first("double_free"), "family"), "flt_context");
    CHECK_INT(st_num(st_first("double_free"), "line"), st_line_of(DRV, marker));
    CHECK_INT(st_count("leak", NULL), 0);
    CHECK_INT(pt_um_mem_live(), 0);
    settle();
}

static void kind_case(void (*fn)(int), int kind)
{
    g_kind_fn = fn;
    g_kind = kind;
}

static int int_case(int (*fn)(void), const char *what)
{
    g_int_fn = fn;
    g_result = -2;
    clean(call_int, what);
    return g_result;
}

int main(void)
{
    char marker[64];
    int k;
    for (k = 0; k < KINDS; k++) {
        kind_case(KindGetPair, k);
        clean(call_kind, kind_name[k]);
        kind_case(KindGetLeak, k);
        snprintf(marker, sizeof marker, "site:get_%s", kind_name[k]);
        leak(call_kind, marker);
        kind_case(KindGetTwice, k);
        twice(call_kind, "site:get_twice");
        if (k == K_SECTION)
            continue;   /* no FltSet/FltDeleteSectionContext: FltCreateSectionForDataScan, FltDeleteContext */
        snprintf(marker, sizeof marker, "site:set_%s", kind_name[k]);
        kind_case(KindSetPair, k);
        clean(call_kind, kind_name[k]);
        kind_case(KindSetReplacePair, k);
        clean(call_kind, kind_name[k]);
        kind_case(KindSetLeak, k);
        leak(call_kind, marker);
        kind_case(KindSetReplaceLeak, k);
        leak(call_kind, marker);
        kind_case(KindSetTwice, k);
        twice(call_kind, "site:set_twice");
        snprintf(marker, sizeof marker, "site:delete_%s", kind_name[k]);
        kind_case(KindDeleteNoOld, k);
        clean(call_kind, kind_name[k]);
        kind_case(KindDeletePair, k);
        clean(call_kind, kind_name[k]);
        kind_case(KindDeleteLeak, k);
        leak(call_kind, marker);
        kind_case(KindDeleteTwice, k);
        twice(call_kind, "site:delete_twice");
    }
    CHECK_INT(int_case(ContextsPair, "FltGetContexts"), 6);
    CHECK_INT(int_case(ContextsExPair, "FltGetContextsEx"), 7);
    CHECK_INT(int_case(ContextsExOldSize, "FltGetContextsEx, old size"), 2);
    leak(ContextsLeak, "site:contexts_leak");
    twice(ContextsTwice, "site:contexts_twice");
    leak(ContextsExLeak, "site:contexts_ex_leak");
    twice(ContextsExTwice, "site:contexts_ex_twice");
    return st_done();
}
