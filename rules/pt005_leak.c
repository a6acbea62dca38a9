/* PT005 leak: an allocation lost on some path of a function. */
#include "rule.h"

void pt005_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_LEAK) return;
    const char *what = pt_describe_alloc(ev->ctx, ev->call, ev->api);
    switch (ev->leak) {
    case PT_LEAK_EXIT:
        pt_report(ev, PT_RULE_ID(PT005), ev->call->loc, "returns without freeing it", what,
                  "memory allocated by %s is leaked: %s returns at line %u without freeing it "
                  "or handing it over", what, ev->fn->name, ev->where.line);
        break;
    case PT_LEAK_OVERWRITE:
        pt_report(ev, PT_RULE_ID(PT005), ev->call->loc, "its only pointer is overwritten here", what,
                  "memory allocated by %s is leaked: its only pointer is overwritten at line %u",
                  what, ev->where.line);
        break;
    case PT_LEAK_PARENT_FREED:
        pt_report(ev, PT_RULE_ID(PT005), ev->call->loc, "returns; the block that held it was freed", what,
                  "memory allocated by %s is leaked: the only pointer to it was stored in a "
                  "block that is freed before %s returns at line %u", what, ev->fn->name,
                  ev->where.line);
        break;
    }
}
