/* PT004 tag-mismatch: freed with a tag other than the allocation's. */
#include "rule.h"

void pt004_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_FREE || ev->alloc->status == PT_A_FREED) return;
    if (ev->alloc->family != (int)ev->api->family) return;   /* PT009's business */
    int64_t free_tag, alloc_tag;
    if (!pt_call_tag(ev->call, ev->api, &free_tag)) return;
    if (!pt_call_tag(ev->alloc_call, ev->alloc_api, &alloc_tag)) return;
    if (free_tag == alloc_tag) return;
    char f[5], a[5];
    pt_tag_chars(free_tag, f);
    pt_tag_chars(alloc_tag, a);
    pt_report(ev, "PT004", ev->call->loc, "freed here with the wrong tag", ev->call->name,
              "%s frees with tag '%s' memory allocated by %s at line %u with tag '%s' "
              "(bug check 0xC2 BAD_POOL_CALLER)", ev->call->name, f, ev->alloc_call->name,
              ev->alloc_call->loc.line, a);
}
