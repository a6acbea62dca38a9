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

int pt_place_facts_same(const struct pt_place_fact *f, const struct pt_place_fact *g)
{
    return strcmp(f->place, g->place) == 0 && strcmp(f->project, g->project) == 0;
}

const char *pt_place_fact_file(const struct pt_place_fact *f)
{
    const char *slash = strrchr(f->file, '/');
    return slash ? slash + 1 : f->file;
}

struct pt_finding *pt_place_free_report(struct pt_results *r, const char *rule_id, const struct pt_place_fact *fr,
                                        char *message, const struct pt_place_fact *example, const char *note,
                                        enum pt_family family)
{
    struct pt_srcloc at = {fr->file, fr->line, fr->col};
    struct pt_finding *fd = pt_report_plain(r, rule_id, at, fr->function, message, fr->place);
    pt_finding_relate(fd, example->file, example->line, example->col, note);
    fd->family = pt_family_key(family);
    return fd;
}
