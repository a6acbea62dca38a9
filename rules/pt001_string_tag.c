/* PT001 string-tag: a string literal or a pointer passed as a pool tag. */
#include "rule.h"

void pt001_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_CALL || ev->api->tag < 0 || (unsigned)ev->api->tag >= ev->call->nkids)
        return;
    if (ev->api->kind != PT_API_ALLOC && ev->api->kind != PT_API_ALLOC_OUT && ev->api->kind != PT_API_FREE)
        return;
    const struct pt_expr *t = ev->call->kids[ev->api->tag];
    if (!t->is_string && !t->is_pointer) return;
    struct pt_finding *f = pt_report(ev, PT_RULE_ID(PT001), ev->call->loc, NULL, ev->call->name,
                                     "%s is passed %s as its pool tag; a tag must be a four-character "
                                     "constant such as 'gaTM'", ev->call->name,
                                     t->is_string ? "a string literal" : "a pointer");
    if (t->is_string)
        pt_hint(f, ev->call->name, PT_FIX_STRING_TAG, ev->api->tag, -1, NULL, NULL, (struct pt_srcloc){0});
}
