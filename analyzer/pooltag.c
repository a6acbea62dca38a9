/* Reading Pooltag.txt. Comment lines ("//", "rem", ";") and lines of another
 * form are skipped, as the real file mixes them in. */
#include "pooltag.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "input_read.h"
#include "util.h"

static char *trimmed(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
    return pt_strndup(s, n);
}

static int cmp_entry(const void *a, const void *b)
{
    const struct pt_pooltag_entry *x = a, *y = b;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static void add_line(struct pt_pooltag *p, const char *line, unsigned lineno)
{
    if (!strncmp(line, "//", 2) || !strncmp(line, "rem", 3) || line[0] == ';' || line[0] == '#') return;
    const char *d1 = strstr(line, " - ");
    if (!d1 || d1 - line > 8) return;
    char *tag = pt_strndup(line, (size_t)(d1 - line));
    size_t tl = strlen(tag);
    while (tl && (tag[tl - 1] == ' ' || tag[tl - 1] == '\t')) tag[--tl] = 0;
    int64_t v;
    int ok = pt_tag_parse(tag, &v) == 0 && tl > 0 && tl <= 4;
    free(tag);
    if (!ok) return;
    const char *rest = d1 + 3, *d2 = strstr(rest, " - ");
    PT_GROW(p->entries, p->n, p->cap);
    struct pt_pooltag_entry *e = &p->entries[p->n++];
    e->tag = v;
    e->line = lineno;
    e->file = trimmed(rest, d2 ? (size_t)(d2 - rest) : strlen(rest));
    e->description = d2 ? trimmed(d2 + 3, strlen(d2 + 3)) : pt_strdup("");
}

int pt_pooltag_load(const char *path, struct pt_pooltag *p, char *err, size_t errlen)
{
    memset(p, 0, sizeof *p);
    size_t len = 0;
    char *text = pt_input_read("--pooltag-file", path, PT_LIMIT_POOLTAG, 0, &len, err, errlen);
    if (!text) return -1;
    unsigned lineno = 0;
    for (char *line = text; line < text + len;) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        if (nl) *nl = 0;
        add_line(p, line, ++lineno);
        line = nl ? nl + 1 : text + len;
    }
    free(text);
    if (!p->n) {
        pt_fit_linef(err, errlen, "--pooltag-file %s: no line of the form \"Tag - file - description\"", path);
        return -1;
    }
    qsort(p->entries, p->n, sizeof *p->entries, cmp_entry);   /* by tag, then line */
    return 0;
}

const struct pt_pooltag_entry *pt_pooltag_find(const struct pt_pooltag *p, int64_t tag)
{
    size_t lo = 0, hi = p ? p->n : 0;
    while (lo < hi) {   /* the leftmost entry of the tag */
        size_t mid = (lo + hi) / 2;
        if (p->entries[mid].tag < tag) lo = mid + 1; else hi = mid;
    }
    return p && lo < p->n && p->entries[lo].tag == tag ? &p->entries[lo] : NULL;
}

void pt_pooltag_free(struct pt_pooltag *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->entries[i].file);
        free(p->entries[i].description);
    }
    free(p->entries);
    memset(p, 0, sizeof *p);
}
