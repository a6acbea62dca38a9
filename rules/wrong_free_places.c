/* PT009 across functions: as PT004 does with tags, the run remembers which
 * allocator families were stored into each field (by struct type) and global,
 * and at the end checks the frees read from those places: `Setup` keeps an
 * IoAllocateMdl MDL in `Ext->Mdl`, `Teardown` releases `Ext->Mdl` with
 * ExFreePool. Reported only when every allocation stored there is of one
 * other family (a place that also holds pool memory could be that one). */
#include <string.h>
#include "place_facts.h"
#include "util.h"
#include "wrong_free_places.h"

static struct pt_place_facts stores, frees;   /* of the run */

void pt009_place_event(const struct pt_event *ev)
{
    if (!ev->api || !ev->call || !ev->place) return;
    if (ev->kind == PT_EV_STORE) pt_place_facts_add(&stores, ev);
    else if (ev->kind == PT_EV_FREE_PLACE && !ev->place_via_copy && ev->api->family != PT_FAM_NONE &&
             ev->api->kind == PT_API_FREE)
        pt_place_facts_add(&frees, ev);
}

static void check_free(struct pt_results *r, const struct pt_place_fact *fr)
{
    const struct pt_place_fact *example = NULL;
    if (!pt_engine_project_complete(fr->project)) return;   /* the matching store may be in a missing TU */
    for (size_t i = 0; i < stores.n; i++) {
        const struct pt_place_fact *st = &stores.v[i];
        if (!pt_place_facts_same(st, fr)) continue;
        if (st->family == PT_FAM_NONE || st->family == fr->family) return;   /* could be that one */
        if (example && example->family != st->family) return;               /* mixed: not judged */
        example = st;
    }
    if (!example) return;
    pt_place_free_report(r, PT_RULE_ID(PT009), fr,
                         pt_asprintf("%s is the wrong routine for %s: every allocation stored there is the %s "
                                     "of %s (e.g. in %s at %s:%u); release it with %s", fr->api, fr->place,
                                     pt_family_name(example->family), example->api, example->function,
                                     pt_place_fact_file(example), example->line,
                                     pt_family_free_name(example->family)),
                         example, "allocated and stored there", example->family);
}

void pt009_on_finish(struct pt_results *r)
{
    for (size_t i = 0; i < frees.n; i++) check_free(r, &frees.v[i]);
    pt_place_facts_free(&stores);
    pt_place_facts_free(&frees);
}
