/* The shim's bookkeeping: a node pool preallocated in the image and two
 * address tables over it. The blocks table holds outstanding blocks (also
 * on its insertion-order list) and the last PT_FREED freed ones (in a FIFO),
 * so one lookup tells live, freed and unknown apart and a freed record is
 * reused when its address is handed out again; the locked table holds
 * locked MDLs. Every operation is O(1) on average. Called with the core's
 * lock held. */
#include <string.h>
#include "pt_shim_internal.h"

static struct pt_node nodes[PT_NODES];
static struct pt_node *block_buckets[PT_BUCKETS];
static struct pt_node *locked_buckets[PT_SMALL_BUCKETS];

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

static void list_append(struct pt_table *t, struct pt_node *n)
{
    n->next = NULL;
    n->prev = t->tail;
    if (t->tail != NULL)
        t->tail->next = n;
    else
        t->head = n;
    t->tail = n;
    t->count++;
}

static void list_unlink(struct pt_table *t, struct pt_node *n)
{
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

static void hash_unlink(struct pt_table *t, struct pt_node *n)
{
    struct pt_node **pp = &t->buckets[slot_of(t, n->b.addr)];
    while (*pp != n) {
        pt_g.work++;
        pp = &(*pp)->hnext;
    }
    *pp = n->hnext;
}

/* At the head of its chain (so find returns the newest), at the tail of
 * the order list. */
void pt_table_insert(struct pt_table *t, struct pt_node *n)
{
    struct pt_node **head = &t->buckets[slot_of(t, n->b.addr)];
    n->hnext = *head;
    *head = n;
    n->freed = 0;
    list_append(t, n);
}

void pt_table_unlink(struct pt_table *t, struct pt_node *n)
{
    hash_unlink(t, n);
    list_unlink(t, n);
}

void pt_node_put(struct pt_node *n)
{
    n->next = pt_g.free_nodes;
    pt_g.free_nodes = n;
}

/* Gives up a remembered free: its node leaves the blocks table. */
static void freed_evict(struct pt_node *n)
{
    pt_g.freed_fifo[n->fifo_slot] = NULL;
    hash_unlink(&pt_g.blocks, n);
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
    list_unlink(&pt_g.blocks, n);   /* stays in the hash, marked freed */
    if (old != NULL) {
        freed_evict(old);
        pt_node_put(old);
    }
    n->freed = 1;
    n->freed_at = at;
    n->fifo_slot = slot;
    pt_g.freed_fifo[slot] = n;
}

void pt_block_reuse(struct pt_node *n)
{
    if (n->freed)
        pt_g.freed_fifo[n->fifo_slot] = NULL;
    else
        list_unlink(&pt_g.blocks, n);
    n->freed = 0;
    list_append(&pt_g.blocks, n);
}
