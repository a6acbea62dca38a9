/* Bump allocator: the IR of one translation unit and the engine's per-function
 * scratch memory live in arenas and are freed at once. */
#ifndef PT_ARENA_H
#define PT_ARENA_H
#include <stddef.h>

struct pt_arena_chunk;
struct pt_arena {
    struct pt_arena_chunk *head;
    size_t used_total;
};

void *pt_arena_alloc(struct pt_arena *a, size_t n);   /* zeroed */
char *pt_arena_strdup(struct pt_arena *a, const char *s);
void pt_arena_free(struct pt_arena *a);

#define PT_ANEW(a, type) ((type *)pt_arena_alloc((a), sizeof(type)))
#define PT_ANEWN(a, type, n) ((type *)pt_arena_alloc((a), sizeof(type) * (n)))
#endif
