#include "link.h"
#include <stdlib.h>
#include <string.h>
#include "fptr.h"
#include "pool_api.h"
#include "strmap.h"
#include "summary_dump.h"
#include "util.h"

struct node {
    const struct pt_tu_ir *ir;
    const struct pt_func *fn;
    unsigned *callees;
    size_t ncallees, cap_callees;
    unsigned char called, unique, state;
};

/* Static functions are known per file, others per project (compile directory):
 * two drivers of one run may both have a DriverEntry or an AllocateBuffer. */
static char *func_key(const struct pt_tu_ir *ir, const char *name, int is_static)
{
    return is_static ? pt_asprintf("S|%s|%s", ir->file, name)
                     : pt_asprintf("P|%s|%s", ir->project ? ir->project : "", name);
}

/* One source file compiled twice (two configurations): one definition. */
static int same_definition(const struct pt_func *a, const struct pt_func *b)
{
    return a->loc.line == b->loc.line && a->loc.file && b->loc.file && strcmp(a->loc.file, b->loc.file) == 0;
}

static long resolve(const struct pt_strmap *m, const struct pt_tu_ir *ir, const struct pt_expr *call)
{
    char *k = func_key(ir, call->name, call->callee_static);
    long i = pt_strmap_get(m, k);
    free(k);
    if (i < 0 && !call->callee_static) {   /* declared without `static`, defined static */
        k = func_key(ir, call->name, 1);
        i = pt_strmap_get(m, k);
        free(k);
    }
    return i;
}

static void add_callees(struct node *nodes, size_t self, const struct pt_strmap *m, const struct pt_expr *root)
{
    const struct pt_expr **todo = NULL;
    size_t nt = 0, cap = 0;
    if (root) { PT_GROW(todo, nt, cap); todo[nt++] = root; }
    while (nt) {
        const struct pt_expr *e = todo[--nt];
        if (e->kind == PT_EX_CALL && e->name && e->callee != PT_CALLEE_SYSTEM) {
            long j = resolve(m, nodes[self].ir, e);
            if (j >= 0 && nodes[j].unique) {
                struct node *n = &nodes[self];
                PT_GROW(n->callees, n->ncallees, n->cap_callees);
                n->callees[n->ncallees++] = (unsigned)j;
                nodes[j].called = 1;
            }
        }
        for (unsigned q = 0; q < e->nkids; q++) {
            PT_GROW(todo, nt, cap);
            todo[nt++] = e->kids[q];
        }
    }
    free(todo);
}

/* SAL-annotated functions with no body in the run: their declarations seed
 * their summaries. The family and tag are unknown: no tag or family checks. */
static void seed_from_sal(struct pt_tu_ir *const *irs, size_t nirs, const struct pt_strmap *keys)
{
    for (size_t u = 0; u < nirs; u++)
        for (unsigned i = 0; i < irs[u]->ndecls; i++) {
            const struct pt_decl_effect *d = &irs[u]->decls[i];
            char *k = func_key(irs[u], d->name, d->is_static);
            long body = pt_strmap_get(keys, k);
            free(k);
            if (body >= 0) continue;   /* the body tells more */
            struct pt_api api;
            memset(&api, 0, sizeof api);
            api.name = d->name;
            api.kind = d->frees_param < 0 ? PT_API_ALLOC : PT_API_FREE;
            api.family = PT_FAM_NONE;
            api.ptr = d->frees_param;
            api.size = api.tag = api.pool = api.cond = -1;
            api.flags = PT_API_LEARNED;
            pt_api_scope(irs[u]->file, irs[u]->project);
            pt_api_learn_scoped(&api, d->is_static);
        }
}

/* Callees before callers; in a cycle, the first one reached goes first. */
static size_t *bottom_up(struct node *nodes, size_t n)
{
    size_t *order = pt_xmalloc((n + 1) * sizeof *order), norder = 0;
    size_t *stack = pt_xmalloc((n + 1) * sizeof *stack), *edge = pt_xcalloc(n + 1, sizeof *edge);
    for (size_t r = 0; r < n; r++) {
        if (nodes[r].state) continue;
        size_t sp = 0;
        stack[sp++] = r;
        nodes[r].state = 1;
        while (sp) {
            size_t f = stack[sp - 1];
            if (edge[f] < nodes[f].ncallees) {
                unsigned g = nodes[f].callees[edge[f]++];
                if (!nodes[g].state) { nodes[g].state = 1; stack[sp++] = g; }
                continue;
            }
            order[norder++] = f;
            sp--;
        }
    }
    free(stack);
    free(edge);
    return order;
}

void pt_link_run(struct pt_tu_ir *const *irs, size_t nirs, const struct pt_engine_opts *opts,
                 struct pt_results *results)
{
    size_t n = 0;
    for (size_t u = 0; u < nirs; u++) n += irs[u]->nfuncs;
    struct node *nodes = pt_xcalloc(n + 1, sizeof *nodes);
    struct pt_strmap keys = {0};
    size_t k = 0;
    for (size_t u = 0; u < nirs; u++)
        for (unsigned f = 0; f < irs[u]->nfuncs; f++, k++) {
            nodes[k].ir = irs[u];
            nodes[k].fn = irs[u]->funcs[f];
            nodes[k].unique = 1;
            char *key = func_key(irs[u], nodes[k].fn->name, nodes[k].fn->is_static);
            long prev = pt_strmap_get(&keys, key);
            if (prev < 0) pt_strmap_put(&keys, key, (long)k);
            else if (!same_definition(nodes[prev].fn, nodes[k].fn))
                nodes[prev].unique = nodes[k].unique = 0;   /* by name: ambiguous */
            free(key);
        }
    for (size_t i = 0; i < n; i++) {
        const struct pt_func *fn = nodes[i].fn;
        for (unsigned b = 0; b < fn->nblocks; b++) {
            const struct pt_block *bl = &fn->blocks[b];
            for (unsigned s = 0; s < bl->nstmts; s++) add_callees(nodes, i, &keys, bl->stmts[s].e);
            add_callees(nodes, i, &keys, bl->cond);
        }
    }
    size_t *order = bottom_up(nodes, n);
    pt_api_forget_learned();
    pt_fptr_forget();
    for (size_t u = 0; u < nirs; u++) pt_fptr_collect(irs[u]);
    seed_from_sal(irs, nirs, &keys);
    for (size_t i = 0; i < n; i++) {
        const struct node *nd = &nodes[order[i]];
        pt_engine_function(nd->ir, nd->fn, nd->called && nd->unique, opts, results);
        pt_summary_dump_function(nd->ir, nd->fn);
    }
    pt_api_forget_learned();
    pt_fptr_forget();
    free(order);
    for (size_t i = 0; i < n; i++) free(nodes[i].callees);
    free(nodes);
    pt_strmap_free(&keys);
}
