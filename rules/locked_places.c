/* PT010 across functions: `StartIo` locks a user buffer's pages and keeps
 * the MDL in `Ext->LockedMdl`; `Cleanup` releases `Ext->LockedMdl` with
 * IoFreeMdl. Reported at that free when every MDL stored in the place was
 * locked (PT_EV_STORE `locked`), nothing in the driver unlocks the place
 * (MmUnlockPages of it, or of a local copy of it, or a helper of the
 * project given it that unlocks: PT_EV_UNLOCK_PLACE), the freeing function
 * unlocks nothing itself, and the place is not handed to code the run cannot
 * see (PT_EV_PLACE_USE). Path-insensitive on purpose: any unlock anywhere
 * keeps it quiet. */
#include <stdlib.h>
#include <string.h>
#include "locked_places.h"
#include "place_facts.h"
#include "strmap.h"
#include "util.h"

/* Names of one project ("project\n name"), a set. */
static char *key(const char *project, const char *name)
{
    return pt_asprintf("%s\n%s", project ? project : "", name);
}

static int names_has(const struct pt_strmap *ns, const char *project, const char *name)
{
    char *k = key(project, name);
    int found = pt_strmap_get(ns, k) >= 0;
    free(k);
    return found;
}

static void names_add(struct pt_strmap *ns, const char *project, const char *name)
{
    char *k = key(project, name);
    pt_strmap_put(ns, k, 1);
    free(k);
}

static struct pt_place_facts locked_stores, other_stores, frees;   /* of the run */
static struct pt_strmap unlocked,   /* places MmUnlockPages is called on */
    unlockers,                  /* functions that unlock anything */
    handed;                     /* places (or "struct X" records) given to code the run cannot see */

static const char *project_of(const struct pt_event *ev)
{
    return ev->ctx && ev->ctx->project ? ev->ctx->project : "";
}

void pt010_place_event(const struct pt_event *ev)
{
    const char *project = project_of(ev);
    switch (ev->kind) {
    case PT_EV_STORE:
        if (!ev->api || !ev->call || !ev->place) return;
        /* a reference left behind (every exit freed the block) holds nothing */
        if (ev->locked && ev->kept) pt_place_facts_add(&locked_stores, ev);
        else if (ev->kept) pt_place_facts_add(&other_stores, ev);
        return;
    case PT_EV_FREE_PLACE:
        if (!ev->api || !ev->call || !ev->place || ev->api->kind != PT_API_FREE || ev->api->family != PT_FAM_MDL ||
            (ev->api->flags & PT_API_UNLOCKS))
            return;
        pt_place_facts_add(&frees, ev);
        return;
    case PT_EV_UNLOCK_PLACE:
        names_add(&unlockers, project, ev->fn->name);
        if (ev->place) names_add(&unlocked, project, ev->place);
        return;
    case PT_EV_PLACE_USE:
        if (ev->place && (ev->use == PT_USE_PASSED || ev->use == PT_USE_RECORD)) names_add(&handed, project, ev->place);
        return;
    default:
        return;
    }
}

/* "struct _X::Field" handed over itself, or a pointer to its struct. */
static int place_handed(const char *project, const char *place)
{
    if (names_has(&handed, project, place)) return 1;
    const char *sep = strstr(place, "::");
    if (!sep) return 0;
    char *record = pt_strdup(place);
    record[sep - place] = 0;
    int h = names_has(&handed, project, record);
    free(record);
    return h;
}

static void check_free(struct pt_results *r, const struct pt_place_fact *fr)
{
    if (!pt_engine_project_complete(fr->project)) return;   /* the unlock may be in a missing TU */
    if (names_has(&unlocked, fr->project, fr->place) || names_has(&unlockers, fr->project, fr->function) ||
        place_handed(fr->project, fr->place))
        return;
    for (size_t i = 0; i < other_stores.n; i++)
        if (pt_place_facts_same(&other_stores.v[i], fr)) return;   /* it may be one of those */
    const struct pt_place_fact *st = NULL;
    for (size_t i = 0; i < locked_stores.n && !st; i++)
        if (pt_place_facts_same(&locked_stores.v[i], fr)) st = &locked_stores.v[i];
    if (!st) return;
    pt_place_free_report(r, PT_RULE_ID(PT010), fr,
                         pt_asprintf("%s frees %s without MmUnlockPages, but the MDLs stored there have their "
                                     "pages locked (e.g. from %s, locked and kept there by %s at %s:%u) and "
                                     "nothing in the driver unlocks it (bug check 0x76 PROCESS_HAS_LOCKED_PAGES "
                                     "or 0xCB DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS)",
                                     fr->api, fr->place, st->api, st->function, pt_place_fact_file(st), st->line),
                         st, "allocated, locked and stored there", PT_FAM_MDL);
}

void pt010_on_finish(struct pt_results *r)
{
    for (size_t i = 0; i < frees.n; i++) check_free(r, &frees.v[i]);
    pt_place_facts_free(&locked_stores);
    pt_place_facts_free(&other_stores);
    pt_place_facts_free(&frees);
    pt_strmap_free(&unlocked);
    pt_strmap_free(&unlockers);
    pt_strmap_free(&handed);
}
