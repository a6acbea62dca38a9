/* The path engine: walks each function's CFG with an abstract state per path,
 * prunes infeasible branches, merges equal states, and hands calls to the pool
 * model (pool_model.c), which in turn raises events (events.h) for the rules. */
#ifndef PT_ENGINE_H
#define PT_ENGINE_H
#include <stdint.h>
#include "arena.h"
#include "finding.h"
#include "ir.h"

struct pt_api;
struct pt_api_extras;
struct pt_api_table;
struct pt_summary_acc;

/* Values. All fields are 32/64-bit so states compare with memcmp. */
enum { PT_V_UNK, PT_V_INT, PT_V_SYM, PT_V_ALLOC, PT_V_NONNULL };
struct pt_val {
    int32_t kind;
    int32_t id;          /* SYM: call index; ALLOC: allocation index */
    int64_t lo, hi;      /* INT: the possible range; ALLOC: lo = 1 + the slot of the place
                            inside the block it points at (`&blk->Head`), 0 the block itself */
};

/* BORROWED: not ours (an MDL the caller passed) but its lock state is tracked */
enum { PT_A_NONE, PT_A_LIVE, PT_A_FREED, PT_A_ESCAPED, PT_A_REPORTED, PT_A_BORROWED };
enum { PT_N_MAYBE, PT_N_NONNULL, PT_N_NULL };

/* The state of one allocation site on one path. */
struct pt_alloc {
    int32_t status;
    int32_t null;
    int32_t family;
    int32_t locked;      /* pages locked by MmProbeAndLockPages */
    int32_t parent;      /* allocation it is stored in, -1 */
    int32_t cond_sym;    /* call whose success decides whether it exists, -1 */
    int32_t free_expr;   /* id+1 of the call that freed it, 0 */
    int32_t lock_expr;   /* id+1 of the MmProbeAndLockPages call, 0 */
    int32_t routine;     /* IRP: id+1 of the IoSetCompletionRoutine call that set its routine, 0 */
    int32_t awaits;      /* id+1 of a call whose status, not tested yet, decides what became of it, 0 */
    int32_t awaits_free; /* 1: that call frees it when it fails (PT_MASK_FREED_IF_FAILED); 0: it keeps
                            it when it succeeds (PT_MASK_TAKEN_IF_OK) */
    int32_t unlocked;    /* MmUnlockPages (or a helper that unlocks) ran on it on this path */
};

/* A call result's range; ne_set: it is known to differ from ne, inside the
 * range (`status != STATUS_SUCCESS` held: not an interval). */
struct pt_range { int64_t lo, hi, ne, ne_set; };

/* Slots a and b were equal on this path; mover >= 0: since then only mover
 * was written, always moving the same way (dir +1/-1), so they differ now
 * (engine_rel.c). a < 0: unused. */
struct pt_rel { int32_t a, b, mover, dir; };
#define PT_NREL 2

/* One step of a path, newest first. */
struct pt_trail {
    const struct pt_trail *prev;
    unsigned len;        /* steps from the function's entry, this one included */
    struct pt_srcloc loc;
    const char *msg;
    int alloc;           /* >= 0: this step created allocation `alloc` */
};

struct pt_state {
    struct pt_val *vals;       /* per slot (lvalue path) */
    struct pt_range *syms;     /* per call: range of its integer result */
    struct pt_alloc *allocs;   /* per allocation site */
    struct pt_rel *rels;       /* PT_NREL equalities a loop cannot meet twice */
    const struct pt_trail *trail;
    unsigned joins;            /* states joined into this one at its block (engine.c admit) */
};

/* Per-function analysis context: the IR plus what the pre-pass derived. */
struct pt_fctx {
    const struct pt_func *fn;
    const char *project;        /* facts across functions are kept per project */
    const char *tu_file;        /* the TU's file: static functions, and the copies of project-header
                                   functions each TU has, are named per TU file */
    struct pt_api_table *apis;  /* the link step's: configuration's additions, learned routines (pool_api.h) */
    struct pt_arena *arena;     /* per function: trails, slot keys */
    unsigned nslots, nsyms, nallocs;
    const char **slot_keys;
    const struct pt_expr **slot_lvalue; /* an expression naming each slot */
    int *slot_of_expr;          /* expr id -> slot, -1 */
    int *sym_of_expr;           /* expr id -> call index, -1 */
    int *alloc_of_expr;         /* expr id -> allocation site, -1 */
    const struct pt_expr **alloc_call;  /* allocation site -> its call */
    unsigned nsites;            /* allocs [nsites, 2*nsites) hold the previous round of a loop */
    const struct pt_expr **expr_by_id;
    struct pt_expr **out_lvalue; /* expr id of a call -> synthetic lvalue it writes/frees */
    int **descendants;          /* slot -> -1-terminated slots below it (p -> p->x) */
    /* Addresses inside blocks (engine_prep.c link_addresses): ptr_base[L] is
     * the slot of the pointer L is reached through (prev for prev->Next),
     * -1; inner[L] lists pairs (S, R), -1-terminated: when that pointer holds
     * the address of slot S (`prev = &blk->Head`), L is slot R
     * (blk->Head.Next); NULL when none. */
    int *ptr_base;
    int **inner;
    unsigned char *addr_useful; /* slot -> some inner[] pair names it as S */
    struct pt_results *results;
    size_t first_finding;       /* findings of this function start here (dedupe) */
    unsigned visits, budget_hit;
    int has_free;               /* calls a free routine */
    unsigned nparams;           /* pointer parameters tracked as borrowed blocks */
    int *param_var;             /* their variables; allocation 2*nsites + i */
    int *param_slot;            /* their slots, -1 when never used */
    int *param_deref_slot;      /* the slot of *param (an out parameter), -1 */
    unsigned char *out_slot;    /* slot -> it is some parameter's *param */
    /* Fields of pointer parameters this function frees (`ExFreePool(Ctx->Buf)`):
     * borrowed blocks too, allocation 2*nsites + nparams + j, so each exit
     * tells whether the caller's field was freed (a release helper). */
    unsigned nfields;
    int *field_slot;            /* the slot of param->Field */
    int *field_param;           /* index into param_var */
    const char **field_name;    /* NULL: the pointee of a `T **` parameter (*Out as the caller had it) */
    struct pt_summary_acc *summary; /* what this function does, for its callers; may be NULL */
    int in_prepass;
    const char **owned_place;   /* allocation -> the field of a block of ours it was stored in */
    unsigned char *rel_ok;      /* slot -> a local or parameter whose address is never taken */
    uint64_t *live_in;          /* block -> bitset of variables read there before written (engine_live.c) */
    unsigned live_words;        /* 64-bit words per block in live_in */
    unsigned char *element_freed; /* slot -> an array whose elements some free of this function
                                     names with a variable index (pool_model.c), or NULL */
    int *slot_root;             /* slot -> the local or parameter its path starts from, -1 */
    /* Blocks stored into places (or listed), told when the walk is over:
     * whether some exit still held the block decides if it was kept there
     * (pool_model.c, pt_model_function_end). */
    struct pt_pending_keep *pending_keeps;
    unsigned npending_keeps, cap_pending_keeps;
    unsigned char *site_held_at_exit;   /* allocation site -> some exit holds it, not freed */
    unsigned char *site_shared;  /* allocation site -> kept in a place or list, or given to code
                                    that may keep it, on some path: not only handed out by *Out */
    unsigned char *site_lock;   /* site -> PT_SITE_* bits: locked or not when stored (pool_model.c), or NULL */
};

struct pt_engine_opts {
    unsigned max_visits;        /* per function */
    const struct pt_api_extras *extras;  /* the configuration's additions to the families table, NULL none */
};

/* After the last function of the run: the listener's on_finish (rules that
 * compare facts across functions report), then the run's facts are forgotten
 * (events.c). */
void pt_engine_finish(struct pt_results *results);
/* Before the link: some TUs of this project (compile directory) are missing
 * from it, so the whole-driver rules must not judge it (until finish;
 * projects.c). */
void pt_engine_project_incomplete(const char *project);
/* 0 when pt_engine_project_incomplete named the project in this run. */
int pt_engine_project_complete(const char *project);

/* Analyse one function of ir (the link step calls this callees first);
 * summarise: its callers want its summary (learned into apis for them). */
void pt_engine_function(const struct pt_tu_ir *ir, const struct pt_func *fn, int summarise,
                        struct pt_api_table *apis, const struct pt_engine_opts *opts,
                        struct pt_results *results);

#endif
