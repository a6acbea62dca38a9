#include "msbuild.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "util.h"

/* Case-insensitive FNV-1a: a project may define a million properties, so a
 * linear search per lookup would be quadratic. */
static size_t hash_ci(const char *s)
{
    size_t h = 14695981039346656037ull;
    for (; *s; s++) h = (h ^ (unsigned char)tolower((unsigned char)*s)) * 1099511628211ull;
    return h;
}

/* The slot holding name, or the empty slot where it would go. */
static size_t *find_slot(const struct pt_props *p, const char *name)
{
    size_t mask = p->nslots - 1;
    for (size_t i = hash_ci(name) & mask;; i = (i + 1) & mask)
        if (!p->slots[i] || strcasecmp(p->names[p->slots[i] - 1], name) == 0) return &p->slots[i];
}

static void grow_index(struct pt_props *p)
{
    free(p->slots);
    p->nslots = p->nslots ? p->nslots * 2 : 32;
    p->slots = pt_xcalloc(p->nslots, sizeof *p->slots);
    for (size_t i = 0; i < p->n; i++) *find_slot(p, p->names[i]) = i + 1;
}

const char *pt_props_get(const struct pt_props *p, const char *name)
{
    if (!p->nslots) return NULL;
    size_t *s = find_slot(p, name);
    return *s ? p->values[*s - 1] : NULL;
}

void pt_props_set(struct pt_props *p, const char *name, const char *value)
{
    if (2 * (p->n + 1) > p->nslots) grow_index(p);
    size_t *s = find_slot(p, name);
    if (*s) {
        char *v = pt_strdup(value);   /* value may point into the old one */
        free(p->values[*s - 1]);
        p->values[*s - 1] = v;
        return;
    }
    if (p->n >= p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->names = pt_xrealloc(p->names, p->cap * sizeof *p->names);
        p->values = pt_xrealloc(p->values, p->cap * sizeof *p->values);
    }
    p->names[p->n] = pt_strdup(name);
    p->values[p->n++] = pt_strdup(value);
    *s = p->n;
}

void pt_props_free(struct pt_props *p)
{
    for (size_t i = 0; i < p->n; i++) { free(p->names[i]); free(p->values[i]); }
    free(p->names);
    free(p->values);
    free(p->slots);
    memset(p, 0, sizeof *p);
}

void pt_msb_init(struct pt_msb *m, int use_env, struct pt_props *env_noted)
{
    memset(m, 0, sizeof *m);
    m->use_env = use_env;
    m->env_noted = env_noted;
    m->what = "a value";
    m->budget = PT_MSB_BUDGET;
}

void pt_msb_free(struct pt_msb *m)
{
    pt_props_free(&m->props);
}

static void size_text(size_t n, char *buf, size_t len)
{
    if (n >= ((size_t)1 << 20)) snprintf(buf, len, "%zu MiB", n >> 20);
    else snprintf(buf, len, "%zu KiB", n >> 10);
}

/* The output of one expansion: stops growing at limit (the value maximum or
 * what is left of the budget) and says so in over. */
struct buf { char *s; size_t n, cap, limit; int over; };

static void put(struct buf *b, const char *s, size_t n)
{
    if (b->over) return;
    if (n > b->limit - b->n) { b->over = 1; return; }
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = pt_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

void pt_msb_say(const char *fmt, ...)
{
    char line[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    for (char *c = line; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f) *c = '?';
    fprintf(stderr, "pooltrack-compdb: %s\n", line);
}

/* An undefined $(name): what MSBuild would take from the environment. The
 * environment of a CI job holds its secrets, and the compile database goes
 * into reports, so it is used only when asked (--msbuild-env). */
static const char *from_environment(struct pt_msb *m, const char *name)
{
    const char *v = getenv(name);
    if (!v || m->use_env) return v;
    if (m->env_noted && !pt_props_get(m->env_noted, name)) {
        pt_props_set(m->env_noted, name, "");
        pt_msb_say("note: $(%s) is not defined by the project; the environment variable of that name is "
                   "not used (--msbuild-env uses it)", name);
    }
    return "";
}

char *pt_msb_expand(struct pt_msb *m, const char *s, const struct pt_props *meta)
{
    struct buf b = {0};
    b.limit = m->budget < PT_MSB_VALUE_MAX ? m->budget : PT_MSB_VALUE_MAX;
    put(&b, "", 0);
    if (m->error[0]) return b.s;
    const char *p = s;
    while (*p && !b.over) {
        if ((p[0] == '$' || (p[0] == '%' && meta)) && p[1] == '(') {
            const char *e = strchr(p + 2, ')');
            if (!e) break;   /* no ')' later either: the rest is literal (no rescan per '$(') */
            char *name = pt_strndup(p + 2, (size_t)(e - p - 2));
            const char *v = p[0] == '$' ? pt_props_get(&m->props, name) : pt_props_get(meta, name);
            if (!v && p[0] == '$') v = from_environment(m, name);
            if (v) put(&b, v, strlen(v));
            else if (p[0] == '$') put(&b, p, (size_t)(e - p + 1));   /* keep unknown */
            free(name);
            p = e + 1;
            continue;
        }
        const char *next = p + 1;   /* a literal run up to the next '$' or '%' */
        while (*next && *next != '$' && *next != '%') next++;
        put(&b, p, (size_t)(next - p));
        p = next;
    }
    if (*p && !b.over) put(&b, p, strlen(p));
    if (b.over) {
        char lim[32];
        size_text(b.limit, lim, sizeof lim);
        if (b.limit == PT_MSB_VALUE_MAX)
            snprintf(m->error, sizeof m->error, "%s expands to more than %s", m->what, lim);
        else
            snprintf(m->error, sizeof m->error, "%s: the project's property expansion exceeds its budget of %zu MiB",
                     m->what, PT_MSB_BUDGET >> 20);
        b.s[0] = 0;
        b.n = 0;
    }
    m->budget -= b.n;
    return b.s;
}

/* --- conditions: a tiny recursive-descent evaluator --- */
struct cparse { const char *p; struct pt_msb *m; int depth; };

static void ws(struct cparse *c) { while (isspace((unsigned char)*c->p)) c->p++; }

static char *operand(struct cparse *c)
{
    ws(c);
    if (*c->p == '\'') {
        const char *e = strchr(c->p + 1, '\'');
        if (!e) e = c->p + strlen(c->p);
        char *raw = pt_strndup(c->p + 1, (size_t)(e - c->p - 1));
        c->p = *e ? e + 1 : e;
        char *v = pt_msb_expand(c->m, raw, NULL);
        free(raw);
        return v;
    }
    const char *s = c->p;   /* bare word: true/false or a number */
    while (*c->p && !isspace((unsigned char)*c->p) && *c->p != ')' && *c->p != '=' && *c->p != '!') c->p++;
    return pt_strndup(s, (size_t)(c->p - s));
}

static int expr_or(struct cparse *c);

/* '!' and '(' recurse: a Condition of a million '(' must not overflow the
 * stack, so nesting past PT_MSB_COND_DEPTH is an error. */
static int nested(struct cparse *c)
{
    if (c->depth < PT_MSB_COND_DEPTH) return 1;
    if (!c->m->error[0])
        snprintf(c->m->error, sizeof c->m->error, "%s nested deeper than %d levels", c->m->what,
                 PT_MSB_COND_DEPTH);
    c->p += strlen(c->p);   /* nothing more to read */
    return 0;
}

static int primary(struct cparse *c)
{
    ws(c);
    if (*c->p == '!') {
        c->p++;
        if (!nested(c)) return 0;
        c->depth++;
        int v = !primary(c);
        c->depth--;
        return v;
    }
    if (*c->p == '(') {
        c->p++;
        if (!nested(c)) return 0;
        c->depth++;
        int v = expr_or(c);
        c->depth--;
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

int pt_msb_condition(struct pt_msb *m, const char *cond)
{
    if (!cond || !*cond) return 1;
    struct cparse c = {cond, m, 0};
    int v = expr_or(&c);
    return v && !m->error[0];
}
