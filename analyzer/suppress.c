#include "suppress.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

/* Line `n` (1-based) of a file, read into buf; 0 if there is none. */
static int read_line(const char *file, unsigned n, char *buf, size_t len)
{
    if (!n) return 0;
    FILE *f = fopen(file, "r");
    if (!f) return 0;
    unsigned cur = 1;
    int ok = 0;
    while (fgets(buf, (int)len, f)) {
        size_t l = strlen(buf);
        int whole = l && buf[l - 1] == '\n';
        if (cur == n) { ok = 1; break; }
        if (whole) cur++;
    }
    fclose(f);
    return ok;
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
    size_t nfindings = r->nfindings;
    for (size_t i = 0; i < nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        for (unsigned d = 0; d < 2 && !f->suppressed; d++) {
            if (f->loc.line <= d || !read_line(f->loc.file, f->loc.line - d, buf, sizeof buf)) continue;
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
}
