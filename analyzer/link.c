/* The link step: every unit's functions in one call graph, analysed callees first (the interface: link.h). */
#include "link.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "rule.h"
#include "strmap.h"
#include "util.h"

/* ---------- what a unit contributes, taken from its IR when it is read ---------- */

struct lfunc {
    const char *name, *file;    /* into the unit's names */
    unsigned line;              /* of its definition, with file: same_definition */
    int is_static;
    size_t call0, ncalls;       /* its calls in the unit's calls */
};

struct pt_link_unit {
    char *file, *project;       /* project "" when the unit has none */
    struct pt_decl_effect *decls;
    unsigned ndecls;
    struct lfunc *funcs;
    size_t nfuncs;
    uint32_t *calls;            /* callee names met in the bodies: name index << 2 | order only << 1 | static */
    size_t ncalls, cap_calls;
    char **names;               /* distinct names of the unit */
    size_t nnames, cap_names;
    struct pt_fptr_list fptrs;
};

static uint32_t intern(struct pt_link_unit *lu, struct pt_strmap *m, const char *s)
{
    long id = pt_strmap_get(m, s);
    if (id >= 0) return (uint32_t)id;
    PT_GROW(lu->names, lu->nnames, lu->cap_names);
    lu->names[lu->nnames] = pt_strdup(s);
    pt_strmap_put(m, s, (long)lu->nnames);
    return (uint32_t)lu->nnames++;
}

/* The routine a registration call names (argument routine_arg): an edge of
 * the order, a call unless flags has 2. */
static void note_routine(struct pt_link_unit *lu, struct pt_strmap *m, const struct pt_expr *call, int routine_arg,
                         uint32_t flags)
{
    if (routine_arg < 0 || (unsigned)routine_arg >= call->nkids) return;
    const struct pt_expr *r = call->kids[routine_arg];
    if (r->kind == PT_EX_ADDR && r->nkids == 1) r = r->kids[0];
    if (r->kind != PT_EX_FUNC || !r->name) return;
    uint32_t id = intern(lu, m, r->name);
    PT_GROW(lu->calls, lu->ncalls, lu->cap_calls);
    lu->calls[lu->ncalls++] = id << 2 | flags | r->callee_static;
}

/* The calls of root to functions that may have a body in the run, in the
 * order the call graph takes them. */
static void note_calls(struct pt_link_unit *lu, struct pt_strmap *m, const struct pt_expr *root)
{
    const struct pt_expr **todo = NULL;
    size_t nt = 0, cap = 0;
    if (root) { PT_GROW(todo, nt, cap); todo[nt++] = root; }
    while (nt) {
        const struct pt_expr *e = todo[--nt];
        if (e->kind == PT_EX_CALL && e->name && e->callee != PT_CALLEE_SYSTEM) {
            uint32_t id = intern(lu, m, e->name);
            PT_GROW(lu->calls, lu->ncalls, lu->cap_calls);
            lu->calls[lu->ncalls++] = id << 2 | e->callee_static;
        }
        /* IoSetCompletionRoutine(Irp, Routine, ...): Routine first, so that
         * the sender knows whether it keeps the IRP (docs/engine.md, IRPs);
         * IoQueueWorkItem(Item, Routine, Queue, Context): Routine first and
         * summarised as if called, so that the caller knows whether it frees
         * its context (docs/engine.md, deferred routines) */
        int irp_arg, routine_arg, context_arg, context_param;
        if (e->kind == PT_EX_CALL && pt_api_completion_set(e->name, &irp_arg, &routine_arg))
            note_routine(lu, m, e, routine_arg, 2u);   /* not a call */
        if (e->kind == PT_EX_CALL && pt_api_deferred(e->name, &routine_arg, &context_arg, &context_param))
            note_routine(lu, m, e, routine_arg, 0);
        for (unsigned q = 0; q < e->nkids; q++) {
            PT_GROW(todo, nt, cap);
            todo[nt++] = e->kids[q];
        }
    }
    free(todo);
}

struct pt_link_unit *pt_link_unit_facts(const struct pt_tu_ir *ir)
{
    struct pt_link_unit *lu = pt_xcalloc(1, sizeof *lu);
    struct pt_strmap m = {0};
    lu->file = pt_strdup(ir->file ? ir->file : "");
    lu->project = pt_strdup(ir->project ? ir->project : "");
    lu->ndecls = ir->ndecls;
    lu->decls = pt_xcalloc(ir->ndecls + 1, sizeof *lu->decls);
    for (unsigned i = 0; i < ir->ndecls; i++) {
        lu->decls[i] = ir->decls[i];
        lu->decls[i].name = pt_strdup(ir->decls[i].name);
    }
    lu->nfuncs = ir->nfuncs;
    lu->funcs = pt_xcalloc(ir->nfuncs + 1, sizeof *lu->funcs);
    uint32_t *name_id = pt_xcalloc(2 * (size_t)ir->nfuncs + 1, sizeof *name_id);
    for (unsigned f = 0; f < ir->nfuncs; f++) {
        const struct pt_func *fn = ir->funcs[f];
        struct lfunc *lf = &lu->funcs[f];
        name_id[2 * f] = intern(lu, &m, fn->name ? fn->name : "");
        name_id[2 * f + 1] = fn->loc.file ? intern(lu, &m, fn->loc.file) : UINT32_MAX;
        lf->line = fn->loc.line;
        lf->is_static = fn->is_static;
        lf->call0 = lu->ncalls;
        for (unsigned b = 0; b < fn->nblocks; b++) {
            const struct pt_block *bl = &fn->blocks[b];
            for (unsigned s = 0; s < bl->nstmts; s++) note_calls(lu, &m, bl->stmts[s].e);
            note_calls(lu, &m, bl->cond);
        }
        lf->ncalls = lu->ncalls - lf->call0;
    }
    for (unsigned f = 0; f < ir->nfuncs; f++) {   /* names no longer move */
        lu->funcs[f].name = lu->names[name_id[2 * f]];
        lu->funcs[f].file = name_id[2 * f + 1] == UINT32_MAX ? NULL : lu->names[name_id[2 * f + 1]];
    }
    free(name_id);
    pt_strmap_free(&m);
    pt_fptr_scan(ir, &lu->fptrs);
    return lu;
}

void pt_link_unit_free(struct pt_link_unit *lu)
{
    if (!lu) return;
    free(lu->file);
    free(lu->project);
    for (unsigned i = 0; i < lu->ndecls; i++) free((char *)lu->decls[i].name);
    free(lu->decls);
    free(lu->funcs);
    free(lu->calls);
    for (size_t i = 0; i < lu->nnames; i++) free(lu->names[i]);
    free(lu->names);
    pt_fptr_list_free(&lu->fptrs);
    free(lu);
}

/* ---------- the link ---------- */

/* A function of the run, without its IR: what the call graph needs. */
struct node {
    const struct pt_link_unit *lu;
    size_t unit;
    unsigned fn;                /* index in the unit's funcs */
    unsigned *callees;
    size_t ncallees, cap_callees;
    unsigned char called, unique, state;
};

/* Static functions are known per file, others per project (compile directory):
 * two drivers of one run may both have a DriverEntry or an AllocateBuffer. */
static char *func_key(const struct pt_link_unit *lu, const char *name, int is_static)
{
    return is_static ? pt_asprintf("S|%s|%s", lu->file, name) : pt_asprintf("P|%s|%s", lu->project, name);
}

/* One source file compiled twice (two configurations): one definition. */
static int same_definition(const struct lfunc *a, const struct lfunc *b)
{
    return a->line == b->line && a->file && b->file && strcmp(a->file, b->file) == 0;
}

static long resolve(const struct pt_strmap *keys, const struct pt_link_unit *lu, const char *name, int is_static)
{
    char *k = func_key(lu, name, is_static);
    long i = pt_strmap_get(keys, k);
    free(k);
    if (i < 0 && !is_static) {   /* declared without `static`, defined static */
        k = func_key(lu, name, 1);
        i = pt_strmap_get(keys, k);
        free(k);
    }
    return i;
}

static const struct lfunc *lfunc_of(const struct node *nd)
{
    return &nd->lu->funcs[nd->fn];
}

static void add_callees(struct node *nodes, size_t self, const struct pt_strmap *keys)
{
    struct node *nd = &nodes[self];
    const struct lfunc *lf = lfunc_of(nd);
    for (size_t c = lf->call0; c < lf->call0 + lf->ncalls; c++) {
        uint32_t call = nd->lu->calls[c];
        long j = resolve(keys, nd->lu, nd->lu->names[call >> 2], (int)(call & 1));
        if (j >= 0 && nodes[j].unique) {
            PT_GROW(nd->callees, nd->ncallees, nd->cap_callees);
            nd->callees[nd->ncallees++] = (unsigned)j;
            if (!(call & 2)) nodes[j].called = 1;
        }
    }
}

/* SAL-annotated functions with no body in the run: their declarations seed
 * their summaries. The family and tag are unknown: no tag or family checks.
 * `_When_(return >= 0, __drv_aliasesMem)` parameters are taken only on
 * success, as a body that keeps them on success exits only is noted. */
static void seed_from_sal(const struct pt_link_units *src, const struct pt_strmap *keys,
                          struct pt_api_table *apis)
{
    for (size_t u = 0; u < src->n; u++) {
        const struct pt_link_unit *lu = src->facts[u];
        for (unsigned i = 0; i < lu->ndecls; i++) {
            const struct pt_decl_effect *d = &lu->decls[i];
            char *k = func_key(lu, d->name, d->is_static);
            long body = pt_strmap_get(keys, k);
            free(k);
            if (body >= 0) continue;   /* the body tells more */
            pt_api_scope(apis, lu->file, lu->project);
            if (d->taken_if_ok)
                pt_api_note_param_mask(apis, PT_MASK_TAKEN_IF_OK, d->name, d->is_static, d->taken_if_ok);
            if (d->no_api) continue;
            struct pt_api api;
            memset(&api, 0, sizeof api);
            api.name = d->name;
            api.kind = d->out_param >= 0 ? PT_API_ALLOC_OUT : d->frees_param < 0 ? PT_API_ALLOC : PT_API_FREE;
            api.family = PT_FAM_NONE;
            api.ptr = d->out_param >= 0 ? d->out_param : d->frees_param;
            api.size = api.tag = api.pool = api.cond = -1;
            api.flags = PT_API_LEARNED | (d->status ? PT_API_STATUS : 0);
            pt_api_learn_scoped(apis, &api, d->is_static);
        }
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

/* The functions callees first, one unit's IR at a time; after each, when its
 * unit is needed next. */
static void analyse(const struct pt_link_units *src, const struct node *nodes, size_t n, const size_t *order,
                    struct pt_api_table *apis, const struct pt_engine_opts *opts, struct pt_results *results)
{
    size_t *next_pos = pt_xmalloc((n + 1) * sizeof *next_pos);
    size_t *first = pt_xmalloc((src->n + 1) * sizeof *first);
    for (size_t u = 0; u < src->n; u++) first[u] = PT_LINK_NEVER;
    for (size_t i = n; i-- > 0;) {
        size_t u = nodes[order[i]].unit;
        next_pos[i] = first[u];
        first[u] = i;
    }
    for (size_t u = 0; u < src->n; u++) src->next(src->ctx, u, first[u]);
    for (size_t i = 0; i < n; i++) {
        const struct node *nd = &nodes[order[i]];
        const struct pt_tu_ir *ir = src->get(src->ctx, nd->unit);
        const struct pt_func *fn = ir->funcs[nd->fn];
        size_t nf = results->nfindings, nn = results->nnotes;
        pt_engine_function(ir, fn, nd->called && nd->unique, apis, opts, results);
        if (src->context && src->context[nd->unit]) pt_results_truncate(results, nf, nn);
        pt_summary_dump_function(apis, ir, fn);
        src->next(src->ctx, nd->unit, next_pos[i]);
    }
    free(next_pos);
    free(first);
}

void pt_link_units_run(const struct pt_link_units *src, const struct pt_engine_opts *opts,
                       struct pt_results *results)
{
    size_t n = 0;
    for (size_t u = 0; u < src->n; u++) n += src->facts[u]->nfuncs;
    struct node *nodes = pt_xcalloc(n + 1, sizeof *nodes);
    struct pt_strmap keys = {0};
    size_t k = 0;
    for (size_t u = 0; u < src->n; u++)
        for (unsigned f = 0; f < src->facts[u]->nfuncs; f++, k++) {
            const struct pt_link_unit *lu = src->facts[u];
            nodes[k].lu = lu;
            nodes[k].unit = u;
            nodes[k].fn = f;
            nodes[k].unique = 1;
            char *key = func_key(lu, lu->funcs[f].name, lu->funcs[f].is_static);
            long prev = pt_strmap_get(&keys, key);
            if (prev < 0) pt_strmap_put(&keys, key, (long)k);
            else if (!same_definition(lfunc_of(&nodes[prev]), &lu->funcs[f]))
                nodes[prev].unique = nodes[k].unique = 0;   /* by name: ambiguous */
            free(key);
        }
    for (size_t i = 0; i < n; i++) add_callees(nodes, i, &keys);
    size_t *order = bottom_up(nodes, n);
    pt_model_listen(&pt_rules_listener);   /* the rules hear the model's events */
    /* this link step's table: what it learns is gone after it */
    struct pt_api_table apis;
    pt_api_table_init(&apis, opts ? opts->extras : NULL);
    pt_fptr_forget();
    for (size_t u = 0; u < src->n; u++) pt_fptr_add(&src->facts[u]->fptrs);
    seed_from_sal(src, &keys, &apis);
    analyse(src, nodes, n, order, &apis, opts, results);
    pt_api_table_free(&apis);
    pt_fptr_forget();
    free(order);
    for (size_t i = 0; i < n; i++) free(nodes[i].callees);
    free(nodes);
    pt_strmap_free(&keys);
}

static struct pt_tu_ir *held_get(void *ctx, size_t u)
{
    return ((struct pt_tu_ir *const *)ctx)[u];
}

static void held_next(void *ctx, size_t u, size_t when)
{
    (void)ctx, (void)u, (void)when;
}

void pt_link_run(struct pt_tu_ir *const *irs, size_t nirs, const struct pt_engine_opts *opts,
                 struct pt_results *results)
{
    struct pt_link_unit **facts = pt_xcalloc(nirs + 1, sizeof *facts);
    for (size_t u = 0; u < nirs; u++) facts[u] = pt_link_unit_facts(irs[u]);
    struct pt_link_units src = {.n = nirs, .facts = facts, .ctx = (void *)irs, .get = held_get,
                                .next = held_next};
    pt_link_units_run(&src, opts, results);
    for (size_t u = 0; u < nirs; u++) pt_link_unit_free(facts[u]);
    free(facts);
}
