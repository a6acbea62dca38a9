/* Shared precompiled headers: which prefix of includes a TU shares, keys, checks (the interface: pch.h). */
#include "pch.h"
#include <clang-c/Index.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cache_auth.h"
#include "content_hash.h"
#include "path_ci.h"
#include "safe_io.h"
#include "sha256.h"
#include "strmap.h"
#include "util.h"
#include "wdk_flags.h"

/* Skips blanks and comments; returns where the next token starts. A comment
 * left open returns NULL (the file is not plain enough to share a prefix). */
static const char *skip_space(const char *s, int newlines)
{
    for (;;) {
        if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\f' || *s == '\v' || (newlines && *s == '\n')) s++;
        else if (s[0] == '/' && s[1] == '/') {
            while (*s && *s != '\n') {
                if (s[0] == '\\' && (s[1] == '\n' || (s[1] == '\r' && s[2] == '\n'))) return NULL;
                s++;
            }
        } else if (s[0] == '/' && s[1] == '*') {
            const char *e = strstr(s + 2, "*/");
            if (!e) return NULL;
            s = e + 2;
        } else return s;
    }
}

/* A file in dir whose name matches name ignoring case (Windows projects
 * write "Precomp.h" for precomp.h), as a path; NULL if none. */
static char *find_in(const char *dir, const char *name)
{
    char *joined = pt_asprintf("%s/%s", dir, name), *p = pt_path_resolve_ci(joined);
    free(joined);
    if (access(p, R_OK) == 0) return p;
    free(p);
    return NULL;
}

/* Where `#include "name"` in tu's main file leads: its folder, then -iquote
 * and -I folders. */
static char *resolve_quoted(const struct pt_tu *tu, const char *name)
{
    if (name[0] == '/') return access(name, R_OK) == 0 ? pt_strdup(name) : NULL;
    char *dir = pt_strdup(tu->file), *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    char *found = find_in(dir, name);
    free(dir);
    for (size_t i = 0; !found && i + 1 < tu->nargs; i++)
        if (strcmp(tu->args[i], "-iquote") == 0 || strcmp(tu->args[i], "-I") == 0)
            found = find_in(tu->args[i + 1], name);
    return found;
}

char *pt_pch_prefix(const struct pt_tu *tu)
{
    /* O_NONBLOCK: a FIFO in a source's place must not block the run (this
     * runs in the main process, under no time budget) */
    int fd = pt_open_regular(tu->file, 0, NULL);
    FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (!f) {
        if (fd >= 0) close(fd);
        return NULL;
    }
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    if (memchr(buf, 0, n)) return NULL;   /* binary, or text cut by a NUL */
    const char *s = buf;
    if ((unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF) s += 3;
    char *out = NULL;
    int includes = 0;
    for (;;) {
        s = skip_space(s, 1);
        if (!s || *s != '#') break;
        const char *d = s + 1;
        while (*d == ' ' || *d == '\t') d++;
        char *line = NULL;
        const char *end;
        if (strncmp(d, "pragma", 6) == 0 && (d[6] == ' ' || d[6] == '\t')) {
            /* `#pragma warning(...)` lines before the includes only concern
             * warnings, which the analyzer does not show */
            const char *w = d + 6;
            while (*w == ' ' || *w == '\t') w++;
            if (strncmp(w, "warning", 7) != 0) break;
            end = w;
            while (*end && *end != '\n' && !(end[0] == '/' && (end[1] == '/' || end[1] == '*'))) end++;
            if (memchr(w, '\\', (size_t)(end - w))) break;
            size_t len = (size_t)(end - w);
            while (len && (w[len - 1] == ' ' || w[len - 1] == '\t' || w[len - 1] == '\r')) len--;
            line = pt_asprintf("#pragma %.*s\n", (int)len, w);
        } else {
            if (strncmp(d, "include", 7) != 0) break;
            d += 7;
            while (*d == ' ' || *d == '\t') d++;
            char close = *d == '<' ? '>' : *d == '"' ? '"' : 0;
            if (!close) break;
            const char *name = d + 1;
            end = name;
            while (*end && *end != close && *end != '\n') end++;
            if (*end != close || end == name) break;
            if (close == '"') {   /* the file it names, so that the PCH folder finds it */
                char *q = pt_asprintf("%.*s", (int)(end - name), name);
                char *path = resolve_quoted(tu, q);
                free(q);
                if (!path || strchr(path, '"')) { free(path); break; }
                line = pt_asprintf("#include \"%s\"\n", path);
                free(path);
            } else line = pt_asprintf("#include <%.*s>\n", (int)(end - name), name);
            end++;
            includes++;
        }
        const char *rest = skip_space(end, 0);   /* only a comment may follow */
        if (!rest || (*rest != '\n' && *rest != 0)) { free(line); break; }
        char *joined = pt_asprintf("%s%s", out ? out : "", line);
        free(line);
        free(out);
        out = joined;
        s = rest;
    }
    if (!includes) { free(out); return NULL; }
    return out;
}

char *pt_pch_key(const struct pt_tu *tu, const char *prefix)
{
    struct pt_keyhash *k = pt_keyhash_new();
    CXString v = clang_getClangVersion();
    pt_keyhash_str(k, clang_getCString(v));
    clang_disposeString(v);
    pt_keyhash_str(k, PT_VERSION);
    size_t n;
    const char *const *args = pt_wdk_argv(tu->is_cxx, &n);
    for (size_t i = 0; i < n; i++) pt_keyhash_str(k, args[i]);
    pt_keyhash_str(k, "--");
    for (size_t i = 0; i < tu->nargs; i++) pt_keyhash_str(k, tu->args[i]);
    pt_keyhash_str(k, prefix);
    return pt_keyhash_finish(k);
}

char *pt_pch_file(const char *dir, const char *key, const char *suffix)
{
    return pt_asprintf("%s/%s.%s", dir, key, suffix);
}

/* The MAC of a deps file: its text, then the bytes of KEY.h and (when the
 * PCH is usable) KEY.pch, under this user's cache key, so that a PCH or a
 * deps file a repository planted in an in-tree cache is never loaded. -1:
 * a file cannot be read (or is a symlink). */
static int mac_of(const char *dir, const char *key, const char *text, size_t len, int with_pch, char out[65])
{
    struct pt_hmac m;
    pt_cache_mac_begin(&m);
    pt_hmac_update(&m, text, len);
    const char *parts[] = {"h", with_pch ? "pch" : NULL};
    for (int i = 0; i < 2 && parts[i]; i++) {
        char *path = pt_pch_file(dir, key, parts[i]);
        int fd = pt_open_regular(path, PT_READ_NOFOLLOW, NULL);
        free(path);
        if (fd < 0 && errno == ENOENT && i == 0) {   /* a probe's verdict: no KEY.h was made */
            pt_hmac_update(&m, "-", 2);
            continue;
        }
        if (fd < 0) return -1;
        unsigned char buf[65536];
        ssize_t got;
        while ((got = read(fd, buf, sizeof buf)) > 0) pt_hmac_update(&m, buf, (size_t)got);
        close(fd);
        if (got < 0) return -1;
        unsigned char sep = 0;   /* the parts cannot be shifted into each other */
        pt_hmac_update(&m, &sep, 1);
    }
    unsigned char d[32];
    pt_hmac_final(&m, d);
    pt_hex32(d, out);
    return 0;
}

int pt_pch_write_deps(const char *dir, const char *key, const char *unusable, char **paths, size_t n)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) return -1;
    if (unusable) fprintf(mem, "unusable: %s\n", unusable);
    else fputs("ok\n", mem);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0) fprintf(mem, "%lld %lld %s\n", (long long)st.st_size, pt_mtime_ns(&st), paths[i]);
    }
    fclose(mem);
    char mac[65], err[256], *path = pt_pch_file(dir, key, "deps");
    struct pt_atomic a;
    int rc = -1;
    if (mac_of(dir, key, text, len, !unusable, mac) == 0 &&
        pt_atomic_open(&a, path, 0666, err, sizeof err) == 0) {
        fprintf(a.f, "%smac %s\n", text, mac);
        rc = pt_atomic_commit(&a, err, sizeof err);
    }
    free(path);
    free(text);
    return rc;
}

/* Calls fn for each file line; returns the first line's kind: 1 ok, 2
 * unusable, 0 no such file, another first line, or (verify) a MAC that does
 * not check out. */
static int read_deps(const char *dir, const char *key, int verify,
                     int (*fn)(const char *, long long, long long, void *), void *ctx)
{
    char *path = pt_pch_file(dir, key, "deps"), err[256];
    size_t len;
    char *text = pt_read_file("deps", path, (size_t)16 << 20, PT_READ_NOFOLLOW, &len, err, sizeof err);
    free(path);
    if (!text) return 0;
    int kind = strncmp(text, "ok\n", 3) == 0 ? 1 : strncmp(text, "unusable:", 9) == 0 ? 2 : 0;
    char *mac = len >= 70 ? text + len - 69 : NULL;   /* "mac " 64 hex "\n" at the end */
    if (!mac || (mac != text && mac[-1] != '\n') || strncmp(mac, "mac ", 4) != 0 || text[len - 1] != '\n') kind = 0;
    else {
        mac[68] = 0;
        char want[65];
        if (verify && (mac_of(dir, key, text, (size_t)(mac - text), kind == 1, want) != 0 ||
                       strcmp(want, mac + 4) != 0))
            kind = 0;
        *mac = 0;
    }
    char *line = strchr(text, '\n');
    while (kind && line && *++line) {
        char *eol = strchr(line, '\n');
        if (!eol) break;
        *eol = 0;
        long long size, mt;
        int off = 0;
        if (sscanf(line, "%lld %lld %n", &size, &mt, &off) != 2 || !off || !fn(line + off, size, mt, ctx)) kind = 0;
        line = eol;
    }
    free(text);
    return kind;
}

static int unchanged(const char *path, long long size, long long mt, void *ctx)
{
    (void)ctx;
    struct stat st;
    return stat(path, &st) == 0 && (long long)st.st_size == size && pt_mtime_ns(&st) == mt;
}

enum pt_pch_state pt_pch_state(const char *dir, const char *key)
{
    int kind = read_deps(dir, key, 1, unchanged, NULL);
    if (kind == 2) return PT_PCH_UNUSABLE;
    if (kind != 1) return PT_PCH_MISSING;
    return PT_PCH_READY;   /* the MAC covered KEY.pch: it is there */
}

struct list { char **paths; size_t n, cap; };

static int collect(const char *path, long long size, long long mt, void *ctx)
{
    (void)size;
    (void)mt;
    struct list *l = ctx;
    PT_GROW(l->paths, l->n, l->cap);
    l->paths[l->n++] = pt_strdup(path);
    return 1;
}

size_t pt_pch_read_deps(const char *dir, const char *key, char ***paths)
{
    struct list l = {NULL, 0, 0};
    read_deps(dir, key, 0, collect, &l);   /* verified by the parent (pt_pch_state) */
    *paths = l.paths;
    return l.n;
}

struct pt_pch_groups {
    struct pt_strmap index;   /* group key -> group */
    struct group { char *prefix; size_t count; } *g;
    size_t n, cap;
};

/* The group key: the arguments and the first include line. */
static char *group_key(const struct pt_tu *tu, char **prefix_out)
{
    char *prefix = pt_pch_prefix(tu);
    if (!prefix) return NULL;
    char *first = pt_strdup(prefix);
    first[strcspn(first, "\n") + 1] = 0;
    char *key = pt_pch_key(tu, first);
    free(first);
    if (prefix_out) *prefix_out = prefix;
    else free(prefix);
    return key;
}

/* Cuts a at the first line it does not share with b. */
static void common_lines(char *a, const char *b)
{
    size_t keep = 0, i = 0;
    for (; a[i] && a[i] == b[i]; i++)
        if (a[i] == '\n') keep = i + 1;
    a[keep] = 0;
}

struct pt_pch_groups *pt_pch_groups_new(const struct pt_tu *tus, size_t n)
{
    struct pt_pch_groups *g = pt_xcalloc(1, sizeof *g);
    for (size_t i = 0; i < n; i++) {
        char *prefix, *key = group_key(&tus[i], &prefix);
        if (!key) continue;
        long k = pt_strmap_get(&g->index, key);
        if (k < 0) {
            PT_GROW(g->g, g->n, g->cap);
            g->g[g->n] = (struct group){prefix, 1};
            pt_strmap_put(&g->index, key, (long)g->n++);
        } else {
            common_lines(g->g[k].prefix, prefix);
            g->g[k].count++;
            free(prefix);
        }
        free(key);
    }
    return g;
}

const char *pt_pch_groups_prefix(const struct pt_pch_groups *g, const struct pt_tu *tu, size_t min_share)
{
    char *key = group_key(tu, NULL);
    long k = key ? pt_strmap_get(&g->index, key) : -1;
    free(key);
    return k >= 0 && g->g[k].count >= min_share ? g->g[k].prefix : NULL;
}

void pt_pch_groups_free(struct pt_pch_groups *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->n; i++) free(g->g[i].prefix);
    free(g->g);
    pt_strmap_free(&g->index);
    free(g);
}
