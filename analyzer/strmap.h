/* String -> integer map (open addressing). The link step resolves calls of
 * 100k functions by name; a linear search there is quadratic. */
#ifndef PT_STRMAP_H
#define PT_STRMAP_H
#include <stddef.h>

struct pt_strmap {
    char **keys;
    long *vals;
    size_t cap, n;
};

/* Sets key -> val (the key is copied); returns the previous value or -1. */
long pt_strmap_put(struct pt_strmap *m, const char *key, long val);
long pt_strmap_get(const struct pt_strmap *m, const char *key);   /* -1 when absent */
void pt_strmap_free(struct pt_strmap *m);

#endif
