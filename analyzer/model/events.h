/* The event interface: what the pool model tells its listeners as the engine
 * walks a function's paths. The model's own listeners (call graph,
 * --summaries, --inventory) hear every event; the rules (rules/) hear them
 * through the one listener the link plugs in (pt_model_listen). */
#ifndef PT_EVENTS_H
#define PT_EVENTS_H
#include "engine.h"
#include "pool_api.h"

enum pt_ev_kind {
    PT_EV_CALL,    /* once per pool API call site (path-insensitive) */
    PT_EV_FREE,    /* a free of a known allocation, on one path, before its effect */
    PT_EV_LEAK,    /* an allocation lost on one path */
    PT_EV_LOCKED,  /* pages still locked on one path */
    PT_EV_STORE,   /* an allocation stored into a shared place (field by type, global) */
    PT_EV_FREE_PLACE, /* a free of memory read from a shared place, not tracked here */
    PT_EV_FUNC,    /* once per analysed function (its role type, static or not) */
    PT_EV_CALLEDGE,/* once per call of a named function of the project */
    PT_EV_REGISTER,/* a routine registered to run as a DPC (KeInitializeDpc, ...) */
    PT_EV_ENTRY,   /* a routine that runs at unload or at start (entry: PT_ENTRY_*) */
    PT_EV_PLACE_USE, /* a place handed to code the run cannot see, or a list head drained (use) */
    PT_EV_LISTED,  /* an allocation inserted into a list whose head is a shared place */
    PT_EV_UNLOCK_PLACE, /* once per MmUnlockPages call site (or a learned helper that unlocks): place is
                           the place unlocked, or NULL when the MDL is not read from one */
};
/* A listener's subscription to a kind of event (the rule catalogue's kinds). */
#define PT_ON(kind) (1u << (kind))

enum pt_place_use {
    PT_USE_PASSED,   /* passed to a function without a body in the run, or one that takes it */
    PT_USE_DRAIN,    /* a list head that entries are taken off (RemoveHeadList, ->Flink) */
    PT_USE_RECORD,   /* place = "struct X": a pointer to it passed where the run cannot see */
};

enum pt_leak_kind {
    PT_LEAK_EXIT,          /* function returns */
    PT_LEAK_OVERWRITE,     /* the only pointer is overwritten */
    PT_LEAK_PARENT_FREED,  /* the only pointer lived in a block that was freed */
};

struct pt_event {
    enum pt_ev_kind kind;
    const struct pt_func *fn;
    const struct pt_expr *call;        /* CALL/FREE: the call; LEAK/LOCKED: the allocating/locking call */
    const struct pt_api *api;          /* of `call` */
    int alloc_id;                      /* FREE/LEAK/LOCKED */
    const struct pt_alloc *alloc;      /* state before the event */
    const struct pt_expr *alloc_call;  /* FREE: the allocating call */
    const struct pt_api *alloc_api;
    const struct pt_expr *prev_free;   /* FREE of a freed block: the earlier free */
    enum pt_leak_kind leak;
    struct pt_srcloc where;            /* LEAK/LOCKED: the return, overwrite or free */
    const struct pt_trail *trail;      /* the path so far, newest first */
    const char *place;                 /* STORE/FREE_PLACE/PLACE_USE/LISTED: "struct _X::Field",
                                          "global g" (LISTED: the list head) */
    const struct pt_expr *routine;     /* REGISTER: the function passed (a FUNC expression) */
    const char *callee_file;           /* CALLEDGE: the file of a static callee when it is not
                                          the caller's (a function-pointer target); else NULL */
    const char *via_field;             /* CALLEDGE: the struct field the call goes through, or NULL */
    int entry;                         /* ENTRY: PT_ENTRY_UNLOAD or PT_ENTRY_INIT; routine, where */
    const char *reason;                /* ENTRY: why ("assigned to DriverUnload") */
    const char *place_type;            /* STORE: the struct the place is declared to point to;
                                          FREE of a parameter: the struct its declared type points
                                          to ("struct _FDO"); NULL if none */
    int place_via_copy;                /* FREE_PLACE: freed through a local copy of the place */
    int in_own_block;                  /* STORE: into a field of a block this function allocated */
    int kept;                          /* STORE/LISTED: some exit of the function still holds the
                                          block (0: every exit freed it, a reference left behind) */
    int locked;                        /* STORE: the MDL's pages were locked whenever it was stored,
                                          or locked through the place after (0: not, or unknown) */
    enum pt_place_use use;             /* PLACE_USE */
    struct pt_fctx *ctx;
};

/* Who hears the events besides the model itself: on_event for each event,
 * on_finish once after the last function of the run (pt_engine_finish). */
struct pt_listener {
    void (*on_event)(const struct pt_event *ev);
    void (*on_finish)(struct pt_results *results);
};

/* Set the listener (the link sets the rules, rules/rules.c); NULL: none. */
void pt_model_listen(const struct pt_listener *listener);
/* Raise an event (the pool model): the call graph, the listener, --summaries
 * and --inventory hear it, in that order. */
void pt_model_emit(const struct pt_event *ev);

#endif
