/* compile_commands.json: read it (cJSON) and translate each entry's command
 * line into libclang arguments. Nothing from the database is ever run. */
#include "compdb.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "compdb_args.h"
#include "path_ci.h"
#include "path_map.h"
#include "util.h"

/* Absolute, lexically normalised path: "dir/../x" -> "x"; backslashes become '/'. */
static char *absolute(const char *dir, const char *path)
{
    char *p = pt_strdup(path);
    for (char *q = p; *q; q++) if (*q == '\\') *q = '/';
    char *joined = p[0] == '/' || !dir ? p : pt_asprintf("%s/%s", dir, p);
    if (joined != p) free(p);
    char *out = pt_xmalloc(strlen(joined) + 2);
    size_t n = 0;
    for (const char *s = joined; *s;) {
        while (*s == '/') s++;
        const char *e = strchr(s, '/');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        if (len == 0) break;
        if (len == 1 && s[0] == '.') {
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
        } else {
            out[n++] = '/';
            memcpy(out + n, s, len);
            n += len;
        }
        s += len;
    }
    if (n == 0) out[n++] = '/';
    out[n] = 0;
    free(joined);
    return out;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int ends_with_ci(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

static int cxx_source(const char *f)
{
    return ends_with_ci(f, ".cpp") || ends_with_ci(f, ".cc") || ends_with_ci(f, ".cxx") ||
           (strlen(f) > 2 && strcmp(f + strlen(f) - 2, ".C") == 0);
}

struct xlate {
    const char *dir;
    struct pt_strv args, dropped;
    int is_cxx, cl;
    char *std_c, *std_cxx;  /* the last -std= / /std: of each language (language_std) */
    char **from;            /* per argument: the response file it was read from, or NULL */
    size_t first, *at;      /* the flag being translated: its first and current argument */
};

/* The response file the flag being translated (or its value) was read from. */
static const char *from_response_file(const struct xlate *x)
{
    for (size_t k = x->first; x->from && x->at && k <= *x->at; k++)
        if (x->from[k]) return x->from[k];
    return NULL;
}

/* An argument not used, for the note. One read from a response file is never
 * quoted: `-I @~/.aws/credentials` or `-include @secrets` would otherwise put
 * the file's first word in the report. */
static void drop(struct xlate *x, const char *what, const char *arg)
{
    const char *rsp = from_response_file(x);
    char *s = rsp ? pt_asprintf("an argument read from the response file %s (not quoted)", rsp)
                  : pt_asprintf("%s%s", what, arg);
    pt_strv_push(&x->dropped, s);
    free(s);
}

/* A forced include is parsed as C: only a source or header file, never a
 * file of /proc, /sys or /dev (the environment, devices) or any other file
 * (a key, a credentials file) whose text a diagnostic could quote. */
static int includable(const char *path)
{
    static const char *const ext[] = {".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".inc", ".ipp", ".tmh",
                                      ".c", ".cc", ".cpp", ".cxx", NULL};
    if (pt_pseudo_file(path)) return 0;
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash)) return 0;
    for (int k = 0; ext[k]; k++)
        if (strcasecmp(dot, ext[k]) == 0) return 1;
    return 0;
}

static void add_path_flag(struct xlate *x, const char *flag, const char *path, int want_dir)
{
    char *lex = absolute(x->dir, path);
    char *abs = pt_path_resolve_ci(lex);
    free(lex);
    if (!want_dir && is_file(abs) && !includable(abs)) {
        drop(x, "forced include refused (not a C/C++ source or header file): ", path);
    } else if (want_dir ? is_dir(abs) : is_file(abs)) {
        pt_strv_push(&x->args, flag);
        pt_strv_push(&x->args, abs);
    } else {
        drop(x, want_dir ? "include folder not found: " : "forced include not found: ", path);
    }
    free(abs);
}

/* Flags with a value, joined ("/Ifoo", "-DX") or separate ("/I foo"). */
static const char *value(char **argv, size_t argc, size_t *i, size_t prefix)
{
    if (argv[*i][prefix]) return argv[*i] + prefix;
    if (*i + 1 < argc) return argv[++*i];
    return NULL;
}

static int starts(const char *a, const char *p)
{
    return strncmp(a, p, strlen(p)) == 0;
}

/* A language standard (/std:c++20, -std=gnu11) is kept for its language only:
 * MSBuild passes both LanguageStandard and LanguageStandard_C to every file and
 * cl.exe ignores the other language's, while clang refuses a C file with
 * -std=c++20 (libclang: "error 4", nothing parsed). cl.exe's names clang 14
 * does not know become its own. The one kept is added at the end
 * (pt_compdb_translate), when /TP, /TC or -x have settled the language. */
static void language_std(struct xlate *x, const char *v)
{
    int cxx = strncmp(v, "c++", 3) == 0 || strncmp(v, "gnu++", 5) == 0;
    const char *name = strcmp(v, "c++latest") == 0 || strcmp(v, "c++23preview") == 0 ? "c++2b"
                     : strcmp(v, "clatest") == 0                                     ? "c2x"
                                                                                     : v;
    char **slot = cxx ? &x->std_cxx : &x->std_c;
    free(*slot);
    *slot = pt_asprintf("-std=%s", name);
}

/* cl.exe / clang-cl options (also spelled with '-'). Returns 1 if handled. */
static int cl_flag(struct xlate *x, char **argv, size_t argc, size_t *i)
{
    const char *a = argv[*i], *o = a + 1, *v;
    if (a[0] != '/' && a[0] != '-') return 0;
    if (starts(o, "external:I")) {
        if ((v = value(argv, argc, i, 11))) add_path_flag(x, "-isystem", v, 1);
    } else if (o[0] == 'I') {
        if ((v = value(argv, argc, i, 2))) add_path_flag(x, "-I", v, 1);
    } else if (o[0] == 'D' || o[0] == 'U') {
        if ((v = value(argv, argc, i, 2))) {
            char *d = pt_asprintf("-%c%s", o[0], v);
            pt_strv_push(&x->args, d);
            free(d);
        }
    } else if (starts(o, "FI")) {
        if ((v = value(argv, argc, i, 3))) add_path_flag(x, "-include", v, 0);
    } else if (strcmp(o, "TP") == 0) {
        x->is_cxx = 1;
    } else if (strcmp(o, "TC") == 0) {
        x->is_cxx = 0;
    } else if (strcmp(o, "kernel") == 0) {
        pt_strv_push(&x->args, "-D_KERNEL_MODE=1");
    } else if (starts(o, "std:")) {
        language_std(x, o + 4);
    } else if (a[0] == '/') {
        /* /c /nologo /W4 /O2 /Zi /Gz /MT /EH /Fo /Fd /analyze /Zc: ...: nothing to translate */
    } else {
        return 0;
    }
    return 1;
}

/* gcc/clang options. Returns 1 if handled. */
static int gnu_flag(struct xlate *x, char **argv, size_t argc, size_t *i)
{
    const char *a = argv[*i], *v;
    static const char *const path_flags[] = {"-isystem", "-iquote", "-idirafter", "-I", NULL};
    for (int k = 0; path_flags[k]; k++)
        if (starts(a, path_flags[k])) {
            if ((v = value(argv, argc, i, strlen(path_flags[k]))))
                add_path_flag(x, k == 3 ? "-I" : path_flags[k], v, 1);
            return 1;
        }
    if (starts(a, "-D") || starts(a, "-U")) {
        if ((v = value(argv, argc, i, 2))) {
            char *d = pt_asprintf("%.2s%s", a, v);
            pt_strv_push(&x->args, d);
            free(d);
        }
    } else if (strcmp(a, "-include") == 0) {
        if (*i + 1 < argc) add_path_flag(x, "-include", argv[++*i], 0);
    } else if (strcmp(a, "-x") == 0) {
        if (*i + 1 < argc) x->is_cxx = strstr(argv[++*i], "c++") != NULL;
    } else if (starts(a, "-std=")) {
        language_std(x, a + 5);
    } else if (strcmp(a, "-fms-extensions") == 0 || starts(a, "-fms-compatibility-version") ||
               strcmp(a, "-fno-exceptions") == 0 || strcmp(a, "-fno-rtti") == 0) {
        pt_strv_push(&x->args, a);
    } else if (strcmp(a, "-Xclang") == 0) {
        /* -Xclang -load -Xclang lib.so, -Xclang -plugin ...: code loading */
        const char *n = *i + 1 < argc ? argv[*i + 1] : "";
        if (strcmp(n, "-load") == 0 || strcmp(n, "-plugin") == 0 || strcmp(n, "-add-plugin") == 0 ||
            strcmp(n, "-plugin-arg") == 0) {
            drop(x, "loads code, stripped: -Xclang ", n);
            *i += 1;
            if (*i + 2 < argc && strcmp(argv[*i + 1], "-Xclang") == 0) *i += 2;
        } else {
            *i += 1;
        }
    } else if (starts(a, "-fplugin") || starts(a, "-fpass-plugin") || starts(a, "-B") ||
               starts(a, "--gcc-toolchain") || starts(a, "-ivfsoverlay") || starts(a, "-include-pch") ||
               starts(a, "-fsanitize") || starts(a, "-load")) {
        drop(x, "stripped: ", a);
        if ((strcmp(a, "-ivfsoverlay") == 0 || strcmp(a, "-include-pch") == 0 || strcmp(a, "-B") == 0) &&
            *i + 1 < argc)
            ++*i;
    } else if (strcmp(a, "-o") == 0 || strcmp(a, "-MF") == 0 || strcmp(a, "-MT") == 0 ||
               strcmp(a, "-MQ") == 0 || strcmp(a, "-target") == 0 || strcmp(a, "-arch") == 0 ||
               strcmp(a, "-isysroot") == 0 || strcmp(a, "--sysroot") == 0 || strcmp(a, "-imacros") == 0) {
        if (*i + 1 < argc) ++*i;   /* flag and its value: nothing to keep */
    } else if (a[0] == '-') {
        /* -c -W* -O* -g* -m* -f* --target= ...: cannot apply to the analysis */
    } else {
        return 0;
    }
    return 1;
}

/* --driver-mode=cl (clang as clang-cl) or =gcc/g++/cpp: as clang, the last
 * one wherever it is decides how every flag reads. */
static int driver_mode(const struct pt_strv *all, int cl)
{
    for (size_t i = 1; i < all->n; i++) {
        const char *a = all->v[i];
        if (strncmp(a, "--driver-mode=", 14) != 0) continue;
        cl = strcmp(a + 14, "cl") == 0;
    }
    return cl;
}

int pt_compdb_translate(const char *directory, const char *file, char **argv, size_t argc,
                        struct pt_tu *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    struct xlate x;
    memset(&x, 0, sizeof x);
    x.dir = directory;
    struct pt_strv all = {0}, from = {0};   /* from: per argument, its response file or NULL */
    /* response files, expanded once (relative to the entry's directory) */
    for (size_t i = 0; i < argc; i++) {
        if (argv[i][0] == '@' && i > 0) {
            char *p = absolute(directory, argv[i] + 1);
            size_t had = all.n;
            if (pt_read_response_file(p, &all) != 0) {
                /* rc -2: a file of /proc, /sys or /dev, never read (its path says so) */
                snprintf(err, errlen, "%s: cannot read response file %s", file, p);
                free(p);
                pt_strv_free(&all);
                pt_strv_free(&from);
                return -1;
            }
            for (size_t k = had; k < all.n; k++) {
                PT_GROW(from.v, from.n, from.cap);
                from.v[from.n++] = pt_strdup(p);
                char *m = pt_path_map_apply(all.v[k]);   /* --path-map: the file's paths too */
                if (m) { free(all.v[k]); all.v[k] = m; }
            }
            free(p);
        } else {
            pt_strv_push(&all, argv[i]);
            PT_GROW(from.v, from.n, from.cap);
            from.v[from.n++] = NULL;
        }
    }
    const char *cc = all.n ? all.v[0] : "";
    const char *base = strrchr(cc, '/');
    base = base ? base + 1 : (strrchr(cc, '\\') ? strrchr(cc, '\\') + 1 : cc);
    x.cl = strncasecmp(base, "cl", 2) == 0 && (base[2] == 0 || base[2] == '.') ? 1
         : strncasecmp(base, "clang-cl", 8) == 0;
    x.cl = driver_mode(&all, x.cl);
    char *abs_file = absolute(directory, file);
    out->file = pt_path_resolve_ci(abs_file);   /* Windows projects: any case */
    free(abs_file);
    /* a FIFO or a device as the source: the run reads the start of every
     * source (pch.c) in this process, and opening a FIFO blocks; a missing
     * file is said by its worker */
    struct stat st;
    if (stat(out->file, &st) == 0 && !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", out->file);
        pt_strv_free(&all);
        for (size_t k = 0; k < from.n; k++) free(from.v[k]);
        free(from.v);
        free(out->file);
        out->file = NULL;
        return -1;
    }
    x.is_cxx = cxx_source(out->file);
    x.from = from.v;
    for (size_t i = 1; i < all.n; i++) {
        x.first = i;
        x.at = &i;
        if (x.cl && cl_flag(&x, all.v, all.n, &i)) continue;
        if (gnu_flag(&x, all.v, all.n, &i)) continue;
        /* positional: the source itself, or other inputs: not ours */
    }
    char *std = x.is_cxx ? x.std_cxx : x.std_c;
    if (std) pt_strv_push(&x.args, std);
    free(x.std_c);
    free(x.std_cxx);
    pt_strv_free(&all);
    for (size_t k = 0; k < from.n; k++) free(from.v[k]);
    free(from.v);
    out->directory = pt_strdup(directory);
    out->args = x.args.v;
    out->nargs = x.args.n;
    out->is_cxx = x.is_cxx;
    out->dropped = x.dropped.v;
    out->ndropped = x.dropped.n;
    return 0;
}

void pt_tu_free(struct pt_tu *tu)
{
    free(tu->file);
    free(tu->directory);
    free(tu->driver);
    free(tu->wpp_functions);
    for (size_t i = 0; i < tu->nargs; i++) free(tu->args[i]);
    free(tu->args);
    for (size_t i = 0; i < tu->ndropped; i++) free(tu->dropped[i]);
    free(tu->dropped);
    memset(tu, 0, sizeof *tu);
}

void pt_compdb_free(struct pt_compdb *db)
{
    for (size_t i = 0; i < db->ntus; i++) pt_tu_free(&db->tus[i]);
    free(db->tus);
    for (size_t i = 0; i < db->ncontext; i++) pt_tu_free(&db->context[i]);
    free(db->context);
    for (size_t i = 0; i < db->nwarnings; i++) free(db->warnings[i]);
    free(db->warnings);
    memset(db, 0, sizeof *db);
}
