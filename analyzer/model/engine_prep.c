/* Per-function pre-pass: name every lvalue path (slot), every call (sym) and
 * every allocation site, so a path state is a few flat arrays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine_internal.h"
#include "pool_api.h"
#include "util.h"

struct keymap {
    const char **keys;
    unsigned n, cap;
};

static int intern(struct pt_fctx *c, struct keymap *m, const char *key)
{
    for (unsigned i = 0; i < m->n; i++)
        if (strcmp(m->keys[i], key) == 0) return (int)i;
    PT_GROW(m->keys, m->n, m->cap);
    m->keys[m->n] = pt_arena_strdup(c->arena, key);
    return (int)m->n++;
}

/* snprintf that says whether it fit. */
#define FITS(call) ((unsigned)(call) < len)
#define FITS_IN(call, size) ((unsigned)(call) < (size))

/* The path an lvalue names, e.g. "v3*.Buffer" for ext->Buffer; NULL if none. */
static const char *key_of(struct pt_fctx *c, const struct pt_expr *e, char *buf, size_t len)
{
    char sub[256];
    if (!e || len < 8) return NULL;
    switch (e->kind) {
    case PT_EX_VAR:
        if (e->var < 0) return NULL;
        return FITS(snprintf(buf, len, "v%d", e->var)) ? buf : NULL;
    case PT_EX_MEMBER: {
        if (!key_of(c, e->kids[0], sub, sizeof sub)) return NULL;
        size_t n = strlen(sub);
        int arrow = e->arrow;
        if (arrow && n && sub[n - 1] == '&') {   /* (&x)->f is x.f (`FreeString(&Name)` macros) */
            sub[n - 1] = 0;
            arrow = 0;
        }
        return FITS(snprintf(buf, len, "%s%s.%s", sub, arrow ? "*" : "", e->name ? e->name : "?"))
                   ? buf : NULL;
    }
    case PT_EX_DEREF: {
        if (!key_of(c, e->kids[0], sub, sizeof sub)) return NULL;
        size_t n = strlen(sub);
        if (n && sub[n - 1] == '&') sub[n - 1] = 0;       /* *&x is x */
        else if (n + 1 < sizeof sub) strcat(sub, "*");
        return FITS(snprintf(buf, len, "%s", sub)) ? buf : NULL;
    }
    case PT_EX_ADDR:
        if (!key_of(c, e->kids[0], sub, sizeof sub)) return NULL;
        return FITS(snprintf(buf, len, "%s&", sub)) ? buf : NULL;
    case PT_EX_INDEX:
        if (e->nkids < 2 || e->kids[1]->kind != PT_EX_INT) return NULL;
        if (!key_of(c, e->kids[0], sub, sizeof sub)) return NULL;
        return FITS(snprintf(buf, len, "%s[%lld]", sub, (long long)e->kids[1]->ival)) ? buf : NULL;
    case PT_EX_BINARY:   /* a bit test `flags & 4`: its truth is remembered like a variable's */
        if (e->op != PT_OP_AND || e->nkids != 2 || e->kids[1]->kind != PT_EX_INT) return NULL;
        if (!key_of(c, e->kids[0], sub, sizeof sub) || sub[strlen(sub) - 1] == '&') return NULL;
        return FITS(snprintf(buf, len, "%s[&%lld]", sub, (long long)e->kids[1]->ival)) ? buf : NULL;
    case PT_EX_CALL:   /* GetContext(dev)->Buffer */
        if (!e->name) return NULL;
        return FITS(snprintf(buf, len, "c:%s()", e->name)) ? buf : NULL;
    default:
        return NULL;
    }
}

static struct pt_expr *synth(struct pt_fctx *c, enum pt_ex_kind kind, struct pt_expr *kid,
                             const char *name, unsigned *next_id)
{
    struct pt_expr *e = PT_ANEW(c->arena, struct pt_expr);
    e->kind = kind;
    e->id = (*next_id)++;
    e->var = -1;
    e->name = name;
    e->loc = kid->loc;
    e->kids = PT_ANEWN(c->arena, struct pt_expr *, 1);
    e->kids[0] = kid;
    e->nkids = 1;
    return e;
}

struct prep {
    struct pt_fctx *c;
    struct keymap slots;
    unsigned ncalls, nallocs;
    unsigned next_id;
    const struct pt_expr **allocs;
    unsigned cap_allocs;
    struct pt_expr **synth_exprs;   /* (call id, lvalue) pairs */
    const struct pt_expr **lvalues; /* slot -> an expression naming it */
    unsigned nlv;
    unsigned nsynth, cap_synth;
    struct keymap bit_tests;        /* `flags & 4` in conditions, and how often */
    unsigned *bit_test_count;
};

static void visit(struct prep *p, struct pt_expr *e);

/* Bit tests in the function's conditions (`if (flags & 4)`), counted by key:
 * only a bit tested twice is worth a slot (each slot is one more way for
 * states to differ). */
static void count_bit_tests(struct prep *p, const struct pt_expr *e)
{
    if (!e) return;
    char buf[256];
    const char *k = e->kind == PT_EX_BINARY ? key_of(p->c, e, buf, sizeof buf) : NULL;
    if (k) {
        unsigned before = p->bit_tests.n;
        int i = intern(p->c, &p->bit_tests, k);
        if (p->bit_tests.n != before) {
            p->bit_test_count = pt_xrealloc(p->bit_test_count, p->bit_tests.n * sizeof *p->bit_test_count);
            p->bit_test_count[i] = 0;
        }
        p->bit_test_count[i]++;
    }
    if (e->kind == PT_EX_CALL) return;   /* a call's arguments are not what the branch tests */
    for (unsigned i = 0; i < e->nkids; i++) count_bit_tests(p, e->kids[i]);
}

static int tested_twice(struct prep *p, const char *key)
{
    for (unsigned i = 0; i < p->bit_tests.n; i++)
        if (strcmp(p->bit_tests.keys[i], key) == 0) return p->bit_test_count[i] >= 2;
    return 0;
}

static void note_slot(struct prep *p, const struct pt_expr *e)
{
    char buf[256];
    const char *k = key_of(p->c, e, buf, sizeof buf);
    if (k && e->kind == PT_EX_BINARY && !tested_twice(p, k)) return;
    size_t n = k ? strlen(k) : 0;
    if (k && n && k[n - 1] != '&') {
        int sl = intern(p->c, &p->slots, k);
        p->c->slot_of_expr[e->id] = sl;
        if ((unsigned)sl >= p->nlv) {
            p->lvalues = pt_xrealloc(p->lvalues, (sl + 1) * sizeof *p->lvalues);
            p->nlv = (unsigned)sl + 1;
        }
        p->lvalues[sl] = e;
    }
}

static void visit_call(struct prep *p, struct pt_expr *e)
{
    struct pt_fctx *c = p->c;
    c->sym_of_expr[e->id] = (int)p->ncalls++;
    const struct pt_api *api = pt_api_lookup(c->apis, e->name);
    if (!api) return;
    /* a lock site is one too: it tracks a caller's MDL it locks (BORROWED) */
    if (api->kind == PT_API_ALLOC || api->kind == PT_API_ALLOC_OUT || api->kind == PT_API_LOCK) {
        c->alloc_of_expr[e->id] = (int)p->nallocs;
        PT_GROW(p->allocs, p->nallocs, p->cap_allocs);
        p->allocs[p->nallocs++] = e;
    }
    /* RtlFreeUnicodeString(&u) frees u.Buffer; NdisAllocateMemoryWithTag(&p, ..) writes p. */
    if ((api->kind == PT_API_ALLOC_OUT || api->kind == PT_API_STORE ||
         (api->kind == PT_API_FREE && api->field)) &&
        api->ptr >= 0 && (unsigned)api->ptr < e->nkids) {
        struct pt_expr *lv = synth(c, PT_EX_DEREF, e->kids[api->ptr], NULL, &p->next_id);
        if (api->field) {
            lv = synth(c, PT_EX_MEMBER, lv, api->field, &p->next_id);
        }
        PT_GROW(p->synth_exprs, p->nsynth, p->cap_synth);
        p->synth_exprs[p->nsynth++] = e;
        PT_GROW(p->synth_exprs, p->nsynth, p->cap_synth);
        p->synth_exprs[p->nsynth++] = lv;
    }
}

static void visit(struct prep *p, struct pt_expr *e)
{
    if (!e) return;
    p->c->expr_by_id[e->id] = e;
    for (unsigned i = 0; i < e->nkids; i++) visit(p, e->kids[i]);
    switch (e->kind) {
    case PT_EX_VAR: case PT_EX_MEMBER: case PT_EX_DEREF: case PT_EX_INDEX: case PT_EX_BINARY:
        note_slot(p, e);
        break;
    case PT_EX_CALL:
        visit_call(p, e);
        break;
    default:
        break;
    }
}

static int is_below(const char *parent, const char *k)
{
    size_t n = strlen(parent);
    return strncmp(parent, k, n) == 0 && (k[n] == '*' || k[n] == '.' || k[n] == '[');
}

static void *grow_ids(void *v, unsigned n, size_t size)
{
    return pt_xrealloc(v, (n ? n : 1) * size);
}

/* Slots engine_rel.c may reason about: plain scalar locals and parameters
 * whose address the function never takes. */
static void mark_rel_ok(struct pt_fctx *c, const struct pt_func *fn)
{
    unsigned char *taken = pt_xcalloc(fn->nvars + 1, 1);
    for (unsigned i = 0; i < fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (e && e->kind == PT_EX_ADDR && e->nkids && e->kids[0]->kind == PT_EX_VAR && e->kids[0]->var >= 0)
            taken[e->kids[0]->var] = 1;
    }
    c->rel_ok = PT_ANEWN(c->arena, unsigned char, c->nslots + 1);
    for (unsigned i = 0; i < c->nslots; i++) {
        const struct pt_expr *lv = c->slot_lvalue[i];
        if (!lv || lv->kind != PT_EX_VAR || lv->var < 0 || (unsigned)lv->var >= fn->nvars) continue;
        const struct pt_var *v = &fn->vars[lv->var];
        c->rel_ok[i] = (v->kind == PT_VAR_LOCAL || v->kind == PT_VAR_PARAM) && !v->is_aggregate &&
                       !v->is_pointer && !taken[lv->var];
    }
    free(taken);
}

/* `ExFreePool(Ctx->Buf)` with Ctx a pointer parameter: the field becomes a
 * borrowed block of its own (engine.h field_*), one level below the
 * parameter only, at most PT_MAX_FIELDS of them. */
static void find_freed_fields(struct pt_fctx *c, const struct pt_func *fn)
{
    c->field_slot = PT_ANEWN(c->arena, int, PT_MAX_FIELDS);
    c->field_param = PT_ANEWN(c->arena, int, PT_MAX_FIELDS);
    c->field_name = PT_ANEWN(c->arena, const char *, PT_MAX_FIELDS);
    for (unsigned i = 0; i < fn->nexprs && c->nfields < PT_MAX_FIELDS; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        const struct pt_api *api = e && e->kind == PT_EX_CALL ? pt_api_lookup(c->apis, e->name) : NULL;
        if (!api || api->kind != PT_API_FREE || api->field || api->ptr < 0 || (unsigned)api->ptr >= e->nkids)
            continue;
        const struct pt_expr *a = e->kids[api->ptr];
        if (a->kind != PT_EX_MEMBER || !a->name || a->nkids != 1) continue;
        const struct pt_expr *base = a->kids[0];
        if (!a->arrow && base->kind == PT_EX_DEREF && base->nkids == 1) base = base->kids[0];
        else if (!a->arrow) continue;
        int pi = base->kind == PT_EX_VAR ? pt_param_index(c, base->var) : -1;
        int sl = c->slot_of_expr[a->id];
        if (pi < 0 || sl < 0) continue;
        int dup = 0;
        for (unsigned j = 0; j < c->nfields; j++) dup |= c->field_slot[j] == sl;
        if (dup) continue;
        c->field_slot[c->nfields] = sl;
        c->field_param[c->nfields] = pi;
        c->field_name[c->nfields++] = a->name;
    }
    /* `if (*Out == NULL) *Out = ExAllocate...`: what *Out held on entry is the
     * caller's, tested like a field, so that a success that keeps it is told
     * from one that allocates (pt_summary_acc out_kept) */
    for (unsigned i = 0; i < c->nparams && c->nfields < PT_MAX_FIELDS; i++) {
        int sl = c->param_deref_slot[i];
        if (sl < 0 || !pt_param_to_pointer(c, i)) continue;
        c->field_slot[c->nfields] = sl;
        c->field_param[c->nfields] = (int)i;
        c->field_name[c->nfields++] = NULL;
    }
}

/* The pointer slot an lvalue is reached through: prev for prev->Next and
 * prev->A.B, p for *p; -1 for anything else (locals, (&x)->f, calls). */
static int pointer_base(const struct pt_fctx *c, const struct pt_expr *lv)
{
    while (lv && lv->kind == PT_EX_MEMBER && !lv->arrow && lv->nkids == 1) lv = lv->kids[0];
    if (!lv || lv->nkids < 1 || !((lv->kind == PT_EX_MEMBER && lv->arrow) || lv->kind == PT_EX_DEREF))
        return -1;
    const struct pt_expr *b = lv->kids[0];
    return b->kind == PT_EX_ADDR ? -1 : c->slot_of_expr[b->id];
}

static int by_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

struct keyed { const char *key; int slot; };
static int by_key(const void *a, const void *b)
{
    return strcmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);
}

/* The slot named key in the sorted table, or -1. */
static int find_key(const struct keyed *sorted, unsigned n, const char *key)
{
    unsigned lo = 0, hi = n;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        int d = strcmp(sorted[mid].key, key);
        if (d == 0) return sorted[mid].slot;
        if (d < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* Addresses inside blocks (engine.h ptr_base, inner): for every lvalue
 * reached through a pointer (prev->Next) and every place inside a block
 * whose address the function takes (&blk->Head), the slot the lvalue is
 * when the pointer holds that address (blk->Head.Next), if the function
 * names it. Only slots that exist are linked: a state never grows. */
static void link_addresses(struct pt_fctx *c, const struct pt_func *fn)
{
    unsigned n = c->nslots;
    c->ptr_base = PT_ANEWN(c->arena, int, n + 1);
    c->inner = PT_ANEWN(c->arena, int *, n + 1);
    c->addr_useful = PT_ANEWN(c->arena, unsigned char, n + 1);
    for (unsigned i = 0; i < n; i++) {
        int b = pointer_base(c, c->slot_lvalue[i]);
        size_t bn = b >= 0 ? strlen(c->slot_keys[b]) : 0;
        /* the key must read base + "*" + suffix for the suffix to carry over */
        if (b >= 0 && (strncmp(c->slot_keys[i], c->slot_keys[b], bn) != 0 || c->slot_keys[i][bn] != '*'))
            b = -1;
        c->ptr_base[i] = b;
    }
    /* the places whose address is taken, each once */
    unsigned char *seen = pt_xcalloc(n + 1, 1);
    int *taken = pt_xcalloc(n + 1, sizeof *taken);
    unsigned ntaken = 0;
    for (unsigned i = 0; i < fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (!e || e->kind != PT_EX_ADDR || e->nkids != 1) continue;
        const struct pt_expr *x = e->kids[0];
        int sl = x->kind == PT_EX_MEMBER || x->kind == PT_EX_INDEX ? c->slot_of_expr[x->id] : -1;
        if (sl >= 0 && c->ptr_base[sl] >= 0 && !seen[sl]) {
            seen[sl] = 1;
            taken[ntaken++] = sl;
        }
    }
    free(seen);
    qsort(taken, ntaken, sizeof *taken, by_int);   /* pairs in slot order */
    if (!ntaken) {
        free(taken);
        return;
    }
    struct keyed *order = pt_xcalloc(n + 1, sizeof *order);
    for (unsigned i = 0; i < n; i++) order[i] = (struct keyed){c->slot_keys[i], (int)i};
    qsort(order, n, sizeof *order, by_key);
    int *pairs = NULL;
    for (unsigned l = 0; l < n; l++) {
        int b = c->ptr_base[l];
        if (b < 0) continue;
        const char *suffix = c->slot_keys[l] + strlen(c->slot_keys[b]) + 1;
        if (suffix[0] && suffix[0] != '.') continue;
        unsigned np = 0;
        for (unsigned t = 0; t < ntaken; t++) {
            unsigned sl = (unsigned)taken[t];
            if (sl == l) continue;
            char key[512];
            if (!FITS_IN(snprintf(key, sizeof key, "%s%s", c->slot_keys[sl], suffix), sizeof key)) continue;
            int r = find_key(order, n, key);
            if (r < 0) continue;
            pairs = pt_xrealloc(pairs, (2 * np + 3) * sizeof *pairs);
            pairs[2 * np] = (int)sl;
            pairs[2 * np + 1] = r;
            np++;
            c->addr_useful[sl] = 1;
        }
        if (!np) continue;
        c->inner[l] = PT_ANEWN(c->arena, int, 2 * np + 1);
        memcpy(c->inner[l], pairs, 2 * np * sizeof *pairs);
        c->inner[l][2 * np] = -1;
    }
    free(pairs);
    free(order);
    free(taken);
}

/* Returns 1 when the function has pool API calls worth a path walk. */
int pt_prepare(struct pt_fctx *c, const struct pt_func *fn)
{
    struct prep p;
    memset(&p, 0, sizeof p);
    p.c = c;
    p.next_id = fn->nexprs;
    unsigned cap = fn->nexprs * 3 + 8;    /* synthetic lvalues get ids past nexprs */
    c->fn = fn;
    c->slot_of_expr = PT_ANEWN(c->arena, int, cap);
    c->sym_of_expr = PT_ANEWN(c->arena, int, cap);
    c->alloc_of_expr = PT_ANEWN(c->arena, int, cap);
    c->expr_by_id = PT_ANEWN(c->arena, const struct pt_expr *, cap);
    c->out_lvalue = PT_ANEWN(c->arena, struct pt_expr *, cap);
    for (unsigned i = 0; i < cap; i++)
        c->slot_of_expr[i] = c->sym_of_expr[i] = c->alloc_of_expr[i] = -1;
    int has_api = 0;
    for (unsigned b = 0; b < fn->nblocks; b++) count_bit_tests(&p, fn->blocks[b].cond);
    for (unsigned b = 0; b < fn->nblocks; b++) {
        const struct pt_block *bl = &fn->blocks[b];
        for (unsigned s = 0; s < bl->nstmts; s++) visit(&p, bl->stmts[s].e);
        if (bl->cond) visit(&p, bl->cond);
    }
    for (unsigned i = 0; i + 1 < p.nsynth && p.next_id <= cap; i += 2) {
        struct pt_expr *lv = p.synth_exprs[i + 1];
        c->out_lvalue[p.synth_exprs[i]->id] = lv;
        for (struct pt_expr *s = lv; s && s->id >= fn->nexprs; s = s->kids[0]) {
            c->expr_by_id[s->id] = s;   /* the synthetic nodes only, not the argument */
            note_slot(&p, s);
        }
    }
    for (unsigned i = 0; i < fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        const struct pt_api *api = e && e->kind == PT_EX_CALL ? pt_api_lookup(c->apis, e->name) : NULL;
        if (api) has_api = 1;
        if (api && api->kind == PT_API_FREE) c->has_free = 1;
    }
    c->nslots = p.slots.n;
    c->nsyms = p.ncalls;
    c->nsites = p.nallocs;
    c->param_var = PT_ANEWN(c->arena, int, fn->nvars + 1);
    for (unsigned v = 0; v < fn->nvars && c->nparams < 32; v++)
        if (fn->vars[v].kind == PT_VAR_PARAM && fn->vars[v].is_pointer)
            c->param_var[c->nparams++] = (int)v;
    c->nallocs = 2 * p.nallocs + c->nparams;
    c->param_slot = PT_ANEWN(c->arena, int, c->nparams + 1);
    c->param_deref_slot = PT_ANEWN(c->arena, int, c->nparams + 1);
    for (unsigned i = 0; i < c->nparams; i++) {
        char key[32], deref[32];
        snprintf(key, sizeof key, "v%d", c->param_var[i]);
        snprintf(deref, sizeof deref, "v%d*", c->param_var[i]);
        c->param_slot[i] = c->param_deref_slot[i] = -1;
        for (unsigned k = 0; k < p.slots.n; k++) {
            if (strcmp(p.slots.keys[k], key) == 0) c->param_slot[i] = (int)k;
            if (strcmp(p.slots.keys[k], deref) == 0) c->param_deref_slot[i] = (int)k;
        }
    }
    c->out_slot = PT_ANEWN(c->arena, unsigned char, p.slots.n + 1);
    for (unsigned i = 0; i < c->nparams; i++)
        if (c->param_deref_slot[i] >= 0) c->out_slot[c->param_deref_slot[i]] = 1;
    find_freed_fields(c, fn);
    c->nallocs += c->nfields;
    c->slot_lvalue = PT_ANEWN(c->arena, const struct pt_expr *, p.slots.n + 1);
    if (p.nlv) memcpy(c->slot_lvalue, p.lvalues, p.nlv * sizeof *c->slot_lvalue);
    free(p.lvalues);
    c->slot_keys = PT_ANEWN(c->arena, const char *, p.slots.n + 1);
    if (p.slots.n) memcpy(c->slot_keys, p.slots.keys, p.slots.n * sizeof *c->slot_keys);
    c->alloc_call = PT_ANEWN(c->arena, const struct pt_expr *, c->nallocs + 1);
    c->site_held_at_exit = PT_ANEWN(c->arena, unsigned char, c->nsites + 1);
    c->site_shared = PT_ANEWN(c->arena, unsigned char, c->nsites + 1);
    c->owned_place = PT_ANEWN(c->arena, const char *, c->nallocs + 1);
    if (p.nallocs) {
        memcpy(c->alloc_call, p.allocs, p.nallocs * sizeof *c->alloc_call);
        memcpy(c->alloc_call + p.nallocs, p.allocs, p.nallocs * sizeof *c->alloc_call);
    }
    mark_rel_ok(c, fn);
    link_addresses(c, fn);
    pt_live_compute(c);
    c->descendants = PT_ANEWN(c->arena, int *, p.slots.n + 1);
    for (unsigned i = 0; i < p.slots.n; i++) {
        int *d = NULL;
        unsigned nd = 0;
        for (unsigned j = 0; j < p.slots.n; j++)
            if (is_below(p.slots.keys[i], p.slots.keys[j])) {
                d = grow_ids(d, nd + 1, sizeof *d);
                d[nd++] = (int)j;
            }
        c->descendants[i] = PT_ANEWN(c->arena, int, nd + 1);
        if (nd) memcpy(c->descendants[i], d, nd * sizeof *d);
        c->descendants[i][nd] = -1;
        free(d);
    }
    free(p.slots.keys);
    free(p.bit_tests.keys);
    free(p.bit_test_count);
    free(p.allocs);
    free(p.synth_exprs);
    return has_api;
}
