/* PT003 tag-size-swap: the size argument looks like a tag and the tag does not. */
#include "rule.h"

void pt003_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_CALL || ev->api->size < 0 || ev->api->tag < 0) return;
    const struct pt_expr *call = ev->call;
    if ((unsigned)ev->api->size >= call->nkids || (unsigned)ev->api->tag >= call->nkids) return;
    const struct pt_expr *size = call->kids[ev->api->size], *tag = call->kids[ev->api->tag];
    /* A size that reads as four characters is a tag (nobody allocates 'gaTM'
     * = 1.7 GB on purpose); the tag argument then holds the size. */
    if (size->kind != PT_EX_INT || size->ival < 0x20202020 || !pt_tag_printable(size->ival)) return;
    if (tag->kind == PT_EX_INT && pt_tag_printable(tag->ival)) return;
    char chars[40];
    pt_tag_text(size->ival, chars);
    struct pt_finding *f = pt_report(ev, PT_RULE_ID(PT003), call->loc, NULL, call->name,
                                     "%s: the size argument is the tag constant %s (%lld bytes) and the "
                                     "tag argument is not a tag; the two arguments are swapped", call->name,
                                     chars, (long long)size->ival);
    pt_hint(f, ev->call->name, PT_FIX_SWAP, ev->api->size, ev->api->tag, NULL, NULL, (struct pt_srcloc){0});
}
