/* Abstract evaluation of expressions on one path state: values, stores
 * (with ownership hand-over), and refinement of the state by a condition. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "engine_internal.h"

struct pt_val pt_val_int(int64_t v)
{
    struct pt_val r = {PT_V_INT, 0, v, v};
    return r;
}

struct pt_val pt_val_unk(void)
{
    struct pt_val r = {PT_V_UNK, 0, 0, 0};
    return r;
}

static struct pt_val val_nonnull(void)
{
    struct pt_val r = {PT_V_NONNULL, 0, 0, 0};
    return r;
}

/* The address of a local, a string or a function: never equal to fresh memory. */
static struct pt_val val_address(void)
{
    struct pt_val r = {PT_V_NONNULL, 1, 0, 0};
    return r;
}

static void invalidate_below(struct pt_fctx *c, struct pt_state *s, int slot, int escape);

int pt_slot(const struct pt_fctx *c, const struct pt_expr *e)
{
    return e ? c->slot_of_expr[e->id] : -1;
}

/* The slot a pointer value points at (blk->Head for &blk->Head) while the
 * pointer it was reached through still holds that block; -1 otherwise. */
static int address_slot(const struct pt_fctx *c, const struct pt_state *s, struct pt_val p)
{
    if (p.kind != PT_V_ALLOC || p.lo <= 0 || p.lo > (int64_t)c->nslots) return -1;
    int at = (int)(p.lo - 1), owner = c->ptr_base[at];
    if (owner < 0 || s->vals[owner].kind != PT_V_ALLOC || s->vals[owner].id != p.id) return -1;
    return at;
}

/* The slot lvalue e is on this path: blk->Head.Next for prev->Next while
 * prev holds &blk->Head and blk still holds that block (engine.h inner);
 * else its own slot. */
static int place_slot(const struct pt_fctx *c, const struct pt_state *s, const struct pt_expr *e)
{
    int sl = pt_slot(c, e);
    if (sl < 0 || !c->inner[sl]) return sl;
    int at = address_slot(c, s, s->vals[c->ptr_base[sl]]);
    if (at < 0) return sl;
    for (const int *q = c->inner[sl]; *q >= 0; q += 2)
        if (q[0] == at) return q[1];
    return sl;
}

/* The integer range a value can take, if it is an integer. */
static int range_of(const struct pt_state *s, struct pt_val v, int64_t *lo, int64_t *hi)
{
    if (v.kind == PT_V_INT) { *lo = v.lo; *hi = v.hi; return 1; }
    if (v.kind == PT_V_SYM) { *lo = s->syms[v.id].lo; *hi = s->syms[v.id].hi; return 1; }
    return 0;
}

int pt_truth(const struct pt_state *s, struct pt_val v)
{
    int64_t lo, hi;
    if (range_of(s, v, &lo, &hi)) {
        if (lo == 0 && hi == 0) return 0;
        if (lo > 0 || hi < 0) return 1;
        return -1;
    }
    if (v.kind == PT_V_NONNULL) return 1;
    if (v.kind == PT_V_ALLOC) {
        const struct pt_alloc *a = &s->allocs[v.id];
        if (a->null == PT_N_NULL) return 0;
        if (a->null == PT_N_NONNULL || a->status == PT_A_FREED) return 1;
    }
    return -1;
}

static struct pt_val range_val(int64_t lo, int64_t hi)
{
    struct pt_val r = {PT_V_INT, 0, lo, hi};
    return r;
}

/* Two blocks that both exist now are different objects: a fresh allocation,
 * live and not NULL, against another live one or a block the caller lent
 * (`if (p != Param)`). A freed one is not judged: its address may come back. */
static int distinct_blocks(const struct pt_fctx *c, const struct pt_state *s, struct pt_val a, struct pt_val b)
{
    if (a.kind != PT_V_ALLOC || b.kind != PT_V_ALLOC || a.id == b.id) return 0;
    const struct pt_alloc *x = &s->allocs[a.id], *y = &s->allocs[b.id];
    int a_fresh = (unsigned)a.id < 2 * c->nsites && x->status == PT_A_LIVE && x->null == PT_N_NONNULL;
    int b_fresh = (unsigned)b.id < 2 * c->nsites && y->status == PT_A_LIVE && y->null == PT_N_NONNULL;
    int a_exists = x->status == PT_A_LIVE || x->status == PT_A_BORROWED;
    int b_exists = y->status == PT_A_LIVE || y->status == PT_A_BORROWED;
    return (a_fresh && b_exists) || (b_fresh && a_exists);
}

/* `p != Info->Name` with p fresh, stored nowhere (not even in a block of
 * ours) and given to no code that may keep it: no memory holds p, so a value
 * read through a pointer is another object. */
static int fresh_vs_load(const struct pt_fctx *c, const struct pt_state *s, struct pt_val v,
                         const struct pt_expr *other)
{
    if (v.kind != PT_V_ALLOC || v.id < 0 || (unsigned)v.id >= 2 * c->nsites || !other) return 0;
    const struct pt_alloc *a = &s->allocs[v.id];
    if (a->status != PT_A_LIVE || a->null != PT_N_NONNULL || a->parent >= 0 || c->site_shared[pt_site_of(c, v.id)])
        return 0;
    return (other->kind == PT_EX_MEMBER && other->arrow) || other->kind == PT_EX_DEREF;
}

static struct pt_val compare(const struct pt_fctx *c, const struct pt_state *s, enum pt_op op, struct pt_val a,
                             struct pt_val b)
{
    if ((op == PT_OP_EQ || op == PT_OP_NE) && b.kind == PT_V_SYM) {   /* the call result on the left */
        struct pt_val t = a;
        a = b;
        b = t;
    }
    if ((op == PT_OP_EQ || op == PT_OP_NE) && a.kind == PT_V_SYM && b.kind == PT_V_INT && b.lo == b.hi &&
        s->syms[a.id].ne_set && s->syms[a.id].ne == b.lo)
        return pt_val_int(op == PT_OP_NE);
    int64_t al, ah, bl, bh;
    if (range_of(s, a, &al, &ah) && range_of(s, b, &bl, &bh)) {
        int t = -1;
        switch (op) {
        case PT_OP_EQ: t = (al == ah && bl == bh && al == bl) ? 1 : (ah < bl || bh < al) ? 0 : -1; break;
        case PT_OP_NE: t = (al == ah && bl == bh && al == bl) ? 0 : (ah < bl || bh < al) ? 1 : -1; break;
        case PT_OP_LT: t = ah < bl ? 1 : al >= bh ? 0 : -1; break;
        case PT_OP_LE: t = ah <= bl ? 1 : al > bh ? 0 : -1; break;
        case PT_OP_GT: t = al > bh ? 1 : ah <= bl ? 0 : -1; break;
        case PT_OP_GE: t = al >= bh ? 1 : ah < bl ? 0 : -1; break;
        default: break;
        }
        return t < 0 ? range_val(0, 1) : pt_val_int(t);
    }
    /* pointer against 0 */
    struct pt_val p = a, z = b;
    if (range_of(s, a, &al, &ah) && al == 0 && ah == 0) { p = b; z = a; }
    if (range_of(s, z, &bl, &bh) && bl == 0 && bh == 0 && (op == PT_OP_EQ || op == PT_OP_NE)) {
        int t = pt_truth(s, p);
        if (t >= 0) return pt_val_int(op == PT_OP_EQ ? !t : t);
    }
    if (a.kind == PT_V_ALLOC && b.kind == PT_V_ALLOC && a.id == b.id &&
        (op == PT_OP_EQ || op == PT_OP_NE))
        return pt_val_int(op == PT_OP_EQ);
    if ((op == PT_OP_EQ || op == PT_OP_NE) && distinct_blocks(c, s, a, b)) return pt_val_int(op == PT_OP_NE);
    if ((op == PT_OP_EQ || op == PT_OP_NE) &&
        ((a.kind == PT_V_ALLOC && b.kind == PT_V_NONNULL && b.id == 1) ||
         (b.kind == PT_V_ALLOC && a.kind == PT_V_NONNULL && a.id == 1)))
        return pt_val_int(op == PT_OP_NE);
    return range_val(0, 1);
}

static int add_ok(int64_t a, int64_t b, int64_t *r)
{
    return !__builtin_add_overflow(a, b, r);
}

/* A range moved by d. A bound at INT64_MIN / INT64_MAX stands for "no bound"
 * (what widening at a loop head leaves: i in [4, +inf) after `i == 3` freed
 * the block) and stays; a finite bound that would overflow gives up. */
static struct pt_val shift_range(int64_t lo, int64_t hi, int64_t d)
{
    int64_t l = lo, h = hi;
    if (lo != INT64_MIN && !add_ok(lo, d, &l)) return pt_val_unk();
    if (hi != INT64_MAX && !add_ok(hi, d, &h)) return pt_val_unk();
    return range_val(l, h);
}

static struct pt_val block_of(struct pt_val v)
{
    v.lo = v.hi = 0;
    return v;
}

static struct pt_val arith(const struct pt_state *s, enum pt_op op, struct pt_val a, struct pt_val b)
{
    int64_t al, ah, bl, bh, r1, r2;
    /* p + n: still in p's block, no longer at a place the engine names */
    if (a.kind == PT_V_ALLOC && (op == PT_OP_ADD || op == PT_OP_SUB)) return block_of(a);
    if (b.kind == PT_V_ALLOC && op == PT_OP_ADD) return block_of(b);
    if (!range_of(s, a, &al, &ah) || !range_of(s, b, &bl, &bh)) return pt_val_unk();
    if (al != ah || bl != bh) {
        if (op == PT_OP_ADD && bl == bh) return shift_range(al, ah, bl);
        if (op == PT_OP_ADD && al == ah) return shift_range(bl, bh, al);
        if (op == PT_OP_SUB && bl == bh && bl != INT64_MIN) return shift_range(al, ah, -bl);
        if (op == PT_OP_ADD && add_ok(al, bl, &r1) && add_ok(ah, bh, &r2)) return range_val(r1, r2);
        return pt_val_unk();
    }
    int64_t x = al, y = bl, r;
    switch (op) {
    case PT_OP_ADD: if (!add_ok(x, y, &r)) return pt_val_unk(); break;
    case PT_OP_SUB: if (__builtin_sub_overflow(x, y, &r)) return pt_val_unk(); break;
    case PT_OP_MUL: if (__builtin_mul_overflow(x, y, &r)) return pt_val_unk(); break;
    case PT_OP_DIV: if (y == 0 || (x == INT64_MIN && y == -1)) return pt_val_unk(); r = x / y; break;
    case PT_OP_REM: if (y == 0 || (x == INT64_MIN && y == -1)) return pt_val_unk(); r = x % y; break;
    case PT_OP_AND: r = x & y; break;
    case PT_OP_OR: r = x | y; break;
    case PT_OP_XOR: r = x ^ y; break;
    case PT_OP_SHL: if (y < 0 || y > 62 || x < 0) return pt_val_unk(); r = x << y; break;
    case PT_OP_SHR: if (y < 0 || y > 63) return pt_val_unk(); r = x >> y; break;
    default: return pt_val_unk();
    }
    return pt_val_int(r);
}

void pt_escape(struct pt_state *s, struct pt_val v)
{
    if (v.kind != PT_V_ALLOC) return;
    struct pt_alloc *a = &s->allocs[v.id];
    if (a->status == PT_A_LIVE || a->status == PT_A_BORROWED) a->status = PT_A_ESCAPED;
}

/* Everything reachable from the variable an expression is rooted at (Irp in
 * &Irp->Tail.Overlay.ListEntry) goes with it. What the function knew of the
 * root's other fields stays: the callee is given one place in it (or a value
 * read from it), and forgetting `c->type & DATA` because `c->dev->file` was
 * passed made paths no driver runs (the pointed-to place itself is
 * forgotten by the caller, pt_clobber). */
const struct pt_expr *pt_place_root(const struct pt_expr *e)
{
    while (e && (e->kind == PT_EX_ADDR || e->kind == PT_EX_MEMBER || e->kind == PT_EX_DEREF ||
                 e->kind == PT_EX_INDEX) && e->nkids)
        e = e->kids[0];
    return e;
}

int pt_param_index(const struct pt_fctx *c, int var)
{
    for (unsigned i = 0; i < c->nparams; i++)
        if (c->param_var[i] == var) return (int)i;
    return -1;
}

int pt_param_to_pointer(const struct pt_fctx *c, unsigned i)
{
    const char *t = c->fn->vars[c->param_var[i]].type;
    return t && strstr(t, "**") != NULL;
}

void pt_escape_root(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    e = pt_place_root(e);
    int sl = pt_slot(c, e);
    if (sl < 0) return;
    pt_escape(s, s->vals[sl]);
    for (const int *d = c->descendants[sl]; *d >= 0; d++) pt_escape(s, s->vals[*d]);
}

void pt_escape_reachable(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    int loaded = (e->kind == PT_EX_MEMBER || e->kind == PT_EX_INDEX) && !e->is_array;
    if (!loaded && e->kind != PT_EX_DEREF) {
        pt_escape_root(c, s, e);
        return;
    }
    int sl = pt_slot(c, e);
    if (sl < 0) return;
    pt_escape(s, s->vals[sl]);
    for (const int *d = c->descendants[sl]; *d >= 0; d++) pt_escape(s, s->vals[*d]);
}

static int referenced_elsewhere(struct pt_fctx *c, struct pt_state *s, int alloc, int except_slot)
{
    for (unsigned i = 0; i < c->nslots; i++)
        if ((int)i != except_slot && s->vals[i].kind == PT_V_ALLOC && s->vals[i].id == alloc)
            return 1;
    return s->allocs[alloc].parent >= 0;
}

/* Where a store through lvalue `e` puts the value: 0 a local of this function,
 * 1 somewhere that outlives it (global, memory reached through an unknown
 * pointer), or 2 inside allocation *owner. */
static int container(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e, int *owner)
{
    while (e && e->kind == PT_EX_MEMBER && !e->arrow) e = e->kids[0];
    while (e && e->kind == PT_EX_INDEX && e->kids[0]->kind == PT_EX_VAR &&
           c->fn->vars[e->kids[0]->var].is_aggregate)
        e = e->kids[0];
    if (!e) return 1;
    if (e->kind == PT_EX_VAR && e->var >= 0) {
        enum pt_var_kind k = c->fn->vars[e->var].kind;
        return k == PT_VAR_GLOBAL || k == PT_VAR_STATIC ? 1 : 0;
    }
    const struct pt_expr *base = NULL;
    if (e->kind == PT_EX_MEMBER || e->kind == PT_EX_DEREF || e->kind == PT_EX_INDEX) base = e->kids[0];
    if (!base) return 1;
    if ((e->kind == PT_EX_DEREF || (e->kind == PT_EX_MEMBER && e->arrow)) && base->kind == PT_EX_ADDR)
        return container(c, s, base->kids[0], owner);   /* *&x is x, (&x)->f is x.f */
    int sl = pt_slot(c, base);
    struct pt_val pv = sl >= 0 ? s->vals[sl] : pt_val_unk();
    if (pv.kind == PT_V_ALLOC) {
        *owner = pv.id;
        return 2;
    }
    return 1;
}

static void invalidate_below(struct pt_fctx *c, struct pt_state *s, int slot, int escape)
{
    for (const int *d = c->descendants[slot]; *d >= 0; d++) {
        if (escape) pt_escape(s, s->vals[*d]);
        s->vals[*d] = pt_val_unk();
        pt_rel_written(s, *d, 0);
    }
}

/* dir: the write only moved an integer up (+1) or down (-1), see engine_rel.c */
static void assign_dir(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lhs, struct pt_val v,
                       const struct pt_expr *at, int dir)
{
    int owner = -1;
    int where = container(c, s, lhs, &owner);
    int sl = pt_slot(c, lhs), alias = place_slot(c, s, lhs);
    if (sl >= 0) {
        struct pt_val old = s->vals[sl];
        if (old.kind == PT_V_ALLOC && !(v.kind == PT_V_ALLOC && v.id == old.id) && where == 0 &&
            s->allocs[old.id].status == PT_A_LIVE && s->allocs[old.id].null != PT_N_NULL &&
            !s->allocs[old.id].awaits &&
            !referenced_elsewhere(c, s, old.id, sl))
            pt_model_lost(c, s, old.id, at ? at->loc : lhs->loc);
        s->vals[sl] = v;
        pt_rel_written(s, sl, dir);
        invalidate_below(c, s, sl, 0);
    }
    if (alias != sl) {   /* prev->Next = x with prev == &blk->Head: blk->Head.Next = x too */
        s->vals[alias] = v;
        pt_rel_written(s, alias, 0);
        invalidate_below(c, s, alias, 0);
    }
    if (v.kind == PT_V_ALLOC) {
        const char *place = pt_place_name(c, lhs);
        /* stored into memory that is not ours to free (a caller's block): handed over */
        if (where == 2 && s->allocs[owner].status != PT_A_LIVE) where = 1;
        /* a block that points to itself (ExInitializeWorkItem(&w->Item, R, w)) is kept nowhere */
        if (place && !(where == 2 && owner == v.id))
            pt_model_stored(c, s, v.id, place, pt_place_pointee(c, lhs), where == 2);
        if (where == 1 || sl < 0) pt_escape(s, v);
        else if (where == 2 && owner != v.id && s->allocs[v.id].parent < 0) s->allocs[v.id].parent = owner;
    }
}

void pt_assign(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lhs, struct pt_val v,
               const struct pt_expr *at)
{
    assign_dir(c, s, lhs, v, at, 0);
}

/* A place that exists beyond one call: a struct field by type ("struct
 * _DEVICE_EXTENSION::Buffer") or a global; NULL for locals and unknowns. */
const char *pt_place_name(struct pt_fctx *c, const struct pt_expr *lv)
{
    if (!lv) return NULL;
    char buf[512];
    if (lv->kind == PT_EX_MEMBER && lv->arrow && lv->nkids == 1 && lv->kids[0]->kind == PT_EX_ADDR &&
        lv->kids[0]->nkids == 1) {
        /* (&x)->f is x.f, as for slots (`FreeString(&Ctx->Name)` macros) */
        struct pt_expr dot = *lv, *inner = lv->kids[0]->kids[0];
        dot.arrow = 0;
        dot.kids = &inner;
        return pt_place_name(c, &dot);
    }
    if (lv->kind == PT_EX_MEMBER && lv->record_system && !lv->arrow && lv->name && lv->nkids == 1) {
        /* g_Path.Buffer, ext->Name.Buffer: a WDK struct held inside a driver place */
        const char *outer = pt_place_name(c, lv->kids[0]);
        if (!outer) return NULL;
        snprintf(buf, sizeof buf, "%s.%s", outer, lv->name);
    } else if (lv->kind == PT_EX_MEMBER && lv->record && lv->name && !lv->record_system) {
        /* a field of a local struct is not a shared place */
        const struct pt_expr *b = lv;
        while (b->kind == PT_EX_MEMBER && !b->arrow) b = b->kids[0];
        if (b->kind == PT_EX_VAR && b->var >= 0 && c->fn->vars[b->var].kind != PT_VAR_GLOBAL &&
            c->fn->vars[b->var].kind != PT_VAR_STATIC)
            return NULL;
        snprintf(buf, sizeof buf, "%s::%s", lv->record, lv->name);
    } else if (lv->kind == PT_EX_VAR && lv->var >= 0 &&
               (c->fn->vars[lv->var].kind == PT_VAR_GLOBAL || c->fn->vars[lv->var].kind == PT_VAR_STATIC)) {
        snprintf(buf, sizeof buf, "global %s", c->fn->vars[lv->var].name);
    } else {
        return NULL;
    }
    return pt_arena_strdup(c->arena, buf);
}

const char *pt_var_pointee(struct pt_fctx *c, int var)
{
    const char *t = c->fn->vars[var].type;
    size_t n = t ? strlen(t) : 0;
    if (n < 10 || strncmp(t, "struct ", 7) != 0 || strcmp(t + n - 2, " *") != 0) return NULL;
    char *r = pt_arena_strdup(c->arena, t);
    r[n - 2] = 0;
    return strchr(r, '*') ? NULL : r;
}

const char *pt_place_pointee(struct pt_fctx *c, const struct pt_expr *lv)
{
    if (lv && lv->kind == PT_EX_MEMBER) return lv->pointee;
    return lv && lv->kind == PT_EX_VAR && lv->var >= 0 ? pt_var_pointee(c, lv->var) : NULL;
}

/* The callee may read or write anything reachable from `lvalue`. With
 * PT_CLOBBER_KEEP_ALLOCS (a WDK routine) our allocations stay where they are:
 * such routines write results, they do not take or replace our memory. */
static void clobber_slot(struct pt_fctx *c, struct pt_state *s, int sl, int mode)
{
    if (mode == PT_CLOBBER_KEEP_ALLOCS) {
        if (s->vals[sl].kind != PT_V_ALLOC) s->vals[sl] = pt_val_unk();
        pt_rel_written(s, sl, 0);
        for (const int *d = c->descendants[sl]; *d >= 0; d++) {
            if (s->vals[*d].kind != PT_V_ALLOC) s->vals[*d] = pt_val_unk();
            pt_rel_written(s, *d, 0);
        }
        return;
    }
    int escape = mode == PT_CLOBBER_ESCAPE || mode == PT_CLOBBER_BELOW;
    if (mode == PT_CLOBBER_BELOW) {   /* the pointer's value is passed, not its place */
        invalidate_below(c, s, sl, 1);
        return;
    }
    if (escape) pt_escape(s, s->vals[sl]);
    s->vals[sl] = pt_val_unk();
    pt_rel_written(s, sl, 0);
    invalidate_below(c, s, sl, escape);
}

void pt_clobber(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lvalue, int mode)
{
    int sl = pt_slot(c, lvalue);
    if (sl < 0) return;
    /* prev->Next with prev == &blk->Head is blk->Head.Next too; prev itself
     * passed (BELOW) lets the callee write below blk->Head */
    int alias = place_slot(c, s, lvalue);
    int pointee = mode == PT_CLOBBER_BELOW ? address_slot(c, s, s->vals[sl]) : -1;
    clobber_slot(c, s, sl, mode);
    if (alias != sl) clobber_slot(c, s, alias, mode);
    if (pointee >= 0) invalidate_below(c, s, pointee, 1);
}

/* `saved = u;`, `dc->name = utf16;` for structs: the fields held by value
 * travel with the copy. A field the destination has no slot for (this
 * function never names `dc->name.Buffer`) is stored into the destination as
 * a whole: a hand-over when the destination outlives the function, a block
 * held by ours when it is in one; a local copy changes nothing. */
static void copy_fields(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lhs,
                        const struct pt_expr *rhs)
{
    int dst = pt_slot(c, lhs), src = pt_slot(c, rhs);
    if (src < 0) return;
    const char *sk = c->slot_keys[src];
    size_t sn = strlen(sk);
    for (const int *d = c->descendants[src]; *d >= 0; d++) {
        const char *suffix = c->slot_keys[*d] + sn;
        if (suffix[0] != '.') continue;   /* what a pointer points to is not copied */
        struct pt_val v = s->vals[*d];
        int found = -1;
        if (dst >= 0) {
            char key[512];
            snprintf(key, sizeof key, "%s%s", c->slot_keys[dst], suffix);
            for (unsigned i = 0; i < c->nslots && found < 0; i++)
                if (strcmp(c->slot_keys[i], key) == 0) found = (int)i;
        }
        if (found >= 0) {
            pt_assign(c, s, c->slot_lvalue[found], v, lhs);
            continue;
        }
        if (v.kind != PT_V_ALLOC) continue;
        int owner = -1, where = container(c, s, lhs, &owner);
        if (where == 0) continue;   /* a local copy: the source still holds it */
        const char *place = pt_place_name(c, lhs);
        if (where == 2 && s->allocs[owner].status != PT_A_LIVE) where = 1;
        if (place && !(where == 2 && owner == v.id))
            pt_model_stored(c, s, v.id, place, pt_place_pointee(c, lhs), where == 2);
        if (where == 2 && owner != v.id && s->allocs[v.id].parent < 0) s->allocs[v.id].parent = owner;
        else if (where == 1) pt_escape(s, v);
    }
}

/* +1/-1 when `e` only moves its integer variable one way: x += 2, x -= 1,
 * x = x + 1, x = x - 3 (a positive constant); 0 otherwise. */
static int step_dir(const struct pt_fctx *c, const struct pt_expr *e)
{
    const struct pt_expr *lhs = e->kids[0], *r = e->kids[1];
    enum pt_op op = e->op;
    if (op == PT_OP_NONE && r->kind == PT_EX_BINARY && r->nkids == 2 && pt_slot(c, r->kids[0]) >= 0 &&
        pt_slot(c, r->kids[0]) == pt_slot(c, lhs)) {
        op = r->op;
        r = r->kids[1];
    }
    if ((op != PT_OP_ADD && op != PT_OP_SUB) || r->kind != PT_EX_INT || r->ival == 0) return 0;
    return (op == PT_OP_ADD) == (r->ival > 0) ? 1 : -1;
}

static struct pt_val eval_assign(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    const struct pt_expr *lhs = e->kids[0];
    /* Evaluate the place's own sub-expressions for their effects (calls). */
    if (lhs->kind != PT_EX_VAR && lhs->nkids) pt_eval(c, s, lhs->kids[0]);
    struct pt_val v = pt_eval(c, s, e->kids[1]);
    if (e->op != PT_OP_NONE) {
        int sl = place_slot(c, s, lhs);
        struct pt_val old = sl >= 0 ? s->vals[sl] : pt_val_unk();
        v = arith(s, e->op, old, v);
    }
    assign_dir(c, s, lhs, v, e, step_dir(c, e));
    if (e->op == PT_OP_NONE) copy_fields(c, s, lhs, e->kids[1]);
    return v;
}

static struct pt_val eval_lvalue(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    for (unsigned i = 0; i < e->nkids; i++) {
        const struct pt_expr *k = e->kids[i];
        if (k->kind != PT_EX_VAR && k->kind != PT_EX_INT) pt_eval(c, s, k);
    }
    int sl = place_slot(c, s, e);
    struct pt_val v = sl >= 0 ? s->vals[sl] : pt_val_unk();
    /* an unsigned we know nothing about is still >= 0: `for (i = 0; i <= n; i++)` runs */
    if (v.kind == PT_V_UNK && e->is_unsigned) return range_val(0, INT64_MAX);
    return v;
}

/* A place inside the object a pointer points to (p->a.b, p[i], *p): 1, with
 * *base the pointer's value (evaluated); else 0 and nothing evaluated. */
static int inside_pointee(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *x, struct pt_val *base)
{
    while (x->kind == PT_EX_MEMBER && !x->arrow) x = x->kids[0];
    if (!((x->kind == PT_EX_MEMBER && x->arrow) || x->kind == PT_EX_DEREF || x->kind == PT_EX_INDEX)) return 0;
    *base = pt_eval(c, s, x->kids[0]);
    return 1;
}

static struct pt_val eval_addr(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    const struct pt_expr *x = e->kids[0];
    struct pt_val base;
    if (inside_pointee(c, s, x, &base)) {   /* &p->field points into p's allocation */
        if (base.kind != PT_V_ALLOC) return val_nonnull();
        /* at a place some lvalue reached through a pointer can name (engine.h inner) */
        int at = x->kind == PT_EX_MEMBER || x->kind == PT_EX_INDEX ? place_slot(c, s, x) : -1;
        base.lo = at >= 0 && c->addr_useful[at] ? at + 1 : 0;
        base.hi = 0;
        return base;
    }
    while (x->kind == PT_EX_MEMBER && !x->arrow) x = x->kids[0];
    if (x->kind != PT_EX_VAR) pt_eval(c, s, x);
    return val_address();
}

struct pt_val pt_eval(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e)
{
    if (!e) return pt_val_unk();
    struct pt_val a, b;
    int t;
    switch (e->kind) {
    case PT_EX_INT: return pt_val_int(e->ival);
    case PT_EX_STRING: case PT_EX_FUNC: return val_address();
    case PT_EX_VAR:
        if (e->var >= 0 && c->fn->vars[e->var].is_aggregate && e->is_pointer &&
            c->fn->vars[e->var].kind != PT_VAR_PARAM)
            return val_address();   /* an array decays to its address */
        return eval_lvalue(c, s, e);
    case PT_EX_MEMBER:   /* info->Data[]: decays to an address inside info's block */
        if (e->is_array && inside_pointee(c, s, e, &a) && a.kind == PT_V_ALLOC) return block_of(a);
        return eval_lvalue(c, s, e);
    case PT_EX_DEREF: case PT_EX_INDEX: return eval_lvalue(c, s, e);
    case PT_EX_ADDR: return eval_addr(c, s, e);
    case PT_EX_CALL: return pt_model_call(c, s, e);
    case PT_EX_ASSIGN: return eval_assign(c, s, e);
    case PT_EX_BINARY:
        a = pt_eval(c, s, e->kids[0]);
        b = pt_eval(c, s, e->kids[1]);
        if ((e->op == PT_OP_EQ || e->op == PT_OP_NE) &&
            (fresh_vs_load(c, s, a, e->kids[1]) || fresh_vs_load(c, s, b, e->kids[0])))
            return pt_val_int(e->op == PT_OP_NE);
        if (e->op >= PT_OP_EQ && e->op <= PT_OP_GE) return compare(c, s, e->op, a, b);
        /* `(ULONG_PTR)p | TAG_BITS`: an integer that still holds the block,
         * which the engine cannot follow (stored, masked back later): the
         * block escapes. `p & 7` (alignment tests) keeps it. */
        if ((e->op == PT_OP_OR || e->op == PT_OP_XOR) && (a.kind == PT_V_ALLOC || b.kind == PT_V_ALLOC)) {
            pt_escape(s, a.kind == PT_V_ALLOC ? a : b);
            return pt_val_unk();
        }
        /* `(char *)p + n - (char *)&p->Header`: a distance (an integer type),
         * not the block; storing it stores no pointer */
        if (e->op == PT_OP_SUB && !e->is_pointer && a.kind == PT_V_ALLOC) return pt_val_unk();
        struct pt_val r = arith(s, e->op, a, b);
        /* `flags & 4` tested before: what the test learned (engine_prep.c
         * names the bit test as a slot below `flags`, so writes forget it) */
        int bit = e->op == PT_OP_AND ? pt_slot(c, e) : -1;
        if (bit >= 0 && (s->vals[bit].kind == PT_V_INT || s->vals[bit].kind == PT_V_NONNULL) &&
            !(r.kind == PT_V_INT && r.lo == r.hi))
            return s->vals[bit];
        return r;
    case PT_EX_UNARY:
        a = pt_eval(c, s, e->kids[0]);
        if (e->op == PT_OP_NOT) {
            t = pt_truth(s, a);
            return t < 0 ? range_val(0, 1) : pt_val_int(!t);
        }
        if (e->op == PT_OP_NEG && a.kind == PT_V_INT && a.lo == a.hi && a.lo != INT64_MIN)
            return pt_val_int(-a.lo);
        if (e->op == PT_OP_PLUS) return a;
        return pt_val_unk();
    case PT_EX_INCDEC: {
        a = eval_lvalue(c, s, e->kids[0]);
        struct pt_val r = pt_val_unk();
        if (a.kind == PT_V_ALLOC) r = block_of(a);
        else if (a.kind == PT_V_INT && a.lo == a.hi && a.lo > INT64_MIN + 1 && a.lo < INT64_MAX - 1)
            r = pt_val_int(a.lo + (e->op == PT_OP_DEC ? -1 : 1));
        else if (a.kind == PT_V_INT && a.lo != a.hi)   /* a widened loop counter */
            r = shift_range(a.lo, a.hi, e->op == PT_OP_DEC ? -1 : 1);
        int sl = pt_slot(c, e->kids[0]), alias = place_slot(c, s, e->kids[0]);
        if (sl >= 0) {
            s->vals[sl] = r;
            pt_rel_written(s, sl, a.kind == PT_V_INT ? (e->op == PT_OP_DEC ? -1 : 1) : 0);
        }
        if (alias != sl) {   /* prev->Count++ with prev == &blk->Hdr: blk->Hdr.Count too */
            s->vals[alias] = r;
            pt_rel_written(s, alias, 0);
        }
        return r;
    }
    case PT_EX_COND:
        if (e->nkids < 3) break;
        t = pt_truth(s, pt_eval(c, s, e->kids[0]));
        if (t >= 0) return pt_eval(c, s, e->kids[t ? 1 : 2]);
        return pt_val_unk();   /* the arms' effects are not followed */
    case PT_EX_LOGIC:
        t = pt_truth(s, pt_eval(c, s, e->kids[0]));
        if (t == (e->op == PT_OP_LOR)) return pt_val_int(t);
        if (t < 0) return range_val(0, 1);
        t = pt_truth(s, pt_eval(c, s, e->kids[1]));
        return t < 0 ? range_val(0, 1) : pt_val_int(t);
    case PT_EX_COMMA:
        a = pt_val_unk();
        for (unsigned i = 0; i < e->nkids; i++) a = pt_eval(c, s, e->kids[i]);
        return a;
    case PT_EX_UNKNOWN:   /* code we cannot model may keep what it is given */
        for (unsigned i = 0; i < e->nkids; i++) {
            pt_escape(s, pt_eval(c, s, e->kids[i]));
            if (e->kids[i]->kind == PT_EX_ADDR) pt_clobber(c, s, e->kids[i]->kids[0], PT_CLOBBER_ESCAPE);
        }
        return pt_val_unk();
    }
    return pt_val_unk();
}

/* ---- refinement ---- */

static int narrow(int64_t *lo, int64_t *hi, enum pt_op op, int64_t k, int truth)
{
    if (!truth) {
        static const enum pt_op neg[] = {[PT_OP_EQ] = PT_OP_NE, [PT_OP_NE] = PT_OP_EQ,
                                         [PT_OP_LT] = PT_OP_GE, [PT_OP_LE] = PT_OP_GT,
                                         [PT_OP_GT] = PT_OP_LE, [PT_OP_GE] = PT_OP_LT};
        op = neg[op];
    }
    switch (op) {
    case PT_OP_EQ: if (k < *lo || k > *hi) return 0; *lo = *hi = k; return 1;
    case PT_OP_NE:
        if (*lo == k && *hi == k) return 0;
        if (*lo == k) (*lo)++;
        else if (*hi == k) (*hi)--;
        return 1;
    case PT_OP_LT: if (k == INT64_MIN || *lo > k - 1) return 0; if (*hi > k - 1) *hi = k - 1; return 1;
    case PT_OP_LE: if (*lo > k) return 0; if (*hi > k) *hi = k; return 1;
    case PT_OP_GT: if (k == INT64_MAX || *hi < k + 1) return 0; if (*lo < k + 1) *lo = k + 1; return 1;
    case PT_OP_GE: if (*hi < k) return 0; if (*lo < k) *lo = k; return 1;
    default: return 1;
    }
}

/* A call result compared with k. "!= k" inside the range is not an interval;
 * the pool model still learns from it (NDIS: "!= NDIS_STATUS_SUCCESS" failed). */
static int narrow_sym(struct pt_fctx *c, struct pt_state *s, int sym, enum pt_op op, int64_t k, int truth)
{
    struct pt_range *r = &s->syms[sym];
    int ne = (op == PT_OP_NE) == (truth != 0) && (op == PT_OP_NE || op == PT_OP_EQ);
    int eq = (op == PT_OP_EQ) == (truth != 0) && (op == PT_OP_NE || op == PT_OP_EQ);
    if (eq && r->ne_set && r->ne == k) return 0;   /* it was found to differ from k */
    if (ne && r->lo < k && k < r->hi) {
        r->ne = k;
        r->ne_set = 1;
        return pt_model_sym_excludes(c, s, sym, k);
    }
    if (!narrow(&r->lo, &r->hi, op, k, truth)) return 0;
    if (r->ne_set && (r->ne < r->lo || r->ne > r->hi)) r->ne = r->ne_set = 0;
    return pt_model_sym_narrowed(c, s, sym);
}

static const struct pt_expr *strip_assign(const struct pt_expr *e)
{
    while (e && e->kind == PT_EX_ASSIGN && e->op == PT_OP_NONE) e = e->kids[0];
    return e;
}

static int refine_slot(struct pt_fctx *c, struct pt_state *s, int sl, enum pt_op op, int64_t k,
                       int truth)
{
    struct pt_val *v = &s->vals[sl];
    if (v->kind == PT_V_ALLOC && k == 0 && (op == PT_OP_EQ || op == PT_OP_NE)) {
        struct pt_alloc *a = &s->allocs[v->id];
        int isnull = (op == PT_OP_EQ) == (truth != 0);
        int want = isnull ? PT_N_NULL : PT_N_NONNULL;
        if (a->null != PT_N_MAYBE && a->status != PT_A_FREED) return a->null == want;
        if (a->status != PT_A_FREED) a->null = want;
        return 1;
    }
    if (v->kind == PT_V_SYM) return narrow_sym(c, s, v->id, op, k, truth);
    if (v->kind == PT_V_INT) return narrow(&v->lo, &v->hi, op, k, truth);
    if (v->kind == PT_V_NONNULL && k == 0 && (op == PT_OP_EQ || op == PT_OP_NE))
        return (op == PT_OP_EQ) != (truth != 0);
    if (v->kind == PT_V_UNK) {
        int64_t lo = INT64_MIN, hi = INT64_MAX;
        if (!narrow(&lo, &hi, op, k, truth)) return 0;
        if (lo != INT64_MIN || hi != INT64_MAX) *v = range_val(lo, hi);
        else if (k == 0 && (op == PT_OP_NE) == (truth != 0)) *v = val_nonnull();
    }
    return 1;
}

/* x == y between two variables: infeasible when a loop moved one of them
 * away since they were equal. (Narrowing one side to the other's exact value
 * would be sound too, but multiplies the states of nested scanning loops.) */
static int refine_two_slots(struct pt_fctx *c, struct pt_state *s, int a, int b, enum pt_op op, int truth)
{
    if (a < 0 || b < 0) return 1;
    int equal = (op == PT_OP_EQ) == (truth != 0);
    if (equal && pt_rel_cannot_equal(c, s, a, b)) return 0;
    if (equal) pt_rel_equal(c, s, a, b);
    return 1;
}

int pt_refine(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e, int truth)
{
    if (!e) return 1;
    if (e->kind == PT_EX_UNARY && e->op == PT_OP_NOT) return pt_refine(c, s, e->kids[0], !truth);
    if (e->kind == PT_EX_LOGIC) {
        if ((e->op == PT_OP_LAND) == (truth != 0))
            return pt_refine(c, s, e->kids[0], truth) && pt_refine(c, s, e->kids[1], truth);
        return 1;
    }
    if (e->kind == PT_EX_BINARY && e->op >= PT_OP_EQ && e->op <= PT_OP_GE) {
        const struct pt_expr *x = strip_assign(e->kids[0]), *k = e->kids[1];
        enum pt_op op = e->op;
        if (x && x->kind == PT_EX_INT) {   /* 0 == p: swap sides */
            static const enum pt_op swap[] = {[PT_OP_EQ] = PT_OP_EQ, [PT_OP_NE] = PT_OP_NE,
                                              [PT_OP_LT] = PT_OP_GT, [PT_OP_LE] = PT_OP_GE,
                                              [PT_OP_GT] = PT_OP_LT, [PT_OP_GE] = PT_OP_LE};
            k = x;
            x = strip_assign(e->kids[1]);
            op = swap[op];
        }
        if (k && k->kind != PT_EX_INT && (op == PT_OP_EQ || op == PT_OP_NE))
            return refine_two_slots(c, s, pt_slot(c, x), pt_slot(c, strip_assign(k)), op, truth);
        if (!k || k->kind != PT_EX_INT) return 1;
        int sl = place_slot(c, s, x);
        if (sl < 0) {   /* a call result compared directly: its sym */
            int sym = x && x->kind == PT_EX_CALL ? c->sym_of_expr[x->id] : -1;
            if (sym < 0) return 1;
            return narrow_sym(c, s, sym, op, k->ival, truth);
        }
        return refine_slot(c, s, sl, op, k->ival, truth);
    }
    const struct pt_expr *x = strip_assign(e);
    int sl = place_slot(c, s, x);
    if (sl >= 0) return refine_slot(c, s, sl, PT_OP_NE, 0, truth);
    if (x && x->kind == PT_EX_CALL && c->sym_of_expr[x->id] >= 0) {
        return narrow_sym(c, s, c->sym_of_expr[x->id], PT_OP_NE, 0, truth);
    }
    return 1;
}
