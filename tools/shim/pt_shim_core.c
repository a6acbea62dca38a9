/* Tracking core: the outstanding-block table, counters, ring log and the
 * checks at allocation, free and unload. Every entry point takes the one
 * backend lock; events are formatted and sent to the sink under it, so a
 * sink must not call back into the shim. */
#include <string.h>
#include "pt_shim_internal.h"
#include "pt_shim_backend.h"

struct pt_state pt_g = { .run = -1, .sink = pt_backend_default_sink };

static size_t bucket_of(const void *addr)
{
    uintptr_t a = (uintptr_t)addr;
    return (size_t)((a >> 4) ^ (a >> 14)) % PT_BUCKETS;
}

static struct pt_node **table_find(struct pt_table *t, const void *addr)
{
    struct pt_node **pp = &t->buckets[bucket_of(addr)];
    while (*pp != NULL && (*pp)->b.addr != addr)
        pp = &(*pp)->next;
    return pp;
}

static int table_add(struct pt_table *t, const struct pt_block *b)
{
    struct pt_node *n = pt_backend_raw_alloc(sizeof(*n));
    struct pt_node **head = &t->buckets[bucket_of(b->addr)];
    if (n == NULL)
        return -1;    /* the block goes untracked; better than failing it */
    n->b = *b;
    n->next = *head;
    *head = n;
    t->count++;
    return 0;
}

static void table_remove(struct pt_table *t, struct pt_node **pp)
{
    struct pt_node *n = *pp;
    *pp = n->next;
    t->count--;
    pt_backend_raw_free(n);
}

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

static void emit(struct pt_event *ev)
{
    char line[1024];
    ev->seq = ev->seq ? ev->seq : pt_g.seq;
    pt_g.stats.events[ev->kind]++;
    if (pt_g.nevents < PT_SHIM_MAX_EVENTS)
        pt_g.events[pt_g.nevents++] = *ev;
    pt_shim_event_json(ev, &pt_g.stats, pt_g.run, line, sizeof(line));
    if (pt_g.sink != NULL)
        pt_g.sink(pt_g.sink_ctx, line);
}

static struct pt_pool_counts *counts_of(const struct pt_alloc_req *r)
{
    return r->paged ? &pt_g.stats.paged : &pt_g.stats.nonpaged;
}

static void lock_begin(uintptr_t *st)
{
    *st = pt_backend_lock();
    if (!pt_g.env_done) {
        pt_g.env_done = 1;
        pt_inject_from_env_locked();
    }
}

int pt_core_before_alloc(const struct pt_alloc_req *req)
{
    /* Read before taking the lock: a spin lock itself raises to DISPATCH_LEVEL. */
    int irql = pt_backend_irql(), in_dpc = pt_backend_in_dpc();
    uintptr_t st;
    int fail;
    lock_begin(&st);
    pt_g.seq++;
    pt_g.stats.attempted++;
    if (req->quota && (irql >= 2 || in_dpc)) {
        struct pt_event ev = { .kind = PT_EV_QUOTA_AT_DISPATCH };
        ev.block.req = *req;
        ev.block.seq = pt_g.seq;
        ev.irql = irql;
        emit(&ev);
    }
    fail = pt_inject_should_fail(pt_g.stats.attempted, &req->site);
    if (fail) {
        struct pt_block b = { .req = *req, .seq = pt_g.seq };
        pt_g.stats.failed++;
        pt_g.stats.failed_deliberately++;
        pt_g.injected_this_run++;
        ring_add(PT_OP_FAIL, &b, req->site);
    }
    pt_backend_unlock(st);
    return fail;
}

/* A new block at an address that was freed before is no longer "freed". */
static void forget_freed(const void *addr)
{
    size_t i;
    for (i = 0; i < PT_FREED; i++)
        if (pt_g.freed[i].addr == addr)
            pt_g.freed[i].addr = NULL;
}

void pt_core_after_alloc(const struct pt_alloc_req *req, const void *addr)
{
    uintptr_t st;
    struct pt_block b = { .addr = addr, .req = *req };
    struct pt_pool_counts *c = counts_of(req);
    lock_begin(&st);
    b.seq = pt_g.seq;
    if (addr == NULL) {
        pt_g.stats.failed++;
        ring_add(PT_OP_FAIL, &b, req->site);
        goto out;
    }
    pt_g.stats.succeeded++;
    if (req->tag == 0)
        pt_g.stats.no_tag++;
    forget_freed(addr);
    table_add(&pt_g.blocks, &b);
    c->current_allocs++;
    c->current_bytes += req->size;
    if (c->current_allocs > c->peak_allocs)
        c->peak_allocs = c->current_allocs;
    if (c->current_bytes > c->peak_bytes)
        c->peak_bytes = c->current_bytes;
    ring_add(PT_OP_ALLOC, &b, req->site);
out:
    pt_backend_unlock(st);
}

static const struct pt_freed *find_freed(const void *addr)
{
    size_t i;
    for (i = 0; i < PT_FREED; i++)
        if (pt_g.freed[i].addr == addr)
            return &pt_g.freed[i];
    return NULL;
}

/* Neither outstanding nor tracked: a double free if we saw it freed. */
static void report_bad_free(enum pt_family family, const void *addr,
                            uint32_t tag, struct pt_site at)
{
    const struct pt_freed *f = find_freed(addr);
    struct pt_event ev = { .at = at, .other_tag = tag, .other_family = family };
    struct pt_block b = { .addr = addr, .seq = pt_g.seq };
    if (f != NULL) {
        ev.kind = PT_EV_DOUBLE_FREE;
        ev.block = f->b;
        ev.first_free = f->at;
    } else {
        ev.kind = PT_EV_UNKNOWN_FREE;
        ev.block.addr = addr;
        ev.block.req.family = family;
    }
    b.req.family = family;
    ring_add(PT_OP_BAD_FREE, &b, at);
    emit(&ev);
}

static void check_free(const struct pt_block *b, enum pt_family family,
                       int check_tag, uint32_t tag, struct pt_site at)
{
    if (b->req.family != family) {
        struct pt_event ev = { .kind = PT_EV_WRONG_FREE, .block = *b, .at = at,
                               .other_family = family };
        emit(&ev);
    }
    if (check_tag && tag != b->req.tag) {
        struct pt_event ev = { .kind = PT_EV_TAG_MISMATCH, .block = *b, .at = at,
                               .other_tag = tag };
        emit(&ev);
    }
}

static void remember_freed(const struct pt_block *b, struct pt_site at)
{
    struct pt_freed *f = &pt_g.freed[pt_g.freed_next++ % PT_FREED];
    f->addr = b->addr;
    f->b = *b;
    f->at = at;
}

enum pt_free_verdict pt_core_free(enum pt_family family, const void *addr,
                                  int check_tag, uint32_t tag,
                                  struct pt_site at, struct pt_block *out)
{
    uintptr_t st;
    struct pt_node **pp;
    enum pt_free_verdict v = PT_FREE_SKIP;
    lock_begin(&st);
    pt_g.seq++;
    pp = table_find(&pt_g.blocks, addr);
    if (*pp == NULL) {
        report_bad_free(family, addr, tag, at);
        goto out;
    }
    *out = (*pp)->b;
    check_free(out, family, check_tag, tag, at);
    counts_of(&out->req)->current_allocs--;
    counts_of(&out->req)->current_bytes -= out->req.size;
    pt_g.stats.frees++;
    ring_add(PT_OP_FREE, out, at);
    remember_freed(out, at);
    table_remove(&pt_g.blocks, pp);
    v = PT_FREE_REAL;
out:
    pt_backend_unlock(st);
    return v;
}

void pt_core_lock_pages(const void *mdl, size_t size, struct pt_site at)
{
    uintptr_t st;
    struct pt_block b = { .addr = mdl };
    lock_begin(&st);
    b.seq = ++pt_g.seq;
    b.req.family = PT_FAM_LOCKED;
    b.req.size = size;
    b.req.pool = "LockedPages";
    b.req.site = at;
    /* Every lock is its own record, even at an address seen before: an MDL
     * freed with its pages locked leaves its record behind, and a new MDL
     * malloc/pool hands out at that address must not hide it. An unlock
     * drops the newest record of the address (table_find finds it first). */
    table_add(&pt_g.locked, &b);
    ring_add(PT_OP_LOCK, &b, at);
    pt_backend_unlock(st);
}

void pt_core_unlock_pages(const void *mdl, struct pt_site at)
{
    uintptr_t st;
    struct pt_node **pp;
    struct pt_block b = { .addr = mdl };
    lock_begin(&st);
    b.seq = ++pt_g.seq;
    b.req.family = PT_FAM_LOCKED;
    pp = table_find(&pt_g.locked, mdl);
    if (*pp != NULL)
        table_remove(&pt_g.locked, pp);
    ring_add(PT_OP_UNLOCK, &b, at);
    pt_backend_unlock(st);
}

static const char *leak_kind(const struct pt_block *b)
{
    size_t i;
    for (i = 0; i < pt_g.nbaseline; i++)
        if (pt_site_equal(&pt_g.baseline[i], &b->req.site))
            return "outstanding";
    return pt_g.injected_this_run > 0 ? "error_path" : "outstanding";
}

/* Reports in allocation order, as a reader expects. */
static void report_table(struct pt_table *t, enum pt_event_kind kind)
{
    unsigned long last = 0;
    for (;;) {
        const struct pt_block *next = NULL;
        size_t i;
        for (i = 0; i < PT_BUCKETS; i++) {
            const struct pt_node *n;
            for (n = t->buckets[i]; n != NULL; n = n->next)
                if (n->b.seq > last && (next == NULL || n->b.seq < next->seq))
                    next = &n->b;
        }
        if (next == NULL)
            return;
        last = next->seq;
        {
            struct pt_event ev = { .kind = kind, .block = *next, .seq = next->seq };
            if (kind == PT_EV_LEAK)
                ev.leak_kind = leak_kind(next);
            emit(&ev);
        }
    }
}

void pt_shim_unload_check(void)
{
    uintptr_t st;
    struct pt_event sum = { .kind = PT_EV_SUMMARY };
    lock_begin(&st);
    report_table(&pt_g.locked, PT_EV_LOCKED_PAGES);
    report_table(&pt_g.blocks, PT_EV_LEAK);
    emit(&sum);
    pt_backend_unlock(st);
}

static void table_drain(struct pt_table *t,
                        void (*fn)(void *ctx, const struct pt_block *b), void *ctx)
{
    size_t i;
    for (i = 0; i < PT_BUCKETS; i++)
        while (t->buckets[i] != NULL) {
            if (fn != NULL)
                fn(ctx, &t->buckets[i]->b);
            table_remove(t, &t->buckets[i]);
        }
}

/* One block at a time, the callback outside the lock: freeing paged pool
 * at DISPATCH_LEVEL (under a spin lock) is not allowed. */
void pt_core_take_outstanding(void (*fn)(void *ctx, const struct pt_block *b), void *ctx)
{
    uintptr_t st = pt_backend_lock();
    size_t i = 0;
    table_drain(&pt_g.locked, NULL, NULL);
    for (;;) {
        struct pt_block b;
        while (i < PT_BUCKETS && pt_g.blocks.buckets[i] == NULL)
            i++;
        if (i == PT_BUCKETS)
            break;
        b = pt_g.blocks.buckets[i]->b;
        counts_of(&b.req)->current_allocs--;
        counts_of(&b.req)->current_bytes -= b.req.size;
        table_remove(&pt_g.blocks, &pt_g.blocks.buckets[i]);
        pt_backend_unlock(st);
        if (fn != NULL)
            fn(ctx, &b);
        st = pt_backend_lock();
    }
    pt_backend_unlock(st);
}

void pt_shim_reset(void)
{
    uintptr_t st = pt_backend_lock();
    table_drain(&pt_g.locked, NULL, NULL);
    table_drain(&pt_g.blocks, NULL, NULL);
    memset(pt_g.ring, 0, sizeof(pt_g.ring));
    memset(pt_g.freed, 0, sizeof(pt_g.freed));
    memset(&pt_g.stats, 0, sizeof(pt_g.stats));
    pt_g.ring_next = pt_g.freed_next = 0;
    pt_g.nevents = pt_g.nbaseline = 0;
    pt_g.seq = pt_g.injected_this_run = 0;
    pt_g.run = -1;
    pt_g.env_done = 1;   /* after a reset the caller decides injection */
    pt_inject_reset();
    pt_backend_unlock(st);
}

void pt_shim_set_sink(pt_sink_fn fn, void *ctx)
{
    uintptr_t st = pt_backend_lock();
    pt_g.sink = fn;
    pt_g.sink_ctx = ctx;
    pt_backend_unlock(st);
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
