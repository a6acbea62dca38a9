/* PT008 double-free: the same allocation freed twice on one path. */
#include "rule.h"

void pt008_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_FREE || ev->alloc->status != PT_A_FREED || !ev->prev_free) return;
    if (!ev->alloc_call && ev->prev_free == ev->call) {   /* given, freed on two rounds */
        pt_report(ev, PT_RULE_ID(PT008), ev->call->loc, "freed again here", ev->call->name,
                  "memory passed in as a parameter is freed twice by this call: a later round of "
                  "the loop frees it again (the pointer is not reset to NULL after the free)");
        return;
    }
    if (!ev->alloc_call) {   /* a block the function was given */
        pt_report(ev, PT_RULE_ID(PT008), ev->call->loc, "freed again here", ev->call->name,
                  "memory passed in as a parameter is freed twice: first by %s at line %u, "
                  "again here", ev->prev_free->name, ev->prev_free->loc.line);
        return;
    }
    const char *what = pt_describe_alloc(ev->ctx, ev->alloc_call, ev->alloc_api);
    if (ev->prev_free == ev->call) {   /* the same free on a later round of a loop */
        pt_report(ev, PT_RULE_ID(PT008), ev->call->loc, "freed again here", what,
                  "memory allocated by %s at line %u is freed twice by this call: a later round "
                  "of the loop frees the pointer again (it is not reset to NULL after the free)",
                  what, ev->alloc_call->loc.line);
        return;
    }
    pt_report(ev, PT_RULE_ID(PT008), ev->call->loc, "freed again here", what,
              "memory allocated by %s at line %u is freed twice: first by %s at line %u, again "
              "here", what, ev->alloc_call->loc.line, ev->prev_free->name, ev->prev_free->loc.line);
}
