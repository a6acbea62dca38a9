/* PT004 tag-mismatch: freed with a tag other than the allocation's.
 * Within a function the freed block is tracked. Across functions, the run
 * remembers which tags were stored into each field (by struct type) and global,
 * and checks frees read from those places at the end of the run. */
#include <stdlib.h>
#include <string.h>
#include "place_facts.h"
#include "util.h"

/* Argument arg of the free gets the allocation's tag as the allocation
 * spells it (a macro stays a macro), or as a constant when a wrapper fixes it. */
static void hint_alloc_tag(struct pt_finding *f, const struct pt_event *ev, int arg, int64_t alloc_tag)
{
    int at = ev->alloc_api->tag;
    char k[7];
    if (at >= 0 && (unsigned)at < ev->alloc_call->nkids && !ev->alloc_api->tag_fixed)
        pt_hint(f, ev->call->name, PT_FIX_COPY_ARG, arg, at, ev->alloc_call->name, NULL, ev->alloc_call->loc);
    else if (pt_tag_constant(alloc_tag, k))
        pt_hint(f, ev->call->name, PT_FIX_ARG, arg, -1, k, NULL, (struct pt_srcloc){0});
}

static void report_tracked(const struct pt_event *ev)
{
    if (ev->alloc->status == PT_A_FREED || !ev->alloc_call) return;
    if (ev->alloc->family != (int)ev->api->family) return;   /* PT009's business */
    int64_t free_tag, alloc_tag;
    /* tag 0 is not checked by the pool: the WDK's ntddk.h makes ExFreePool(a)
     * ExFreePoolWithTag(a, 0) under POOL_TAGGING */
    if (!pt_call_tag(ev->call, ev->api, &free_tag) || free_tag == 0) return;
    if (!pt_call_tag(ev->alloc_call, ev->alloc_api, &alloc_tag)) return;
    if (free_tag == alloc_tag) return;
    char f[40], a[40];
    pt_tag_text(free_tag, f);
    pt_tag_text(alloc_tag, a);
    struct pt_finding *fd = pt_report(ev, PT_RULE_ID(PT004), ev->call->loc, "freed here with the wrong tag",
                                      ev->call->name, "%s frees with tag %s memory allocated by %s at line %u "
                                      "with tag %s (bug check 0xC2 BAD_POOL_CALLER)", ev->call->name, f,
                                      ev->alloc_call->name, ev->alloc_call->loc.line, a);
    hint_alloc_tag(fd, ev, ev->api->tag, alloc_tag);
}

static struct pt_place_facts stores, frees;   /* of the run */

void pt004_on_event(const struct pt_event *ev)
{
    if (ev->kind == PT_EV_FREE) report_tracked(ev);
    else if (ev->kind == PT_EV_STORE && ev->api->tag >= 0 && ev->api->family == PT_FAM_POOL)
        pt_place_facts_add(&stores, ev);
    else if (ev->kind == PT_EV_FREE_PLACE && !ev->place_via_copy && ev->api->tag >= 0 &&
             ev->api->family == PT_FAM_POOL)
        pt_place_facts_add(&frees, ev);
}

static void check_free(struct pt_results *r, const struct pt_place_fact *fr)
{
    const struct pt_place_fact *example = NULL;
    if (!pt_engine_project_complete(fr->project)) return;   /* the matching store may be in a missing TU */
    for (size_t i = 0; i < stores.n; i++) {
        const struct pt_place_fact *st = &stores.v[i];
        if (!pt_place_facts_same(st, fr)) continue;
        if (!st->tag_known || st->tag == fr->tag) return;   /* could be that one */
        example = st;
    }
    if (!example) return;
    char f[40], a[40];
    pt_tag_text(fr->tag, f);
    pt_tag_text(example->tag, a);
    pt_place_free_report(r, PT_RULE_ID(PT004), fr,
                         pt_asprintf("%s frees %s with tag %s, but every allocation stored there "
                                     "has another tag, e.g. %s from %s in %s at %s:%u (bug check "
                                     "0xC2 BAD_POOL_CALLER)", fr->api, fr->place, f, a, example->api,
                                     example->function, pt_place_fact_file(example), example->line),
                         example, "allocated and stored there with another tag",
                         PT_FAM_POOL);   /* only pool frees are remembered */
}

void pt004_on_finish(struct pt_results *r)
{
    for (size_t i = 0; i < frees.n; i++)
        if (frees.v[i].tag_known && frees.v[i].tag != 0) check_free(r, &frees.v[i]);   /* 0: not checked */
    pt_place_facts_free(&stores);
    pt_place_facts_free(&frees);
}
