/* Inline suppressions: pooltrack-ignore comments on or above a finding's line (the interface: suppress.h). */
#include "suppress.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "input_read.h"
#include "util.h"

/* The source last read, with where each line starts: findings of one file
 * come together, and reading the file again per finding is slow for a big
 * one. Only regular files up to PT_LIMIT_SOURCE are read (a FIFO or a device
 * standing for a source must not hang the run); others have no comments. */
struct source {
    char *path, *text;
    size_t len, *line_at, nlines;
};

static void source_forget(struct source *src)
{
    free(src->path);
    free(src->text);
    free(src->line_at);
    memset(src, 0, sizeof *src);
}

static void source_load(struct source *src, const char *file)
{
    if (src->path && strcmp(src->path, file) == 0) return;
    source_forget(src);
    src->path = pt_strdup(file);
    char err[256];
    src->text = pt_input_read("source", file, PT_LIMIT_SOURCE, 0, &src->len, err, sizeof err);
    if (!src->text) return;
    size_t cap = 0;
    for (size_t at = 0; at < src->len;) {
        PT_GROW(src->line_at, src->nlines, cap);
        src->line_at[src->nlines++] = at;
        const char *nl = memchr(src->text + at, '\n', src->len - at);
        at = nl ? (size_t)(nl - src->text) + 1 : src->len;
    }
}

/* Line `n` (1-based) of a file, its first len-1 bytes into buf; 0 if there is none. */
static int read_line(struct source *src, const char *file, unsigned n, char *buf, size_t len)
{
    source_load(src, file);
    if (!n || n > src->nlines) return 0;
    const char *line = src->text + src->line_at[n - 1];
    size_t left = src->len - src->line_at[n - 1];
    const char *nl = memchr(line, '\n', left);
    size_t l = nl ? (size_t)(nl - line) + 1 : left;
    if (l > len - 1) l = len - 1;
    memcpy(buf, line, l);
    buf[l] = 0;
    return 1;
}

/* 1: suppresses `rule` with a reason; -1: names it without a reason; 0: no. */
static int match(const char *line, const char *rule, char **reason)
{
    const char *p = strstr(line, "pooltrack-ignore");
    if (!p) return 0;
    p += strlen("pooltrack-ignore");
    while (*p == ' ' || *p == '\t') p++;
    size_t rl = strlen(rule);
    if (strncmp(p, rule, rl) != 0) return 0;
    p += rl;
    while (*p == ' ') p++;
    if (*p != ':') return -1;
    p++;
    while (*p == ' ') p++;
    size_t n = strcspn(p, "\r\n");
    while (n && (p[n - 1] == ' ' || p[n - 1] == '/' || p[n - 1] == '*')) n--;
    if (!n) return -1;
    *reason = pt_strndup(p, n);
    return 1;
}

void pt_apply_suppressions(struct pt_results *r)
{
    char buf[4096];
    struct source src = {0};
    size_t nfindings = r->nfindings;
    for (size_t i = 0; i < nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        for (unsigned d = 0; d < 2 && !f->suppressed; d++) {
            if (f->loc.line <= d || !f->loc.file || !read_line(&src, f->loc.file, f->loc.line - d, buf, sizeof buf))
                continue;
            char *reason = NULL;
            int m = match(buf, f->rule_id, &reason);
            if (m == 1) {
                f->suppressed = 1;
                f->suppression_reason = reason;
            } else if (m == -1) {
                pt_results_add_note(r, PT_WARNING, f->loc.file, f->loc.line - d,
                                    "pooltrack-ignore %s needs a reason (\"pooltrack-ignore %s: why\"); "
                                    "the finding is kept", f->rule_id, f->rule_id);
                f = &r->findings[i];   /* notes do not move findings, but be safe */
            }
        }
    }
    source_forget(&src);
}
