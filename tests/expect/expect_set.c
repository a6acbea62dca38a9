/* Sets of (file, line, rule): sorted, duplicates dropped. */
#include "expect.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

void ex_set_add(struct ex_set *s, const char *file, unsigned line, const char *rule,
                const char *message)
{
    PT_GROW(s->v, s->n, s->cap);
    s->v[s->n].file = pt_strdup(file);
    s->v[s->n].line = line;
    s->v[s->n].rule = pt_strdup(rule);
    s->v[s->n].message = message ? pt_strdup(message) : NULL;
    s->n++;
}

int ex_item_cmp(const struct ex_item *a, const struct ex_item *b)
{
    int c = strcmp(a->file, b->file);
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return strcmp(a->rule, b->rule);
}

static int cmp_qsort(const void *a, const void *b)
{
    return ex_item_cmp(a, b);
}

static void item_free(struct ex_item *it)
{
    free(it->file);
    free(it->rule);
    free(it->message);
}

void ex_set_sort_unique(struct ex_set *s)
{
    size_t i, out = 0;
    if (s->n == 0) return;
    qsort(s->v, s->n, sizeof *s->v, cmp_qsort);
    for (i = 1; i < s->n; i++) {
        if (ex_item_cmp(&s->v[out], &s->v[i]) == 0)
            item_free(&s->v[i]);   /* keep the first one's message */
        else
            s->v[++out] = s->v[i];
    }
    s->n = out + 1;
}

void ex_set_free(struct ex_set *s)
{
    size_t i;
    for (i = 0; i < s->n; i++) item_free(&s->v[i]);
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}
