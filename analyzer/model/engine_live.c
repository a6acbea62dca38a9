/* Facts about dead variables are dropped at block entry. A path that learned
 * `c1` is in ['a', 'z'] and one that did not are the same path once c1 is
 * assigned again before any read; so are two paths that learned different
 * things about `e->type` when `e` is the next list entry before it is read.
 * Keeping them apart only multiplies states (character loops, list walks, a
 * status checked and then overwritten) until the per-block budget cuts the
 * walk short. Only locals and parameters whose address is never taken are
 * judged, so no alias or callee can read them unseen; a slot goes with the
 * variable its path starts from (`v13*.key.type` with v13); and only integer,
 * call-result and non-NULL facts go, never a value that holds a block. Call
 * results no value or block refers to any more are widened back to unknown
 * for the same reason. Nothing a later statement can read is lost. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "engine_internal.h"
#include "util.h"

#define BIT_SET(v, i) ((v)[(i) / 64] |= (uint64_t)1 << ((i) % 64))
#define BIT_GET(v, i) (((v)[(i) / 64] >> ((i) % 64)) & 1)

struct use_def {
    const struct pt_fctx *c;
    const unsigned char *judged;   /* var -> local or parameter whose address is never taken */
    uint64_t *gen, *kill;          /* vars read before written in the block; written in it */
};

static int judged_var(const struct use_def *u, const struct pt_expr *e)
{
    return e && e->kind == PT_EX_VAR && e->var >= 0 && (unsigned)e->var < u->c->fn->nvars &&
                   u->judged[e->var] ? e->var : -1;
}

static void reads(struct use_def *u, const struct pt_expr *e)
{
    if (!e) return;
    if (e->kind == PT_EX_ASSIGN && e->op == PT_OP_NONE && e->nkids == 2 && judged_var(u, e->kids[0]) >= 0) {
        reads(u, e->kids[1]);   /* `v = x` reads x, not v */
        return;
    }
    int v = judged_var(u, e);
    if (v >= 0 && !BIT_GET(u->kill, v)) BIT_SET(u->gen, v);
    for (unsigned i = 0; i < e->nkids; i++) reads(u, e->kids[i]);
}

/* Plain assignments of the whole variable only: `v += 1`, `v++` and `v.x = 1`
 * read or keep the rest of it (reads() saw them). */
static void writes(struct use_def *u, const struct pt_expr *e)
{
    if (!e) return;
    for (unsigned i = 0; i < e->nkids; i++) writes(u, e->kids[i]);
    if (e->kind == PT_EX_ASSIGN && e->op == PT_OP_NONE && e->nkids == 2) {
        int v = judged_var(u, e->kids[0]);
        if (v >= 0) BIT_SET(u->kill, v);
    }
}

/* The variable a slot's lvalue path starts from (`v13*.key.type`: v13), or -1. */
static int root_var(const struct pt_expr *e)
{
    while (e && (e->kind == PT_EX_MEMBER || e->kind == PT_EX_DEREF || e->kind == PT_EX_INDEX ||
                 e->kind == PT_EX_BINARY) && e->nkids)
        e = e->kids[0];
    return e && e->kind == PT_EX_VAR ? e->var : -1;
}

static void successors(const struct pt_block *b, int *out, unsigned *n)
{
    *n = 0;
    if (b->term == PT_T_RETURN) return;
    for (int i = 0; i < 2; i++)
        if (b->succ[i] >= 0) out[(*n)++] = b->succ[i];
}

static int any_succ(const struct pt_block *bl, const unsigned char *flag)
{
    int succ[2];
    unsigned ns;
    successors(bl, succ, &ns);
    for (unsigned i = 0; i < ns; i++)
        if (flag[succ[i]]) return 1;
    for (unsigned i = 0; i < bl->ncases; i++)
        if (bl->case_succ[i] >= 0 && flag[bl->case_succ[i]]) return 1;
    return 0;
}

/* Blocks from which every way ends in a call that never returns (a failed
 * assertion, a bug check) keep every variable live: nothing is forgotten on
 * a path that dies there, which forgetting would take for "handed over and
 * out of reach" (pt_model_function_end's `kept`). */
static void keep_all_before_dead_ends(struct pt_fctx *c)
{
    const struct pt_func *fn = c->fn;
    unsigned nb = fn->nblocks;
    unsigned char *ret = pt_xcalloc(nb, 1), *end = pt_xcalloc(nb, 1);
    for (int changed = 1; changed;) {
        changed = 0;
        for (unsigned b = nb; b-- > 0;) {
            const struct pt_block *bl = &fn->blocks[b];
            int r = bl->term == PT_T_RETURN || any_succ(bl, ret);
            int e = ((bl->term == PT_T_GOTO || bl->term == PT_T_NONE) && bl->succ[0] < 0) || any_succ(bl, end);
            if (r != ret[b] || e != end[b]) changed = 1;
            ret[b] = (unsigned char)r;
            end[b] = (unsigned char)e;
        }
    }
    for (unsigned b = 0; b < nb; b++)
        if (end[b] && !ret[b]) memset(c->live_in + (size_t)b * c->live_words, 0xFF, c->live_words * sizeof *c->live_in);
    free(ret);
    free(end);
}

void pt_live_compute(struct pt_fctx *c)
{
    const struct pt_func *fn = c->fn;
    unsigned words = (fn->nvars + 63) / 64, nb = fn->nblocks;
    c->live_words = words;
    c->live_in = NULL;
    c->slot_root = NULL;
    if (!words || !nb) return;
    unsigned char *judged = pt_xcalloc(fn->nvars, 1);
    for (unsigned v = 0; v < fn->nvars; v++)
        judged[v] = fn->vars[v].kind == PT_VAR_LOCAL || fn->vars[v].kind == PT_VAR_PARAM;
    for (unsigned i = 0; i < fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (e && e->kind == PT_EX_ADDR && e->nkids && e->kids[0]->kind == PT_EX_VAR && e->kids[0]->var >= 0 &&
            (unsigned)e->kids[0]->var < fn->nvars)
            judged[e->kids[0]->var] = 0;
    }
    c->slot_root = PT_ANEWN(c->arena, int, c->nslots + 1);
    for (unsigned i = 0; i < c->nslots; i++) {
        int v = root_var(c->slot_lvalue[i]);
        c->slot_root[i] = v >= 0 && (unsigned)v < fn->nvars && judged[v] ? v : -1;
    }
    uint64_t *gen = pt_xcalloc((size_t)nb * words, sizeof *gen);
    uint64_t *kill = pt_xcalloc((size_t)nb * words, sizeof *kill);
    c->live_in = PT_ANEWN(c->arena, uint64_t, (size_t)nb * words);
    for (unsigned b = 0; b < nb; b++) {
        const struct pt_block *bl = &fn->blocks[b];
        struct use_def u = {c, judged, gen + (size_t)b * words, kill + (size_t)b * words};
        for (unsigned s = 0; s < bl->nstmts; s++) {
            reads(&u, bl->stmts[s].e);
            writes(&u, bl->stmts[s].e);
        }
        reads(&u, bl->cond);
    }
    /* live_in = gen | (live_out & ~kill), to a fixed point, blocks in reverse */
    uint64_t *out = pt_xcalloc(words, sizeof *out);
    for (int changed = 1; changed;) {
        changed = 0;
        for (unsigned b = nb; b-- > 0;) {
            const struct pt_block *bl = &fn->blocks[b];
            memset(out, 0, words * sizeof *out);
            int succ[2];
            unsigned ns;
            successors(bl, succ, &ns);
            for (unsigned i = 0; i < ns; i++)
                for (unsigned w = 0; w < words; w++) out[w] |= c->live_in[(size_t)succ[i] * words + w];
            for (unsigned i = 0; i < bl->ncases; i++)
                if (bl->case_succ[i] >= 0)
                    for (unsigned w = 0; w < words; w++) out[w] |= c->live_in[(size_t)bl->case_succ[i] * words + w];
            for (unsigned w = 0; w < words; w++) {
                size_t k = (size_t)b * words + w;
                uint64_t in = gen[k] | (out[w] & ~kill[k]);
                if (in != c->live_in[k]) {
                    c->live_in[k] = in;
                    changed = 1;
                }
            }
        }
    }
    free(out);
    free(judged);
    free(gen);
    free(kill);
    keep_all_before_dead_ends(c);
}

/* A block whose story is told: freed, handed over, reported, or NULL. Which
 * slot still holds it no longer matters once nothing reads that slot. */
static int settled(const struct pt_state *s, int id)
{
    const struct pt_alloc *a = &s->allocs[id];
    return !a->locked && (a->status == PT_A_FREED || a->status == PT_A_ESCAPED || a->status == PT_A_REPORTED ||
                          (a->status == PT_A_LIVE && a->null == PT_N_NULL));
}

/* Settled blocks that no slot holds and no block names as its holder are as
 * if never allocated on this path: no statement can reach them again. */
static void forget_settled(const struct pt_fctx *c, struct pt_state *s)
{
    unsigned sites = 2 * c->nsites;   /* not the parameters' blocks: summaries read those */
    if (!sites) return;
    unsigned char *held = pt_xcalloc(sites, 1);
    for (unsigned i = 0; i < c->nslots; i++)
        if (s->vals[i].kind == PT_V_ALLOC && s->vals[i].id >= 0 && (unsigned)s->vals[i].id < sites)
            held[s->vals[i].id] = 1;
    for (unsigned i = 0; i < c->nallocs; i++)
        if (s->allocs[i].parent >= 0 && (unsigned)s->allocs[i].parent < sites) held[s->allocs[i].parent] = 1;
    for (unsigned i = 0; i < sites; i++)
        if (!held[i] && s->allocs[i].status != PT_A_NONE && settled(s, (int)i)) {
            /* handed over and out of reach: this function will not free it (pt_model_function_end) */
            if (s->allocs[i].status != PT_A_FREED && s->allocs[i].null != PT_N_NULL)
                c->site_held_at_exit[pt_site_of(c, (int)i)] = 1;
            memset(&s->allocs[i], 0, sizeof s->allocs[i]);
            s->allocs[i].parent = -1;
            s->allocs[i].cond_sym = -1;
        }
    free(held);
}

void pt_live_forget_dead(struct pt_fctx *c, struct pt_state *s, int block)
{
    if (!c->live_in) return;
    const uint64_t *live = c->live_in + (size_t)block * c->live_words;
    for (unsigned i = 0; i < c->nslots; i++) {
        struct pt_val *v = &s->vals[i];
        int r = c->slot_root[i];
        if (r < 0 || BIT_GET(live, r) || v->kind == PT_V_UNK || (v->kind == PT_V_ALLOC && !settled(s, v->id)) ||
            (c->summary && c->out_slot[i]))   /* *Out: what the caller gets at each exit */
            continue;
        *v = pt_val_unk();
        pt_rel_written(s, (int)i, 0);
    }
    forget_settled(c, s);
    if (!c->nsyms) return;
    unsigned char *used = pt_xcalloc(c->nsyms, 1);
    for (unsigned i = 0; i < c->nslots; i++)
        if (s->vals[i].kind == PT_V_SYM && s->vals[i].id >= 0 && (unsigned)s->vals[i].id < c->nsyms)
            used[s->vals[i].id] = 1;
    for (unsigned i = 0; i < c->nallocs; i++) {   /* a status a block's fate still hangs on */
        const struct pt_alloc *a = &s->allocs[i];
        if (a->cond_sym >= 0 && (unsigned)a->cond_sym < c->nsyms) used[a->cond_sym] = 1;
        int sym = a->awaits > 0 ? c->sym_of_expr[a->awaits - 1] : -1;
        if (sym >= 0 && (unsigned)sym < c->nsyms) used[sym] = 1;
    }
    for (unsigned i = 0; i < c->nsyms; i++)
        if (!used[i]) {
            s->syms[i].lo = INT64_MIN;
            s->syms[i].hi = INT64_MAX;
            s->syms[i].ne = s->syms[i].ne_set = 0;
        }
    free(used);
}
