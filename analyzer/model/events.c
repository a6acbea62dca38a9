/* The event stream from the pool model to its listeners, and its end. */
#include <stddef.h>
#include "callgraph.h"
#include "engine_internal.h"
#include "events.h"
#include "inventory.h"
#include "summary_dump.h"

static const struct pt_listener *listener;

void pt_model_listen(const struct pt_listener *l)
{
    listener = l;
}

void pt_model_emit(const struct pt_event *ev)
{
    pt_cg_on_event(ev);
    if (listener) listener->on_event(ev);
    pt_summary_dump_on_event(ev);
    pt_inventory_on_event(ev);   /* --inventory: collects, never reports */
}

void pt_engine_finish(struct pt_results *results)
{
    if (listener) listener->on_finish(results);
    pt_cg_reset();
    pt_engine_projects_reset();
}
