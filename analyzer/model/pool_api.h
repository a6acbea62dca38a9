/* The families table: every allocator, free and ownership-taking API the pool
 * model knows, as data (data/pool_api.def). */
#ifndef PT_POOL_API_H
#define PT_POOL_API_H
#include <stddef.h>
#include <stdint.h>
#include "strmap.h"

/* One catalogue with the runtime shim (data/families.def). */
enum pt_family {
#define PT_FAMILY(e, name, display, free_routine, configurable) e,
#include "data/families.def"
#undef PT_FAMILY
    PT_FAM_COUNT
};

enum pt_api_kind {
    PT_API_ALLOC,        /* returns fresh memory */
    PT_API_ALLOC_OUT,    /* stores fresh memory through pointer argument `ptr` (field `field`) */
    PT_API_FREE,         /* frees argument `ptr` (through field `field` when set) */
    PT_API_FREE_PAGES,   /* MmFreePagesFromMdl: the MDL's pages; the MDL stays to be freed */
    PT_API_LOCK,         /* MmProbeAndLockPages(ptr) */
    PT_API_UNLOCK,       /* MmUnlockPages(ptr) */
    PT_API_TAKES,        /* takes ownership of argument `ptr` */
    PT_API_STORE,        /* stores argument `cond` into *ptr (field `field`) */
    PT_API_KEEPS,        /* learned: reads or fills what its pointer arguments point to, keeps nothing */
    PT_API_BORROWS,      /* learned: keeps or hands on some arguments; only reads or fills those in `borrows` */
};

/* flags */
#define PT_API_QUOTA        0x01  /* charges quota */
#define PT_API_UNTAGGED     0x02  /* has no tag parameter */
#define PT_API_FLAGS_POOL   0x04  /* pool argument is POOL_FLAGS (ExAllocatePool2/3) */
#define PT_API_IF_ARG_TRUE  0x08  /* allocates only when argument `cond` is non-zero */
#define PT_API_STATUS       0x10  /* allocates only when it returns success (>= 0) */
#define PT_API_IF_ARG_SET   0x20  /* TAKES only when argument `cond` is non-NULL */
#define PT_API_NDIS_STATUS  0x40  /* success is exactly 0 (NDIS_STATUS_SUCCESS) */
#define PT_API_HOLDS_ARG0   0x80  /* the new object refers to argument 0 (an MDL to its buffer) */
#define PT_API_LEARNED      0x100 /* a function of the project, summarised (a wrapper) */
#define PT_API_THREADED_IRP 0x200 /* a threaded IRP: the I/O manager frees it when it completes */
#define PT_API_SENDS_IRP    0x400 /* TAKES: sends the IRP `ptr` down (IoCallDriver) */
#define PT_API_TAKES_ARG0   0x800 /* TAKES: argument 0 as well (a queued work item) */
#define PT_API_HOLDS_COND   0x1000 /* the new object refers to argument `cond` (a timer to its context) */
#define PT_API_NULLS_FIELD  0x2000 /* FREE with `field`: sets the field to NULL after freeing it (learned) */
#define PT_API_OUT_IF_NULL  0x4000 /* ALLOC_OUT: only when *ptr is NULL on entry, else uses it (learned) */
#define PT_API_UNLOCKS      0x8000 /* learned: MmUnlockPages on a pointer argument (a FREE: before freeing it) */

struct pt_api {
    const char *name;
    enum pt_api_kind kind;
    enum pt_family family;
    int ptr;        /* ALLOC_OUT/FREE/LOCK/UNLOCK/TAKES: argument index; -1 none */
    const char *field; /* field of *ptr that holds the memory (RtlFreeUnicodeString: Buffer) */
    int size;       /* size argument, -1 none */
    int tag;        /* tag argument, -1 none */
    int pool;       /* pool type / flags argument, -1 none */
    int cond;       /* IF_ARG_TRUE / IF_ARG_SET argument */
    unsigned flags;
    int tag_fixed;  /* learned wrappers: the tag is tag_value, not an argument */
    int64_t tag_value;
    uint32_t borrows; /* BORROWS: arguments (bit i: argument i) only read or filled */
};

/* The WDK table alone (data/pool_api.def): the same answer for a name in any
 * run (its sorted index is built once, a cache of constant data). */
const struct pt_api *pt_api_find(const char *name);
struct pt_api_extras;
/* What a lookup knows beyond the WDK table: the configuration's additions
 * (struct pt_api_extras, not owned; NULL none) and the routines learned from
 * the project's own code (summaries). An object, not a global: whoever runs
 * an analysis owns one (the link step, pt_link_units_run, for the engine, the
 * model and the rules, which reach it as struct pt_fctx `apis`; the frontend
 * and --stats one without learned routines, to count pool calls) and frees it
 * after (pt_api_table_free: the learned routines go, the extras stay theirs). */
struct pt_api_table {
    const struct pt_api_extras *extras;
    struct pt_api *learned;
    size_t nlearned, cap_learned;
    struct pt_strmap learned_keys;   /* "G|name", "S|file|name", "P|project|name" -> learned[] */
    struct pt_strmap param_masks[4]; /* the same keys -> mask of parameters, per enum pt_param_mask */
    char *scope_file, *scope_project;
};
void pt_api_table_init(struct pt_api_table *t, const struct pt_api_extras *extras);
void pt_api_table_free(struct pt_api_table *t);
/* The configuration's additions first, then the learned routines in scope,
 * then the WDK table; t may be NULL (the WDK table only). */
const struct pt_api *pt_api_lookup(const struct pt_api_table *t, const char *name);
/* Learned routines, known in the current scope's file (static) or project.
 * pt_api_scope sets the scope of the code being analysed (the TU's file and
 * compile directory). */
void pt_api_learn_scoped(struct pt_api_table *t, const struct pt_api *api, int is_static);
void pt_api_scope(struct pt_api_table *t, const char *file, const char *project);
/* A WDK routine whose name says it keeps its pointer arguments (Register, Queue, ...). */
int pt_api_name_takes(const char *name);
/* KeInitializeDpc & co: the argument holding the DPC routine, or -1. */
int pt_api_dpc_routine_arg(const char *name);
/* KDEFERRED_ROUTINE & co, or a name of the configuration's dpc_routines
 * (t may be NULL): a role type that declares a DPC routine. */
int pt_api_dpc_role(const struct pt_api_table *t, const char *role);
/* WDF timers: DPC-level unless the function sets a passive execution level. */
int pt_api_dpc_unless_passive(const char *name);
/* Entry points: code that runs at unload (DriverUnload, cleanup callbacks, Halt)
 * or at start (AddDevice), by the field a routine is assigned to or by the
 * role type that declares it. */
/* PT_ENTRY_REMOVE_CASE: handles minor code 2 of some IRP (IRP_MN_REMOVE_DEVICE only
 * under IRP_MJ_PNP); PT_ENTRY_PNP: registered as the IRP_MJ_PNP dispatch routine. */
enum pt_entry_kind { PT_ENTRY_NONE, PT_ENTRY_UNLOAD, PT_ENTRY_INIT, PT_ENTRY_REMOVE_CASE, PT_ENTRY_PNP };
/* The configuration's unload names count too (t may be NULL). */
enum pt_entry_kind pt_api_entry_field(const struct pt_api_table *t, const char *field);
enum pt_entry_kind pt_api_entry_role(const struct pt_api_table *t, const char *role);
/* FltUnregisterFilter & co: a routine that calls one (and is no start routine) runs at unload. */
int pt_api_unload_call(const char *name);
/* List routines: the head argument (and *entry, the entry argument) of an
 * insert, the head argument of a routine that takes entries off; -1 if not one. */
int pt_api_list_insert(const char *name, int *entry);
int pt_api_list_drain(const char *name);
const char *pt_family_name(enum pt_family f);
/* The family's machine name ("lookaside_np"): config, the shim's reports. */
const char *pt_family_key(enum pt_family f);
/* The family a machine name stands for; PT_FAM_NONE if none. *configurable
 * (if not NULL) tells whether a config allocator may declare it. */
enum pt_family pt_family_by_key(const char *key, int *configurable);
/* Fixes: the tagged routine with an untagged one's arguments plus a tag
 * (ExAllocatePool -> ExAllocatePoolWithTag); the release call template of a
 * block from allocator ("ExFreeToNPagedLookasideList(A0,P)"); NULL if none. */
const char *pt_api_tagged_twin(const char *name);
const char *pt_api_release_call(const char *allocator);
/* The configuration's additions (pool_api_extra.c): allocators/frees (found
 * before the table and the learned routines), names of DPC and unload
 * routines (function names or role types; unload names also match the field
 * a routine is assigned to), tags PT002 reports. An object the configuration
 * owns (struct pt_config) and fills as it reads; the _add functions copy.
 * No global holds it: the run passes it down (struct pt_engine_opts for the
 * link, the worker's arguments for the frontend) into a struct pt_api_table. */
struct pt_api_extras {
    struct pt_api *apis;
    size_t n, cap;
    struct pt_strmap index, dpc_names, unload_names;
    int64_t *forbidden;
    size_t nforbidden, cap_forbidden;
};
void pt_api_extras_add(struct pt_api_extras *x, const struct pt_api *api);
void pt_api_extras_add_dpc_name(struct pt_api_extras *x, const char *name);
void pt_api_extras_add_unload_name(struct pt_api_extras *x, const char *name);
void pt_api_extras_add_forbidden_tag(struct pt_api_extras *x, int64_t tag);
void pt_api_extras_free(struct pt_api_extras *x);
/* Lookups in the additions; x may be NULL (none). */
const struct pt_api *pt_api_find_extra(const struct pt_api_extras *x, const char *name);
int pt_api_extra_dpc(const struct pt_api_extras *x, const char *name);
int pt_api_extra_unload(const struct pt_api_extras *x, const char *name);
/* A tag the configuration forbids (forbidden_tags); t may be NULL. */
int pt_api_tag_forbidden(const struct pt_api_table *t, int64_t tag);
/* IoCompleteRequest & co (a word of the name, data/pool_api.def): 1 when the
 * routine completes the IRP it is given. */
int pt_api_completes_irp(const char *name);
/* IoSetCompletionRoutine & co: 1 and the IRP and routine arguments, else 0. */
int pt_api_completion_set(const char *name, int *irp_arg, int *routine_arg);
/* PT_DEFERRED: a one-shot deferred routine's registration (work item, system
 * thread, completion routine): which argument names the routine, which is its
 * context, and which parameter of the routine receives it. */
int pt_api_deferred(const char *name, int *routine_arg, int *context_arg, int *context_param);
/* Per function of the run, masks of its parameters (bit n: argument n),
 * noted in t per scope like learned routines (pt_api_learn_scoped) and freed
 * with them:
 * NEVER_RELEASED: on every exit neither freed nor kept nor handed on (their
 * fields may be): a deferred routine that gets its context there leaves it
 * to the registrant. TAKEN_IF_OK: kept, freed or handed on by every success
 * exit (return >= 0) and untouched by every failure exit: the caller still
 * owns it when the call fails (also the WDK routines of PT_TAKEN_IF_OK,
 * data/pool_api.def, and SAL `_When_(return >= 0, __drv_aliasesMem)` on a
 * declaration without a body). FREED_IF_FAILED: freed by every failure
 * exit and untouched by every success exit: the caller must not free it
 * again when the call fails, and still owns it when it succeeds.
 * KEEPS_IRP: a completion routine that keeps a driver-allocated IRP (its
 * parameter 1) for the sender: every return is
 * STATUS_MORE_PROCESSING_REQUIRED and the IRP is only read. */
enum pt_param_mask { PT_MASK_NEVER_RELEASED, PT_MASK_TAKEN_IF_OK, PT_MASK_KEEPS_IRP, PT_MASK_FREED_IF_FAILED };
void pt_api_note_param_mask(struct pt_api_table *t, enum pt_param_mask which, const char *name, int is_static,
                            uint32_t mask);
uint32_t pt_api_param_mask(const struct pt_api_table *t, enum pt_param_mask which, const char *name);
/* The routine that releases memory of family f, for messages. */
const char *pt_family_free_name(enum pt_family f);

#endif
