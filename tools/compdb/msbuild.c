#include "msbuild.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "util.h"

const char *pt_props_get(const struct pt_props *p, const char *name)
{
    for (size_t i = p->n; i-- > 0;)
        if (strcasecmp(p->names[i], name) == 0) return p->values[i];
    return NULL;
}

void pt_props_set(struct pt_props *p, const char *name, const char *value)
{
    for (size_t i = 0; i < p->n; i++)
        if (strcasecmp(p->names[i], name) == 0) {
            free(p->values[i]);
            p->values[i] = pt_strdup(value);
            return;
        }
    if (p->n >= p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->names = pt_xrealloc(p->names, p->cap * sizeof *p->names);
        p->values = pt_xrealloc(p->values, p->cap * sizeof *p->values);
    }
    p->names[p->n] = pt_strdup(name);
    p->values[p->n++] = pt_strdup(value);
}

void pt_props_free(struct pt_props *p)
{
    for (size_t i = 0; i < p->n; i++) { free(p->names[i]); free(p->values[i]); }
    free(p->names);
    free(p->values);
    memset(p, 0, sizeof *p);
}

struct buf { char *s; size_t n, cap; };

static void put(struct buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = pt_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

char *pt_msb_expand(const char *s, const struct pt_props *props, const struct pt_props *meta)
{
    struct buf b = {0};
    put(&b, "", 0);
    for (const char *p = s; *p;) {
        if ((p[0] == '$' || (p[0] == '%' && meta)) && p[1] == '(') {
            const char *e = strchr(p + 2, ')');
            if (e) {
                char *name = pt_strndup(p + 2, (size_t)(e - p - 2));
                const char *v = p[0] == '$' ? pt_props_get(props, name) : pt_props_get(meta, name);
                if (!v && p[0] == '$') v = getenv(name);
                if (v) put(&b, v, strlen(v));
                else if (p[0] == '$') put(&b, p, (size_t)(e - p + 1));   /* keep unknown */
                free(name);
                p = e + 1;
                continue;
            }
        }
        put(&b, p, 1);
        p++;
    }
    return b.s;
}

/* --- conditions: a tiny recursive-descent evaluator --- */
struct cparse { const char *p; const struct pt_props *props; };

static void ws(struct cparse *c) { while (isspace((unsigned char)*c->p)) c->p++; }

static char *operand(struct cparse *c)
{
    ws(c);
    if (*c->p == '\'') {
        const char *e = strchr(c->p + 1, '\'');
        if (!e) e = c->p + strlen(c->p);
        char *raw = pt_strndup(c->p + 1, (size_t)(e - c->p - 1));
        c->p = *e ? e + 1 : e;
        char *v = pt_msb_expand(raw, c->props, NULL);
        free(raw);
        return v;
    }
    const char *s = c->p;   /* bare word: true/false or a number */
    while (*c->p && !isspace((unsigned char)*c->p) && *c->p != ')' && *c->p != '=' && *c->p != '!') c->p++;
    return pt_strndup(s, (size_t)(c->p - s));
}

static int expr_or(struct cparse *c);

static int primary(struct cparse *c)
{
    ws(c);
    if (*c->p == '!') { c->p++; return !primary(c); }
    if (*c->p == '(') {
        c->p++;
        int v = expr_or(c);
        ws(c);
        if (*c->p == ')') c->p++;
        return v;
    }
    if (strncasecmp(c->p, "Exists(", 7) == 0) {
        c->p += 7;
        char *path = operand(c);
        ws(c);
        if (*c->p == ')') c->p++;
        for (char *q = path; *q; q++) if (*q == '\\') *q = '/';
        struct stat st;
        int v = stat(path, &st) == 0;
        free(path);
        return v;
    }
    char *a = operand(c);
    ws(c);
    int v;
    if ((c->p[0] == '=' || c->p[0] == '!') && c->p[1] == '=') {
        int eq = c->p[0] == '=';
        c->p += 2;
        char *b = operand(c);
        v = (strcasecmp(a, b) == 0) == eq;
        free(b);
    } else {
        v = strcasecmp(a, "true") == 0;
    }
    free(a);
    return v;
}

static int expr_and(struct cparse *c)
{
    int v = primary(c);
    for (;;) {
        ws(c);
        if (strncasecmp(c->p, "and", 3) != 0 || isalnum((unsigned char)c->p[3])) return v;
        c->p += 3;
        v = primary(c) && v;
    }
}

static int expr_or(struct cparse *c)
{
    int v = expr_and(c);
    for (;;) {
        ws(c);
        if (strncasecmp(c->p, "or", 2) != 0 || isalnum((unsigned char)c->p[2])) return v;
        c->p += 2;
        v = expr_and(c) || v;
    }
}

int pt_msb_condition(const char *cond, const struct pt_props *props)
{
    if (!cond || !*cond) return 1;
    struct cparse c = {cond, props};
    return expr_or(&c);
}
