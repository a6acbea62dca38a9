/* State shared by the core's files (core, report, inject). Not for drivers. */
#ifndef PT_SHIM_INTERNAL_H
#define PT_SHIM_INTERNAL_H
#include "pt_shim_core.h"

#define PT_BUCKETS 1024
#define PT_RING 256        /* recent operations kept, like !verifier 0x80 */
#define PT_FREED 512       /* recent frees kept to tell double from unknown free */
#define PT_BASELINE 64

enum pt_op { PT_OP_ALLOC, PT_OP_FAIL, PT_OP_FREE, PT_OP_LOCK, PT_OP_UNLOCK, PT_OP_BAD_FREE };

struct pt_node {
    struct pt_node *next;
    struct pt_block b;
};

struct pt_table {
    struct pt_node *buckets[PT_BUCKETS];
    size_t count;
};

struct pt_ring_entry {
    enum pt_op op;
    unsigned long op_seq;  /* the operation's own sequence number */
    struct pt_block b;
    struct pt_site at;
};

struct pt_freed {
    const void *addr;      /* NULL = empty slot */
    struct pt_block b;
    struct pt_site at;
};

struct pt_state {
    struct pt_table blocks, locked;
    struct pt_ring_entry ring[PT_RING];
    unsigned long ring_next;     /* total entries ever written */
    struct pt_freed freed[PT_FREED];
    unsigned long freed_next;
    struct pt_stats stats;
    struct pt_event events[PT_SHIM_MAX_EVENTS];
    size_t nevents;
    struct pt_site baseline[PT_BASELINE];
    size_t nbaseline;
    unsigned long seq;
    unsigned long injected_this_run;
    long run;
    int env_done;
    pt_sink_fn sink;
    void *sink_ctx;
};

extern struct pt_state pt_g;

/* Reads PT_SHIM_FAIL_* once; called by the core under its lock. */
void pt_inject_from_env_locked(void);
int pt_site_equal(const struct pt_site *a, const struct pt_site *b);
#endif
