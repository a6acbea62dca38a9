/* The bump allocator of one TU's IR and of the engine's per-function scratch (the interface: arena.h). */
#include "arena.h"
#include <stdlib.h>
#include <string.h>
#include "util.h"

struct pt_arena_chunk {
    struct pt_arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

void *pt_arena_alloc(struct pt_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;   /* nothing in an arena needs more than 8-byte alignment */
    struct pt_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > 64 * 1024 ? n : 64 * 1024;
        c = pt_xmalloc(sizeof *c + size);
        c->size = size;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->used_total += n;
    memset(p, 0, n);
    return p;
}

char *pt_arena_strdup(struct pt_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *d = pt_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    return d;
}

void pt_arena_free(struct pt_arena *a)
{
    struct pt_arena_chunk *c = a->head;
    while (c) {
        struct pt_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used_total = 0;
}
