/* The shim's bookkeeping: a node pool preallocated in the image and three
 * address tables over it (outstanding blocks, locked MDLs, recent frees).
 * Every operation is O(1) on average: a hash chain plus list links. Called
 * with the core's lock held. */
#include <string.h>
#include "pt_shim_internal.h"

static struct pt_node nodes[PT_NODES];
static struct pt_node *block_buckets[PT_BUCKETS];
static struct pt_node *locked_buckets[PT_SMALL_BUCKETS];
static struct pt_node *freed_buckets[PT_SMALL_BUCKETS];

static void table_init(struct pt_table *t, struct pt_node **buckets, size_t n)
{
    memset(buckets, 0, n * sizeof(*buckets));
    t->buckets = buckets;
    t->mask = n - 1;
    t->count = 0;
    t->head = t->tail = NULL;
}

void pt_table_setup(void)
{
    size_t i;
    table_init(&pt_g.blocks, block_buckets, PT_BUCKETS);
    table_init(&pt_g.locked, locked_buckets, PT_SMALL_BUCKETS);
    table_init(&pt_g.freed, freed_buckets, PT_SMALL_BUCKETS);
    pt_g.free_nodes = NULL;
    for (i = PT_NODES; i-- > 0;) {
        nodes[i].next = pt_g.free_nodes;
        pt_g.free_nodes = &nodes[i];
    }
    memset(pt_g.freed_fifo, 0, sizeof(pt_g.freed_fifo));
    pt_g.freed_next = 0;
    pt_g.cursor = NULL;
    pt_g.ready = 1;
}

void pt_table_reset(void)
{
    pt_table_setup();
}

static size_t slot_of(const struct pt_table *t, const void *addr)
{
    uintptr_t a = (uintptr_t)addr;
    /* Pool blocks are 16-byte aligned: drop those bits, mix in the high ones. */
    return (size_t)((a >> 4) ^ (a >> 18) ^ (a >> 32)) & t->mask;
}

struct pt_node *pt_table_find(struct pt_table *t, const void *addr)
{
    struct pt_node *n;
    for (n = t->buckets[slot_of(t, addr)]; n != NULL; n = n->hnext) {
        pt_g.work++;
        if (n->b.addr == addr)
            return n;
    }
    return NULL;
}

/* At the head of its chain (so find returns the newest), at the tail of
 * the order list. */
void pt_table_insert(struct pt_table *t, struct pt_node *n)
{
    struct pt_node **head = &t->buckets[slot_of(t, n->b.addr)];
    n->hnext = *head;
    *head = n;
    n->next = NULL;
    n->prev = t->tail;
    if (t->tail != NULL)
        t->tail->next = n;
    else
        t->head = n;
    t->tail = n;
    t->count++;
}

void pt_table_unlink(struct pt_table *t, struct pt_node *n)
{
    struct pt_node **pp = &t->buckets[slot_of(t, n->b.addr)];
    while (*pp != n) {
        pt_g.work++;
        pp = &(*pp)->hnext;
    }
    *pp = n->hnext;
    if (pt_g.cursor == n)
        pt_g.cursor = n->next;
    if (n->prev != NULL)
        n->prev->next = n->next;
    else
        t->head = n->next;
    if (n->next != NULL)
        n->next->prev = n->prev;
    else
        t->tail = n->prev;
    t->count--;
}

void pt_node_put(struct pt_node *n)
{
    n->next = pt_g.free_nodes;
    pt_g.free_nodes = n;
}

static void freed_evict(struct pt_node *n)
{
    pt_g.freed_fifo[n->fifo_slot] = NULL;
    pt_table_unlink(&pt_g.freed, n);
}

struct pt_node *pt_node_get(void)
{
    struct pt_node *n = pt_g.free_nodes;
    unsigned long i;
    if (pt_g.blocks.count + pt_g.locked.count >= PT_SHIM_MAX_BLOCKS)
        return NULL;
    if (n == NULL) {
        /* Give up the oldest remembered frees before a live block. */
        for (i = 0; i < PT_FREED && n == NULL; i++) {
            struct pt_node *old = pt_g.freed_fifo[(pt_g.freed_next + i) % PT_FREED];
            if (old != NULL) {
                freed_evict(old);
                n = old;
            }
        }
        return n;
    }
    pt_g.free_nodes = n->next;
    return n;
}

void pt_freed_remember(struct pt_node *n, struct pt_site at)
{
    unsigned slot = (unsigned)(pt_g.freed_next++ % PT_FREED);
    struct pt_node *old = pt_g.freed_fifo[slot];
    if (old != NULL) {
        freed_evict(old);
        pt_node_put(old);
    }
    n->freed_at = at;
    n->fifo_slot = slot;
    pt_g.freed_fifo[slot] = n;
    pt_table_insert(&pt_g.freed, n);
}

void pt_freed_forget(const void *addr)
{
    struct pt_node *n;
    while ((n = pt_table_find(&pt_g.freed, addr)) != NULL) {
        freed_evict(n);
        pt_node_put(n);
    }
}
