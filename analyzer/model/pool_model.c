/* The pool model: what each API of the families table does to a path state.
 * It tracks allocations and raises events; it never reports by itself. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "engine_internal.h"
#include "fptr.h"
#include "events.h"
#include "util.h"

static struct pt_event event(struct pt_fctx *c, enum pt_ev_kind kind, const struct pt_state *s)
{
    struct pt_event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = kind;
    ev.fn = c->fn;
    ev.ctx = c;
    ev.alloc_id = -1;
    ev.trail = s ? s->trail : NULL;
    return ev;
}

/* An event about one allocation, raised by `call` (its allocation or lock). */
static struct pt_event alloc_event(struct pt_fctx *c, enum pt_ev_kind kind, struct pt_state *s,
                                   int id, const struct pt_expr *call)
{
    struct pt_event ev = event(c, kind, s);
    ev.alloc_id = id;
    ev.alloc = &s->allocs[id];
    ev.call = call;
    ev.api = pt_api_lookup(c->apis, call->name);
    return ev;
}

static void locked_event(struct pt_fctx *c, struct pt_state *s, int id, struct pt_srcloc where)
{
    struct pt_event lk = alloc_event(c, PT_EV_LOCKED, s, id, c->expr_by_id[s->allocs[id].lock_expr - 1]);
    lk.where = where;
    pt_model_emit(&lk);
}

static void fptr_edges(struct pt_fctx *c, const struct pt_expr *call)
{
    size_t n;
    const struct pt_fptr_target *t = pt_fptr_targets(call->name, &n);
    for (size_t i = 0; i < n; i++) {
        struct pt_expr *e = PT_ANEW(c->arena, struct pt_expr);
        *e = *call;
        e->name = pt_arena_strdup(c->arena, t[i].function);
        e->callee_static = (unsigned)t[i].is_static;
        e->via_field = 0;
        struct pt_event ev = event(c, PT_EV_CALLEDGE, NULL);
        ev.call = e;
        ev.callee_file = t[i].is_static ? t[i].file : NULL;
        ev.via_field = call->name;
        pt_model_emit(&ev);
    }
}

static void entry_event(struct pt_fctx *c, int kind, const struct pt_expr *routine, struct pt_srcloc where,
                        const char *reason)
{
    struct pt_event ev = event(c, PT_EV_ENTRY, NULL);
    ev.entry = kind;
    ev.routine = routine;
    ev.where = where;
    ev.reason = reason;
    pt_model_emit(&ev);
}

/* The function itself as a FUNC expression (for ENTRY events about it). */
static const struct pt_expr *self_expr(struct pt_fctx *c)
{
    struct pt_expr *e = PT_ANEW(c->arena, struct pt_expr);
    e->kind = PT_EX_FUNC;
    e->name = c->fn->name;
    e->callee_static = c->fn->is_static;
    e->var = -1;
    e->loc = c->fn->loc;
    return e;
}

/* Unload and start entry points: by role type, by the field a routine is
 * assigned to, and a PnP dispatch that handles IRP_MN_REMOVE_DEVICE. */
static void entry_points(struct pt_fctx *c)
{
    const struct pt_func *fn = c->fn;
    int rk = fn->role ? (int)pt_api_entry_role(c->apis, fn->role) : PT_ENTRY_NONE;
    if (rk != PT_ENTRY_NONE) {
        char *why = pt_asprintf("declared as %s", fn->role);
        entry_event(c, rk, self_expr(c), fn->loc, pt_arena_strdup(c->arena, why));
        free(why);
    }
    else if (strcmp(fn->name, "DriverEntry") == 0)
        entry_event(c, PT_ENTRY_INIT, self_expr(c), fn->loc, "DriverEntry");
    for (unsigned i = 0; i < fn->nexprs && rk == PT_ENTRY_NONE && strcmp(fn->name, "DriverEntry") != 0; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (e && e->kind == PT_EX_CALL && e->name && pt_api_unload_call(e->name)) {
            char *why = pt_asprintf("calls %s", e->name);
            entry_event(c, PT_ENTRY_UNLOAD, self_expr(c), e->loc, pt_arena_strdup(c->arena, why));
            free(why);
            break;
        }
    }
    for (unsigned b = 0; b < fn->nblocks; b++) {
        const struct pt_block *bl = &fn->blocks[b];
        const struct pt_expr *k = bl->cond;
        if (bl->term != PT_T_SWITCH || !k || k->kind != PT_EX_MEMBER || !k->name ||
            strcmp(k->name, "MinorFunction") != 0)
            continue;
        /* Minor codes are per major function: 2 is IRP_MN_REMOVE_DEVICE under
         * IRP_MJ_PNP but IRP_MN_NOTIFY_CHANGE_DIRECTORY or IRP_MN_VERIFY_VOLUME
         * elsewhere. Codes 5..0x18 exist only for PnP; else the link decides. */
        int remove = 0, pnp_only = 0;
        for (unsigned i = 0; i < bl->ncases; i++) {
            remove |= bl->case_vals[i] == 0x02;
            pnp_only |= bl->case_vals[i] >= 0x05 && bl->case_vals[i] <= 0x18;
        }
        if (remove)
            entry_event(c, pnp_only ? PT_ENTRY_UNLOAD : PT_ENTRY_REMOVE_CASE, self_expr(c), bl->loc,
                        "handles IRP_MN_REMOVE_DEVICE");
    }
    for (unsigned i = 0; i < fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (!e || e->kind != PT_EX_ASSIGN || e->nkids != 2) continue;
        const struct pt_expr *v = e->kids[1];
        if (v->kind == PT_EX_ADDR && v->nkids == 1) v = v->kids[0];
        if (v->kind != PT_EX_FUNC || !v->name) continue;
        const struct pt_expr *l = e->kids[0];
        if (l->kind == PT_EX_INDEX && l->nkids == 2 && l->kids[0]->kind == PT_EX_MEMBER && l->kids[0]->name &&
            strcmp(l->kids[0]->name, "MajorFunction") == 0 && l->kids[1]->kind == PT_EX_INT &&
            l->kids[1]->ival == 0x1b) {   /* MajorFunction[IRP_MJ_PNP] = Fn */
            entry_event(c, PT_ENTRY_PNP, v, e->loc, "the IRP_MJ_PNP dispatch routine");
            continue;
        }
        if (l->kind != PT_EX_MEMBER) continue;
        int fk = (int)pt_api_entry_field(c->apis, e->kids[0]->name);
        if (fk == PT_ENTRY_NONE) continue;
        char *why = pt_asprintf("assigned to %s", e->kids[0]->name);
        entry_event(c, fk, v, e->loc, pt_arena_strdup(c->arena, why));
        free(why);
    }
}

static const struct pt_expr *strip_addr(const struct pt_expr *e)
{
    return e && e->kind == PT_EX_ADDR && e->nkids == 1 ? e->kids[0] : e;
}

static void place_use(struct pt_fctx *c, const struct pt_expr *at, const char *place, enum pt_place_use use)
{
    struct pt_event ev = event(c, PT_EV_PLACE_USE, NULL);
    ev.call = at;
    ev.place = place;
    ev.use = use;
    pt_model_emit(&ev);
}

/* "struct _DEVICE_EXTENSION" for a pointer to a driver struct, else NULL. */
static const char *pointee_record(struct pt_fctx *c, const struct pt_expr *a)
{
    return a->kind == PT_EX_VAR && a->var >= 0 && a->is_pointer ? pt_var_pointee(c, a->var) : NULL;
}

/* Where places go that PT006 cannot follow: passed to code the run does not
 * see (or that takes it), list heads drained (RemoveHeadList(&g_List), walked
 * through ->Flink). Path-insensitive: only used to keep PT006 quiet. */
static void place_uses(struct pt_fctx *c, const struct pt_expr *e)
{
    if (e->kind == PT_EX_MEMBER && e->name && e->nkids == 1 &&
        (strcmp(e->name, "Flink") == 0 || strcmp(e->name, "Blink") == 0 || strcmp(e->name, "Next") == 0)) {
        const char *p = pt_place_name(c, e->kids[0]);
        if (p) place_use(c, e, p, PT_USE_DRAIN);
        return;
    }
    if (e->kind != PT_EX_CALL || !e->name) return;
    int head = pt_api_list_drain(e->name);
    if (head >= 0 && (unsigned)head < e->nkids) {
        const char *p = pt_place_name(c, strip_addr(e->kids[head]));
        if (p) place_use(c, e, p, PT_USE_DRAIN);
        return;
    }
    int entry;
    if (pt_api_list_insert(e->name, &entry) >= 0) return;   /* LISTED events tell those */
    const struct pt_api *api = pt_api_lookup(c->apis, e->name);
    /* a learned BORROWS says whose blocks stay the caller's, not what the
     * callee does with the places it is given: as unseen as no summary */
    if (api && api->kind == PT_API_BORROWS) api = NULL;
    int unseen = !api && (e->callee != PT_CALLEE_SYSTEM || pt_api_name_takes(e->name) || e->via_field);
    if (!unseen && !(api && api->kind == PT_API_TAKES)) return;
    for (unsigned i = 0; i < e->nkids; i++) {
        const struct pt_expr *a = strip_addr(e->kids[i]);
        const char *p = pt_place_name(c, a);
        if (p) place_use(c, e, p, PT_USE_PASSED);
        else if (unseen && (p = pointee_record(c, a))) place_use(c, e, p, PT_USE_RECORD);
    }
}

/* STATUS_MORE_PROCESSING_REQUIRED, a constant or a local only ever set to it. */
static int is_mpr_const(const struct pt_expr *e)
{
    return e && (e->kind == PT_EX_INT || e->is_const) && e->ival >= INT32_MIN && e->ival <= (int64_t)UINT32_MAX &&
           (uint32_t)e->ival == 0xC0000016u;
}

static int returns_mpr(struct pt_fctx *c, const struct pt_expr *e)
{
    if (is_mpr_const(e)) return 1;
    if (!e || e->kind != PT_EX_VAR || e->var < 0 || c->fn->vars[e->var].kind == PT_VAR_GLOBAL ||
        c->fn->vars[e->var].kind == PT_VAR_STATIC || c->fn->vars[e->var].kind == PT_VAR_PARAM)
        return 0;
    int set = 0;
    for (unsigned i = 0; i < c->fn->nexprs; i++) {
        const struct pt_expr *x = c->expr_by_id[i];
        if (!x || x->nkids == 0) continue;
        for (unsigned k = 0; k < x->nkids; k++) {
            const struct pt_expr *v = x->kids[k];
            if (v->kind != PT_EX_VAR || v->var != e->var) continue;
            if (x->kind == PT_EX_ASSIGN && k == 0 && x->op == PT_OP_NONE && x->nkids == 2 &&
                is_mpr_const(x->kids[1]))
                set = 1;
            else if (x->kind == PT_EX_ASSIGN || x->kind == PT_EX_ADDR || x->kind == PT_EX_INCDEC)
                return 0;   /* written otherwise */
        }
    }
    return set;
}

static int is_var(const struct pt_expr *e, int var)
{
    return e && e->kind == PT_EX_VAR && e->var == var;
}

/* The IRP parameter used only to read the IRP: Irp->Field, comparisons, and
 * WDK routines that do not take it (IoGetCurrentIrpStackLocation). Anything
 * else (IoFreeIrp, IoCompleteRequest, stored, queued, &Irp->Tail..., passed
 * to the project's code) may release it. */
static int irp_only_read(struct pt_fctx *c, int var)
{
    for (unsigned i = 0; i < c->fn->nexprs; i++) {
        const struct pt_expr *x = c->expr_by_id[i];
        if (!x) continue;
        if (x->kind == PT_EX_ADDR) {   /* &Irp, &Irp->Tail.Overlay.ListEntry */
            if (is_var(pt_place_root(x), var)) return 0;
            continue;
        }
        for (unsigned k = 0; k < x->nkids; k++) {
            if (!is_var(x->kids[k], var)) continue;
            switch (x->kind) {
            case PT_EX_MEMBER: case PT_EX_DEREF: case PT_EX_LOGIC: break;
            case PT_EX_UNARY: if (x->op != PT_OP_NOT) return 0; break;
            case PT_EX_BINARY: if (x->op != PT_OP_EQ && x->op != PT_OP_NE) return 0; break;
            case PT_EX_COND: if (k != 0) return 0; break;
            case PT_EX_CALL: {
                const struct pt_api *api = pt_api_lookup(c->apis, x->name);
                if (api) {
                    if (api->kind != PT_API_KEEPS &&
                        !(api->kind == PT_API_BORROWS && k < 32 && (api->borrows >> k & 1)))
                        return 0;
                    break;
                }
                if (x->via_field || x->callee != PT_CALLEE_SYSTEM || !x->name || pt_api_name_takes(x->name) ||
                    pt_api_completes_irp(x->name))
                    return 0;
                break;
            }
            default: return 0;
            }
        }
    }
    return 1;
}

/* A completion routine that keeps a driver-allocated IRP for its sender:
 * every return is STATUS_MORE_PROCESSING_REQUIRED, and the IRP (argument 1)
 * is only read. The sender must free it (docs/engine.md, IRPs). */
static void note_irp_keeper(struct pt_fctx *c)
{
    const struct pt_func *fn = c->fn;
    if (fn->parse_errors || fn->nvars < 2 || fn->vars[1].kind != PT_VAR_PARAM || !fn->vars[1].is_pointer ||
        (fn->nvars > 2 && fn->vars[2].kind != PT_VAR_PARAM))   /* (Device, Irp, Context) */
        return;
    int nret = 0;
    for (unsigned b = 0; b < fn->nblocks; b++) {
        const struct pt_block *bl = &fn->blocks[b];
        if (bl->term != PT_T_RETURN) continue;
        if (!returns_mpr(c, bl->cond)) return;
        nret++;
    }
    if (nret && irp_only_read(c, 1))
        pt_api_note_param_mask(c->apis, PT_MASK_KEEPS_IRP, fn->name, fn->is_static, 1u << 1);
}

/* `ExFreePool(stripes[i].Buf)`: a free of an element of an array the engine
 * cannot name (the index is not a constant). Marks the slot holding the
 * array (`stripes`), so that freeing the array block counts as freeing what
 * its elements hold: the path may skip the freeing loop only because the
 * engine cannot tell which element `stripes[i]` is. */
static void note_element_free(struct pt_fctx *c, const struct pt_expr *call, const struct pt_api *api)
{
    if (api->kind != PT_API_FREE || api->ptr < 0 || (unsigned)api->ptr >= call->nkids) return;
    for (const struct pt_expr *e = call->kids[api->ptr]; e && e->nkids; e = e->kids[0]) {
        if (e->kind != PT_EX_INDEX || e->nkids < 2 || e->kids[1]->kind == PT_EX_INT) continue;
        int sl = pt_slot(c, e->kids[0]);
        if (sl < 0) return;
        if (!c->element_freed) c->element_freed = PT_ANEWN(c->arena, unsigned char, c->nslots + 1);
        c->element_freed[sl] = 1;
        return;
    }
}

/* The array block p is freed in a function that also frees its elements. */
static int elements_freed(const struct pt_fctx *c, const struct pt_state *s, int id)
{
    if (!c->element_freed) return 0;
    for (unsigned i = 0; i < c->nslots; i++)
        if (c->element_freed[i] && s->vals[i].kind == PT_V_ALLOC && s->vals[i].id == id) return 1;
    return 0;
}

static const char *copied_place(struct pt_fctx *c, const struct pt_expr *what);

/* MmUnlockPages(ext->Mdl), or a helper of the project that unlocks what it is
 * given (PT_API_UNLOCKS): the places unlocked, for PT010 across functions
 * (rules/locked_places.c). One event with no place when none is named: the
 * function unlocks something. */
static void unlock_events(struct pt_fctx *c, const struct pt_expr *call, const struct pt_api *api)
{
    int named = 0;
    for (unsigned i = 0; i < call->nkids; i++) {
        if (api->kind == PT_API_UNLOCK && (int)i != api->ptr) continue;
        const struct pt_expr *a = strip_addr(call->kids[i]);
        const char *p = pt_place_name(c, a);
        if (!p) p = copied_place(c, a);
        if (!p) continue;
        struct pt_event ev = event(c, PT_EV_UNLOCK_PLACE, NULL);
        ev.call = call;
        ev.api = api;
        ev.place = p;
        pt_model_emit(&ev);
        named = 1;
    }
    if (named) return;
    struct pt_event ev = event(c, PT_EV_UNLOCK_PLACE, NULL);
    ev.call = call;
    ev.api = api;
    pt_model_emit(&ev);
}

/* Path-insensitive facts see every call site once: tags and argument order,
 * the call graph, and DPC registrations. */
void pt_model_callsites(struct pt_fctx *c)
{
    struct pt_event fe = event(c, PT_EV_FUNC, NULL);
    pt_model_emit(&fe);
    entry_points(c);
    note_irp_keeper(c);
    /* attributes.ExecutionLevel = WdfExecutionLevelPassive (2): its timers run at PASSIVE_LEVEL */
    int passive = 0;
    for (unsigned i = 0; i < c->fn->nexprs && !passive; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        passive = e && e->kind == PT_EX_ASSIGN && e->nkids == 2 && e->kids[0]->kind == PT_EX_MEMBER &&
                  e->kids[0]->name && strcmp(e->kids[0]->name, "ExecutionLevel") == 0 &&
                  e->kids[1]->kind == PT_EX_INT && e->kids[1]->ival == 2;
    }
    for (unsigned i = 0; i < c->fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (e) place_uses(c, e);
        if (!e || e->kind != PT_EX_CALL || !e->name) continue;
        int reg = pt_api_dpc_routine_arg(e->name);
        if (reg >= 0 && (unsigned)reg < e->nkids && e->kids[reg]->kind == PT_EX_FUNC &&
            !(passive && pt_api_dpc_unless_passive(e->name))) {
            struct pt_event ev = event(c, PT_EV_REGISTER, NULL);
            ev.call = e;
            ev.routine = e->kids[reg];
            pt_model_emit(&ev);
        }
        if (e->via_field) {   /* ops->Handler(x): every function the driver stores there */
            fptr_edges(c, e);
            continue;
        }
        const struct pt_api *api = pt_api_lookup(c->apis, e->name);
        if (api) note_element_free(c, e, api);
        if ((!api || (api->flags & PT_API_LEARNED)) && e->callee != PT_CALLEE_SYSTEM) {
            struct pt_event ev = event(c, PT_EV_CALLEDGE, NULL);
            ev.call = e;
            pt_model_emit(&ev);
        }
        if (!api) continue;
        if (api->kind == PT_API_UNLOCK || (api->flags & PT_API_UNLOCKS)) unlock_events(c, e, api);
        struct pt_event ev = event(c, PT_EV_CALL, NULL);
        ev.call = e;
        ev.api = api;
        pt_model_emit(&ev);
    }
}

static const struct pt_expr *arg(const struct pt_expr *call, int i)
{
    return i >= 0 && (unsigned)i < call->nkids ? call->kids[i] : NULL;
}

static void new_alloc(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call,
                      const struct pt_api *api, int id)
{
    struct pt_alloc *a = &s->allocs[id];
    memset(a, 0, sizeof *a);
    a->status = PT_A_LIVE;
    a->null = PT_N_MAYBE;
    a->family = api->family;
    a->parent = -1;
    a->cond_sym = -1;
    if (api->flags & PT_API_STATUS) a->cond_sym = c->sym_of_expr[call->id];
    if (api->flags & PT_API_IF_ARG_SET) {   /* IoAllocateMdl(.., Irp): the IRP owns it */
        const struct pt_expr *x = arg(call, api->cond);
        if (x && !(x->kind == PT_EX_INT && x->ival == 0)) a->status = PT_A_ESCAPED;
    }
    /* A threaded IRP is the I/O manager's to free once sent; one never sent
     * is left alone (the documentation says only: never IoFreeIrp). */
    if (api->flags & PT_API_THREADED_IRP) a->status = PT_A_ESCAPED;
    char *m = pt_asprintf("allocated by %s", call->name);
    pt_trail_add(c, s, call->loc, pt_arena_strdup(c->arena, m), id);
    free(m);
}

/* A site runs again (a loop) while its last block is still live: that block
 * moves to the site's second slot so that losing it can still be seen. */
static void next_round(struct pt_fctx *c, struct pt_state *s, int id)
{
    struct pt_alloc *a = &s->allocs[id];
    if (a->status != PT_A_LIVE || id >= (int)c->nsites) {
        if (id < (int)(2 * c->nsites) && a->status != PT_A_NONE && a->status != PT_A_FREED && a->null != PT_N_NULL)
            c->site_held_at_exit[pt_site_of(c, id)] = 1;   /* an earlier round kept */
        /* The id is reused for the new block. What still points to a handed-over
         * one (`prev` after `prev->Next = &blk->Entry; prev = prev->Next`) points
         * to memory not ours, and what it holds went with it: neither may be
         * taken for the new block (a store through prev is no self-store). */
        if (a->status == PT_A_ESCAPED) {
            struct pt_val other = {PT_V_NONNULL, 0, 0, 0};
            for (unsigned i = 0; i < c->nslots; i++)
                if (s->vals[i].kind == PT_V_ALLOC && s->vals[i].id == id)
                    s->vals[i] = a->null == PT_N_NONNULL ? other : pt_val_unk();
            for (unsigned i = 0; i < c->nallocs; i++)
                if (s->allocs[i].parent == id) {
                    s->allocs[i].parent = -1;
                    if (s->allocs[i].status == PT_A_LIVE) s->allocs[i].status = PT_A_ESCAPED;
                }
        }
        a->status = PT_A_NONE;
        return;
    }
    int prev = id + (int)c->nsites;
    if (s->allocs[prev].status == PT_A_LIVE) s->allocs[prev].status = PT_A_ESCAPED;  /* give up */
    s->allocs[prev] = *a;
    for (unsigned i = 0; i < c->nslots; i++)
        if (s->vals[i].kind == PT_V_ALLOC && s->vals[i].id == id) s->vals[i].id = prev;
    for (unsigned i = 0; i < c->nallocs; i++)
        if (s->allocs[i].parent == id) s->allocs[i].parent = prev;
    a->status = PT_A_NONE;
}

/* Whether an MDL was locked when it was stored into a place (c->site_lock),
 * for PT010 across functions: STORE events say `locked` when some path
 * stored the site's MDL locked, or locked its pages through the place itself
 * (`Ctx->Mdl = IoAllocateMdl(...); MmProbeAndLockPages(Ctx->Mdl, ...)`).
 * Other paths may store it unlocked only because the engine cannot tell
 * that the status an __except branch set (GetExceptionCode()) is a failure;
 * a site never locked before its store gives `locked` 0. */
enum { PT_SITE_STORED_LOCKED = 1, PT_SITE_STORED_UNLOCKED = 2, PT_SITE_LOCKED_IN_PLACE = 4, PT_SITE_HANDED = 8 };

static void note_site_lock(struct pt_fctx *c, int alloc, unsigned char bit)
{
    if (alloc < 0 || alloc >= (int)(2 * c->nsites)) return;
    if (!c->site_lock) c->site_lock = PT_ANEWN(c->arena, unsigned char, c->nsites + 1);
    c->site_lock[pt_site_of(c, alloc)] |= bit;
}

/* The STORE of pending keep k: its site was locked there, kept in no other
 * place and given to no code that may keep it (another holder may be the
 * one that unlocks it). */
static int stored_locked(const struct pt_fctx *c, const struct pt_pending_keep *k)
{
    if (k->kind != PT_EV_STORE || !c->site_lock || c->budget_hit) return 0;
    for (unsigned i = 0; i < c->npending_keeps; i++) {
        const struct pt_pending_keep *o = &c->pending_keeps[i];
        if (o->alloc == k->alloc && strcmp(o->place, k->place) != 0) return 0;
    }
    unsigned char b = c->site_lock[k->alloc];
    return !(b & PT_SITE_HANDED) && (b & (PT_SITE_STORED_LOCKED | PT_SITE_LOCKED_IN_PLACE));
}

/* A store or list insert of block `alloc` into `place`, told at the end of
 * the walk (pt_model_function_end), once per site, place and kind. */
static void defer_keep(struct pt_fctx *c, int kind, int alloc, const char *place, const char *place_type,
                       int in_own_block)
{
    int site = pt_site_of(c, alloc);   /* a loop's previous round */
    if (!in_own_block) c->site_shared[site] = 1;   /* in a block of ours: shared if that one is */
    for (unsigned i = 0; i < c->npending_keeps; i++) {
        const struct pt_pending_keep *k = &c->pending_keeps[i];
        if (k->kind == kind && k->alloc == site && k->in_own_block == in_own_block && strcmp(k->place, place) == 0)
            return;
    }
    PT_GROW(c->pending_keeps, c->npending_keeps, c->cap_pending_keeps);
    struct pt_pending_keep *k = &c->pending_keeps[c->npending_keeps++];
    k->kind = kind;
    k->alloc = site;
    k->place = pt_arena_strdup(c->arena, place);
    k->place_type = place_type;
    k->in_own_block = in_own_block;
}

void pt_model_stored(struct pt_fctx *c, struct pt_state *s, int alloc, const char *place, const char *place_type,
                     int in_own_block)
{
    if (!c->alloc_call[alloc]) return;   /* a parameter: not allocated here */
    /* handed over before (to a thread, a queue, code that keeps it): what is
     * stored here is a copy of a pointer the block's new owner frees */
    if (s->allocs[alloc].status != PT_A_LIVE) return;
    const struct pt_api *api = pt_api_lookup(c->apis, c->alloc_call[alloc]->name);
    if (api && (api->flags & PT_API_THREADED_IRP)) return;   /* never the driver's to free */
    if (in_own_block) c->owned_place[alloc] = place;   /* kept there if that block is handed over */
    note_site_lock(c, alloc, s->allocs[alloc].locked ? PT_SITE_STORED_LOCKED : PT_SITE_STORED_UNLOCKED);
    defer_keep(c, PT_EV_STORE, alloc, place, place_type, in_own_block);
}

/* `RESERVED(nbl)->State = state; ...; wait; ExFreePool(state);` leaves a
 * reference, not the block: a place keeps a block only when some exit of
 * the function that stored it still holds it. */
void pt_model_function_end(struct pt_fctx *c)
{
    for (unsigned i = 0; i < c->npending_keeps; i++) {
        const struct pt_pending_keep *k = &c->pending_keeps[i];
        struct pt_event ev = event(c, (enum pt_ev_kind)k->kind, NULL);
        ev.alloc_id = k->alloc;
        ev.call = c->alloc_call[k->alloc];
        ev.api = pt_api_lookup(c->apis, ev.call->name);
        ev.place = k->place;
        ev.place_type = k->place_type;
        ev.in_own_block = k->in_own_block;
        ev.kept = c->budget_hit || c->site_held_at_exit[k->alloc];
        ev.locked = stored_locked(c, k);
        pt_model_emit(&ev);
    }
    free(c->pending_keeps);
    c->pending_keeps = NULL;
    c->npending_keeps = c->cap_pending_keeps = 0;
}

/* `p = ext->Buffer; ... ExFreePool(p);`: the place a local was loaded from
 * anywhere in the function (path-insensitive: only used to silence PT006). */
static const char *copied_place(struct pt_fctx *c, const struct pt_expr *what)
{
    if (!what || what->kind != PT_EX_VAR || what->var < 0) return NULL;
    for (unsigned i = 0; i < c->fn->nexprs; i++) {
        const struct pt_expr *e = c->expr_by_id[i];
        if (!e || e->kind != PT_EX_ASSIGN || e->op != PT_OP_NONE || e->nkids != 2) continue;
        if (e->kids[0]->kind != PT_EX_VAR || e->kids[0]->var != what->var) continue;
        const char *p = pt_place_name(c, e->kids[1]);
        if (p) return p;
    }
    return NULL;
}

/* A free of something reached through a pointer parameter that is not one
 * of the tracked fields (`ExFreePool(Ctx->Sub.Buf)`, a list walk): the
 * function releases what its caller holds there, so it is no helper that
 * only reads that parameter. */
static void freed_below_param(struct pt_fctx *c, const struct pt_expr *what)
{
    if (!c->summary || !what) return;
    const struct pt_expr *r = pt_place_root(what);
    int i = r != what && r->kind == PT_EX_VAR ? pt_param_index(c, r->var) : -1;
    if (i >= 0) c->summary->param_effect[i] |= PT_PARAM_OTHER;
}

/* A free of a driver place (`ExFreePool(ext->Table)`), for the rules that
 * pair places across functions. */
static void free_place_event(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call,
                             const struct pt_api *api, const struct pt_expr *what)
{
    const char *place = pt_place_name(c, what);
    int via_copy = 0;
    if (!place && (place = copied_place(c, what))) via_copy = 1;
    if (!place) return;
    struct pt_event ev = event(c, PT_EV_FREE_PLACE, s);
    ev.call = call;
    ev.api = api;
    ev.place = place;
    ev.place_via_copy = via_copy;
    pt_model_emit(&ev);
}

/* "struct _FDO" when block id is a parameter declared `struct _FDO *`: an
 * unload path that frees such a parameter frees the object a field of that
 * type held (FdoDestroy(Fdo) reached from a remove handler, given Dx->Fdo
 * by its caller). */
static const char *param_record(struct pt_fctx *c, int id)
{
    int i = id - (int)(2 * c->nsites);
    return i >= 0 && i < (int)c->nparams ? pt_var_pointee(c, c->param_var[i]) : NULL;
}

/* MmUnlockPages on it, or a helper of the project that unlocks it. */
static void unlock(struct pt_alloc *a)
{
    a->locked = 0;
    a->unlocked = 1;
}

static void do_free(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call,
                    const struct pt_api *api, struct pt_val target, const struct pt_expr *what)
{
    if (target.kind != PT_V_ALLOC) {
        freed_below_param(c, what);
        free_place_event(c, s, call, api, what);
        return;
    }
    /* a parameter's field (engine.h field_*): the place is freed too, for the
     * whole-driver rules, as when its value was unknown */
    if (target.id >= (int)(2 * c->nsites + c->nparams)) free_place_event(c, s, call, api, what);
    struct pt_alloc *a = &s->allocs[target.id];
    if (a->null == PT_N_NULL && a->status != PT_A_FREED) return;   /* freeing NULL */
    struct pt_event ev = event(c, PT_EV_FREE, s);
    ev.call = call;
    ev.api = api;
    ev.alloc_id = target.id;
    ev.alloc = a;
    ev.alloc_call = c->alloc_call[target.id];
    ev.alloc_api = ev.alloc_call ? pt_api_lookup(c->apis, ev.alloc_call->name) : NULL;
    ev.prev_free = a->free_expr ? c->expr_by_id[a->free_expr - 1] : NULL;
    ev.place_type = param_record(c, target.id);
    pt_model_emit(&ev);
    if (api->flags & PT_API_UNLOCKS) unlock(a);   /* ReleaseMdl(m) { MmUnlockPages(m); IoFreeMdl(m); } */
    if (a->locked && a->status != PT_A_FREED) {
        locked_event(c, s, target.id, call->loc);
        a->locked = 0;
    }
    if (api->kind == PT_API_FREE_PAGES) {
        /* the MDL itself remains; on a parameter the family also tells the
         * summary that the pages went first (pt_model_exit) */
        if (a->family == PT_FAM_MDL_PAGES || (a->family == PT_FAM_NONE && !c->alloc_call[target.id]))
            a->family = PT_FAM_POOL;
        return;
    }
    a->status = PT_A_FREED;
    a->null = PT_N_NONNULL;
    a->free_expr = (int32_t)call->id + 1;
    /* A release helper of the project (`FreeDescriptor(p)`) usually frees
     * what p's fields hold too; its summary says only that p is freed, so the
     * blocks stored in p go with it rather than count as lost. A WDK free of
     * p (ExFreePool(p)) leaves them: that leak stays reported. */
    if ((api->flags & PT_API_LEARNED) || elements_freed(c, s, target.id))
        for (unsigned i = 0; i < c->nallocs; i++)
            if (s->allocs[i].parent == target.id && s->allocs[i].status == PT_A_LIVE)
                s->allocs[i].status = PT_A_ESCAPED;
}

static struct pt_val call_result(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call)
{
    int sym = c->sym_of_expr[call->id];
    if (sym < 0 || call->is_pointer) return pt_val_unk();
    s->syms[sym].lo = INT64_MIN;
    s->syms[sym].hi = INT64_MAX;
    s->syms[sym].ne = s->syms[sym].ne_set = 0;
    struct pt_val v = {PT_V_SYM, sym, 0, 0};
    return v;
}

/* A block of this function given to code that may keep it. */
static void shared(struct pt_fctx *c, struct pt_val v)
{
    if (v.kind == PT_V_ALLOC && v.id >= 0 && v.id < (int)(2 * c->nsites)) {
        c->site_shared[pt_site_of(c, v.id)] = 1;
        note_site_lock(c, v.id, PT_SITE_HANDED);   /* that code may unlock it */
    }
}

/* `status = AddEntry(e)` where AddEntry keeps e only when it succeeds
 * (PT_MASK_TAKEN_IF_OK), or `status = Process(r)` where Process frees r only
 * when it fails (frees, PT_MASK_FREED_IF_FAILED): the block stays this
 * function's until the status is tested (pt_model_sym_narrowed decides); 0
 * when the block is not one to follow. */
static int await_status(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call, struct pt_val v,
                        int frees)
{
    if (c->sym_of_expr[call->id] < 0 || call->is_pointer || v.kind != PT_V_ALLOC || v.id < 0 ||
        v.id >= (int)(2 * c->nsites))
        return 0;
    struct pt_alloc *a = &s->allocs[v.id];
    if (a->status != PT_A_LIVE || a->cond_sym >= 0 || a->awaits) return 0;
    a->awaits = (int32_t)call->id + 1;
    a->awaits_free = frees;
    char *m = pt_asprintf(frees ? "given to %s, which frees it when it fails"
                                : "given to %s, which keeps it only when it succeeds", call->name);
    pt_trail_add(c, s, call->loc, pt_arena_strdup(c->arena, m), v.id);
    free(m);
    return 1;
}

/* Arguments of a call that is not in the table. */
static void unknown_call_args(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call,
                              const struct pt_val *vals, uint32_t borrowed)
{
    int system = call->callee == PT_CALLEE_SYSTEM && !pt_api_name_takes(call->name);
    uint32_t if_ok = pt_api_param_mask(c->apis, PT_MASK_TAKEN_IF_OK, call->name);
    uint32_t if_failed = system ? 0 : pt_api_param_mask(c->apis, PT_MASK_FREED_IF_FAILED, call->name);
    for (unsigned i = 0; i < call->nkids; i++) {
        const struct pt_expr *a = call->kids[i];
        /* a `const` pointer parameter: the callee reads through it (borrows) */
        if (!system && i < 16 && (call->borrow_args >> i & 1)) continue;
        if (i < 32 && (borrowed >> i & 1)) {   /* learned: only read or filled (as PT_API_KEEPS) */
            if (a->kind == PT_EX_ADDR) pt_clobber(c, s, a->kids[0], PT_CLOBBER_KEEP_ALLOCS);
            continue;
        }
        if (i < 32 && (if_ok >> i & 1) && await_status(c, s, call, vals[i], 0)) continue;
        if (i < 32 && (if_failed >> i & 1) && await_status(c, s, call, vals[i], 1)) continue;
        if (!system) {
            shared(c, vals[i]);
            pt_escape(s, vals[i]);
            if (a->is_pointer) pt_escape_reachable(c, s, a);
        }
        if (a->kind == PT_EX_ADDR)
            pt_clobber(c, s, a->kids[0], system ? PT_CLOBBER_KEEP_ALLOCS : PT_CLOBBER_ESCAPE);
        else if (!system && a->is_pointer)
            pt_clobber(c, s, a, PT_CLOBBER_BELOW);
    }
}

/* InsertTailList(&g_List, &entry->Link): the entry is kept in a driver place. */
static void listed(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call, const struct pt_val *vals,
                   unsigned n)
{
    int entry = -1, head = pt_api_list_insert(call->name, &entry);
    if (head < 0 || (unsigned)head >= n || entry < 0 || (unsigned)entry >= n) return;
    const char *place = pt_place_name(c, strip_addr(call->kids[head]));
    if (!place) return;
    int id = vals[entry].kind == PT_V_ALLOC ? vals[entry].id : -1;
    if (id < 0) {   /* &e->Link: the block e points to */
        const struct pt_expr *b = strip_addr(call->kids[entry]);
        while (b && (b->kind == PT_EX_MEMBER || b->kind == PT_EX_DEREF || b->kind == PT_EX_INDEX) && b->nkids)
            b = b->kids[0];
        int sl = b ? pt_slot(c, b) : -1;
        if (sl >= 0 && s->vals[sl].kind == PT_V_ALLOC) id = s->vals[sl].id;
    }
    if (id < 0 || !c->alloc_call[id] || s->allocs[id].status != PT_A_LIVE) return;
    defer_keep(c, PT_EV_LISTED, id, place, NULL, 0);
}

/* IoCallDriver(Device, Irp) with an IRP of ours: 1 when the call does not
 * hand it over. A threaded IRP (IoBuildDeviceIoControlRequest) is freed by
 * the I/O manager when it completes: sent, it is released, and an IoFreeIrp
 * after that frees it twice. A driver-allocated one (IoAllocateIrp) whose
 * completion routine returns STATUS_MORE_PROCESSING_REQUIRED without
 * releasing it comes back to the sender, who must free it. Any other IRP is
 * handed over (no routine, another routine, one not seen yet). */
static int irp_sent(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call, struct pt_val v)
{
    if (v.kind != PT_V_ALLOC || !c->alloc_call[v.id]) return 0;
    struct pt_alloc *a = &s->allocs[v.id];
    const struct pt_api *aapi = pt_api_lookup(c->apis, c->alloc_call[v.id]->name);
    if (!aapi || a->family != PT_FAM_IRP) return 0;
    if (aapi->flags & PT_API_THREADED_IRP) {
        if (a->status == PT_A_ESCAPED || a->status == PT_A_LIVE) {
            a->status = PT_A_FREED;
            a->null = PT_N_NONNULL;
            a->free_expr = (int32_t)call->id + 1;
            pt_trail_add(c, s, call->loc, "sent: the I/O manager frees this threaded IRP when it completes", v.id);
        }
        return 1;
    }
    if (a->status != PT_A_LIVE || !a->routine) return 0;
    const struct pt_expr *set = c->expr_by_id[a->routine - 1];
    int irp_arg, routine_arg;
    if (!set || !pt_api_completion_set(set->name, &irp_arg, &routine_arg) || routine_arg < 0 ||
        (unsigned)routine_arg >= set->nkids)
        return 0;
    const struct pt_expr *r = strip_addr(set->kids[routine_arg]);
    if (r->kind != PT_EX_FUNC || !pt_api_param_mask(c->apis, PT_MASK_KEEPS_IRP, r->name)) return 0;
    char *m = pt_asprintf("sent; %s returns STATUS_MORE_PROCESSING_REQUIRED and does not free it: the IRP "
                          "comes back to this function", r->name);
    pt_trail_add(c, s, call->loc, pt_arena_strdup(c->arena, m), v.id);
    free(m);
    return 1;
}

/* IoQueueWorkItem(Item, Routine, Queue, Ctx) with a block of ours as Ctx:
 * the argument index of Ctx when Routine (its body in the run, summarised
 * before this function) neither frees nor keeps its context parameter on any
 * exit (it may free fields of it): nobody else will free the block, it stays
 * this function's. Else -1: the registration hands it over, as for a routine
 * the run cannot see. */
static int context_stays(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call, const struct pt_val *vals,
                         unsigned n)
{
    int routine_arg, context_arg, param;
    if (!pt_api_deferred(call->name, &routine_arg, &context_arg, &param) || routine_arg < 0 ||
        (unsigned)routine_arg >= n || context_arg < 0 || (unsigned)context_arg >= n || param < 0 || param >= 32 ||
        vals[context_arg].kind != PT_V_ALLOC || s->allocs[vals[context_arg].id].status != PT_A_LIVE)
        return -1;
    const struct pt_expr *r = strip_addr(call->kids[routine_arg]);
    if (!r || r->kind != PT_EX_FUNC ||
        !(pt_api_param_mask(c->apis, PT_MASK_NEVER_RELEASED, r->name) >> param & 1))
        return -1;
    char *m = pt_asprintf("handed to %s, which neither frees nor keeps its context: the block stays this "
                          "function's", r->name);
    pt_trail_add(c, s, call->loc, pt_arena_strdup(c->arena, m), vals[context_arg].id);
    free(m);
    return context_arg;
}

struct pt_val pt_model_call(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call)
{
    struct pt_val vals[64];
    unsigned n = call->nkids < 64 ? call->nkids : 64;
    for (unsigned i = 0; i < n; i++) vals[i] = pt_eval(c, s, call->kids[i]);
    const struct pt_api *api = pt_api_lookup(c->apis, call->name);
    struct pt_val result = call_result(c, s, call);
    if (!api) {
        unknown_call_args(c, s, call, vals, 0);
        return result;
    }
    int id = c->alloc_of_expr[call->id];
    const struct pt_expr *lv = c->out_lvalue[call->id];
    if (api->flags & PT_API_UNLOCKS && (api->kind == PT_API_KEEPS || api->kind == PT_API_BORROWS))
        for (unsigned i = 0; i < n; i++)   /* UnlockMdl(m) { MmUnlockPages(m); }: whichever it is given */
            if (vals[i].kind == PT_V_ALLOC) unlock(&s->allocs[vals[i].id]);
    switch (api->kind) {
    case PT_API_BORROWS:   /* a function of the project: some arguments it keeps, some it only reads */
        unknown_call_args(c, s, call, vals, api->borrows);
        return result;
    case PT_API_KEEPS:   /* a helper of the project that only reads or fills */
        for (unsigned i = 0; i < n; i++)
            if (call->kids[i]->kind == PT_EX_ADDR)
                pt_clobber(c, s, call->kids[i]->kids[0], PT_CLOBBER_KEEP_ALLOCS);
        return result;
    case PT_API_ALLOC: {
        if (id < 0) break;
        next_round(c, s, id);
        new_alloc(c, s, call, api, id);
        if ((api->flags & PT_API_HOLDS_ARG0) && n > 0 && vals[0].kind == PT_V_ALLOC &&
            vals[0].id != id && s->allocs[vals[0].id].parent < 0)
            s->allocs[vals[0].id].parent = id;
        if ((api->flags & PT_API_HOLDS_COND) && api->cond >= 0 && (unsigned)api->cond < n &&
            vals[api->cond].kind == PT_V_ALLOC && vals[api->cond].id != id &&
            s->allocs[vals[api->cond].id].parent < 0)
            s->allocs[vals[api->cond].id].parent = id;   /* ExAllocateTimer: its context */
        struct pt_val v = {PT_V_ALLOC, id, 0, 0};
        return v;
    }
    case PT_API_ALLOC_OUT: {
        if (id < 0 || !lv) break;
        if ((api->flags & PT_API_OUT_IF_NULL) && pt_truth(s, pt_eval(c, s, lv)) != 0) {
            unknown_call_args(c, s, call, vals, 0);   /* may use what *Out holds: as unknown code */
            return result;
        }
        if (api->flags & PT_API_LEARNED) unknown_call_args(c, s, call, vals, api->borrows);
        if ((api->flags & PT_API_IF_ARG_TRUE) && arg(call, api->cond) &&
            pt_truth(s, vals[api->cond < 64 ? api->cond : 0]) == 0)
            break;   /* AllocateDestinationString FALSE */
        next_round(c, s, id);
        new_alloc(c, s, call, api, id);
        struct pt_val v = {PT_V_ALLOC, id, 0, 0};
        pt_assign(c, s, lv, v, call);
        return result;
    }
    case PT_API_FREE: case PT_API_FREE_PAGES: {
        const struct pt_expr *what = lv ? lv : arg(call, api->ptr);
        struct pt_val target = lv ? pt_eval(c, s, lv)
                                  : (api->ptr >= 0 && (unsigned)api->ptr < n ? vals[api->ptr] : pt_val_unk());
        do_free(c, s, call, api, target, what);
        if (lv && (api->flags & PT_API_NULLS_FIELD)) pt_assign(c, s, lv, pt_val_int(0), call);
        return result;
    }
    case PT_API_LOCK: case PT_API_UNLOCK: {
        struct pt_val m = api->ptr >= 0 && (unsigned)api->ptr < n ? vals[api->ptr] : pt_val_unk();
        if (m.kind != PT_V_ALLOC && api->kind == PT_API_LOCK && id >= 0 && (unsigned)api->ptr < n &&
            pt_slot(c, call->kids[api->ptr]) >= 0) {
            /* a caller's MDL: not ours to free, but ours to unlock */
            struct pt_alloc *a = &s->allocs[id];
            memset(a, 0, sizeof *a);
            a->status = PT_A_BORROWED;
            a->null = PT_N_NONNULL;
            a->family = PT_FAM_MDL;
            a->parent = a->cond_sym = -1;
            m.kind = PT_V_ALLOC;
            m.id = id;
            pt_trail_add(c, s, call->loc, "locked here", id);
            pt_assign(c, s, call->kids[api->ptr], m, call);
        }
        if (m.kind == PT_V_ALLOC && api->kind == PT_API_UNLOCK) {
            unlock(&s->allocs[m.id]);
        } else if (m.kind == PT_V_ALLOC) {
            s->allocs[m.id].locked = 1;
            s->allocs[m.id].lock_expr = (int32_t)call->id + 1;
            if ((unsigned)api->ptr < n && pt_place_name(c, call->kids[api->ptr]))
                note_site_lock(c, m.id, PT_SITE_LOCKED_IN_PLACE);
        }
        return result;
    }
    case PT_API_STORE:   /* RtlInitUnicodeString(dst, src): dst->Buffer = src */
        if (lv && api->cond >= 0 && (unsigned)api->cond < n) pt_assign(c, s, lv, vals[api->cond], call);
        return result;
    case PT_API_TAKES: {
        int irp_arg, routine_arg, kept = -1;
        if (pt_api_completion_set(call->name, &irp_arg, &routine_arg) && irp_arg >= 0 && (unsigned)irp_arg < n &&
            vals[irp_arg].kind == PT_V_ALLOC)
            s->allocs[vals[irp_arg].id].routine = (int32_t)call->id + 1;
        if ((api->flags & PT_API_SENDS_IRP) && api->ptr >= 0 && (unsigned)api->ptr < n &&
            irp_sent(c, s, call, vals[api->ptr]))
            kept = api->ptr;
        listed(c, s, call, vals, n);
        int stays = context_stays(c, s, call, vals, n);
        for (unsigned i = 0; i < n; i++) {
            if (api->ptr >= 0 && (int)i != api->ptr && !(i == 0 && (api->flags & PT_API_TAKES_ARG0))) continue;
            if ((int)i == kept || (int)i == stays) continue;
            shared(c, vals[i]);
            pt_escape(s, vals[i]);
            /* `ctx->WorkItem` hands over the work item, not ctx; `&ctx->Link` ctx */
            if (call->kids[i]->kind == PT_EX_ADDR) pt_escape_root(c, s, call->kids[i]);
            else pt_escape_reachable(c, s, call->kids[i]);
        }
        return result;
    }
    }
    return result;
}

int pt_model_sym_narrowed(struct pt_fctx *c, struct pt_state *s, int sym)
{
    const struct pt_range *r = &s->syms[sym];
    for (unsigned i = 0; i < c->nallocs; i++) {   /* given to a call whose status decides (await_status) */
        struct pt_alloc *a = &s->allocs[i];
        if (!a->awaits || c->sym_of_expr[a->awaits - 1] != sym || (r->hi >= 0 && r->lo < 0)) continue;
        int call = a->awaits - 1, frees = a->awaits_free, ok = r->lo >= 0;
        a->awaits = a->awaits_free = 0;
        if (a->status != PT_A_LIVE) continue;
        if (!frees && ok) {
            a->status = PT_A_ESCAPED;
        } else if (frees && !ok) {
            a->status = PT_A_FREED;
            a->null = PT_N_NONNULL;
            a->free_expr = (int32_t)call + 1;
        }
    }
    for (unsigned i = 0; i < c->nallocs; i++) {
        struct pt_alloc *a = &s->allocs[i];
        if (a->cond_sym != sym || a->status == PT_A_NONE) continue;
        const struct pt_api *api = pt_api_lookup(c->apis, c->alloc_call[i]->name);
        int64_t slo = 0, shi = (api->flags & PT_API_NDIS_STATUS) ? 0 : INT64_MAX;
        if (r->hi < slo || r->lo > shi) {          /* failed: nothing was allocated */
            if (a->null == PT_N_NONNULL && a->status != PT_A_LIVE) continue;
            a->null = PT_N_NULL;
        } else if (r->lo >= slo && r->hi <= shi) { /* succeeded */
            if (a->null == PT_N_NULL) return 0;
            a->null = PT_N_NONNULL;
        }
    }
    return 1;
}

int pt_model_sym_excludes(struct pt_fctx *c, struct pt_state *s, int sym, int64_t k)
{
    for (unsigned i = 0; i < c->nallocs && k == 0; i++) {
        struct pt_alloc *a = &s->allocs[i];
        if (a->cond_sym != sym || a->status == PT_A_NONE) continue;
        const struct pt_api *api = pt_api_lookup(c->apis, c->alloc_call[i]->name);
        if (!(api->flags & PT_API_NDIS_STATUS)) continue;   /* NTSTATUS: != 0 may still be success */
        if (a->null == PT_N_NONNULL && a->status != PT_A_LIVE) continue;
        if (a->null == PT_N_NONNULL) return 0;
        a->null = PT_N_NULL;                                 /* not NDIS_STATUS_SUCCESS: failed */
    }
    return 1;
}

static void leak(struct pt_fctx *c, struct pt_state *s, int id, enum pt_leak_kind kind,
                 struct pt_srcloc where)
{
    struct pt_event ev = alloc_event(c, PT_EV_LEAK, s, id, c->alloc_call[id]);
    ev.leak = kind;
    ev.where = where;
    pt_model_emit(&ev);
}

void pt_model_lost(struct pt_fctx *c, struct pt_state *s, int id, struct pt_srcloc where)
{
    leak(c, s, id, PT_LEAK_OVERWRITE, where);
    s->allocs[id].status = PT_A_REPORTED;
}

/* Block id is what parameter i's pointee held on entry (a NULL field_name). */
static int entry_pointee(const struct pt_fctx *c, int id, unsigned i)
{
    int j = id - (int)(2 * c->nsites + c->nparams);
    return j >= 0 && (unsigned)j < c->nfields && !c->field_name[j] && c->field_param[j] == (int)i;
}

/* 1 when this exit returns success (NT_SUCCESS: >= 0), -1 failure, 0 either */
static int exit_range(const struct pt_state *s, struct pt_val ret)
{
    int64_t lo = INT64_MIN, hi = INT64_MAX;
    if (ret.kind == PT_V_INT) { lo = ret.lo; hi = ret.hi; }
    else if (ret.kind == PT_V_SYM) { lo = s->syms[ret.id].lo; hi = s->syms[ret.id].hi; }
    return lo >= 0 ? 1 : hi < 0 ? -1 : 0;
}

/* What an exit hands out through *param, by the range of its return value. */
static void exit_out_params(struct pt_fctx *c, struct pt_state *s, int range, struct pt_summary_acc *sum)
{
    int success = range > 0, failure = range < 0;
    if (success) sum->success_exits++;
    else if (failure) sum->failure_exits++;
    else sum->unknown_exits++;
    for (unsigned i = 0; i < c->nparams; i++) {
        int ds = c->param_deref_slot[i];
        if (ds < 0) continue;
        struct pt_val v = s->vals[ds];
        const struct pt_alloc *a = v.kind == PT_V_ALLOC ? &s->allocs[v.id] : NULL;
        int stored = a && v.id < (int)(2 * c->nsites) && a->null != PT_N_NULL &&
                     (a->status == PT_A_LIVE || a->status == PT_A_ESCAPED);
        if (stored && success) {
            const struct pt_expr *call = c->alloc_call[v.id];
            if (!sum->out_alloc[i]) sum->out_alloc[i] = call;
            else if (sum->out_alloc[i] != call) sum->out_bad[i] = 1;   /* two sites: keep it simple */
        } else if (success && a && a->null == PT_N_NONNULL && a->status != PT_A_FREED &&
                   entry_pointee(c, v.id, i)) {
            sum->out_kept[i] = 1;   /* `if (*Out == NULL)` was false: the caller's buffer is used */
        } else if (stored || success) {
            sum->out_bad[i] = 1;
        }
    }
}

/* `return s;` of a struct whose field holds a parameter (`s.Buffer =
 * Buffer`, a UNICODE_STRING wrapper): the parameter is handed back. */
static void returned_in_struct(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *ret_expr,
                               struct pt_summary_acc *sum)
{
    int sl = ret_expr ? pt_slot(c, ret_expr) : -1;
    if (sl < 0) return;
    unsigned first = 2 * c->nsites;
    for (const int *d = c->descendants[sl]; *d >= 0; d++) {
        struct pt_val v = s->vals[*d];
        if (v.kind != PT_V_ALLOC || v.id < (int)first) continue;
        unsigned k = (unsigned)v.id - first;
        if (k < c->nparams) sum->param_effect[k] |= PT_PARAM_OTHER;
        else if (k - c->nparams < c->nfields) sum->field_effect[k - c->nparams] |= PT_PARAM_OTHER;
    }
}

void pt_model_exit(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc where, struct pt_val ret,
                   const struct pt_expr *ret_expr)
{
    (void)where;
    struct pt_summary_acc *sum = c->summary;
    if (!sum) return;
    sum->exits++;
    int range = exit_range(s, ret);
    exit_out_params(c, s, range, sum);
    returned_in_struct(c, s, ret_expr, sum);
    for (unsigned i = 0; i < c->nparams; i++) {
        const struct pt_alloc *a = &s->allocs[2 * c->nsites + i];
        if (a->null == PT_N_NULL) continue;          /* nothing was passed on this path */
        if (a->unlocked) sum->param_pages[i] |= 4;   /* MmUnlockPages on it (summary.c: PT_API_UNLOCKS) */
        unsigned char e;
        int pages = a->family == PT_FAM_POOL;   /* MmFreePagesFromMdl on it (do_free) */
        if (ret.kind == PT_V_ALLOC && ret.id == (int)(2 * c->nsites + i)) {
            e = PT_PARAM_OTHER;  /* handed back: not a keep-nothing helper */
        } else if (a->status == PT_A_FREED) {
            e = PT_PARAM_FREED;
            sum->param_free[i] = c->expr_by_id[a->free_expr - 1];
            sum->param_pages[i] |= pages ? 1 : 2;
        } else if (a->status == PT_A_BORROWED && !a->locked && a->parent >= 0 &&
                   s->allocs[a->parent].status != PT_A_FREED) {
            /* stored into a block that outlives the call (`o->Buf = Buf;
             * *Out = o;`): the caller's block goes with it */
            e = PT_PARAM_OTHER;
        } else if (a->status == PT_A_BORROWED && !a->locked) {
            e = pages ? PT_PARAM_PAGES : PT_PARAM_UNTOUCHED;
        } else {
            e = PT_PARAM_OTHER;
        }
        sum->param_effect[i] |= e;
        if (range >= 0) sum->param_effect_ok[i] |= e;
        if (range <= 0) sum->param_effect_failed[i] |= e;
    }
    for (unsigned j = 0; j < c->nfields; j++) {
        const struct pt_alloc *a = &s->allocs[2 * c->nsites + c->nparams + j];
        if (a->null == PT_N_NULL) continue;          /* the field was NULL: nothing to free */
        if (a->unlocked) sum->field_nulled[j] |= 4;   /* MmUnlockPages on it (summary.c: PT_API_UNLOCKS) */
        if (a->status == PT_A_FREED) {
            struct pt_val now = s->vals[c->field_slot[j]];
            sum->field_effect[j] |= PT_PARAM_FREED;
            sum->field_free[j] = c->expr_by_id[a->free_expr - 1];
            sum->field_nulled[j] |= now.kind == PT_V_INT && now.lo == 0 && now.hi == 0 ? 1 : 2;
        } else if (a->status == PT_A_BORROWED && !a->locked) {
            sum->field_effect[j] |= PT_PARAM_UNTOUCHED;
        } else {
            sum->field_effect[j] |= PT_PARAM_OTHER;
        }
    }
    /* A wrapper returns fresh memory or NULL on every path; anything else
     * (a cached global, a field) and callers must not own what they get. */
    int fresh = ret.kind == PT_V_ALLOC && ret.id < (int)(2 * c->nsites) &&
                s->allocs[ret.id].status == PT_A_LIVE && s->allocs[ret.id].parent < 0;
    int null = (ret.kind == PT_V_INT && ret.lo == 0 && ret.hi == 0) ||
               (ret.kind == PT_V_ALLOC && s->allocs[ret.id].null == PT_N_NULL);
    if (fresh && !sum->returned_alloc) sum->returned_alloc = c->alloc_call[ret.id];
    else if (!fresh && !null) sum->returns_other = 1;
}

/* A local (or a field of a local struct) still points to block id: its
 * parent is not the only holder (a buffer an MDL described, still in
 * `ctx.va` after the MDL was freed), so the leak is a plain one. */
static int held_by_local(const struct pt_fctx *c, const struct pt_state *s, int id)
{
    for (unsigned i = 0; i < c->nslots; i++) {
        if (s->vals[i].kind != PT_V_ALLOC || s->vals[i].id != id) continue;
        const struct pt_expr *lv = c->slot_lvalue[i];
        while (lv && lv->kind == PT_EX_MEMBER && !lv->arrow && lv->nkids) lv = lv->kids[0];
        if (lv && lv->kind == PT_EX_VAR && lv->var >= 0 &&
            (c->fn->vars[lv->var].kind == PT_VAR_LOCAL || c->fn->vars[lv->var].kind == PT_VAR_TEMP))
            return 1;
    }
    return 0;
}

void pt_model_leaks(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc where)
{
    for (unsigned i = 0; i < 2 * c->nsites; i++) {
        const struct pt_alloc *a = &s->allocs[i];
        if (a->status != PT_A_NONE && a->status != PT_A_FREED && a->null != PT_N_NULL)
            c->site_held_at_exit[pt_site_of(c, (int)i)] = 1;
    }
    for (unsigned i = 0; i < c->nallocs; i++) {
        struct pt_alloc *a = &s->allocs[i];
        if (a->locked && (a->status == PT_A_LIVE || a->status == PT_A_BORROWED)) {
            locked_event(c, s, (int)i, where);
        }
        if (a->status != PT_A_LIVE || a->null == PT_N_NULL) continue;
        if (a->awaits) continue;   /* the call that may keep or free it was never tested: it may have */
        int p = a->parent;
        /* at most nallocs steps: parents can form a cycle that leaves i out
         * (two blocks stored into each other), which looped forever */
        for (unsigned steps = 0; p >= 0 && s->allocs[p].status == PT_A_LIVE && s->allocs[p].parent >= 0 &&
                                 s->allocs[p].parent != (int)i && steps < c->nallocs;
             steps++)
            p = s->allocs[p].parent;
        if (p < 0 || (s->allocs[p].status == PT_A_FREED && held_by_local(c, s, (int)i)))
            leak(c, s, (int)i, PT_LEAK_EXIT, where);
        else if (s->allocs[p].status == PT_A_FREED) leak(c, s, (int)i, PT_LEAK_PARENT_FREED, where);
        else if (s->allocs[p].status == PT_A_ESCAPED && c->owned_place[i] && c->alloc_call[i]) {
            /* the block holding it was handed over: its fields are now driver places, every
             * one it was stored in (p->Pages and p->OriginalPages alias one block) */
            int site = pt_site_of(c, (int)i);
            for (unsigned k = 0; k < c->npending_keeps; k++) {
                const struct pt_pending_keep *pk = &c->pending_keeps[k];
                if (pk->kind != PT_EV_STORE || !pk->in_own_block || pk->alloc != site) continue;
                struct pt_event ev = alloc_event(c, PT_EV_STORE, s, (int)i, c->alloc_call[i]);
                ev.place = pk->place;
                ev.kept = 1;
                ev.locked = a->locked && !(c->site_lock && (c->site_lock[site] & PT_SITE_HANDED));
                pt_model_emit(&ev);
            }
        }
        /* a live parent is reported itself; an escaped one owns it */
    }
}
