/* Facts about places for the rules that judge them at the end of the run. */
#include "place_facts.h"
#include <stdlib.h>
#include <string.h>
#include "util.h"

void pt_place_facts_add(struct pt_place_facts *fs, const struct pt_event *ev)
{
    int64_t tag = 0;
    int known = pt_call_tag(ev->call, ev->api, &tag);
    const char *project = ev->ctx && ev->ctx->project ? ev->ctx->project : "";
    for (size_t i = 0; i < fs->n; i++) {
        const struct pt_place_fact *f = &fs->v[i];
        if (f->line == ev->call->loc.line && f->col == ev->call->loc.col && f->tag == tag &&
            strcmp(f->place, ev->place) == 0 && strcmp(f->file, ev->call->loc.file) == 0 &&
            strcmp(f->project, project) == 0)
            return;
    }
    PT_GROW(fs->v, fs->n, fs->cap);
    struct pt_place_fact *f = &fs->v[fs->n++];
    f->place = pt_strdup(ev->place);
    f->file = pt_strdup(ev->call->loc.file);
    f->function = pt_strdup(ev->fn->name);
    f->api = pt_strdup(ev->call->name);
    f->project = pt_strdup(project);
    f->line = ev->call->loc.line;
    f->col = ev->call->loc.col;
    f->tag = tag;
    f->tag_known = known;
    f->family = ev->api->family;
}

void pt_place_facts_free(struct pt_place_facts *fs)
{
    for (size_t i = 0; i < fs->n; i++) {
        free(fs->v[i].place);
        free(fs->v[i].file);
        free(fs->v[i].function);
        free(fs->v[i].api);
        free(fs->v[i].project);
    }
    free(fs->v);
    memset(fs, 0, sizeof *fs);
}
