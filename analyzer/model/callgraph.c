/* The run's call graph: edges from CALLEDGE events, breadth-first reach. */
#include <stdlib.h>
#include <string.h>
#include "callgraph.h"
#include "strmap.h"
#include "util.h"

char *pt_function_key(const char *file, const char *name, int is_static)
{
    return is_static ? pt_asprintf("%s::%s", file ? file : "", name) : pt_strdup(name);
}

static struct pt_cg_edge *edges;
static size_t nedges, cap_edges;
static struct pt_strmap seen_edges;   /* from|to|line|col: one edge per call site */
static struct pt_strmap bodies;       /* keys of the functions analysed in the run */

char *pt_cg_key(const struct pt_event *ev, const char *file, const char *name, int is_static)
{
    if (is_static) return pt_asprintf("%s::%s", file ? file : "", name);
    const char *project = ev->ctx && ev->ctx->project ? ev->ctx->project : "";
    return pt_asprintf("%s|%s", project, name);
}

const char *pt_cg_scope(const struct pt_event *ev)
{
    return ev->ctx && ev->ctx->tu_file ? ev->ctx->tu_file : ev->fn->loc.file;
}

char *pt_cg_self(const struct pt_event *ev)
{
    return pt_cg_key(ev, pt_cg_scope(ev), ev->fn->name, ev->fn->is_static);
}

int pt_cg_has_body(const char *key)
{
    return pt_strmap_get(&bodies, key) >= 0;
}

void pt_cg_on_event(const struct pt_event *ev)
{
    if (ev->kind == PT_EV_FUNC) {
        char *key = pt_cg_self(ev);
        pt_strmap_put(&bodies, key, 1);
        free(key);
        return;
    }
    if (ev->kind != PT_EV_CALLEDGE) return;
    char *from = pt_cg_self(ev);
    char *to = pt_cg_key(ev, ev->callee_file ? ev->callee_file : pt_cg_scope(ev), ev->call->name,
                         ev->call->callee_static);
    char *id = pt_asprintf("%s|%s|%u|%u", from, to, ev->call->loc.line, ev->call->loc.col);
    if (pt_strmap_get(&seen_edges, id) >= 0) {
        free(from); free(to); free(id);
        return;
    }
    pt_strmap_put(&seen_edges, id, 1);
    free(id);
    PT_GROW(edges, nedges, cap_edges);
    struct pt_cg_edge *e = &edges[nedges++];
    e->from = from;
    e->to = to;
    e->file = pt_strdup(ev->call->loc.file);
    e->callee = ev->via_field ? pt_asprintf("%s (through the function pointer %s)", ev->call->name, ev->via_field)
                              : pt_strdup(ev->call->name);
    e->line = ev->call->loc.line;
    e->col = ev->call->loc.col;
}

static int by_from(const void *a, const void *b)
{
    const struct pt_cg_edge *x = a, *y = b;
    int c = strcmp(x->from, y->from);
    if (c) return c;
    c = strcmp(x->file, y->file);
    if (c) return c;
    return x->line != y->line ? (x->line < y->line ? -1 : 1) : (int)x->col - (int)y->col;
}

/* Edges sorted by caller (deterministic order: the first chain found is stable). */
static int sorted;
static void sort_edges(void)
{
    if (sorted) return;
    if (nedges) qsort(edges, nedges, sizeof *edges, by_from);   /* qsort(NULL, 0) is undefined */
    sorted = 1;
}

static size_t first_from(const char *key)
{
    size_t lo = 0, hi = nedges;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(edges[mid].from, key) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static void push(struct pt_cg_reach *r, const char *key, long via, size_t root)
{
    if (pt_strmap_get(&r->idx, key) >= 0) return;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->keys = pt_xrealloc(r->keys, r->cap * sizeof *r->keys);
        r->via = pt_xrealloc(r->via, r->cap * sizeof *r->via);
        r->root = pt_xrealloc(r->root, r->cap * sizeof *r->root);
    }
    pt_strmap_put(&r->idx, key, (long)r->n);
    r->keys[r->n] = key;
    r->via[r->n] = via;
    r->root[r->n++] = root;
}

void pt_cg_reach(const char *const *roots, size_t nroots, struct pt_cg_reach *out)
{
    sort_edges();
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < nroots; i++) push(out, roots[i], -1, i);
    for (size_t head = 0; head < out->n; head++)
        for (size_t e = first_from(out->keys[head]); e < nedges && strcmp(edges[e].from, out->keys[head]) == 0; e++)
            push(out, edges[e].to, (long)e, out->root[head]);
}

long pt_cg_find(const struct pt_cg_reach *r, const char *key)
{
    return pt_strmap_get(&r->idx, key);
}

const struct pt_cg_edge *pt_cg_edge_at(long i)
{
    return i >= 0 && (size_t)i < nedges ? &edges[i] : NULL;
}

size_t pt_cg_chain(const struct pt_cg_reach *r, size_t i, long *chain, size_t max)
{
    size_t depth = 0;
    long rev[64];
    while (r->via[i] >= 0 && depth < 64) {
        rev[depth++] = r->via[i];
        long from = pt_cg_find(r, edges[r->via[i]].from);
        if (from < 0) break;
        i = (size_t)from;
    }
    size_t n = depth < max ? depth : max;
    for (size_t k = 0; k < n; k++) chain[k] = rev[depth - 1 - k];
    return n;
}

void pt_cg_reach_free(struct pt_cg_reach *r)
{
    free(r->keys);
    free(r->via);
    free(r->root);
    pt_strmap_free(&r->idx);
    memset(r, 0, sizeof *r);
}

void pt_cg_reset(void)
{
    for (size_t i = 0; i < nedges; i++) {
        free(edges[i].from); free(edges[i].to); free(edges[i].file); free(edges[i].callee);
    }
    free(edges);
    edges = NULL;
    nedges = cap_edges = 0;
    sorted = 0;
    pt_strmap_free(&seen_edges);
    memset(&seen_edges, 0, sizeof seen_edges);
    pt_strmap_free(&bodies);
}

void pt_cg_called_outside(const struct pt_cg_reach *r, struct pt_strmap *out)
{
    for (size_t i = 0; i < nedges; i++)
        if (pt_cg_find(r, edges[i].from) < 0) pt_strmap_put(out, edges[i].to, 1);
}
