/* Turning what a function did on all its paths into an API its callers use:
 * an allocation wrapper, a freeing helper, or a helper that keeps nothing.
 * Anything less clear gives no summary, and callers treat the call as a
 * hand-over (the safe side: a miss, never a false alarm). */
#include <string.h>
#include "engine_internal.h"
#include "pool_api.h"
#include "summary.h"

/* The argument position of a parameter used directly as an argument, or -1. */
static int param_position(const struct pt_func *fn, const struct pt_expr *e)
{
    if (e && e->kind == PT_EX_VAR && e->var >= 0 && fn->vars[e->var].kind == PT_VAR_PARAM)
        return e->var;
    return -1;
}

/* Where the inner call's tag comes from: a constant, a parameter, or unknown. */
static void map_tag(const struct pt_func *fn, const struct pt_expr *call, const struct pt_api *inner,
                    struct pt_api *out)
{
    out->tag = -1;
    out->tag_fixed = 0;
    if (inner->tag_fixed) {
        out->tag_fixed = 1;
        out->tag_value = inner->tag_value;
        return;
    }
    if (inner->tag < 0 || (unsigned)inner->tag >= call->nkids) return;
    const struct pt_expr *t = call->kids[inner->tag];
    if (t->kind == PT_EX_INT) {
        out->tag_fixed = 1;
        out->tag_value = t->ival;
    } else {
        out->tag = param_position(fn, t);
    }
}

static int arg_param(const struct pt_func *fn, const struct pt_expr *call, int idx)
{
    return idx >= 0 && (unsigned)idx < call->nkids ? param_position(fn, call->kids[idx]) : -1;
}

static uint32_t borrowed_args(const struct pt_fctx *c, const struct pt_summary_acc *sum);

/* NTSTATUS Create(..., _Out_ PVOID *Out): fresh memory in *Out exactly when it
 * returns success. Callers' paths split on NT_SUCCESS(status) as for
 * IoAllocateDriverObjectExtension-style APIs (PT_API_STATUS). One that uses
 * the caller's buffer when *Out is not NULL on entry, and allocates only
 * when it is, allocates only for callers whose *Out is NULL (OUT_IF_NULL). */
static int learn_status_out(const struct pt_fctx *c, const struct pt_summary_acc *sum, struct pt_api *api)
{
    int out = -1, nout = 0;
    for (unsigned i = 0; i < c->nparams; i++)
        if (sum->out_alloc[i] && !sum->out_bad[i]) { out = (int)i; nout++; }
    if (nout != 1 || sum->returned_alloc || !sum->success_exits || !sum->failure_exits ||
        sum->unknown_exits)
        return 0;
    const struct pt_expr *r = sum->out_alloc[out];
    for (unsigned k = 0; k < c->nsites; k++)   /* kept elsewhere too: not the caller's alone */
        if (c->alloc_call[k] == r && c->site_shared[k]) return 0;
    /* another pointer handed out through another **parameter (a request and
     * its context): callers would lose that the two come together */
    for (unsigned i = 0; i < c->nparams; i++) {
        if ((int)i != out && pt_param_to_pointer(c, i)) return 0;
    }
    const struct pt_api *inner = pt_api_lookup(c->apis, r->name);
    if (!inner || (inner->kind != PT_API_ALLOC && inner->kind != PT_API_ALLOC_OUT) || inner->field) return 0;
    api->kind = PT_API_ALLOC_OUT;
    api->family = inner->family;
    api->flags = (inner->flags & (PT_API_QUOTA | PT_API_UNTAGGED | PT_API_FLAGS_POOL)) | PT_API_LEARNED |
                 PT_API_STATUS | (sum->out_kept[out] ? PT_API_OUT_IF_NULL : 0);
    api->ptr = c->param_var[out];
    /* the other pointer arguments: the caller keeps those it only reads or
     * fills; the others are handed over as to unknown code */
    api->borrows = borrowed_args(c, sum) | (api->ptr < 32 ? 1u << api->ptr : 0);
    api->size = arg_param(c->fn, r, inner->size);
    api->pool = arg_param(c->fn, r, inner->pool);
    map_tag(c->fn, r, inner, api);
    pt_api_learn_scoped(c->apis, api, c->fn->is_static);
    return 1;
}

/* A parameter that points to the caller's pointer (`CLASSIFY_DATA **pp`)
 * whose pointee the function names: `owner->Data = *pp; *pp = NULL;` takes
 * the caller's block, which the engine does not follow through *pp. */
static int moves_pointee(const struct pt_fctx *c, unsigned i)
{
    return c->param_deref_slot[i] >= 0 && pt_param_to_pointer(c, i);
}

/* Some parameter is such a one: the function is not one that only reads or
 * fills what it is given. */
static int moves_pointees(const struct pt_fctx *c)
{
    for (unsigned i = 0; i < c->nparams; i++)
        if (moves_pointee(c, i)) return 1;
    return 0;
}

/* A parameter's effect with its tracked fields': a field freed (or handed
 * on) on some exit is something done to what the caller holds there. A
 * parameter freed itself stays freed (its fields go with it). */
static unsigned char param_effect(const struct pt_fctx *c, const struct pt_summary_acc *sum, unsigned i)
{
    unsigned char e = sum->param_effect[i];
    if (e == PT_PARAM_FREED) return e;
    for (unsigned j = 0; j < c->nfields; j++)
        if (c->field_param[j] == (int)i && (sum->field_effect[j] & ~PT_PARAM_UNTOUCHED))
            e |= PT_PARAM_OTHER;
    return e;
}

/* ReleaseContext(Ctx) { ExFreePool(Ctx->Buffer); Ctx->Buffer = NULL; }: frees
 * one field of one parameter on every exit where it was not NULL, touches
 * nothing else. Learned like RtlFreeUnicodeString (a FREE through `field`). */
static int learn_field_free(const struct pt_fctx *c, const struct pt_summary_acc *sum, struct pt_api *api)
{
    int f = -1;
    for (unsigned j = 0; j < c->nfields; j++) {
        unsigned char e = sum->field_effect[j];
        if (e == 0 || e == PT_PARAM_UNTOUCHED) continue;
        if (e != PT_PARAM_FREED || f >= 0 || !c->field_name[j]) return 0;
        f = (int)j;
    }
    if (f < 0) return 0;
    unsigned char nulled = sum->field_nulled[f] & 3;   /* 4: unlocked first (pt_model_exit) */
    if (sum->returned_alloc || moves_pointees(c) || (nulled != 1 && nulled != 2)) return 0;
    for (unsigned i = 0; i < c->nparams; i++) {
        unsigned char e = sum->param_effect[i];
        if (e != 0 && e != PT_PARAM_UNTOUCHED) return 0;
    }
    const struct pt_expr *fr = sum->field_free[f];
    const struct pt_api *inner = fr ? pt_api_lookup(c->apis, fr->name) : NULL;
    if (!inner || inner->kind != PT_API_FREE || inner->field) return 0;
    api->kind = PT_API_FREE;
    api->family = inner->family;
    api->flags = PT_API_LEARNED | (nulled == 1 ? PT_API_NULLS_FIELD : 0) |
                 (sum->field_nulled[f] & 4 ? PT_API_UNLOCKS : 0);
    api->ptr = c->param_var[c->field_param[f]];
    api->field = c->field_name[f];
    map_tag(c->fn, fr, inner, api);
    pt_api_learn_scoped(c->apis, api, c->fn->is_static);
    return 1;
}

/* The arguments a function only reads or fills, whatever it does with the
 * others: a caller keeps owning what it passes there. */
static uint32_t borrowed_args(const struct pt_fctx *c, const struct pt_summary_acc *sum)
{
    uint32_t m = 0;
    for (unsigned i = 0; i < c->nparams; i++) {
        int pos = c->param_var[i];
        if (pos >= 32 || param_effect(c, sum, i) != PT_PARAM_UNTOUCHED) continue;
        if (moves_pointee(c, i)) continue;
        m |= 1u << pos;
    }
    return m;
}

/* The parameters a deferred routine leaves to its registrant, and those a
 * status-returning function takes only when it succeeds or frees only when
 * it fails (pool_api.h). */
static void note_param_masks(const struct pt_fctx *c, const struct pt_summary_acc *sum)
{
    uint32_t never = 0, if_ok = 0, if_failed = 0;
    int split = sum->success_exits && sum->failure_exits && !sum->unknown_exits;
    for (unsigned i = 0; i < c->nparams; i++) {
        if (c->param_var[i] >= 32 || moves_pointee(c, i)) continue;
        if (sum->param_effect[i] == PT_PARAM_UNTOUCHED) never |= 1u << c->param_var[i];
        unsigned char ok = sum->param_effect_ok[i], failed = sum->param_effect_failed[i];
        if (split && failed == PT_PARAM_UNTOUCHED && ok && !(ok & (PT_PARAM_UNTOUCHED | PT_PARAM_PAGES)) &&
            (sum->param_effect[i] & ~(ok | failed)) == 0)
            if_ok |= 1u << c->param_var[i];
        if (split && ok == PT_PARAM_UNTOUCHED && failed == PT_PARAM_FREED &&
            (sum->param_effect[i] & ~(ok | failed)) == 0)
            if_failed |= 1u << c->param_var[i];
    }
    if (never) pt_api_note_param_mask(c->apis, PT_MASK_NEVER_RELEASED, c->fn->name, c->fn->is_static, never);
    if (if_ok) pt_api_note_param_mask(c->apis, PT_MASK_TAKEN_IF_OK, c->fn->name, c->fn->is_static, if_ok);
    if (if_failed)
        pt_api_note_param_mask(c->apis, PT_MASK_FREED_IF_FAILED, c->fn->name, c->fn->is_static, if_failed);
}

void pt_summary_learn(const struct pt_fctx *c, const struct pt_summary_acc *sum)
{
    const struct pt_func *fn = c->fn;
    if (!sum->exits) return;
    int freed = -1, nfreed = 0, all_untouched = 1, pages = -1, npages = 0, others = 0;
    for (unsigned i = 0; i < c->nparams; i++) {
        unsigned char e = param_effect(c, sum, i);
        if (e == PT_PARAM_FREED) { freed = (int)i; nfreed++; }
        else if (e == PT_PARAM_PAGES) { pages = (int)i; npages++; all_untouched = 0; }
        else if (e != 0 && e != PT_PARAM_UNTOUCHED) { all_untouched = 0; others++; }
    }
    note_param_masks(c, sum);
    struct pt_api api;
    memset(&api, 0, sizeof api);
    api.name = fn->name;
    api.ptr = api.size = api.tag = api.pool = api.cond = -1;
    api.field = NULL;
    if (learn_status_out(c, sum, &api)) return;
    if (learn_field_free(c, sum, &api)) return;
    if (sum->returned_alloc && sum->returns_other) return;   /* sometimes not fresh */
    if (sum->returned_alloc && all_untouched && !nfreed) {
        const struct pt_expr *r = sum->returned_alloc;
        const struct pt_api *inner = pt_api_lookup(c->apis, r->name);
        if (!inner || inner->kind != PT_API_ALLOC) return;
        api.kind = PT_API_ALLOC;
        api.family = inner->family;
        api.flags = (inner->flags & (PT_API_QUOTA | PT_API_UNTAGGED | PT_API_FLAGS_POOL)) | PT_API_LEARNED;
        api.size = arg_param(fn, r, inner->size);
        api.pool = arg_param(fn, r, inner->pool);
        map_tag(fn, r, inner, &api);
    } else if (!sum->returned_alloc && all_untouched && nfreed == 1 && sum->param_free[freed]) {
        const struct pt_expr *f = sum->param_free[freed];
        const struct pt_api *inner = pt_api_lookup(c->apis, f->name);
        if (!inner || inner->kind != PT_API_FREE || inner->field) return;
        api.kind = PT_API_FREE;
        api.family = inner->family;
        if ((sum->param_pages[freed] & 3) == 1) api.family = PT_FAM_MDL_PAGES;   /* pages and MDL */
        else if ((sum->param_pages[freed] & 3) == 3) return;   /* with and without the pages */
        api.flags = PT_API_LEARNED;
        api.ptr = c->param_var[freed];
        map_tag(fn, f, inner, &api);
    } else if (!sum->returned_alloc && !nfreed && npages == 1 && !others) {
        api.kind = PT_API_FREE_PAGES;   /* MmFreePagesFromMdl(Mdl): the caller frees the MDL */
        api.family = PT_FAM_MDL_PAGES;
        api.flags = PT_API_LEARNED;
        api.ptr = c->param_var[pages];
    } else if (!sum->returned_alloc && all_untouched && !nfreed && !moves_pointees(c)) {
        api.kind = PT_API_KEEPS;
        api.family = PT_FAM_NONE;
        api.flags = PT_API_LEARNED;
    } else if ((api.borrows = borrowed_args(c, sum)) != 0) {
        api.kind = PT_API_BORROWS;
        api.family = PT_FAM_NONE;
        api.flags = PT_API_LEARNED;
    } else {
        return;
    }
    /* MmUnlockPages on a parameter on some exit: callers' MDLs given to it
     * are unlocked (a FREE unlocks before freeing), their places too (PT010) */
    for (unsigned i = 0; i < c->nparams; i++)
        if (sum->param_pages[i] & 4) api.flags |= PT_API_UNLOCKS;
    pt_api_learn_scoped(c->apis, &api, fn->is_static);
}
