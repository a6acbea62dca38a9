/* The worklist over a function's CFG: one abstract state per path, split at
 * undecided branches, dropped when infeasible or equal to one already seen at
 * that block, bounded by a per-function budget. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "engine_internal.h"
#include "pool_api.h"
#include "summary.h"
#include "util.h"

#define MAX_STATES_PER_BLOCK 512
#define WIDEN_AFTER 4
#define UNROLL_UP_TO 12   /* rounds a loop whose counters are known exactly runs before widening */
#define MAX_STORED_BYTES (96u << 20)

size_t pt_state_bytes(const struct pt_fctx *c)
{
    return c->nslots * sizeof(struct pt_val) + c->nsyms * sizeof(struct pt_range) +
           c->nallocs * sizeof(struct pt_alloc) + PT_NREL * sizeof(struct pt_rel);
}

struct pt_state *pt_state_new(struct pt_fctx *c)
{
    struct pt_state *s = pt_xcalloc(1, sizeof *s + pt_state_bytes(c));
    unsigned char *p = (unsigned char *)(s + 1);
    s->vals = (struct pt_val *)p;
    s->syms = (struct pt_range *)(p + c->nslots * sizeof(struct pt_val));
    s->allocs = (struct pt_alloc *)((unsigned char *)s->syms + c->nsyms * sizeof(struct pt_range));
    s->rels = (struct pt_rel *)((unsigned char *)s->allocs + c->nallocs * sizeof(struct pt_alloc));
    pt_rel_clear_all(s->rels);
    for (unsigned i = 0; i < c->nsyms; i++) {
        s->syms[i].lo = INT64_MIN;
        s->syms[i].hi = INT64_MAX;
    }
    for (unsigned i = 0; i < c->nallocs; i++) {
        s->allocs[i].parent = -1;
        s->allocs[i].cond_sym = -1;
    }
    return s;
}

struct pt_state *pt_state_copy(struct pt_fctx *c, const struct pt_state *s)
{
    struct pt_state *d = pt_state_new(c);
    memcpy(d->vals, s->vals, pt_state_bytes(c));
    d->trail = s->trail;
    return d;
}

void pt_state_free(struct pt_state *s)
{
    free(s);
}

void pt_trail_add(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc loc, const char *msg,
                  int alloc)
{
    struct pt_trail *t = PT_ANEW(c->arena, struct pt_trail);
    t->prev = s->trail;
    t->len = s->trail ? s->trail->len + 1 : 1;
    t->loc = loc;
    t->msg = msg;
    t->alloc = alloc;
    s->trail = t;
}

struct seen {
    struct pt_state **v;
    unsigned n, cap;
};

struct work {
    int block;
    struct pt_state *s;
};

struct walk {
    struct pt_fctx *c;
    struct seen *seen;
    struct work *stack;
    unsigned nstack, cap_stack;
    size_t stored;
    unsigned max_visits;
    unsigned char *loop_head;
};

static void push(struct walk *w, int block, struct pt_state *s)
{
    if (block < 0) {
        pt_state_free(s);
        return;
    }
    PT_GROW(w->stack, w->nstack, w->cap_stack);
    w->stack[w->nstack].block = block;
    w->stack[w->nstack].s = s;
    w->nstack++;
}

/* The hull of two ranges, open on each side where b went past a: a counter
 * that grew from 0 to 4 becomes [0, +inf) (INT64_MAX stands for no bound),
 * not "anything", so `i == 3` stays false on rounds after the one it held. */
static void widen_range(int64_t *lo, int64_t *hi, int64_t alo, int64_t ahi)
{
    *lo = *lo < alo ? INT64_MIN : alo;
    *hi = *hi > ahi ? INT64_MAX : ahi;
}

/* Values that keep changing around a loop (counters) are widened against an
 * earlier state of the same shape so the loop converges; facts that stay put
 * (status constants) are kept. */
static void widen(struct pt_fctx *c, struct pt_state *s, const struct pt_state *first)
{
    for (unsigned i = 0; i < c->nslots; i++) {
        struct pt_val *v = &s->vals[i];
        const struct pt_val *f = &first->vals[i];
        if (v->kind != PT_V_INT || memcmp(v, f, sizeof *v) == 0) continue;
        if (f->kind == PT_V_INT) widen_range(&v->lo, &v->hi, f->lo, f->hi);
        else *v = pt_val_unk();
    }
    for (unsigned i = 0; i < c->nsyms; i++) {
        widen_range(&s->syms[i].lo, &s->syms[i].hi, first->syms[i].lo, first->syms[i].hi);
        if (s->syms[i].ne_set != first->syms[i].ne_set || s->syms[i].ne != first->syms[i].ne)
            s->syms[i].ne = s->syms[i].ne_set = 0;
    }
}

/* Two states alike but for integer facts (counters, flags): the same
 * allocation states and the same pointer values. A state whose allocations
 * differ (the round that freed the block) is never widened against one where
 * they are live: what the counter was when it happened must survive. */
static int same_shape(const struct pt_fctx *c, const struct pt_state *a, const struct pt_state *b)
{
    if (memcmp(a->allocs, b->allocs, c->nallocs * sizeof *a->allocs) != 0) return 0;
    for (unsigned i = 0; i < c->nslots; i++) {
        const struct pt_val *x = &a->vals[i], *y = &b->vals[i];
        int xi = x->kind == PT_V_INT || x->kind == PT_V_UNK;
        int yi = y->kind == PT_V_INT || y->kind == PT_V_UNK;
        if (!(xi && yi) && memcmp(x, y, sizeof *x) != 0) return 0;
    }
    return 1;
}

/* 1 when s holds a live block and differs from an earlier state only in
 * integers known exactly (`for (i = 0; i < 8; i++)`): such a loop is followed round by round for a
 * while, so `if (i == 5) { free; break; }` is met on the way to i == 8 and no
 * path leaves the loop without the free (widening to [0, +inf) would lose it). */
static int exact_counters(const struct pt_fctx *c, const struct pt_state *s, const struct pt_state *first)
{
    int live = 0;   /* only where a block may be freed or lost in the loop: scanning loops widen early */
    for (unsigned i = 0; i < c->nallocs && !live; i++) live = s->allocs[i].status == PT_A_LIVE;
    if (!live) return 0;
    for (unsigned i = 0; i < c->nslots; i++) {
        const struct pt_val *v = &s->vals[i], *f = &first->vals[i];
        if (memcmp(v, f, sizeof *v) == 0) continue;
        if (v->kind != PT_V_INT || f->kind != PT_V_INT || v->lo != v->hi || f->lo != f->hi ||
            v->lo < -1024 || v->lo > 1024)
            return 0;
    }
    return memcmp(s->syms, first->syms, c->nsyms * sizeof *s->syms) == 0;
}

/* Loop heads: targets of back edges in a depth-first walk. Only there are
 * facts widened; elsewhere a path keeps what it learned. */
static unsigned char *find_loop_heads(const struct pt_func *fn)
{
    unsigned n = fn->nblocks;
    unsigned char *head = pt_xcalloc(n ? n : 1, 1), *state = pt_xcalloc(n ? n : 1, 1);
    int *stack = pt_xmalloc((n + 1) * sizeof *stack), *next = pt_xcalloc(n ? n : 1, sizeof *next);
    unsigned sp = 0;
    if (n) { stack[sp++] = fn->entry; state[fn->entry] = 1; }
    while (sp) {
        int b = stack[sp - 1];
        const struct pt_block *bl = &fn->blocks[b];
        int nsucc = 2 + (int)bl->ncases, succ = -1;
        while (next[b] < nsucc && succ < 0) {
            int i = next[b]++;
            succ = i < 2 ? bl->succ[i] : bl->case_succ[i - 2];
        }
        if (succ < 0) { state[b] = 2; sp--; continue; }
        if (state[succ] == 1) head[succ] = 1;       /* back edge */
        else if (state[succ] == 0) { state[succ] = 1; stack[sp++] = succ; }
    }
    free(state);
    free(stack);
    free(next);
    return head;
}

/* The hull of a and b into a; past a few joins a bound that moves opens, so
 * joins at a block inside a loop converge. */
static void join_range(int64_t *lo, int64_t *hi, int64_t blo, int64_t bhi, int open)
{
    if (blo < *lo) *lo = open ? INT64_MIN : blo;
    if (bhi > *hi) *hi = open ? INT64_MAX : bhi;
}

/* Joins s into d, a state of the same shape (join_shape): integers become
 * their hull; any other difference (an integer against an unknown, two call
 * results, a non-NULL fact) becomes unknown. Returns 1 when d grew. */
static int join_into(struct pt_fctx *c, struct pt_state *d, const struct pt_state *s, int open)
{
    struct pt_state *before = pt_state_copy(c, d);
    for (unsigned i = 0; i < c->nslots; i++) {
        struct pt_val *x = &d->vals[i];
        const struct pt_val *y = &s->vals[i];
        if (memcmp(x, y, sizeof *x) == 0) continue;
        if (x->kind == PT_V_INT && y->kind == PT_V_INT) join_range(&x->lo, &x->hi, y->lo, y->hi, open);
        else *x = pt_val_unk();
    }
    for (unsigned i = 0; i < c->nsyms; i++) {
        join_range(&d->syms[i].lo, &d->syms[i].hi, s->syms[i].lo, s->syms[i].hi, open);
        if (d->syms[i].ne_set != s->syms[i].ne_set || d->syms[i].ne != s->syms[i].ne)
            d->syms[i].ne = d->syms[i].ne_set = 0;
    }
    if (memcmp(d->rels, s->rels, PT_NREL * sizeof *d->rels) != 0) pt_rel_clear_all(d->rels);
    int grew = memcmp(before->vals, d->vals, pt_state_bytes(c)) != 0;
    pt_state_free(before);
    return grew;
}

/* Joinable: the same blocks in the same states, held by the same slots.
 * Everything else (integers, call results, non-NULL facts) may differ. */
static int join_shape(const struct pt_fctx *c, const struct pt_state *a, const struct pt_state *b)
{
    if (memcmp(a->allocs, b->allocs, c->nallocs * sizeof *a->allocs) != 0) return 0;
    for (unsigned i = 0; i < c->nslots; i++) {
        const struct pt_val *x = &a->vals[i], *y = &b->vals[i];
        if ((x->kind == PT_V_ALLOC || y->kind == PT_V_ALLOC) && memcmp(x, y, sizeof *x) != 0) return 0;
    }
    return 1;
}

/* 1 when the state is new at this block and must be explored. */
static int admit(struct walk *w, int block, struct pt_state *s)
{
    struct seen *sn = &w->seen[block];
    size_t bytes = pt_state_bytes(w->c);
    pt_live_forget_dead(w->c, s, block);
    if (sn->n >= WIDEN_AFTER && w->loop_head[block])
        for (unsigned i = 0; i < sn->n; i++)
            if (same_shape(w->c, sn->v[i], s)) {
                if (sn->n < UNROLL_UP_TO && exact_counters(w->c, s, sn->v[i])) break;
                widen(w->c, s, sn->v[i]);
                break;
            }
    /* Alike but for the loop equalities (engine_rel.c): the one seen first
     * stands for both. Those facts only prune paths, so this can lose a
     * pruning, never add a finding the first state would not give. */
    size_t same = bytes - PT_NREL * sizeof(struct pt_rel);
    for (unsigned i = 0; i < sn->n; i++)
        if (memcmp(sn->v[i]->vals, s->vals, same) == 0) {
            /* The same state by a path less than half as long: walked again,
             * so findings after it can show the short path (the walk is
             * depth first: a loop's 12th round arrives before its first). At
             * most log2(length) times per state. */
            unsigned now = s->trail ? s->trail->len : 0, before = sn->v[i]->trail ? sn->v[i]->trail->len : 0;
            if (2 * now >= before) return 0;
            sn->v[i]->trail = s->trail;
            return 1;
        }
    if (sn->n >= MAX_STATES_PER_BLOCK || w->stored > MAX_STORED_BYTES) {
        /* Past the budget, degrade instead of stopping: a state alike but for
         * integer facts is joined into the one seen, and the walk goes on
         * with the join (it covers both paths; what is lost are correlations
         * between integers, call results and non-NULL facts, never which
         * blocks are live and who holds them). A state of a new shape is
         * dropped: the function is then "path budget reached". */
        for (unsigned i = 0; i < sn->n; i++)
            if (join_shape(w->c, sn->v[i], s)) {
                if (sn->v[i]->joins < 255) sn->v[i]->joins++;
                if (!join_into(w->c, sn->v[i], s, sn->v[i]->joins > WIDEN_AFTER)) return 0;
                const struct pt_trail *t = s->trail;
                memcpy(s->vals, sn->v[i]->vals, bytes);
                s->trail = t;
                return 1;
            }
        w->c->budget_hit = 1;
        return 0;
    }
    PT_GROW(sn->v, sn->n, sn->cap);
    sn->v[sn->n++] = pt_state_copy(w->c, s);
    w->stored += bytes;
    return 1;
}

static const char *branch_msg(struct pt_fctx *c, const struct pt_block *b, int taken)
{
    const char *t = b->cond_text && *b->cond_text ? b->cond_text : "the condition";
    /* `CHECK(n > 3)` whose body is `if (!(x)) goto fail`: the call is not what is true;
     * NT_ASSERT(x): only the side where it holds goes on */
    char *m = t[0] == PT_COND_IN_MACRO    ? pt_asprintf("the test in '%s' is %s", t + 1, taken ? "true" : "false")
              : t[0] == PT_COND_ASSERTION ? pt_asprintf("'%s' holds (a failed one ends the path)", t + 1)
                                          : pt_asprintf("'%s' is %s", t, taken ? "true" : "false");
    char *a = pt_arena_strdup(c->arena, m);
    free(m);
    return a;
}

static void do_branch(struct walk *w, const struct pt_block *b, struct pt_state *s)
{
    struct pt_fctx *c = w->c;
    if (!b->cond) {   /* exception edge: either way, nothing learned */
        push(w, b->succ[1], pt_state_copy(c, s));
        push(w, b->succ[0], s);
        return;
    }
    int t = pt_truth(s, pt_eval(c, s, b->cond));
    if (t >= 0) {
        push(w, b->succ[t ? 0 : 1], s);
        return;
    }
    struct pt_state *f = pt_state_copy(c, s);
    if (pt_refine(c, f, b->cond, 0)) {
        pt_trail_add(c, f, b->loc, branch_msg(c, b, 0), -1);
        push(w, b->succ[1], f);
    } else {
        pt_state_free(f);
    }
    if (pt_refine(c, s, b->cond, 1)) {
        pt_trail_add(c, s, b->loc, branch_msg(c, b, 1), -1);
        push(w, b->succ[0], s);
    } else {
        pt_state_free(s);
    }
}

static void do_switch(struct walk *w, const struct pt_block *b, struct pt_state *s)
{
    struct pt_fctx *c = w->c;
    struct pt_val v = pt_eval(c, s, b->cond);
    int known = v.kind == PT_V_INT && v.lo == v.hi;
    int matched = 0;
    for (unsigned i = 0; i < b->ncases; i++) {
        if (known && b->case_vals[i] != v.lo && b->case_vals[i] != INT64_MIN) continue;
        if (known && b->case_vals[i] == v.lo) matched = 1;
        struct pt_state *cs = pt_state_copy(c, s);
        if (!known) {
            char *m = pt_asprintf("switch on '%s' takes case %lld",
                                  b->cond_text ? b->cond_text : "value", (long long)b->case_vals[i]);
            pt_trail_add(c, cs, b->loc, pt_arena_strdup(c->arena, m), -1);
            free(m);
        }
        push(w, b->case_succ[i], cs);
    }
    if (!matched) push(w, b->succ[0], s);
    else pt_state_free(s);
}

static void step_block(struct walk *w, int bi, struct pt_state *s)
{
    struct pt_fctx *c = w->c;
    const struct pt_block *b = &c->fn->blocks[bi];
    for (unsigned i = 0; i < b->nstmts; i++) pt_eval(c, s, b->stmts[i].e);
    switch (b->term) {
    case PT_T_NONE: case PT_T_GOTO: push(w, b->succ[0], s); break;
    case PT_T_BRANCH: do_branch(w, b, s); break;
    case PT_T_SWITCH: do_switch(w, b, s); break;
    case PT_T_RETURN: {
        struct pt_val ret = b->cond ? pt_eval(c, s, b->cond) : pt_val_unk();
        pt_model_exit(c, s, b->loc, ret, b->cond);   /* sees what is returned before it escapes */
        pt_escape(s, ret);                  /* returned to the caller */
        pt_model_leaks(c, s, b->loc);
        pt_state_free(s);
        break;
    }
    }
}

/* Pointer parameters start as blocks the function borrows: freeing one, or
 * locking its pages, is then seen; leaking it is not possible. */
static struct pt_state *initial_state(struct pt_fctx *c)
{
    struct pt_state *s = pt_state_new(c);
    for (unsigned i = 0; i < c->nparams; i++) {
        int id = (int)(2 * c->nsites + i);
        struct pt_alloc *a = &s->allocs[id];
        a->status = PT_A_BORROWED;
        a->null = PT_N_MAYBE;
        a->family = PT_FAM_NONE_VALUE;
        if (c->param_slot[i] >= 0) {
            struct pt_val v = {PT_V_ALLOC, id, 0, 0};
            s->vals[c->param_slot[i]] = v;
        }
    }
    for (unsigned j = 0; j < c->nfields; j++) {   /* Ctx->Buf: the caller's, borrowed the same way */
        int id = (int)(2 * c->nsites + c->nparams + j);
        struct pt_alloc *a = &s->allocs[id];
        a->status = PT_A_BORROWED;
        a->null = PT_N_MAYBE;
        a->family = PT_FAM_NONE_VALUE;
        struct pt_val v = {PT_V_ALLOC, id, 0, 0};
        s->vals[c->field_slot[j]] = v;
    }
    return s;
}

static void walk_function(struct pt_fctx *c, unsigned max_visits)
{
    struct walk w;
    memset(&w, 0, sizeof w);
    w.c = c;
    w.seen = pt_xcalloc(c->fn->nblocks ? c->fn->nblocks : 1, sizeof *w.seen);
    w.loop_head = find_loop_heads(c->fn);
    push(&w, c->fn->entry, initial_state(c));
    while (w.nstack) {
        struct work it = w.stack[--w.nstack];
        if (c->visits++ >= max_visits) {
            c->budget_hit = 1;
            pt_state_free(it.s);
            continue;
        }
        if (!admit(&w, it.block, it.s)) {
            pt_state_free(it.s);
            continue;
        }
        step_block(&w, it.block, it.s);
    }
    for (unsigned i = 0; i < c->fn->nblocks; i++) {
        for (unsigned j = 0; j < w.seen[i].n; j++) pt_state_free(w.seen[i].v[j]);
        free(w.seen[i].v);
    }
    free(w.seen);
    free(w.stack);
    free(w.loop_head);
}

void pt_engine_function(const struct pt_tu_ir *ir, const struct pt_func *fn, int summarise,
                        struct pt_api_table *apis, const struct pt_engine_opts *opts,
                        struct pt_results *results)
{
    unsigned max_visits = opts && opts->max_visits ? opts->max_visits : 200000;
    struct pt_arena arena = {0};
    struct pt_fctx c;
    struct pt_summary_acc sum;
    memset(&c, 0, sizeof c);
    memset(&sum, 0, sizeof sum);
    c.arena = &arena;
    c.project = ir->project;
    c.tu_file = ir->file;
    c.results = results;
    c.first_finding = results->nfindings;
    c.apis = apis;
    pt_api_scope(apis, ir->file, ir->project);
    pt_prepare(&c, fn);
    summarise = summarise && !fn->parse_errors;
    if (summarise) c.summary = &sum;
    pt_model_callsites(&c);   /* every function: the call graph needs them all */
    /* Functions that allocate or free have paths worth walking, and so do
     * helpers whose callers want their summary. Where clang reported
     * errors, statements may be missing: no path findings (and say so). */
    int walk = c.nsites || c.has_free || summarise;
    if (walk && fn->parse_errors) {
        if (c.nsites || c.has_free)
            pt_results_add_note(results, PT_NOTE, fn->loc.file, fn->loc.line,
                                "%s: not analysed for leaks and double frees: %u parse error(s) "
                                "in its body, the first: %s", fn->name, fn->parse_errors,
                                fn->first_error ? fn->first_error : "?");
    } else if (walk) {
        walk_function(&c, max_visits);
        pt_model_function_end(&c);
        if (c.budget_hit) results->partly_analysed++;
        if (c.budget_hit)
            pt_results_add_note(results, PT_NOTE, fn->loc.file, fn->loc.line,
                                "%s: path budget reached; some paths were not analysed",
                                fn->name);
        else if (summarise)
            pt_summary_learn(&c, &sum);
    }
    pt_arena_free(&arena);
}
