/* The families wrapped for issue 14 (LOOKASIDE_LIST_EX, work items,
 * IoBuildAsynchronousFsdRequest IRPs, MDLs with allocated pages, the filter
 * manager's aligned pool): a leak is
 * reported with its family, a correct pairing gives no event, a free by
 * another family's routine is a wrong_free; and the shim frees everything
 * exactly once (the user-mode pool counts bad frees). */
#include <string.h>
#include "shim_test.h"

void FamInit(void);
void LexLeak(void), LexPair(void), LexWrong(void);
void WiLeak(void), WiPair(void), WiWrong(void);
void IrpLeak(void), IrpPair(void), IrpWrong(void);
void PagesLeak(void), PagesPair(void), PagesHalf(void), PagesWrong(void);
void FltLeak(void), FltPair(void), FltWrong(void), FltTag(void);

#define DRV SHIM_DRIVERS_DIR "/families.c"
#define FLT SHIM_DRIVERS_DIR "/flt.c"
static const char *drv = DRV;   /* the source the site markers are in */

/* Runs fn from a clean state, then the unload check. */
static void run(void (*fn)(void))
{
    pt_shim_reset();
    st_capture();
    fn();
    pt_shim_unload_check();
}

/* Gives back what leaked; nothing may be left or freed twice. */
static void settle(void)
{
    pt_shim_release_outstanding();
    CHECK_INT(pt_um_mem_live(), 0);
    CHECK_INT(pt_um_mem_bad_frees(), 0);
}

static void leak(void (*fn)(void), const char *family, const char *marker, const char *tag)
{
    run(fn);
    st_check_one_leak(family, drv, marker, tag);
    settle();
}

static void pair(void (*fn)(void))
{
    struct pt_stats s;
    run(fn);
    CHECK_INT(st_count("leak", NULL), 0);
    CHECK_INT(st_count("wrong_free", NULL), 0);
    pt_shim_get_stats(&s);
    CHECK_INT(s.succeeded, 1);
    CHECK_INT(s.nonpaged.current_allocs + s.paged.current_allocs, 0);
    settle();
}

static void wrong(void (*fn)(void), const char *family, const char *free_family,
                  const char *marker)
{
    cJSON *ev;
    run(fn);
    CHECK_INT(st_count("wrong_free", "PT009"), 1);
    ev = st_first("wrong_free");
    CHECK_STR(st_str(ev, "family"), family);
    CHECK_STR(st_str(ev, "free_family"), free_family);
    CHECK_INT(st_num(ev, "line"), st_line_of(drv, marker));
    CHECK_INT(st_count("leak", NULL), 0);   /* freed with its own routine after the report */
    settle();
}

/* The shim's report names are the catalogue's (analyzer/model/data/
 * families.def), the ones the analyzer's config and SARIF use. */
static void names_shared(void)
{
    static const struct { enum pt_family f; const char *name; } rows[] = {
#define PT_FAMILY(e, name, display, free_routine, configurable) { e, name },
#include "../../analyzer/model/data/families.def"
#undef PT_FAMILY
    };
    size_t i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
        CHECK_STR(pt_family_name(rows[i].f), rows[i].name);
    CHECK_STR(pt_family_name(PT_FAM_LOOKASIDE_NP), "lookaside_np");
    CHECK_STR(pt_family_name(PT_FAM_USTR), "unicode_string");
    CHECK_STR(pt_family_name(PT_FAM_LOCKED), "locked_pages");
}

int main(void)
{
    names_shared();
    FamInit();
    leak(LexLeak, "lookaside_ex", "site:lex_leak", "FaLx");
    pair(LexPair);
    wrong(LexWrong, "lookaside_ex", "pool", "site:lex_wrong");
    leak(WiLeak, "workitem", "site:wi_leak", NULL);
    pair(WiPair);
    wrong(WiWrong, "workitem", "pool", "site:wi_wrong");
    leak(IrpLeak, "irp", "site:irp_build", "Irp ");
    pair(IrpPair);
    wrong(IrpWrong, "irp", "mdl", "site:irp_wrong");
    leak(PagesLeak, "mdl_pages", "site:pages_leak", "Mdl ");
    pair(PagesPair);
    /* Pages freed, MDL not: still a leak, now of pool, at the allocation. */
    leak(PagesHalf, "pool", "site:pages_half", "Mdl ");
    wrong(PagesWrong, "mdl_pages", "mdl", "site:pages_wrong");
    drv = FLT;
    leak(FltLeak, "flt", "site:flt_leak", "PtFl");
    pair(FltPair);
    wrong(FltWrong, "flt", "pool", "site:flt_wrong");
    run(FltTag);
    CHECK_INT(st_count("tag_mismatch", "PT004"), 1);
    CHECK_STR(st_str(st_first("tag_mismatch"), "family"), "flt");
    CHECK_INT(st_num(st_first("tag_mismatch"), "line"), st_line_of(FLT, "site:flt_tag"));
    settle();
    return st_done();
}
