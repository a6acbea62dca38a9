/* State shared by the core's files (core, table, report, inject). Not for drivers. */
#ifndef PT_SHIM_INTERNAL_H
#define PT_SHIM_INTERNAL_H
#include "pt_shim_core.h"

/* The allocating wrapper's return point, for stack capture (cl and gcc). */
#ifdef _MSC_VER
#include <intrin.h>
#define PT_NOINLINE __declspec(noinline)
#define PT_RETURN_ADDRESS() _ReturnAddress()
#else
#define PT_NOINLINE __attribute__((noinline))
#define PT_RETURN_ADDRESS() __builtin_return_address(0)
#endif

/* Records the shim can hold at once (outstanding blocks + locked MDLs), all
 * preallocated in the image: bookkeeping never allocates, so Low Resources
 * Simulation cannot fail it. Past this the block goes untracked (counted). */
#ifndef PT_SHIM_MAX_BLOCKS
#define PT_SHIM_MAX_BLOCKS 16384
#endif
#define PT_RING 256        /* recent operations kept, like !verifier 0x80 */
#define PT_FREED 512       /* recent frees kept to tell double from unknown free */
#define PT_NODES (PT_SHIM_MAX_BLOCKS + PT_FREED)
#define PT_BUCKETS 16384   /* power of two; address -> chain of nodes */
#define PT_SMALL_BUCKETS 1024
#define PT_BASELINE 64

enum pt_op { PT_OP_ALLOC, PT_OP_FAIL, PT_OP_FREE, PT_OP_LOCK, PT_OP_UNLOCK, PT_OP_BAD_FREE };

struct pt_node {
    struct pt_node *hnext;          /* hash chain of its table */
    struct pt_node *prev, *next;    /* its table's insertion-order list; free list */
    struct pt_block b;
    int freed;                      /* in the blocks table: a remembered free */
    struct pt_site freed_at;        /* remembered free: where it was freed */
    unsigned fifo_slot;             /* remembered free: its slot in freed_fifo */
};

/* Address -> nodes (chained), plus the nodes in insertion (= seq) order so
 * that reports are linear and need no sorting. */
struct pt_table {
    struct pt_node **buckets;
    size_t mask;
    size_t count;
    struct pt_node *head, *tail;
};

struct pt_ring_entry {
    enum pt_op op;
    unsigned long op_seq;  /* the operation's own sequence number */
    struct pt_block b;
    struct pt_site at;
};

struct pt_state {
    struct pt_table blocks, locked;   /* blocks: count and list = outstanding only */
    struct pt_node *free_nodes;
    struct pt_node *freed_fifo[PT_FREED];   /* oldest evicted first */
    unsigned long freed_next;
    /* The node a chunked report resumes at; a removal moves it on. */
    struct pt_node *cursor;
    struct pt_ring_entry ring[PT_RING];
    unsigned long ring_next;     /* total entries ever written */
    struct pt_stats stats;
    struct pt_event events[PT_SHIM_MAX_EVENTS];
    size_t nevents;
    struct pt_site baseline[PT_BASELINE];
    size_t nbaseline;
    unsigned long seq;
    unsigned long injected_this_run;
    unsigned long long work;     /* nodes visited: see pt_shim_work */
    long run;
    int env_done;
    unsigned stack_depth;        /* frames per allocation (pt_shim_set_stack_depth) */
    int ready;                   /* node pool and tables set up */
    volatile int inject_armed;   /* any failure injection configured */
    pt_sink_fn sink;
    void *sink_ctx;
};

extern struct pt_state pt_g;

/* Reads PT_SHIM_FAIL_* once; called by the core under its lock. */
void pt_inject_from_env_locked(void);
/* Whether any injection is configured (under the lock). */
int pt_inject_is_armed(void);
int pt_site_equal(const struct pt_site *a, const struct pt_site *b);

/* ---- the node pool and tables (pt_shim_table.c), all under the lock ---- */
void pt_table_setup(void);
void pt_table_reset(void);
/* A node for a live block or locked MDL; NULL past PT_SHIM_MAX_BLOCKS of
 * them (a remembered free is given up when the pool runs short). */
struct pt_node *pt_node_get(void);
/* Newest node of addr in t, or NULL; in the blocks table it may be a
 * remembered free (n->freed). */
struct pt_node *pt_table_find(struct pt_table *t, const void *addr);
/* A new live node: hash chain and order list. */
void pt_table_insert(struct pt_table *t, struct pt_node *n);
/* Unlinks a live node from t (moving the report cursor past it). */
void pt_table_unlink(struct pt_table *t, struct pt_node *n);
void pt_node_put(struct pt_node *n);
/* A live block was freed: its node becomes a remembered free (FIFO of
 * PT_FREED, the oldest given up). */
void pt_freed_remember(struct pt_node *n, struct pt_site at);
/* The node of an address handed out again (a remembered free, or a stale
 * live record) becomes the new block's: back at the end of the list. */
void pt_block_reuse(struct pt_node *n);

/* ---- events (pt_shim_core.c) ---- */
/* Counts and keeps ev (under the lock); pt_event_send formats and sinks it
 * (outside the lock). */
void pt_event_record(struct pt_event *ev);
void pt_event_send(const struct pt_event *ev);
void pt_event_send_stats(const struct pt_event *ev, const struct pt_stats *st);

/* ---- reports at PASSIVE_LEVEL (pt_shim_unload.c) ---- */
/* Takes the report lock and returns 1 at PASSIVE_LEVEL; else prints one
 * report_error line to fn and returns 0. */
int pt_report_begin(pt_sink_fn fn, void *ctx, const char *what);
void pt_report_end(void);
/* Calls visit for each record of t in insertion order, outside the spin
 * lock (a chunk is copied under it at a time). Needs the report lock. */
void pt_report_walk(struct pt_table *t, void (*visit)(void *ctx, const struct pt_block *b),
                    void *ctx);
#endif
