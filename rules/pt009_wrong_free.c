/* PT009 wrong-free: released with another allocator family's routine. */
#include "rule.h"

void pt009_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_FREE || ev->alloc->status == PT_A_FREED) return;
    enum pt_family fam = (enum pt_family)ev->alloc->family;
    if (fam == ev->api->family || fam == PT_FAM_NONE || ev->api->family == PT_FAM_NONE || !ev->alloc_call)
        return;   /* NONE: a SAL-declared routine of unknown family */
    if (ev->api->kind == PT_API_FREE_PAGES && fam == PT_FAM_POOL) return;
    pt_report(ev, PT_RULE_ID(PT009), ev->call->loc, "released with the wrong routine here", ev->call->name,
              "%s releases a %s allocated by %s at line %u; release it with %s",
              ev->call->name, pt_family_name(fam), ev->alloc_call->name, ev->alloc_call->loc.line,
              pt_family_free_name(fam));
}
