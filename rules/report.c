/* Turning an event into a finding: message, location, path, fingerprint. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rule.h"
#include "util.h"

const char *pt_describe_alloc(struct pt_fctx *c, const struct pt_expr *call, const struct pt_api *api)
{
    int64_t tag;
    char shown[40], *s;
    if (pt_call_tag(call, api, &tag)) {
        s = pt_asprintf("%s with tag %s", call->name, pt_tag_text(tag, shown));
    } else {
        s = pt_asprintf("%s", call->name);
    }
    char *r = pt_arena_strdup(c->arena, s);
    free(s);
    return r;
}

/* The finding of this function already reported at `at` for rule, or NULL. */
static struct pt_finding *already(const struct pt_fctx *c, const char *rule, struct pt_srcloc at)
{
    for (size_t i = c->first_finding; i < c->results->nfindings; i++) {
        struct pt_finding *f = &c->results->findings[i];
        if (f->loc.line == at.line && f->loc.col == at.col && strcmp(f->rule_id, rule) == 0 &&
            strcmp(f->loc.file, at.file) == 0)
            return f;
    }
    return NULL;
}

static void add_step(struct pt_finding *f, size_t *cap, struct pt_srcloc loc, const char *msg)
{
    PT_GROW(f->steps, f->nsteps, *cap);
    f->steps[f->nsteps].loc.file = pt_strdup(loc.file ? loc.file : "");
    f->steps[f->nsteps].loc.line = loc.line;
    f->steps[f->nsteps].loc.col = loc.col;
    f->steps[f->nsteps].message = pt_strdup(msg);
    f->nsteps++;
}

static int same_step(const struct pt_trail *a, const struct pt_trail *b)
{
    return a->loc.line == b->loc.line && a->loc.col == b->loc.col &&
           (a->loc.file == b->loc.file || (a->loc.file && b->loc.file && strcmp(a->loc.file, b->loc.file) == 0)) &&
           (a->msg == b->msg || (a->msg && b->msg && strcmp(a->msg, b->msg) == 0));
}

/* How often the k steps at v[i] occur in a row from there (1: no repeat). */
static size_t repeats(const struct pt_trail **v, size_t n, size_t i, size_t k)
{
    size_t r = 1;
    while (i + (r + 1) * k <= n) {
        size_t j = 0;
        while (j < k && same_step(v[i + j], v[i + r * k + j])) j++;
        if (j < k) break;
        r++;
    }
    return r;
}

/* The path's steps, each run of loop rounds that went the same way told
 * once, with a step saying how many times the loop ran like that (a path
 * of 12 rounds used to show 60 identical steps). */
static void add_folded(struct pt_finding *f, size_t *cap, const struct pt_trail **v, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t best_k = 1, best_r = 1;
        for (size_t k = 1; k <= 16 && i + 2 * k <= n; k++) {
            size_t r = repeats(v, n, i, k);
            if (r > 1 && r * k > best_r * best_k) {
                best_k = k;
                best_r = r;
            }
        }
        for (size_t j = 0; j < best_k; j++) add_step(f, cap, v[i + j]->loc, v[i + j]->msg);
        if (best_r > 1) {
            char *m = pt_asprintf("the %s repeated %zu times in a row (a loop running %zu rounds this way)",
                                  best_k == 1 ? "step above is" : "steps above are", best_r, best_r);
            add_step(f, cap, v[i]->loc, m);
            free(m);
        }
        i += best_k * best_r;
    }
}

static void add_path(struct pt_finding *f, size_t *cap, const struct pt_event *ev)
{
    const struct pt_trail *stop = NULL, *t;
    /* a block from an earlier loop round was created at its site's step before last */
    int nsites = (int)ev->ctx->nsites, site = ev->alloc_id, skip = 0;
    if (site >= nsites) { site -= nsites; skip = 1; }
    /* the path starts where the block was made (or locked); later steps about
     * it ("given to AddEntry, which keeps it only when it succeeds") are
     * shown, not taken for its start */
    const struct pt_expr *origin = ev->alloc_call;
    if (!origin && ev->alloc_id >= 0) origin = ev->ctx->alloc_call[ev->alloc_id];
    if (!origin) origin = ev->call;   /* a caller's MDL: where this function locked it */
    if (ev->alloc_id >= 0)
        for (t = ev->trail; t; t = t->prev)
            if (t->alloc == site && (!origin || (t->loc.line == origin->loc.line && t->loc.col == origin->loc.col))) {
                stop = t;
                if (skip-- <= 0) break;
            }
    if (ev->alloc_id >= 0 && !stop) return;
    size_t n = 0;
    for (t = ev->trail; t; t = t->prev) {
        n++;
        if (t == stop) break;
    }
    const struct pt_trail **v = pt_xmalloc((n ? n : 1) * sizeof *v);
    size_t i = n;
    for (t = ev->trail; t && i; t = t->prev) {
        v[--i] = t;
        if (t == stop) break;
    }
    size_t m = 0;
    for (i = 0; i < n; i++)   /* other blocks' creation is noise on this path */
        if (v[i]->alloc < 0 || v[i]->alloc == site || ev->alloc_id < 0) v[m++] = v[i];
    add_folded(f, cap, v, m);
    free(v);
}

static void relate(struct pt_finding *f, struct pt_srcloc l, const char *msg)
{
    if (!l.file || !l.line) return;
    if (l.line == f->loc.line && l.col == f->loc.col && strcmp(l.file, f->loc.file) == 0) return;
    for (size_t i = 0; i < f->nrelated; i++)
        if (f->related[i].loc.line == l.line && f->related[i].loc.col == l.col &&
            strcmp(f->related[i].loc.file, l.file) == 0)
            return;
    pt_finding_relate(f, l.file, l.line, l.col, msg);
}

/* The other places the message names (SARIF relatedLocations): the
 * allocation and the first free of a freed block, the allocating call and
 * the exit of a leak. */
static void relate_places(struct pt_finding *f, const struct pt_event *ev)
{
    char *m = NULL;
    if (ev->kind == PT_EV_FREE && ev->alloc_call) {
        m = pt_asprintf("allocated here by %s", ev->alloc_call->name);
        relate(f, ev->alloc_call->loc, m);
    }
    if (ev->kind == PT_EV_FREE && ev->prev_free && ev->prev_free != ev->call) {
        free(m);
        m = pt_asprintf("first freed here by %s", ev->prev_free->name);
        relate(f, ev->prev_free->loc, m);
    }
    if ((ev->kind == PT_EV_LEAK || ev->kind == PT_EV_LOCKED) && ev->call) {
        free(m);
        m = pt_asprintf("%s here", ev->kind == PT_EV_LEAK ? "allocated" : "locked");
        relate(f, ev->call->loc, m);
        relate(f, ev->where, ev->kind == PT_EV_LEAK ? "the path leaves here without freeing it"
                                                    : "the path reaches here with the pages locked");
    }
    free(m);
}

/* The family of the block an event is about: its allocation's (a free names
 * the allocating routine in alloc_api; PT009 reports only such frees, so
 * its wrong routine is never taken), else the routine's own when it
 * allocates or frees (a parameter's block). */
const char *pt_block_family(const struct pt_event *ev)
{
    const struct pt_api *api = ev->kind == PT_EV_FREE && ev->alloc_api ? ev->alloc_api : ev->api;
    if (!api || api->family == PT_FAM_NONE) return NULL;
    if (api->kind != PT_API_ALLOC && api->kind != PT_API_ALLOC_OUT && api->kind != PT_API_FREE) return NULL;
    return pt_family_key(api->family);
}

struct pt_finding *pt_report(const struct pt_event *ev, const char *rule_id, struct pt_srcloc at,
                             const char *last, const char *fingerprint, const char *fmt, ...)
{
    struct pt_fctx *c = ev->ctx;
    const struct pt_rule_info *info = pt_rule_info_find(rule_id);
    if (!at.file) return NULL;
    struct pt_finding *seen = already(c, rule_id, at);
    int with_path = ev->kind == PT_EV_LEAK || ev->kind == PT_EV_LOCKED || ev->kind == PT_EV_FREE;
    if (seen && !with_path) return NULL;
    struct pt_finding f;
    memset(&f, 0, sizeof f);
    f.rule_id = info ? info->id : rule_id;
    f.level = info ? info->level : PT_WARNING;
    f.loc.file = pt_strdup(at.file);
    f.loc.line = at.line;
    f.loc.col = at.col;
    f.function = pt_strdup(ev->fn->name);
    va_list ap;
    va_start(ap, fmt);
    f.message = pt_vasprintf(fmt, ap);
    va_end(ap);
    size_t cap = 0;
    if (with_path) {
        add_path(&f, &cap, ev);
        if (last) add_step(&f, &cap, ev->kind == PT_EV_FREE ? ev->call->loc : ev->where, last);
    }
    f.fingerprint_key = pt_asprintf("%s|%s|%s", rule_id, ev->fn->name, fingerprint ? fingerprint : "");
    f.family = pt_block_family(ev);
    relate_places(&f, ev);
    /* One finding per place; the walk meets it on many paths (depth first,
     * the long ones first): the shortest path explains it best. */
    if (seen && f.nsteps < seen->nsteps) {
        f.suppressed = seen->suppressed;
        pt_finding_free(seen);
        *seen = f;
        return seen;
    }
    if (seen) {
        pt_finding_free(&f);
        return NULL;
    }
    pt_results_add_finding(c->results, &f);
    return &c->results->findings[c->results->nfindings - 1];
}

struct pt_finding *pt_report_plain(struct pt_results *r, const char *rule_id, struct pt_srcloc at,
                                   const char *function, char *message, const char *fingerprint)
{
    const struct pt_rule_info *info = pt_rule_info_find(rule_id);
    struct pt_finding f;
    memset(&f, 0, sizeof f);
    f.rule_id = info ? info->id : rule_id;
    f.level = info ? info->level : PT_WARNING;
    f.loc.file = pt_strdup(at.file ? at.file : "");
    f.loc.line = at.line;
    f.loc.col = at.col;
    f.function = function ? pt_strdup(function) : NULL;
    f.message = message;
    f.fingerprint_key = pt_asprintf("%s|%s|%s", rule_id, function ? function : "", fingerprint);
    pt_results_add_finding(r, &f);
    return &r->findings[r->nfindings - 1];
}

void pt_finding_at(struct pt_finding *f, const char *rule_id, const char *file, unsigned line, unsigned col,
                   const char *function)
{
    memset(f, 0, sizeof *f);
    const struct pt_rule_info *info = pt_rule_info_find(rule_id);
    f->rule_id = info->id;
    f->level = info->level;
    f->loc.file = pt_strdup(file);
    f->loc.line = line;
    f->loc.col = col;
    f->function = pt_strdup(function);
}

void pt_hint(struct pt_finding *f, const char *call, enum pt_fix_kind kind, int arg, int arg2, const char *text,
             const char *callee, struct pt_srcloc from)
{
    if (!f) return;
    free(f->hint.call);
    free(f->hint.text);
    free(f->hint.callee);
    free(f->hint.from.file);
    f->hint.kind = kind;
    f->hint.call = pt_strdup(call);
    f->hint.arg = arg;
    f->hint.arg2 = arg2;
    f->hint.text = text ? pt_strdup(text) : NULL;
    f->hint.callee = callee ? pt_strdup(callee) : NULL;
    f->hint.from.file = from.file ? pt_strdup(from.file) : NULL;
    f->hint.from.line = from.line;
    f->hint.from.col = from.col;
}
