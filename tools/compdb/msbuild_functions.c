/* MSBuild property functions: $(Name.Method(args)), $([Class]::Method(args)),
 * chained, with indexers ($(V.Split('.')[0])). The ones driver projects use
 * (docs/compdb.md lists them); any other expands to nothing with one note per
 * function and run. Every result is bounded like an expansion (64 KiB, the
 * project's budget), every file-system look-up counted (pt_msb_probe). */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "msbuild.h"
#include "util.h"

struct val {            /* a string, or an array (Split) */
    char *s;
    char **arr;
    size_t n;
};

struct fparse {
    struct pt_msb *m;
    const char *p, *end;
    const struct pt_props *meta;
    int unknown;        /* a function not evaluated: the result is "" */
    char name[128];     /* for the note */
};

static void val_free(struct val *v)
{
    free(v->s);
    for (size_t i = 0; i < v->n; i++) free(v->arr[i]);
    free(v->arr);
    memset(v, 0, sizeof *v);
}

/* An array as a string: its items joined with ';', as MSBuild does. */
static const char *val_str(struct val *v)
{
    if (v->arr && !v->s) {
        size_t len = 1;
        for (size_t i = 0; i < v->n; i++) len += strlen(v->arr[i]) + 1;
        v->s = pt_xmalloc(len);
        size_t o = 0;   /* no strcat: an array of 32,000 items would be quadratic */
        for (size_t i = 0; i < v->n; i++) {
            if (i) v->s[o++] = ';';
            size_t k = strlen(v->arr[i]);
            memcpy(v->s + o, v->arr[i], k);
            o += k;
        }
        v->s[o] = 0;
    }
    return v->s ? v->s : "";
}

/* A result of len bytes: within one value and the project's budget. */
static int charge(struct pt_msb *m, size_t len)
{
    if (m->error[0]) return 0;
    if (len > PT_MSB_VALUE_MAX) {
        snprintf(m->error, sizeof m->error, "%s expands to more than %zu KiB", m->what, PT_MSB_VALUE_MAX >> 10);
        return 0;
    }
    if (len > m->budget) {
        snprintf(m->error, sizeof m->error, "%s: the project's property expansion exceeds its budget of %zu MiB",
                 m->what, PT_MSB_BUDGET >> 20);
        return 0;
    }
    m->budget -= len;
    return 1;
}

static void ws(struct fparse *f) { while (f->p < f->end && isspace((unsigned char)*f->p)) f->p++; }

static size_t ident(struct fparse *f)
{
    const char *s = f->p;
    while (f->p < f->end && (isalnum((unsigned char)*f->p) || *f->p == '_' || *f->p == '-')) f->p++;
    return (size_t)(f->p - s);
}

static const char *close_of(const char *p, const char *end, char open, char close)
{
    int depth = 0;
    char q = 0;
    for (const char *c = p; c < end; c++) {
        if (q) { if (*c == q) q = 0; continue; }
        if (*c == '\'' || *c == '"' || *c == '`') q = *c;
        else if (*c == open) depth++;
        else if (*c == close && --depth == 0) return c;
    }
    return NULL;
}

/* The arguments of "(a, 'b', $(C))": each quoted one without its quotes,
 * every one expanded. -1 on a syntax or evaluation error. */
static int args_of(struct fparse *f, char ***out)
{
    *out = NULL;
    ws(f);
    if (f->p >= f->end || *f->p != '(') return 0;
    const char *e = close_of(f->p, f->end, '(', ')');
    if (!e) return -1;
    const char *a = f->p + 1;
    f->p = e + 1;
    int n = 0;
    char **v = NULL;
    while (a < e) {
        const char *s = a;
        int depth = 0;
        char q = 0;
        for (; a < e; a++) {
            if (q) { if (*a == q) q = 0; continue; }
            if (*a == '\'' || *a == '"' || *a == '`') q = *a;
            else if (*a == '(') depth++;
            else if (*a == ')') depth--;
            else if (*a == ',' && depth == 0) break;
        }
        const char *t = a;
        while (s < t && isspace((unsigned char)*s)) s++;
        while (t > s && isspace((unsigned char)t[-1])) t--;
        if (t - s >= 2 && (*s == '\'' || *s == '"' || *s == '`') && t[-1] == *s) s++, t--;
        char *x = pt_msb_expand_n(f->m, s, (size_t)(t - s), f->meta);
        if (!x) {
            for (int i = 0; i < n; i++) free(v[i]);
            free(v);
            return -1;
        }
        if ((n & (n - 1)) == 0) v = pt_xrealloc(v, (size_t)(n ? 2 * n : 1) * sizeof *v + sizeof *v);   /* doubling */
        v[n++] = x;
        if (a < e) a++;   /* the ',' */
        if (a == e && a[-1] == ',') {   /* "f(a,)": an empty last argument */
            if ((n & (n - 1)) == 0) v = pt_xrealloc(v, (size_t)(2 * n + 1) * sizeof *v);
            v[n++] = pt_strdup("");
        }
    }
    *out = v;
    return n;
}

static void free_args(char **a, int n)
{
    for (int i = 0; i < n; i++) free(a[i]);
    free(a);
}

static char *boolean(int b) { return pt_strdup(b ? "True" : "False"); }

static int to_long(const char *s, long long *v)
{
    char *e;
    while (isspace((unsigned char)*s)) s++;
    if (!*s) return 0;
    *v = strtoll(s, &e, 0);
    while (isspace((unsigned char)*e)) e++;
    return *e == 0;
}

static int rooted(const char *s)
{
    return s[0] == '\\' || s[0] == '/' || (s[0] && s[1] == ':');
}

/* A path lexically normalised ("a/./b/../c" -> "a/c"), '/' separators. */
static char *normalise(const char *path)
{
    char *out = pt_xmalloc(strlen(path) + 2);
    size_t n = 0;
    int abs = path[0] == '/';
    for (const char *s = path; *s;) {
        while (*s == '/') s++;
        const char *e = strchr(s, '/');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        if (!len) break;
        if (len == 1 && s[0] == '.') {
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
        } else {
            if (n || abs) out[n++] = '/';
            memcpy(out + n, s, len);
            n += len;
        }
        s += len;
    }
    if (!n && abs) out[n++] = '/';
    out[n] = 0;
    return out;
}

/* Full path of a project path, as our file system sees it. */
static char *full_path(struct pt_msb *m, const char *s)
{
    char *l = pt_msb_local_path(m, s);
    char *r = normalise(l);
    free(l);
    return r;
}

/* The folder at or above start holding file, or NULL. One probe per folder. */
static char *file_above(struct pt_msb *m, const char *start, const char *file)
{
    char *dir = full_path(m, start[0] ? start : ".");
    char *real = realpath(dir, NULL);
    free(dir);
    if (!real || !file[0] || strchr(file, '/') || strchr(file, '\\')) { free(real); return NULL; }
    for (;;) {
        if (!pt_msb_probe(m)) break;
        char *cand = pt_asprintf("%s%s%s", real, strcmp(real, "/") ? "/" : "", file);
        struct stat st;
        int found = stat(cand, &st) == 0;
        free(cand);
        if (found) return real;
        char *slash = strrchr(real, '/');
        if (!slash || slash == real) {
            if (strcmp(real, "/") == 0) break;   /* the file-system root: the search ends */
            real[1] = 0;
            continue;
        }
        *slash = 0;
    }
    free(real);
    return NULL;
}

static int version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
        if (x != y) return x < y ? -1 : 1;
        if (*a == '.') a++;
        if (*b == '.') b++;
        if ((!*a || !isdigit((unsigned char)*a)) && (!*b || !isdigit((unsigned char)*b))) break;
    }
    return 0;
}

/* [Class]::Method(args). NULL: not known. */
static char *static_call(struct fparse *f, const char *cls, const char *fn, char **a, int n)
{
    struct pt_msb *m = f->m;
    if (strncasecmp(cls, "System.", 7) == 0) cls += 7;
    if (strcasecmp(cls, "String") == 0) {
        if (strcasecmp(fn, "Copy") == 0 && n == 1) return pt_strdup(a[0]);
        if (strcasecmp(fn, "IsNullOrEmpty") == 0 && n == 1) return boolean(!a[0][0]);
        if (strcasecmp(fn, "IsNullOrWhiteSpace") == 0 && n == 1) {
            const char *s = a[0];
            while (isspace((unsigned char)*s)) s++;
            return boolean(!*s);
        }
        if (strcasecmp(fn, "Equals") == 0 && n == 2) return boolean(strcmp(a[0], a[1]) == 0);
        if (strcasecmp(fn, "Concat") == 0) {
            size_t len = 1;
            for (int i = 0; i < n; i++) len += strlen(a[i]);
            if (!charge(m, len)) return pt_strdup("");
            char *r = pt_xmalloc(len);
            size_t o = 0;
            for (int i = 0; i < n; i++) {
                size_t k = strlen(a[i]);
                memcpy(r + o, a[i], k);
                o += k;
            }
            r[o] = 0;
            return r;
        }
        return NULL;
    }
    if (strcasecmp(cls, "IO.Path") == 0) {
        if (strcasecmp(fn, "Combine") == 0 && n >= 1) {
            size_t len = 1;
            for (int i = 0; i < n; i++) len += strlen(a[i]) + 1;
            if (!charge(m, len)) return pt_strdup("");
            char *r = pt_xmalloc(len);
            size_t k = 0;
            for (int i = 0; i < n; i++) {
                if (rooted(a[i])) k = 0;
                if (k && r[k - 1] != '\\' && r[k - 1] != '/' && a[i][0]) r[k++] = '\\';
                size_t l = strlen(a[i]);
                memcpy(r + k, a[i], l);
                k += l;
            }
            r[k] = 0;
            return r;
        }
        if (n != 1) return NULL;
        const char *s = a[0];
        const char *base = s;
        for (const char *c = s; *c; c++) if (*c == '/' || *c == '\\') base = c + 1;
        const char *dot = strrchr(base, '.');
        if (strcasecmp(fn, "GetFullPath") == 0) return full_path(m, s);
        if (strcasecmp(fn, "GetFileName") == 0) return pt_strdup(base);
        if (strcasecmp(fn, "GetDirectoryName") == 0)
            return pt_strndup(s, base > s ? (size_t)(base - s - 1) : 0);
        if (strcasecmp(fn, "GetFileNameWithoutExtension") == 0)
            return pt_strndup(base, dot ? (size_t)(dot - base) : strlen(base));
        if (strcasecmp(fn, "GetExtension") == 0) return pt_strdup(dot ? dot : "");
        if (strcasecmp(fn, "HasExtension") == 0) return boolean(dot && dot[1]);
        if (strcasecmp(fn, "IsPathRooted") == 0) return boolean(rooted(s));
        return NULL;
    }
    if (strcasecmp(cls, "IO.File") == 0 || strcasecmp(cls, "IO.Directory") == 0) {
        if (strcasecmp(fn, "Exists") != 0 || n != 1) return NULL;
        char *p = pt_msb_local_path(m, a[0]);
        struct stat st;
        int ok = p[0] && pt_msb_probe(m) && stat(p, &st) == 0 &&
                 (strcasecmp(cls, "IO.File") == 0 ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode));
        free(p);
        return boolean(ok);
    }
    if (strcasecmp(cls, "MSBuild") == 0 || strcasecmp(cls, "Microsoft.Build.Evaluation.IntrinsicFunctions") == 0) {
        if (strcasecmp(fn, "GetDirectoryNameOfFileAbove") == 0 && n == 2) {
            char *d = file_above(m, a[0], a[1]);
            return d ? d : pt_strdup("");
        }
        if (strcasecmp(fn, "GetPathOfFileAbove") == 0 && (n == 1 || n == 2)) {
            char *d = file_above(m, n == 2 ? a[1] : m->base_dir, a[0]);
            if (!d) return pt_strdup("");
            char *r = pt_asprintf("%s%s%s", d, strcmp(d, "/") ? "/" : "", a[0]);
            free(d);
            return r;
        }
        if (strcasecmp(fn, "EnsureTrailingSlash") == 0 && n == 1) {
            size_t k = strlen(a[0]);
            return k && a[0][k - 1] != '\\' && a[0][k - 1] != '/' ? pt_asprintf("%s\\", a[0]) : pt_strdup(a[0]);
        }
        if ((strcasecmp(fn, "NormalizePath") == 0 || strcasecmp(fn, "NormalizeDirectory") == 0) && n >= 1) {
            size_t len = 1;
            for (int i = 0; i < n; i++) len += strlen(a[i]) + 1;
            if (!charge(m, len)) return pt_strdup("");
            char *j = pt_xmalloc(len);
            size_t k = 0;
            for (int i = 0; i < n; i++) {
                if (rooted(a[i])) k = 0;
                if (k && a[i][0]) j[k++] = '/';
                size_t l = strlen(a[i]);
                memcpy(j + k, a[i], l);
                k += l;
            }
            j[k] = 0;
            char *r = full_path(m, j);
            free(j);
            if (strcasecmp(fn, "NormalizeDirectory") == 0 && strcmp(r, "/") != 0) {
                char *d = pt_asprintf("%s/", r);
                free(r);
                r = d;
            }
            return r;
        }
        if (strcasecmp(fn, "ValueOrDefault") == 0 && n == 2) return pt_strdup(a[0][0] ? a[0] : a[1]);
        if ((strcasecmp(fn, "IsOSPlatform") == 0 || strcasecmp(fn, "IsOsPlatform") == 0) && n == 1)
            return boolean(strcasecmp(a[0], "Windows") == 0);   /* the build being modelled runs on Windows */
        if (strcasecmp(fn, "IsOsUnixLike") == 0 && n == 0) return boolean(0);
        long long x, y;
        if (n == 2 && to_long(a[0], &x) && to_long(a[1], &y)) {
            if (strcasecmp(fn, "Add") == 0) return pt_asprintf("%lld", x + y);
            if (strcasecmp(fn, "Subtract") == 0) return pt_asprintf("%lld", x - y);
            if (strcasecmp(fn, "Multiply") == 0) return pt_asprintf("%lld", x * y);
            if (strcasecmp(fn, "Divide") == 0 && y) return pt_asprintf("%lld", x / y);
            if (strcasecmp(fn, "Modulo") == 0 && y) return pt_asprintf("%lld", x % y);
            if (strcasecmp(fn, "BitwiseOr") == 0) return pt_asprintf("%lld", x | y);
            if (strcasecmp(fn, "BitwiseAnd") == 0) return pt_asprintf("%lld", x & y);
        }
        if (n == 2 && strncasecmp(fn, "Version", 7) == 0) {
            int c = version_cmp(a[0], a[1]);
            const char *op = fn + 7;
            if (strcasecmp(op, "Equals") == 0) return boolean(c == 0);
            if (strcasecmp(op, "NotEquals") == 0) return boolean(c != 0);
            if (strcasecmp(op, "GreaterThan") == 0) return boolean(c > 0);
            if (strcasecmp(op, "GreaterThanOrEquals") == 0) return boolean(c >= 0);
            if (strcasecmp(op, "LessThan") == 0) return boolean(c < 0);
            if (strcasecmp(op, "LessThanOrEquals") == 0) return boolean(c <= 0);
        }
        return NULL;
    }
    return NULL;
}

static int char_in(char c, char **a, int n)
{
    for (int i = 0; i < n; i++)
        if (strchr(a[i], c)) return 1;
    return 0;
}

/* v.Method(args) on a string; 0 when not known. */
static int string_method(struct fparse *f, struct val *v, const char *fn, char **a, int n, int call)
{
    struct pt_msb *m = f->m;
    if (!call && strcasecmp(fn, "Length") == 0) {
        char *r = v->arr && !v->s ? pt_asprintf("%zu", v->n) : pt_asprintf("%zu", strlen(val_str(v)));
        val_free(v);
        v->s = r;
        return 1;
    }
    if (!call) return 0;
    const char *s = val_str(v);
    size_t len = strlen(s);
    char *r = NULL;
    long long i, k;
    if (strcasecmp(fn, "Replace") == 0 && n == 2) {
        size_t la = strlen(a[0]), lb = strlen(a[1]), hits = 0;
        if (!la) return 0;
        for (const char *q = strstr(s, a[0]); q; q = strstr(q + la, a[0])) hits++;
        size_t out = len + hits * lb - hits * la;
        if (hits && lb > la && (out > PT_MSB_VALUE_MAX || hits > PT_MSB_VALUE_MAX)) out = PT_MSB_VALUE_MAX + 1;
        if (!charge(m, out)) { r = pt_strdup(""); goto done; }
        r = pt_xmalloc(out + 1);
        char *o = r;
        for (const char *q = s;;) {
            const char *h = strstr(q, a[0]);
            if (!h) { strcpy(o, q); break; }
            memcpy(o, q, (size_t)(h - q));
            o += h - q;
            memcpy(o, a[1], lb);
            o += lb;
            q = h + la;
        }
    } else if ((strcasecmp(fn, "ToLower") == 0 || strcasecmp(fn, "ToLowerInvariant") == 0) && n == 0) {
        r = pt_strdup(s);
        for (char *c = r; *c; c++) *c = (char)tolower((unsigned char)*c);
    } else if ((strcasecmp(fn, "ToUpper") == 0 || strcasecmp(fn, "ToUpperInvariant") == 0) && n == 0) {
        r = pt_strdup(s);
        for (char *c = r; *c; c++) *c = (char)toupper((unsigned char)*c);
    } else if (strcasecmp(fn, "Trim") == 0 || strcasecmp(fn, "TrimStart") == 0 || strcasecmp(fn, "TrimEnd") == 0) {
        int start = strcasecmp(fn, "TrimEnd") != 0, end = strcasecmp(fn, "TrimStart") != 0;
        const char *b = s, *e = s + len;
        while (start && b < e && (n ? char_in(*b, a, n) : isspace((unsigned char)*b))) b++;
        while (end && e > b && (n ? char_in(e[-1], a, n) : isspace((unsigned char)e[-1]))) e--;
        r = pt_strndup(b, (size_t)(e - b));
    } else if (strcasecmp(fn, "Contains") == 0 && n == 1) {
        r = boolean(strstr(s, a[0]) != NULL);
    } else if (strcasecmp(fn, "StartsWith") == 0 && n == 1) {
        r = boolean(strncmp(s, a[0], strlen(a[0])) == 0);
    } else if (strcasecmp(fn, "EndsWith") == 0 && n == 1) {
        size_t lx = strlen(a[0]);
        r = boolean(lx <= len && strcmp(s + len - lx, a[0]) == 0);
    } else if (strcasecmp(fn, "Equals") == 0 && n == 1) {
        r = boolean(strcmp(s, a[0]) == 0);
    } else if (strcasecmp(fn, "IndexOf") == 0 && n == 1) {
        const char *h = strstr(s, a[0]);
        r = pt_asprintf("%lld", h ? (long long)(h - s) : -1LL);
    } else if (strcasecmp(fn, "LastIndexOf") == 0 && n == 1) {
        const char *last = NULL;
        if (a[0][0])
            for (const char *h = strstr(s, a[0]); h; h = strstr(h + 1, a[0])) last = h;
        r = pt_asprintf("%lld", last ? (long long)(last - s) : (a[0][0] ? -1LL : (long long)len));
    } else if ((strcasecmp(fn, "Substring") == 0 || strcasecmp(fn, "Remove") == 0) && (n == 1 || n == 2) &&
               to_long(a[0], &i) && (n == 1 || to_long(a[1], &k))) {
        if (n == 1) k = (long long)len - i;
        if (i < 0 || k < 0 || i > (long long)len || k > (long long)len - i) {
            r = pt_strdup("");   /* MSBuild: an error */
        } else if (strcasecmp(fn, "Substring") == 0) {
            r = pt_strndup(s + i, (size_t)k);
        } else {
            r = pt_xmalloc(len + 1);
            memcpy(r, s, (size_t)i);
            strcpy(r + i, s + i + k);
        }
    } else if ((strcasecmp(fn, "PadLeft") == 0 || strcasecmp(fn, "PadRight") == 0) && (n == 1 || n == 2) &&
               to_long(a[0], &i)) {
        char pad = n == 2 && a[1][0] ? a[1][0] : ' ';
        if (i <= (long long)len) { r = pt_strdup(s); goto done; }
        if (!charge(m, i > (long long)PT_MSB_VALUE_MAX ? PT_MSB_VALUE_MAX + 1 : (size_t)i)) {
            r = pt_strdup("");
            goto done;
        }
        r = pt_xmalloc((size_t)i + 1);
        size_t fill = (size_t)i - len;
        if (strcasecmp(fn, "PadLeft") == 0) { memset(r, pad, fill); strcpy(r + fill, s); }
        else { strcpy(r, s); memset(r + len, pad, fill); r[i] = 0; }
    } else if (strcasecmp(fn, "Split") == 0) {
        struct val out = {0};
        const char *q = s;
        for (;;) {
            const char *e = q;
            while (*e && !(n ? char_in(*e, a, n) : *e == ' ')) e++;
            if ((out.n & (out.n - 1)) == 0) out.arr = pt_xrealloc(out.arr, (out.n ? 2 * out.n : 1) * sizeof *out.arr);
            out.arr[out.n++] = pt_strndup(q, (size_t)(e - q));
            if (!*e) break;
            q = e + 1;
        }
        val_free(v);
        *v = out;
        return 1;
    } else if (strcasecmp(fn, "ToString") == 0 && n == 0) {
        r = pt_strdup(s);
    } else {
        return 0;
    }
done:
    val_free(v);
    v->s = r;
    return 1;
}

static void unknown(struct fparse *f, const char *what, size_t n)
{
    if (!f->unknown) snprintf(f->name, sizeof f->name, "%.*s", (int)(n < 100 ? n : 100), what);
    f->unknown = 1;
}

char *pt_msb_function(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta)
{
    if (m->depth >= PT_MSB_FUNC_DEPTH) {
        if (!m->error[0])
            snprintf(m->error, sizeof m->error, "%s: property functions nested deeper than %d levels", m->what,
                     PT_MSB_FUNC_DEPTH);
        return NULL;
    }
    m->depth++;
    struct fparse f = {.m = m, .p = s, .end = s + n, .meta = meta};
    struct val v = {0};
    ws(&f);
    if (f.p < f.end && *f.p == '[') {   /* [Class]::Method(args) */
        const char *cs = f.p + 1, *ce = memchr(cs, ']', (size_t)(f.end - cs));
        if (!ce || f.end - ce < 3 || ce[1] != ':' || ce[2] != ':') {
            unknown(&f, s, n);
        } else {
            char *cls = pt_strndup(cs, (size_t)(ce - cs));
            f.p = ce + 3;
            const char *fs = f.p;
            size_t fl = ident(&f);
            char *fn = pt_strndup(fs, fl);
            char **a;
            int na = args_of(&f, &a);
            if (na >= 0 && !m->error[0]) {
                v.s = static_call(&f, cls, fn, a, na);
                if (!v.s) {
                    char *what = pt_asprintf("[%s]::%s", cls, fn);
                    unknown(&f, what, strlen(what));
                    free(what);
                }
                free_args(a, na);
            } else if (na < 0 && !m->error[0]) {
                unknown(&f, s, n);
            }
            free(cls);
            free(fn);
        }
    } else {   /* Name.Method(args)... */
        const char *ns = f.p;
        size_t nl = ident(&f);
        char *name = pt_strndup(ns, nl);
        const char *pv = nl ? pt_msb_get(m, name) : NULL;
        v.s = pt_strdup(pv ? pv : "");
        free(name);
        if (!nl) unknown(&f, s, n);
    }
    while (!f.unknown && !m->error[0]) {
        ws(&f);
        if (f.p >= f.end) break;
        if (*f.p == '.') {
            f.p++;
            const char *fs = f.p;
            size_t fl = ident(&f);
            char *fn = pt_strndup(fs, fl);
            ws(&f);
            int call = f.p < f.end && *f.p == '(';
            char **a = NULL;
            int na = call ? args_of(&f, &a) : 0;
            if (na < 0) {
                if (!m->error[0]) unknown(&f, s, n);
            } else if (!m->error[0] && !string_method(&f, &v, fn, a, na, call)) {
                char *what = pt_asprintf(".%s", fn);
                unknown(&f, what, strlen(what));
                free(what);
            }
            free_args(a, na > 0 ? na : 0);
            free(fn);
        } else if (*f.p == '[') {   /* an indexer: [0] */
            const char *e = close_of(f.p, f.end, '[', ']');
            long long i;
            char *ix = e ? pt_msb_expand_n(m, f.p + 1, (size_t)(e - f.p - 1), meta) : NULL;
            if (!e || (!ix && !m->error[0]) || (ix && !to_long(ix, &i))) {
                if (!m->error[0]) unknown(&f, s, n);
            } else if (ix) {
                char *r;
                if (v.arr && !v.s) r = i >= 0 && (size_t)i < v.n ? pt_strdup(v.arr[i]) : pt_strdup("");
                else r = i >= 0 && (size_t)i < strlen(val_str(&v)) ? pt_strndup(val_str(&v) + i, 1) : pt_strdup("");
                val_free(&v);
                v.s = r;
            }
            free(ix);
            if (e) f.p = e + 1;
        } else {
            unknown(&f, s, n);
        }
    }
    m->depth--;
    char *r = NULL;
    if (!m->error[0]) {
        if (f.unknown) {
            if (m->fn_noted && !pt_props_get(m->fn_noted, f.name)) {
                pt_props_set(m->fn_noted, f.name, "");
                pt_msb_say("note: %s: the property function %s is not evaluated here; it expands to nothing",
                           m->project ? m->project : "", f.name);
            }
            r = pt_strdup("");
        } else {
            r = pt_strdup(val_str(&v));
            if (!charge(m, strlen(r))) { free(r); r = NULL; }
        }
    }
    val_free(&v);
    return r;
}
