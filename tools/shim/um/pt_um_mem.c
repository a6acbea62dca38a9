/* The user-mode "pool": every block the simulated kernel hands out is in a
 * live set, so a free of an address that is not live (a double free, a
 * free of static memory) is caught as the kernel would catch it (0xC2),
 * counted instead of corrupting the heap, and a test can see what is still
 * really allocated. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "pt_um_harness.h"

#define NBUCKETS 65536   /* power of two */
#define SLAB 1024

struct live {
    void *p;
    struct live *next;
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct live *buckets[NBUCKETS];
static struct live *spare;       /* nodes are never returned to malloc */
static struct live *slabs;       /* each slab's first entry links the previous one */
static size_t nlive;
static unsigned long nbad;

static size_t slot(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    return (size_t)((a >> 4) ^ (a >> 20)) & (NBUCKETS - 1);
}

static struct live *node_new(void)
{
    struct live *n;
    if (spare == NULL) {
        struct live *slab = malloc(SLAB * sizeof(*slab));
        size_t i;
        if (slab == NULL)
            return NULL;
        slab[0].p = slabs;
        slabs = slab;
        for (i = 1; i < SLAB; i++) {
            slab[i].next = spare;
            spare = &slab[i];
        }
    }
    n = spare;
    spare = n->next;
    return n;
}

void *pt_um_mem_alloc(size_t n, int zero)
{
    /* The kernel hands out a block even for 0 bytes. */
    void *p = zero ? calloc(1, n ? n : 1) : malloc(n ? n : 1);
    struct live *l;
    if (p == NULL)
        return NULL;
    pthread_mutex_lock(&mu);
    l = node_new();
    if (l != NULL) {
        l->p = p;
        l->next = buckets[slot(p)];
        buckets[slot(p)] = l;
        nlive++;
    }
    pthread_mutex_unlock(&mu);
    if (l == NULL) {
        free(p);
        return NULL;
    }
    return p;
}

static int take(void *p)
{
    struct live **pp = &buckets[slot(p)];
    while (*pp != NULL && (*pp)->p != p)
        pp = &(*pp)->next;
    if (*pp == NULL)
        return 0;
    {
        struct live *l = *pp;
        *pp = l->next;
        l->next = spare;
        spare = l;
    }
    nlive--;
    return 1;
}

void pt_um_mem_free(void *p, const char *routine)
{
    int ok;
    if (p == NULL)
        return;
    pthread_mutex_lock(&mu);
    ok = take(p);
    if (!ok)
        nbad++;
    pthread_mutex_unlock(&mu);
    if (ok)
        free(p);
    else
        fprintf(stderr, "*** BAD_POOL_CALLER (0xC2) not raised: %s(%p) of memory that is not "
                "allocated (counted, not freed)\n", routine, p);
}

size_t pt_um_mem_live(void)
{
    size_t n;
    pthread_mutex_lock(&mu);
    n = nlive;
    pthread_mutex_unlock(&mu);
    return n;
}

int pt_um_mem_is_live(const void *p)
{
    struct live *l;
    int found = 0;
    pthread_mutex_lock(&mu);
    for (l = buckets[slot(p)]; l != NULL && !found; l = l->next)
        found = l->p == p;
    pthread_mutex_unlock(&mu);
    return found;
}

unsigned long pt_um_mem_bad_frees(void)
{
    unsigned long n;
    pthread_mutex_lock(&mu);
    n = nbad;
    pthread_mutex_unlock(&mu);
    return n;
}

size_t pt_um_mem_release_all(void)
{
    size_t i, n = 0;
    pthread_mutex_lock(&mu);
    for (i = 0; i < NBUCKETS; i++)
        while (buckets[i] != NULL) {
            struct live *l = buckets[i];
            buckets[i] = l->next;
            free(l->p);
            l->next = spare;
            spare = l;
            nlive--;
            n++;
        }
    pthread_mutex_unlock(&mu);
    return n;
}
