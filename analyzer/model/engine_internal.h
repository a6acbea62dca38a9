/* Internals of the model component (analyzer/model/): shared by the engine
 * (engine*.c) and the pool model (pool_model.c, summary.c); nothing outside
 * this folder includes it. */
#ifndef PT_ENGINE_INTERNAL_H
#define PT_ENGINE_INTERNAL_H
#include "engine.h"

/* Engine services the pool model uses. */
struct pt_val pt_eval(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e);
void pt_assign(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lhs, struct pt_val v,
               const struct pt_expr *at);
void pt_escape(struct pt_state *s, struct pt_val v);
/* The allocation site of block id (a site's second id is its previous loop round). */
static inline int pt_site_of(const struct pt_fctx *c, int id)
{
    return id >= (int)c->nsites ? id - (int)c->nsites : id;
}
/* Parameter i points to a pointer (`T **Out`): the caller's pointer can come
 * back changed through it. */
int pt_param_to_pointer(const struct pt_fctx *c, unsigned i);
void pt_escape_root(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e);
/* What code that is passed e can reach: through an address inside an object
 * (&x->Link, an array member) the whole object, as pt_escape_root
 * (CONTAINING_RECORD); through a pointer loaded from a field or an element
 * (x->Name, *pp) only the block it holds and what hangs below it. */
void pt_escape_reachable(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *e);
/* The expression a place path starts from: Irp in &Irp->Tail.Overlay.ListEntry. */
const struct pt_expr *pt_place_root(const struct pt_expr *e);
/* The index into param_var of a tracked pointer parameter's variable, or -1. */
int pt_param_index(const struct pt_fctx *c, int var);
enum { PT_CLOBBER_FORGET, PT_CLOBBER_ESCAPE, PT_CLOBBER_KEEP_ALLOCS, PT_CLOBBER_BELOW };
void pt_clobber(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *lvalue, int mode);
int pt_slot(const struct pt_fctx *c, const struct pt_expr *e);
const char *pt_place_name(struct pt_fctx *c, const struct pt_expr *lv);
/* The struct a variable (pt_var_pointee) or a place is declared to point to:
 * "struct _FDO" for `struct _FDO *` (PFDO); NULL for anything else. */
const char *pt_var_pointee(struct pt_fctx *c, int var);
const char *pt_place_pointee(struct pt_fctx *c, const struct pt_expr *lv);
int pt_truth(const struct pt_state *s, struct pt_val v);   /* 1 true, 0 false, -1 unknown */
void pt_trail_add(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc loc, const char *msg,
                  int alloc);
struct pt_val pt_val_int(int64_t v);
struct pt_val pt_val_unk(void);

/* Freed fields of pointer parameters tracked per function (engine.h field_*). */
#define PT_MAX_FIELDS 8

/* What a function does to its pointer parameters and what it returns, seen
 * over all of its exits; turned into a learned API for its callers. */
enum { PT_PARAM_UNTOUCHED = 1, PT_PARAM_FREED = 2, PT_PARAM_OTHER = 4,
       PT_PARAM_PAGES = 8 /* MmFreePagesFromMdl on it, the MDL itself kept */ };
struct pt_summary_acc {
    unsigned char param_effect[32];      /* OR of PT_PARAM_* over the exits */
    unsigned char param_effect_ok[32];   /* the same over success exits (return >= 0) only */
    unsigned char param_effect_failed[32]; /* and over failure exits (return < 0) */
    const struct pt_expr *param_free[32]; /* the call that freed it */
    unsigned char param_pages[32];        /* freed after MmFreePagesFromMdl (1), without it (2);
                                             4: MmUnlockPages on it on some exit */
    const struct pt_expr *returned_alloc; /* the allocating call of a block it returns */
    int returns_other;                    /* some path returns something else (not NULL) */
    unsigned exits;
    /* Effects per return range (smatch's return states), for status-returning
     * helpers: which allocation *param holds on success exits (return >= 0),
     * and whether some exit breaks the pattern (fresh memory in *param on a
     * failure, nothing on a success). */
    const struct pt_expr *out_alloc[32];
    unsigned char out_bad[32];
    unsigned char out_kept[32];           /* a success left the caller's non-NULL *param */
    unsigned success_exits, failure_exits, unknown_exits;
    /* The freed fields of pointer parameters (pt_fctx field_*): PT_PARAM_*
     * over the exits, and whether the field was set to NULL after the free
     * (1) or left (2), 4: unlocked (MmUnlockPages) before it was freed. */
    unsigned char field_effect[PT_MAX_FIELDS];
    unsigned char field_nulled[PT_MAX_FIELDS];
    const struct pt_expr *field_free[PT_MAX_FIELDS];
};

int pt_prepare(struct pt_fctx *c, const struct pt_func *fn);
/* Narrow the state assuming cond has the given truth; 0 if that is infeasible. */
int pt_refine(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *cond, int truth);
struct pt_state *pt_state_new(struct pt_fctx *c);
struct pt_state *pt_state_copy(struct pt_fctx *c, const struct pt_state *s);
void pt_state_free(struct pt_state *s);
size_t pt_state_bytes(const struct pt_fctx *c);

/* pool model hooks (pool_model.c) */
struct pt_val pt_model_call(struct pt_fctx *c, struct pt_state *s, const struct pt_expr *call);
/* At a return: record what the function did (summary), then report leaks. */
void pt_model_exit(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc where, struct pt_val ret,
                   const struct pt_expr *ret_expr);
void pt_model_leaks(struct pt_fctx *c, struct pt_state *s, struct pt_srcloc where);
/* After the walk: the stores and list inserts it saw, each told whether an
 * exit still held the block (all of them when the walk stopped early). */
void pt_model_function_end(struct pt_fctx *c);
struct pt_pending_keep {
    int kind;            /* PT_EV_STORE or PT_EV_LISTED */
    int alloc;
    const char *place;
    const char *place_type;   /* the struct the place points to (pt_place_pointee) */
    int in_own_block;
};
#define PT_FAM_NONE_VALUE 0
void pt_model_lost(struct pt_fctx *c, struct pt_state *s, int alloc, struct pt_srcloc where);
void pt_model_callsites(struct pt_fctx *c);
/* in_own_block: the place is a field of a block this function allocated (not yet kept anywhere). */
void pt_model_stored(struct pt_fctx *c, struct pt_state *s, int alloc, const char *place, const char *place_type,
                     int in_own_block);
/* after a sym's range narrows: allocations that exist only on success follow */
int pt_model_sym_narrowed(struct pt_fctx *c, struct pt_state *s, int sym);
/* The call result is known to differ from k (k inside its range). */
int pt_model_sym_excludes(struct pt_fctx *c, struct pt_state *s, int sym, int64_t k);

/* engine_rel.c: equalities a loop cannot meet twice */
void pt_rel_clear_all(struct pt_rel *r);
void pt_rel_equal(struct pt_fctx *c, struct pt_state *s, int a, int b);
int pt_rel_cannot_equal(const struct pt_fctx *c, struct pt_state *s, int a, int b);
/* Slot written: dir +1/-1 when it only moved up/down (i++, i -= 2), 0 otherwise. */
void pt_rel_written(struct pt_state *s, int slot, int dir);

/* engine_live.c: which scalars are read later; their facts are dropped where not */
void pt_live_compute(struct pt_fctx *c);
void pt_live_forget_dead(struct pt_fctx *c, struct pt_state *s, int block);

/* projects.c: forget the incomplete projects (pt_engine_finish) */
void pt_engine_projects_reset(void);

#endif
