/* PT009 across functions: as PT004 does with tags, the run remembers which
 * allocator families were stored into each field (by struct type) and global,
 * and at the end checks the frees read from those places: `Setup` keeps an
 * IoAllocateMdl MDL in `Ext->Mdl`, `Teardown` releases `Ext->Mdl` with
 * ExFreePool. Reported only when every allocation stored there is of one
 * other family (a place that also holds pool memory could be that one). */
#include <stdlib.h>
#include <string.h>
#include "wrong_free_places.h"
#include "util.h"

struct fam_fact {
    char *place, *file, *function, *api, *project;
    unsigned line, col;
    enum pt_family family;
};
static struct fam_fact *stores, *frees;
static size_t nstores, cap_stores, nfrees, cap_frees;

static void remember(struct fam_fact **v, size_t *n, size_t *cap, const struct pt_event *ev)
{
    const char *project = ev->ctx && ev->ctx->project ? ev->ctx->project : "";
    for (size_t i = 0; i < *n; i++) {   /* one fact per place and site */
        const struct fam_fact *f = &(*v)[i];
        if (f->line == ev->call->loc.line && f->col == ev->call->loc.col && strcmp(f->place, ev->place) == 0 &&
            strcmp(f->file, ev->call->loc.file) == 0 && strcmp(f->project, project) == 0)
            return;
    }
    PT_GROW(*v, *n, *cap);
    struct fam_fact *f = &(*v)[(*n)++];
    f->place = pt_strdup(ev->place);
    f->file = pt_strdup(ev->call->loc.file);
    f->function = pt_strdup(ev->fn->name);
    f->api = pt_strdup(ev->call->name);
    f->project = pt_strdup(project);
    f->line = ev->call->loc.line;
    f->col = ev->call->loc.col;
    f->family = ev->api->family;
}

void pt009_place_event(const struct pt_event *ev)
{
    if (!ev->api || !ev->call || !ev->place) return;
    if (ev->kind == PT_EV_STORE) remember(&stores, &nstores, &cap_stores, ev);
    else if (ev->kind == PT_EV_FREE_PLACE && !ev->place_via_copy && ev->api->family != PT_FAM_NONE &&
             ev->api->kind == PT_API_FREE)
        remember(&frees, &nfrees, &cap_frees, ev);
}

static void check_free(struct pt_results *r, const struct fam_fact *fr)
{
    const struct fam_fact *example = NULL;
    if (!pt_engine_project_complete(fr->project)) return;   /* the matching store may be in a missing TU */
    for (size_t i = 0; i < nstores; i++) {
        const struct fam_fact *st = &stores[i];
        if (strcmp(st->place, fr->place) != 0 || strcmp(st->project, fr->project) != 0) continue;
        if (st->family == PT_FAM_NONE || st->family == fr->family) return;   /* could be that one */
        if (example && example->family != st->family) return;               /* mixed: not judged */
        example = st;
    }
    if (!example) return;
    const char *slash = strrchr(example->file, '/');
    struct pt_srcloc at = {fr->file, fr->line, fr->col};
    struct pt_finding *fd = pt_report_plain(
        r, PT_RULE_ID(PT009), at, fr->function,
        pt_asprintf("%s is the wrong routine for %s: every allocation stored there is the %s of %s (e.g. in "
                    "%s at %s:%u); release it with %s", fr->api, fr->place, pt_family_name(example->family),
                    example->api, example->function, slash ? slash + 1 : example->file, example->line,
                    pt_family_free_name(example->family)),
        fr->place);
    pt_finding_relate(fd, example->file, example->line, example->col, "allocated and stored there");
    fd->family = pt_family_key(example->family);
}

static void free_facts(struct fam_fact *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].place);
        free(v[i].file);
        free(v[i].function);
        free(v[i].api);
        free(v[i].project);
    }
    free(v);
}

void pt009_on_finish(struct pt_results *r)
{
    for (size_t i = 0; i < nfrees; i++) check_free(r, &frees[i]);
    free_facts(stores, nstores);
    free_facts(frees, nfrees);
    stores = frees = NULL;
    nstores = cap_stores = nfrees = cap_frees = 0;
}
