/* PT002 missing-tag: untagged allocators, tag 0, the default tags and the
 * tags the configuration forbids. */
#include "rule.h"

static const int64_t defaults[] = {0x206b6444 /* Ddk */, 0x206d6457 /* Wdm */, 0x656e6f4e /* None */};

/* A tag argument the configured driver_tag can replace. */
static void hint_tag(struct pt_finding *f, const struct pt_event *ev)
{
    if (!(ev->api->flags & PT_API_LEARNED) && ev->api->tag >= 0)
        pt_hint(f, ev->call->name, PT_FIX_DRIVER_TAG, ev->api->tag, -1, NULL, NULL, (struct pt_srcloc){0});
}

void pt002_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_CALL) return;
    if (ev->api->kind != PT_API_ALLOC && ev->api->kind != PT_API_ALLOC_OUT) return;
    /* a wrapper whose tag is fixed inside it: reported once, inside */
    if ((ev->api->flags & PT_API_LEARNED) && (ev->api->tag_fixed || ev->api->tag < 0)) return;
    if (ev->api->flags & PT_API_UNTAGGED) {
        struct pt_finding *f = pt_report(ev, PT_RULE_ID(PT002), ev->call->loc, NULL, ev->call->name,
                                         "%s allocates untagged pool (shown as 'None'); use ExAllocatePool2 "
                                         "or ExAllocatePoolWithTag with a driver-specific tag", ev->call->name);
        const char *tagged = pt_api_tagged_twin(ev->call->name);   /* the one mechanical fix */
        if (tagged) pt_hint(f, ev->call->name, PT_FIX_DRIVER_TAG, -1, -1, NULL, tagged, (struct pt_srcloc){0});
        return;
    }
    int64_t tag;
    if (!pt_call_tag(ev->call, ev->api, &tag)) return;
    if (tag == 0) {
        hint_tag(pt_report(ev, PT_RULE_ID(PT002), ev->call->loc, NULL, ev->call->name,
                           "%s is called with tag 0; use a driver-specific four-character tag", ev->call->name),
                 ev);
        return;
    }
    if (pt_api_tag_forbidden(ev->ctx->apis, tag)) {   /* .pooltrack.json "forbidden_tags" */
        char shown[40];
        pt_tag_text(tag, shown);
        hint_tag(pt_report(ev, PT_RULE_ID(PT002), ev->call->loc, NULL, ev->call->name,
                           "%s uses the tag %s, which the configuration forbids (forbidden_tags); use "
                           "this driver's own tag", ev->call->name, shown), ev);
        return;
    }
    char shown[40];
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
        if (tag == defaults[i])
            hint_tag(pt_report(ev, PT_RULE_ID(PT002), ev->call->loc, NULL, ev->call->name,
                               "%s uses the default tag %s, which says nothing about who allocated the "
                               "memory; use a driver-specific tag", ev->call->name, pt_tag_text(tag, shown)), ev);
}
