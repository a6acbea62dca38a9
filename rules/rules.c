/* Event dispatch to the rules listed in rule_list.h. */
#include <stddef.h>
#include "engine_internal.h"
#include "callgraph.h"
#include "inventory.h"
#include "rule.h"
#include "strmap.h"
#include "summary_dump.h"

/* Rules with nothing to do at the end of the run name this one, so that the
 * list declares every hook itself (adding a rule touches only rule_list.h). */
static void pt_no_finish(struct pt_results *results) { (void)results; }
#define PT_RULE(id, ev, fin) void ev(const struct pt_event *e); void fin(struct pt_results *results);
#include "rule_list.h"
#undef PT_RULE

static const struct pt_rule rules[] = {
#define PT_RULE(id, ev, fin) {#id, ev, fin},
#include "rule_list.h"
#undef PT_RULE
};

void pt_rules_dispatch(const struct pt_event *ev)
{
    pt_cg_on_event(ev);
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) rules[i].on_event(ev);
    pt_summary_dump_on_event(ev);
    pt_inventory_on_event(ev);   /* --inventory: collects, never reports */
}

static struct pt_strmap incomplete;   /* projects with TUs missing from the link */

void pt_engine_project_incomplete(const char *project)
{
    pt_strmap_put(&incomplete, project ? project : "", 1);
}

int pt_rules_project_complete(const char *project)
{
    return pt_strmap_get(&incomplete, project ? project : "") < 0;
}

void pt_engine_finish(struct pt_results *results)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        rules[i].on_finish(results);
    pt_cg_reset();
    pt_strmap_free(&incomplete);
}
