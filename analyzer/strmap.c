/* A string -> integer map (open addressing) for lookups by name (the interface: strmap.h). */
#include "strmap.h"
#include <stdlib.h>
#include <string.h>
#include "hash.h"
#include "util.h"

static size_t slot_of(const struct pt_strmap *m, const char *key)
{
    size_t i = (size_t)pt_hash_str(PT_HASH_INIT, key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0) i = (i + 1) & (m->cap - 1);
    return i;
}

static void grow(struct pt_strmap *m)
{
    struct pt_strmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = pt_xcalloc(m->cap, sizeof *m->keys);
    m->vals = pt_xcalloc(m->cap, sizeof *m->vals);
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            size_t s = slot_of(m, old.keys[i]);
            m->keys[s] = old.keys[i];
            m->vals[s] = old.vals[i];
        }
    free(old.keys);
    free(old.vals);
}

long pt_strmap_put(struct pt_strmap *m, const char *key, long val)
{
    if ((m->n + 1) * 2 > m->cap) grow(m);
    size_t s = slot_of(m, key);
    if (m->keys[s]) {
        long prev = m->vals[s];
        m->vals[s] = val;
        return prev;
    }
    m->keys[s] = pt_strdup(key);
    m->vals[s] = val;
    m->n++;
    return -1;
}

long pt_strmap_get(const struct pt_strmap *m, const char *key)
{
    if (!m->cap) return -1;
    size_t s = slot_of(m, key);
    return m->keys[s] ? m->vals[s] : -1;
}

void pt_strmap_free(struct pt_strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}
