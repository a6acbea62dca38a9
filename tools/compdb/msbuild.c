/* Just enough MSBuild to read a driver's .vcxproj: properties, conditions, imports, items
 * (the interface: msbuild.h). */
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
    m->base_dir = "./";
    m->budget = PT_MSB_BUDGET;
    m->probes = PT_MSB_PROBES_MAX;
}

void pt_msb_free(struct pt_msb *m)
{
    pt_props_free(&m->props);
    pt_props_free(&m->globals);
    pt_props_free(&m->local_ok);
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

const char *pt_msb_get(struct pt_msb *m, const char *name)
{
    const char *g = pt_props_get(&m->globals, name);
    if (g && !pt_props_get(&m->local_ok, name)) return g;
    const char *v = pt_props_get(&m->props, name);
    if (v) return v;
    if (g) return g;
    return from_environment(m, name);
}

void pt_msb_set(struct pt_msb *m, const char *name, const char *value)
{
    if (pt_props_get(&m->globals, name) && !pt_props_get(&m->local_ok, name)) return;   /* read-only */
    pt_props_set(&m->props, name, value);
}

int pt_msb_probe(struct pt_msb *m)
{
    if (m->probes) { m->probes--; return 1; }
    if (!m->error[0])
        snprintf(m->error, sizeof m->error, "%s: more than %d file-system look-ups (Exists(), GetPathOfFileAbove()...)",
                 m->what, PT_MSB_PROBES_MAX);
    return 0;
}

char *pt_msb_local_path(struct pt_msb *m, const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') s++;
    char *c = pt_strdup(s);
    char *e = c + strlen(c);
    while (e > c && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) *--e = 0;
    for (char *q = c; *q; q++) if (*q == '\\') *q = '/';
    if (!c[0] || c[0] == '/' || (c[1] == ':')) return c;
    char *r = pt_asprintf("%s%s", m->base_dir, c);
    free(c);
    return r;
}

/* The ')' closing the '(' at p, or NULL: nested parentheses counted, quoted
 * text skipped. Linear; the caller takes the rest as literal on NULL. */
static const char *close_paren(const char *p, const char *end)
{
    int depth = 0;
    char q = 0;
    for (const char *c = p; c < end; c++) {
        if (q) { if (*c == q) q = 0; continue; }
        if (*c == '\'' || *c == '"' || *c == '`') q = *c;
        else if (*c == '(') depth++;
        else if (*c == ')' && --depth == 0) return c;
    }
    return NULL;
}

static int name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* What is inside $( ): a property, or a property function. */
static char *property(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta)
{
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    size_t i = 0;
    while (i < n && name_char(s[i])) i++;
    if (i == n && n) {
        char *name = pt_strndup(s, n);
        const char *v = pt_msb_get(m, name);
        free(name);
        return pt_strdup(v ? v : "");
    }
    if (n > 9 && strncasecmp(s, "Registry:", 9) == 0) return pt_strdup("");
    return pt_msb_function(m, s, n, meta);
}

static void expand_into(struct pt_msb *m, struct buf *b, const char *s, size_t n, const struct pt_props *meta)
{
    const char *p = s, *end = s + n;
    while (p < end && !b->over && !m->error[0]) {
        if (p + 1 < end && p[1] == '(' && (p[0] == '$' || p[0] == '@' || (p[0] == '%' && meta))) {
            const char *e = p[0] == '%' ? memchr(p + 2, ')', (size_t)(end - p - 2)) : close_paren(p + 1, end);
            if (!e) break;   /* no ')' later either: the rest is literal (no rescan per '$(') */
            if (p[0] == '$') {
                char *v = property(m, p + 2, (size_t)(e - p - 2), meta);
                if (v) put(b, v, strlen(v));
                free(v);
            } else if (p[0] == '%') {   /* %(Name) or %(ClCompile.Name) */
                const char *nm = p + 2;
                const char *dot = memchr(nm, '.', (size_t)(e - nm));
                if (dot) nm = dot + 1;
                char *name = pt_strndup(nm, (size_t)(e - nm));
                const char *v = pt_props_get(meta, name);
                if (v) put(b, v, strlen(v));
                free(name);
            }   /* @(Items): no item lists here, nothing (never a file name) */
            p = e + 1;
            continue;
        }
        const char *next = p + 1;   /* a literal run up to the next '$', '@' or '%' */
        while (next < end && *next != '$' && *next != '%' && *next != '@') next++;
        put(b, p, (size_t)(next - p));
        p = next;
    }
    if (p < end && !b->over && !m->error[0]) put(b, p, (size_t)(end - p));
}

static char *expand_core(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta)
{
    struct buf b = {0};
    b.limit = m->budget < PT_MSB_VALUE_MAX ? m->budget : PT_MSB_VALUE_MAX;
    put(&b, "", 0);
    if (m->error[0]) return b.s;
    expand_into(m, &b, s, n, meta);
    if (b.over && !m->error[0]) {
        char lim[32];
        size_text(b.limit, lim, sizeof lim);
        if (b.limit == PT_MSB_VALUE_MAX)
            snprintf(m->error, sizeof m->error, "%s expands to more than %s", m->what, lim);
        else
            snprintf(m->error, sizeof m->error, "%s: the project's property expansion exceeds its budget of %zu MiB",
                     m->what, PT_MSB_BUDGET >> 20);
    }
    if (m->error[0]) {
        b.s[0] = 0;
        b.n = 0;
    }
    m->budget -= b.n;
    return b.s;
}

char *pt_msb_expand(struct pt_msb *m, const char *s, const struct pt_props *meta)
{
    return expand_core(m, s, strlen(s), meta);
}

char *pt_msb_expand_n(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta)
{
    char *r = expand_core(m, s, n, meta);
    if (m->error[0]) { free(r); return NULL; }
    return r;
}

/* --- conditions: a tiny recursive-descent evaluator --- */
struct cparse { const char *p, *end; struct pt_msb *m; int depth; };

static void ws(struct cparse *c) { while (c->p < c->end && isspace((unsigned char)*c->p)) c->p++; }

static char *operand(struct cparse *c)
{
    ws(c);
    if (c->p < c->end && *c->p == '\'') {
        const char *e = memchr(c->p + 1, '\'', (size_t)(c->end - c->p - 1));
        if (!e) e = c->end;
        char *v = pt_msb_expand_n(c->m, c->p + 1, (size_t)(e - c->p - 1), NULL);
        c->p = e < c->end ? e + 1 : e;
        return v ? v : pt_strdup("");
    }
    if (c->end - c->p > 1 && (*c->p == '$' || *c->p == '@' || *c->p == '%') && c->p[1] == '(') {
        const char *e = close_paren(c->p + 1, c->end);
        const char *stop = e ? e + 1 : c->end;
        char *v = pt_msb_expand_n(c->m, c->p, (size_t)(stop - c->p), NULL);
        c->p = stop;
        return v ? v : pt_strdup("");
    }
    const char *s = c->p;   /* bare word: true/false or a number */
    while (c->p < c->end && !isspace((unsigned char)*c->p) && !strchr(")(=!<>'", *c->p)) c->p++;
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
    c->p = c->end;   /* nothing more to read */
    return 0;
}

/* A number as MSBuild compares them: decimal or 0x hexadecimal. */
static int number(const char *s, double *d)
{
    while (isspace((unsigned char)*s)) s++;
    if (!*s) return 0;
    char *e;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) *d = (double)strtoull(s + 2, &e, 16);
    else *d = strtod(s, &e);
    if (e == s) return 0;
    while (isspace((unsigned char)*e)) e++;
    return *e == 0;
}

/* Exists('path') and HasTrailingSlash('path'), or -1 when not at one. */
static int condition_function(struct cparse *c)
{
    int exists = c->end - c->p >= 7 && strncasecmp(c->p, "Exists(", 7) == 0;
    int slash = c->end - c->p >= 17 && strncasecmp(c->p, "HasTrailingSlash(", 17) == 0;
    if (!exists && !slash) return -1;
    c->p += exists ? 7 : 17;
    char *arg = operand(c);
    ws(c);
    if (c->p < c->end && *c->p == ')') c->p++;
    int v = 0;
    if (slash) {
        size_t n = strlen(arg);
        v = n && (arg[n - 1] == '/' || arg[n - 1] == '\\');
    } else {
        char *path = pt_msb_local_path(c->m, arg);
        struct stat st;
        v = path[0] && pt_msb_probe(c->m) && stat(path, &st) == 0;
        free(path);
    }
    free(arg);
    return v;
}

static int primary(struct cparse *c)
{
    ws(c);
    if (c->p < c->end && *c->p == '!' && !(c->end - c->p > 1 && c->p[1] == '=')) {
        c->p++;
        if (!nested(c)) return 0;
        c->depth++;
        int v = !primary(c);
        c->depth--;
        return v;
    }
    if (c->p < c->end && *c->p == '(') {
        c->p++;
        if (!nested(c)) return 0;
        c->depth++;
        int v = expr_or(c);
        c->depth--;
        ws(c);
        if (c->p < c->end && *c->p == ')') c->p++;
        return v;
    }
    int f = condition_function(c);
    if (f >= 0) return f;
    char *a = operand(c);
    ws(c);
    static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
    int op = -1;
    for (int k = 0; k < 6 && op < 0; k++)
        if ((size_t)(c->end - c->p) >= strlen(ops[k]) && strncmp(c->p, ops[k], strlen(ops[k])) == 0) op = k;
    int v;
    if (op >= 0) {
        c->p += strlen(ops[op]);
        char *b = operand(c);
        double x, y;
        int numeric = number(a, &x) && number(b, &y);
        if (op <= 1) v = (numeric ? x == y : strcasecmp(a, b) == 0) == (op == 0);
        else if (!numeric) v = 0;   /* MSBuild: an error; here false */
        else v = op == 2 ? x <= y : op == 3 ? x >= y : op == 4 ? x < y : x > y;
        free(b);
    } else {
        v = strcasecmp(a, "true") == 0 || strcasecmp(a, "on") == 0 || strcasecmp(a, "yes") == 0;
    }
    free(a);
    return v;
}

static int keyword(struct cparse *c, const char *kw)
{
    size_t n = strlen(kw);
    return (size_t)(c->end - c->p) >= n && strncasecmp(c->p, kw, n) == 0 &&
           (c->p + n == c->end || !isalnum((unsigned char)c->p[n]));
}

static int expr_and(struct cparse *c)
{
    int v = primary(c);
    for (;;) {
        ws(c);
        if (!keyword(c, "and")) return v;
        c->p += 3;
        v = primary(c) && v;
    }
}

static int expr_or(struct cparse *c)
{
    int v = expr_and(c);
    for (;;) {
        ws(c);
        if (!keyword(c, "or")) return v;
        c->p += 2;
        v = expr_and(c) || v;
    }
}

int pt_msb_condition(struct pt_msb *m, const char *cond)
{
    if (!cond || !*cond) return 1;
    struct cparse c = {.p = cond, .end = cond + strlen(cond), .m = m};
    int v = expr_or(&c);
    return v && !m->error[0];
}
