/* PT009 wrong-free: released with another allocator family's routine. */
#include <stdio.h>
#include "wrong_free_places.h"

/* The right call when it can be written from this call and the allocating
 * one (a template: P is the freed pointer argument, An argument n of the
 * allocation, S the string whose Buffer is freed, u.Buffer: &u). Families
 * whose release needs what neither call says (a length, a cache type) get
 * none. */
static void hint_right_free(struct pt_finding *f, const struct pt_event *ev, enum pt_family fam)
{
    if (ev->api->ptr < 0) return;
    const char *name = ev->alloc_call->name, *fix = pt_api_release_call(name);
    char buf[64];
    if (!fix) switch (fam) {
    case PT_FAM_MDL: case PT_FAM_IRP: case PT_FAM_CONTIG: case PT_FAM_WORKITEM: case PT_FAM_NDIS_RWLOCK:
        snprintf(buf, sizeof buf, "%s(P)", pt_family_free_name(fam));
        fix = buf;
        break;
    case PT_FAM_USTR: fix = "RtlFreeUnicodeString(S)"; break;
    case PT_FAM_ASTR: fix = "RtlFreeAnsiString(S)"; break;
    case PT_FAM_POOL:
        if (ev->alloc_api->tag_fixed) break;
        if (ev->alloc_api->tag < 0) fix = "ExFreePool(P)";
        else if ((unsigned)ev->alloc_api->tag < ev->alloc_call->nkids) {
            snprintf(buf, sizeof buf, "ExFreePoolWithTag(P,A%d)", ev->alloc_api->tag);
            fix = buf;
        }
        break;
    default: break;
    }
    if (fix) pt_hint(f, ev->call->name, PT_FIX_CALL, ev->api->ptr, -1, name, fix, ev->alloc_call->loc);
}

void pt009_on_event(const struct pt_event *ev)
{
    if (ev->kind == PT_EV_STORE || ev->kind == PT_EV_FREE_PLACE) {
        pt009_place_event(ev);   /* across functions: wrong_free_places.c */
        return;
    }
    if (ev->kind != PT_EV_FREE || ev->alloc->status == PT_A_FREED) return;
    enum pt_family fam = (enum pt_family)ev->alloc->family;
    if (fam == ev->api->family || fam == PT_FAM_NONE || ev->api->family == PT_FAM_NONE || !ev->alloc_call)
        return;   /* NONE: a SAL-declared routine of unknown family */
    if (ev->api->kind == PT_API_FREE_PAGES && fam == PT_FAM_POOL) return;
    struct pt_finding *f = pt_report(ev, PT_RULE_ID(PT009), ev->call->loc, "released with the wrong routine here",
                                     ev->call->name, "%s is the wrong routine for the %s allocated by %s at line "
                                     "%u; release it with %s", ev->call->name, pt_family_name(fam),
                                     ev->alloc_call->name, ev->alloc_call->loc.line, pt_family_free_name(fam));
    hint_right_free(f, ev, fam);
}
