/* PT010 locked-pages: MmProbeAndLockPages without MmUnlockPages on some path.
 * Within a function the locked block is tracked; across functions, MDLs
 * locked and kept in a place and freed elsewhere (locked_places.c). */
#include "locked_places.h"

void pt010_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_LOCKED) {
        pt010_place_event(ev);
        return;
    }
    const struct pt_expr *mdl_call = ev->ctx->alloc_call[ev->alloc_id];
    if (!mdl_call || mdl_call == ev->call)   /* an MDL the function was given */
        pt_report(ev, PT_RULE_ID(PT010), ev->call->loc, "still locked here", "MmProbeAndLockPages",
                  "pages locked here by MmProbeAndLockPages are not unlocked with MmUnlockPages "
                  "on the path reaching line %u (bug check 0xCB DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS)",
                  ev->where.line);
    else
        pt_report(ev, PT_RULE_ID(PT010), ev->call->loc, "still locked here", "MmProbeAndLockPages",
                  "pages of the MDL from %s (line %u) locked here are not unlocked with "
                  "MmUnlockPages on the path reaching line %u (bug check 0xCB "
                  "DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS)", mdl_call->name, mdl_call->loc.line,
                  ev->where.line);
}
