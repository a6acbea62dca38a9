/* Tracking core: the checks at allocation, free and unload, counters and
 * the ring log, over the tables of pt_shim_table.c. Every entry point takes
 * the one backend lock for O(1) work; events are recorded under it and
 * formatted and sent to the sink after it is released. */
#include <string.h>
#include "pt_shim_internal.h"
#include "pt_shim_backend.h"

struct pt_state pt_g = { .run = -1, .sink = pt_backend_default_sink,
                         .stack_depth = PT_SHIM_STACK_DEPTH };

int pt_site_equal(const struct pt_site *a, const struct pt_site *b)
{
    return a->line == b->line && a->file != NULL && b->file != NULL &&
           strcmp(a->file, b->file) == 0;
}

static void ring_add(enum pt_op op, const struct pt_block *b, struct pt_site at)
{
    struct pt_ring_entry *e = &pt_g.ring[pt_g.ring_next++ % PT_RING];
    e->op = op;
    e->op_seq = pt_g.seq;
    e->b = *b;
    e->at = at;
}

void pt_event_record(struct pt_event *ev)
{
    ev->seq = ev->seq ? ev->seq : pt_g.seq;
    pt_g.stats.events[ev->kind]++;
    if (pt_g.nevents < PT_SHIM_MAX_EVENTS)
        pt_g.events[pt_g.nevents++] = *ev;
}

void pt_event_send_stats(const struct pt_event *ev, const struct pt_stats *st)
{
    char line[2048];   /* the 8-frame stack takes up to ~1400 */
    pt_sink_fn sink = pt_g.sink;
    pt_shim_event_json(ev, st, pt_g.run, line, sizeof(line));
    if (sink != NULL)
        sink(pt_g.sink_ctx, line);
}

void pt_event_send(const struct pt_event *ev)
{
    pt_event_send_stats(ev, &pt_g.stats);
}

/* Events found under the lock, sent after it. */
struct pending {
    struct pt_event ev[3];
    int n;
};

static void pend(struct pending *p, struct pt_event *ev)
{
    pt_event_record(ev);
    p->ev[p->n++] = *ev;
}

static void send_pending(const struct pending *p)
{
    int i;
    for (i = 0; i < p->n; i++)
        pt_event_send(&p->ev[i]);
}

static struct pt_pool_counts *counts_of(const struct pt_alloc_req *r)
{
    return r->paged ? &pt_g.stats.paged : &pt_g.stats.nonpaged;
}

static void lock_begin(uintptr_t *st)
{
    *st = pt_backend_lock();
    if (!pt_g.ready)
        pt_table_setup();
    if (!pt_g.env_done) {
        pt_g.env_done = 1;
        pt_inject_from_env_locked();
        pt_g.inject_armed = pt_inject_is_armed();
    }
}

static void count_attempt(struct pt_alloc_req *req)
{
    req->seq = ++pt_g.seq;
    req->counted = 1;
    pt_g.stats.attempted++;
}

/* What Driver Verifier checks of every request (bug check 0xC4): a zero-byte
 * pool block (0x00), paged memory above APC_LEVEL (0x01), nonpaged memory
 * above DISPATCH_LEVEL (0x02). Returns the subcode, or -1. */
static int bad_request(const struct pt_alloc_req *req, int irql)
{
    if (req->size == 0 && req->family == PT_FAM_POOL)
        return 0x00;
    if (req->paged && irql > 1)
        return 0x01;
    if (!req->paged && irql > 2)
        return 0x02;
    return -1;
}

int pt_core_before_alloc(struct pt_alloc_req *req)
{
    /* Read before taking the lock: a spin lock itself raises to DISPATCH_LEVEL. */
    int irql = pt_backend_irql();
    int in_dpc = req->quota ? pt_backend_in_dpc() : 0;
    int quota_bad = req->quota && (irql >= 2 || in_dpc);
    int subcode = bad_request(req, irql);
    struct pending p;     /* not zeroed: two events are large, and this is hot */
    uintptr_t st;
    int fail;
    p.n = 0;
    req->counted = 0;
    /* Nothing to decide: the attempt is counted with the allocation, under
     * one lock instead of two. */
    if (pt_g.env_done && !pt_g.inject_armed && !quota_bad && subcode < 0)
        return 0;
    lock_begin(&st);
    count_attempt(req);
    if (subcode >= 0) {
        struct pt_event ev = { .kind = PT_EV_BAD_ALLOC };
        ev.block.req = *req;
        ev.block.seq = req->seq;
        ev.irql = irql;
        ev.subcode = (unsigned)subcode;
        pend(&p, &ev);
    }
    if (quota_bad) {
        struct pt_event ev = { .kind = PT_EV_QUOTA_AT_DISPATCH };
        ev.block.req = *req;
        ev.block.seq = req->seq;
        ev.irql = irql;
        pend(&p, &ev);
    }
    fail = pt_inject_should_fail(pt_g.stats.attempted, &req->site);
    if (fail) {
        struct pt_block b = { .req = *req, .seq = req->seq };
        pt_g.stats.failed++;
        pt_g.stats.failed_deliberately++;
        pt_g.injected_this_run++;
        ring_add(PT_OP_FAIL, &b, req->site);
    }
    pt_backend_unlock(st);
    send_pending(&p);
    return fail;
}

/* The node for a new block at addr: the record already there (a remembered
 * free; or a live one, whose block was freed by a routine the shim does not
 * see: dropped quietly), else a new one. NULL if the pool is full. */
static struct pt_node *node_for(const void *addr)
{
    struct pt_node *n = pt_table_find(&pt_g.blocks, addr);
    if (n == NULL) {
        n = pt_node_get();
        if (n != NULL) {
            n->b.addr = addr;
            pt_table_insert(&pt_g.blocks, n);
        }
        return n;
    }
    if (!n->freed) {
        counts_of(&n->b.req)->current_allocs--;
        counts_of(&n->b.req)->current_bytes -= n->b.req.size;
        pt_g.stats.freed_unseen++;
    }
    pt_block_reuse(n);
    return n;
}

/* noinline: its return address is the wrapper's, where the driver's frames
 * begin (pt_backend_capture_stack). */
PT_NOINLINE void pt_core_after_alloc(struct pt_alloc_req *req, const void *addr)
{
    uintptr_t st;
    struct pt_block b = { .addr = addr };
    struct pt_pool_counts *c = counts_of(req);
    struct pt_node *n;
    unsigned depth = pt_g.stack_depth;
    /* Outside the lock: unwinding is the slow part. */
    if (addr != NULL && depth > 0)
        b.nframes = pt_backend_capture_stack(b.stack, depth > PT_SHIM_STACK_DEPTH ?
                                             PT_SHIM_STACK_DEPTH : depth,
                                             PT_RETURN_ADDRESS());
    lock_begin(&st);
    if (addr != NULL && req->family == PT_FAM_FLT_CONTEXT) {   /* another reference */
        n = pt_table_find(&pt_g.blocks, addr);
        if (n != NULL && !n->freed && n->b.req.family == PT_FAM_FLT_CONTEXT) {
            n->b.refs++;
            goto out;
        }
    }
    if (!req->counted)
        count_attempt(req);
    b.req = *req;
    b.seq = req->seq;
    if (addr == NULL) {
        pt_g.stats.failed++;
        ring_add(PT_OP_FAIL, &b, req->site);
        goto out;
    }
    pt_g.stats.succeeded++;
    if (req->tag == 0)
        pt_g.stats.no_tag++;
    ring_add(PT_OP_ALLOC, &b, req->site);
    n = node_for(addr);
    if (n == NULL) {
        pt_g.stats.untracked++;   /* its free will pass through as unknown */
        goto out;
    }
    n->b = b;
    c->current_allocs++;
    c->current_bytes += req->size;
    if (c->current_allocs > c->peak_allocs)
        c->peak_allocs = c->current_allocs;
    if (c->current_bytes > c->peak_bytes)
        c->peak_bytes = c->current_bytes;
out:
    pt_backend_unlock(st);
}

/* Not outstanding: a double free if we saw it freed (skipped, so nothing
 * is freed twice), else memory the shim never saw, which goes on to the
 * real routine (the OS allocated it for the driver, or the shim's node
 * pool was full when it was allocated). */
static enum pt_free_verdict bad_free(const struct pt_node *f, enum pt_family family,
                                     const void *addr, int check_tag, uint32_t tag,
                                     const void *aux, struct pt_site at, struct pt_block *out,
                                     struct pending *p)
{
    struct pt_event ev = { .at = at, .other_tag = tag, .other_family = family };
    struct pt_block b = { .addr = addr, .seq = pt_g.seq };
    b.req.family = family;
    b.req.tag = check_tag ? tag : 0;
    b.req.aux = aux;
    ring_add(PT_OP_BAD_FREE, &b, at);
    if (f != NULL) {
        ev.kind = PT_EV_DOUBLE_FREE;
        ev.block = f->b;
        ev.first_free = f->freed_at;
        pend(p, &ev);
        return PT_FREE_SKIP;
    }
    ev.kind = PT_EV_UNKNOWN_FREE;
    ev.block.addr = addr;
    ev.block.req.family = family;
    pend(p, &ev);
    pt_g.stats.passed_through++;
    *out = b;
    return PT_FREE_REAL;
}

static int is_lookaside(enum pt_family f)
{
    return f == PT_FAM_LOOKASIDE_NP || f == PT_FAM_LOOKASIDE_P || f == PT_FAM_LOOKASIDE_EX;
}

static void check_free(const struct pt_block *b, enum pt_family family, int check_tag,
                       uint32_t tag, const void *aux, struct pt_site at, struct pending *p)
{
    if (b->req.family != family) {
        struct pt_event ev = { .kind = PT_EV_WRONG_FREE, .block = *b, .at = at,
                               .other_family = family };
        pend(p, &ev);
    } else if (is_lookaside(family) && aux != b->req.aux) {
        /* The block still goes back to its own list (pt_real_free). */
        struct pt_event ev = { .kind = PT_EV_WRONG_LOOKASIDE, .block = *b, .at = at,
                               .other_family = family, .other_list = aux };
        pend(p, &ev);
    }
    /* The kernel skips the check for tag 0 (ExFreePoolWithTag(p, 0)). */
    if (check_tag && tag != 0 && tag != b->req.tag) {
        struct pt_event ev = { .kind = PT_EV_TAG_MISMATCH, .block = *b, .at = at,
                               .other_tag = tag };
        pend(p, &ev);
    }
}

enum pt_free_verdict pt_core_free(enum pt_family family, const void *addr,
                                  int check_tag, uint32_t tag, const void *aux,
                                  struct pt_site at, struct pt_block *out)
{
    uintptr_t st;
    struct pt_node *n;
    struct pending p;
    enum pt_free_verdict v = PT_FREE_REAL;
    p.n = 0;
    lock_begin(&st);
    pt_g.seq++;
    n = pt_table_find(&pt_g.blocks, addr);
    if (n == NULL || n->freed) {
        v = bad_free(n, family, addr, check_tag, tag, aux, at, out, &p);
        goto out;
    }
    *out = n->b;
    if (n->b.refs > 0 && n->b.req.family == family) {   /* a reference released, not the last */
        n->b.refs--;
        out->refs = 0;   /* the real routine releases this one reference */
        goto out;
    }
    check_free(out, family, check_tag, tag, aux, at, &p);
    counts_of(&out->req)->current_allocs--;
    counts_of(&out->req)->current_bytes -= out->req.size;
    pt_g.stats.frees++;
    ring_add(PT_OP_FREE, out, at);
    pt_freed_remember(n, at);
out:
    pt_backend_unlock(st);
    send_pending(&p);
    return v;
}

int pt_core_holds(enum pt_family f, const void *addr)
{
    uintptr_t st;
    struct pt_node *n;
    int held;
    lock_begin(&st);
    n = pt_table_find(&pt_g.blocks, addr);
    held = n != NULL && !n->freed && n->b.req.family == f;
    pt_backend_unlock(st);
    return held;
}

int pt_core_retype(enum pt_family from, enum pt_family to, const void *addr, struct pt_site at)
{
    uintptr_t st;
    struct pt_node *n;
    struct pending p;
    struct pt_block ignored;
    int r = 1;
    p.n = 0;
    lock_begin(&st);
    pt_g.seq++;
    n = pt_table_find(&pt_g.blocks, addr);
    if (n == NULL || n->freed) {
        r = bad_free(n, from, addr, 0, 0, NULL, at, &ignored, &p) == PT_FREE_REAL ? -1 : 0;
    } else if (n->b.req.family != from) {
        struct pt_event ev = { .kind = PT_EV_WRONG_FREE, .block = n->b, .at = at,
                               .other_family = from };
        pend(&p, &ev);
        r = 0;
    } else {
        ring_add(PT_OP_FREE, &n->b, at);   /* the pages' free, in the log */
        n->b.req.family = to;
    }
    pt_backend_unlock(st);
    send_pending(&p);
    return r;
}

void pt_core_lock_pages(const void *mdl, size_t size, struct pt_site at)
{
    uintptr_t st;
    struct pt_block b = { .addr = mdl };
    struct pt_node *n;
    lock_begin(&st);
    b.seq = ++pt_g.seq;
    b.req.family = PT_FAM_LOCKED;
    b.req.size = size;
    b.req.pool = "LockedPages";
    b.req.site = at;
    /* Every lock is its own record, even at an address seen before: an MDL
     * freed with its pages locked leaves its record behind, and a new MDL
     * malloc/pool hands out at that address must not hide it. An unlock
     * drops the newest record of the address (pt_table_find finds it first). */
    n = pt_node_get();
    if (n != NULL) {
        n->b = b;
        pt_table_insert(&pt_g.locked, n);
    } else {
        pt_g.stats.untracked++;
    }
    ring_add(PT_OP_LOCK, &b, at);
    pt_backend_unlock(st);
}

void pt_core_unlock_pages(const void *mdl, struct pt_site at)
{
    uintptr_t st;
    struct pt_node *n;
    struct pt_block b = { .addr = mdl };
    lock_begin(&st);
    b.seq = ++pt_g.seq;
    b.req.family = PT_FAM_LOCKED;
    n = pt_table_find(&pt_g.locked, mdl);
    if (n != NULL) {
        pt_table_unlink(&pt_g.locked, n);
        pt_node_put(n);
    }
    ring_add(PT_OP_UNLOCK, &b, at);
    pt_backend_unlock(st);
}

static void drain(struct pt_table *t, void (*fn)(void *ctx, const struct pt_block *b), void *ctx)
{
    for (;;) {
        uintptr_t st = pt_backend_lock();
        struct pt_node *n = pt_g.ready ? t->head : NULL;
        struct pt_block b;
        if (n == NULL) {
            pt_backend_unlock(st);
            return;
        }
        b = n->b;
        if (t == &pt_g.blocks) {
            counts_of(&b.req)->current_allocs--;
            counts_of(&b.req)->current_bytes -= b.req.size;
        }
        pt_table_unlink(t, n);
        pt_node_put(n);
        pt_backend_unlock(st);
        /* Outside the lock: freeing paged pool at DISPATCH_LEVEL is not allowed. */
        if (fn != NULL)
            fn(ctx, &b);
    }
}

void pt_core_take_outstanding(void (*fn)(void *ctx, const struct pt_block *b), void *ctx)
{
    drain(&pt_g.locked, NULL, NULL);
    drain(&pt_g.blocks, fn, ctx);
}

void pt_shim_forget_outstanding(void)
{
    pt_core_take_outstanding(NULL, NULL);
}

void pt_shim_reset(void)
{
    uintptr_t st = pt_backend_lock();
    pt_table_reset();
    memset(pt_g.ring, 0, sizeof(pt_g.ring));
    memset(&pt_g.stats, 0, sizeof(pt_g.stats));
    pt_g.ring_next = 0;
    pt_g.nevents = pt_g.nbaseline = 0;
    pt_g.seq = pt_g.injected_this_run = 0;
    pt_g.work = 0;
    pt_g.run = -1;
    pt_g.env_done = 1;   /* after a reset the caller decides injection */
    pt_inject_reset();
    pt_g.inject_armed = 0;
    pt_backend_unlock(st);
}

void pt_shim_set_sink(pt_sink_fn fn, void *ctx)
{
    uintptr_t st = pt_backend_lock();
    pt_g.sink = fn;
    pt_g.sink_ctx = ctx;
    pt_backend_unlock(st);
}

void pt_shim_set_stack_depth(unsigned n)
{
    pt_g.stack_depth = n > PT_SHIM_STACK_DEPTH ? PT_SHIM_STACK_DEPTH : n;
}

void pt_shim_set_run(long run)
{
    uintptr_t st = pt_backend_lock();
    pt_g.run = run;
    pt_backend_unlock(st);
}

void pt_shim_get_stats(struct pt_stats *out)
{
    uintptr_t st = pt_backend_lock();
    *out = pt_g.stats;
    pt_backend_unlock(st);
}

size_t pt_shim_events(const struct pt_event **out)
{
    *out = pt_g.events;
    return pt_g.nevents;
}

void pt_shim_set_baseline(const struct pt_site *sites, size_t n)
{
    uintptr_t st = pt_backend_lock();
    size_t i;
    pt_g.nbaseline = 0;
    for (i = 0; i < n && i < PT_BASELINE; i++)
        pt_g.baseline[pt_g.nbaseline++] = sites[i];
    pt_backend_unlock(st);
}

unsigned long pt_shim_alloc_count(void)
{
    return pt_g.stats.attempted;
}

unsigned long long pt_shim_work(void)
{
    uintptr_t st = pt_backend_lock();
    unsigned long long w = pt_g.work;
    pt_backend_unlock(st);
    return w;
}
