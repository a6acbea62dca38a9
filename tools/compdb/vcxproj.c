/* Reading a .vcxproj with libxml2 as MSBuild evaluates it: properties with
 * their imports (pass 0), ClCompile item definitions (pass 1), items (pass 2),
 * each pass over the same imports; Directory.Build.props/.targets and the
 * WDK's build rules where Microsoft.Cpp.*.props/targets would bring them. */
#include "vcxproj.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "msbuild.h"
#include "path_ci.h"
#include "safe_io.h"
#include "util.h"
#include "wdk_rules.h"

struct project {
    struct pt_msb ev;            /* properties, limits of expansion */
    struct pt_props defs;        /* ClCompile item definition metadata */
    cJSON *entries;              /* this project's; the caller's only when it is whole */
    const char *dir;             /* project folder, with a trailing '/' */
    const char *path;            /* the project as named, for messages */
    const char *abs;             /* its real path */
    const char *file;            /* the file being read: the project or an import */
    struct pt_vcx_run *run;
    int count, phase, imports;
    char **stack;                /* real paths of the files being read (import cycles) */
    int depth;
    struct pt_props imported;    /* real paths imported in this pass */
    struct pt_props noted;       /* real paths whose skipped import was noted */
    size_t read, out;            /* bytes read and written for this project */
    size_t markup;               /* '<' and '=' in the files read */
    int stop_run;                /* a budget of the whole run is spent */
    char **decisions;            /* pass 0's import decisions (a real path, "1", or NULL), replayed */
    size_t ndecisions, next_decision;
    char **configs;              /* ProjectConfiguration items: "Debug|x64" */
    size_t nconfigs;
    int wdk, wdk_applied;        /* PT_WDK_*, decided where Microsoft.Cpp.props is imported */
    int noted_wildcard, wdk_missing;
    char what[256];              /* what ev is evaluating */
    char error[1024];            /* first error: the project is dropped */
};

/* The first error wins; evaluation stops at the next check. */
static void fail(struct project *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(struct project *p, const char *fmt, ...)
{
    if (p->error[0]) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->error, sizeof p->error, fmt, ap);
    va_end(ap);
}

/* Whether the project is past an error, taking one from the evaluator with
 * the file it happened in. */
static int stopped(struct project *p)
{
    if (p->ev.error[0] && !p->error[0]) {
        if (p->file && strcmp(p->file, p->abs) != 0) fail(p, "in %s: %s", p->file, p->ev.error);
        else fail(p, "%s", p->ev.error);
    }
    return p->error[0] != 0;
}

static void evaluating(struct project *p, const char *kind, const xmlChar *name)
{
    snprintf(p->what, sizeof p->what, "%s%s%.200s", kind, name ? " " : "", name ? (const char *)name : "");
    p->ev.what = p->what;
}

static const char *attr(xmlNode *n, const char *name, char **hold)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    *hold = (char *)v;
    return (const char *)v;
}

static int cond_ok(xmlNode *n, struct project *p)
{
    char *hold;
    const char *c = attr(n, "Condition", &hold);
    evaluating(p, "the Condition of", n->name);
    int ok = pt_msb_condition(&p->ev, c);
    xmlFree(hold);
    return ok;
}

static char *text_of(xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    char *s = pt_strdup(t ? (const char *)t : "");
    xmlFree(t);
    const char *q = s;   /* only white space: empty */
    while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n') q++;
    if (!*q) s[0] = 0;
    return s;
}

static int is(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Windows path to ours: backslashes, relative to the project folder. */
static char *local_path(const struct project *p, const char *s)
{
    char *c = pt_strdup(s);
    for (char *q = c; *q; q++) if (*q == '\\') *q = '/';
    if (c[0] == '/' || (c[0] && c[1] == ':') || c[0] == '$') return c;
    char *r = pt_asprintf("%s%s", p->dir, c);
    free(c);
    return r;
}

static void read_file(struct project *p, const char *path);

static void property_group(struct project *p, xmlNode *g)
{
    for (xmlNode *c = g->children; c && !stopped(p); c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !cond_ok(c, p)) continue;
        char *raw = text_of(c);
        evaluating(p, "property", c->name);
        char *v = pt_msb_expand(&p->ev, raw, NULL);
        pt_msb_set(&p->ev, (const char *)c->name, v);
        free(raw);
        free(v);
    }
}

/* Well-known item metadata: kept as written in definitions and metadata,
 * replaced per file when its compile command is made. */
static const char *const well_known[] = {"Filename", "Extension", "Identity", "FullPath", "RootDir",
                                         "Directory", "RelativeDir", NULL};

/* Metadata values: %(Name) inherits what was defined before. */
static void set_meta(struct project *p, struct pt_props *meta, xmlNode *c)
{
    char *raw = text_of(c);
    struct pt_props inherit = {0};
    const char *prev = pt_props_get(meta, (const char *)c->name);
    if (!prev) prev = pt_props_get(&p->defs, (const char *)c->name);
    for (int k = 0; well_known[k]; k++) {
        char *self = pt_asprintf("%%(%s)", well_known[k]);
        pt_props_set(&inherit, well_known[k], self);
        free(self);
    }
    pt_props_set(&inherit, (const char *)c->name, prev ? prev : "");
    evaluating(p, "metadata", c->name);
    char *v = pt_msb_expand(&p->ev, raw, &inherit);
    pt_props_set(meta, (const char *)c->name, v);
    pt_props_free(&inherit);
    free(raw);
    free(v);
}

static void item_definitions(struct project *p, xmlNode *g)
{
    for (xmlNode *c = g->children; c && !stopped(p); c = c->next)
        if (is(c, "ClCompile") && cond_ok(c, p))
            for (xmlNode *m = c->children; m && !stopped(p); m = m->next)
                if (m->type == XML_ELEMENT_NODE && cond_ok(m, p)) set_meta(p, &p->defs, m);
}

/* The well-known metadata of one file replaced in a value. */
static char *per_file(const char *v, const char *identity, const char *src)
{
    const char *slash = strrchr(src, '/');
    const char *base = slash ? slash + 1 : src;
    const char *dot = strrchr(base, '.');
    const char *rel = strrchr(identity, '\\') ? strrchr(identity, '\\') : strrchr(identity, '/');
    char *vals[7];
    vals[0] = pt_strndup(base, dot ? (size_t)(dot - base) : strlen(base));
    vals[1] = pt_strdup(dot ? dot : "");
    vals[2] = pt_strdup(identity);
    vals[3] = pt_strdup(src);
    vals[4] = pt_strdup("/");
    vals[5] = pt_strndup(src + 1, slash ? (size_t)(slash - src) : 0);
    vals[6] = pt_strndup(identity, rel ? (size_t)(rel - identity + 1) : 0);
    size_t cap = strlen(v) + 1, n = 0;
    char *out = pt_xmalloc(cap);
    for (const char *s = v; *s;) {
        int hit = -1;
        if (s[0] == '%' && s[1] == '(')
            for (int k = 0; well_known[k] && hit < 0; k++) {
                size_t l = strlen(well_known[k]);
                if (strncasecmp(s + 2, well_known[k], l) == 0 && s[2 + l] == ')') hit = k;
            }
        const char *add = hit >= 0 ? vals[hit] : s;
        size_t len = hit >= 0 ? strlen(vals[hit]) : 1;
        if (n + len + 1 > cap) { cap = (n + len + 1) * 2; out = pt_xrealloc(out, cap); }
        memcpy(out + n, add, len);
        n += len;
        s += hit >= 0 ? strlen(well_known[hit]) + 3 : 1;
    }
    out[n] = 0;
    for (int k = 0; k < 7; k++) free(vals[k]);
    return out;
}

static void add_list(cJSON *args, const char *flag, const char *list, const struct project *p, int paths)
{
    char *copy = pt_strdup(list ? list : "");
    char *save = NULL;
    for (char *tok = strtok_r(copy, ";", &save); tok; tok = strtok_r(NULL, ";", &save)) {
        while (*tok == ' ' || *tok == '\t' || *tok == '\r' || *tok == '\n') tok++;
        char *end = tok + strlen(tok);
        while (end > tok && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) *--end = 0;
        if (!*tok || strncmp(tok, "%(", 2) == 0) continue;
        char *v = paths ? local_path(p, tok) : pt_strdup(tok);
        char *a = pt_asprintf("%s%s", flag, v);
        cJSON_AddItemToArray(args, cJSON_CreateString(a));
        free(a);
        free(v);
    }
    free(copy);
}

/* AdditionalOptions: the flags that change what the analysis sees (/D /U /I
 * /FI /kernel /TP /TC /std:), in cl.exe or gcc spelling; the rest is not. */
static void add_options(cJSON *args, const char *opts, const struct project *p, int *kernel)
{
    char *copy = pt_strdup(opts ? opts : "");
    char *s = copy;
    char *toks[2] = {0};
    int pending = 0;   /* a flag whose value is the next token */
    while (*s) {
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') s++;
        if (!*s) break;
        char *t = s, *o = s;
        int q = 0;
        for (; *s && (q || (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')); s++) {
            if (*s == '"') { q = !q; continue; }
            *o++ = *s;
        }
        if (*s) s++;
        *o = 0;
        if (pending) {
            char *a = pt_asprintf("%s%s", toks[0], t);
            if (strcmp(toks[0], "/I") == 0 || strcmp(toks[0], "/FI") == 0) {
                char *v = local_path(p, t);
                struct stat st;
                free(a);
                a = stat(v, &st) == 0 ? pt_asprintf("%s%s", toks[0], v) : NULL;
                free(v);
            }
            if (!a) { pending = 0; continue; }
            cJSON_AddItemToArray(args, cJSON_CreateString(a));
            free(a);
            pending = 0;
            continue;
        }
        if (t[0] != '/' && t[0] != '-') continue;
        const char *f = t + 1;
        if (strcmp(f, "kernel") == 0) { *kernel = 1; continue; }
        if (strncmp(f, "std:", 4) == 0 && strlen(f) >= 10 && strcmp(f + strlen(f) - 6, "latest") == 0)
            continue;   /* /std:clatest, /std:c++latest: see add_std */
        if (strcmp(f, "TP") == 0 || strcmp(f, "TC") == 0 || strncmp(f, "std:", 4) == 0) {
            char *a = pt_asprintf("/%s", f);
            cJSON_AddItemToArray(args, cJSON_CreateString(a));
            free(a);
            continue;
        }
        const char *flag = strncmp(f, "FI", 2) == 0 ? "/FI"
                           : f[0] == 'D'            ? "/D"
                           : f[0] == 'U'            ? "/U"
                           : f[0] == 'I'            ? "/I"
                                                    : NULL;
        if (!flag) continue;
        const char *val = f + strlen(flag) - 1;
        if (!*val) { toks[0] = (char *)flag; pending = 1; continue; }
        char *v = flag[1] == 'I' || flag[1] == 'F' ? local_path(p, val) : pt_strdup(val);
        struct stat st;   /* "/INTEGRITYCHECK" is no include folder "NTEGRITYCHECK": paths that exist only */
        if ((flag[1] == 'I' || flag[1] == 'F') && stat(v, &st) != 0) { free(v); continue; }
        char *a = pt_asprintf("%s%s", flag, v);
        cJSON_AddItemToArray(args, cJSON_CreateString(a));
        free(a);
        free(v);
    }
    free(copy);
}

/* What an entry costs in the output and in memory: its strings plus a
 * cJSON node each. A source list of a million names times 64 KiB of include
 * folders must end at the budget, not in hundreds of gigabytes. */
static size_t entry_cost(const cJSON *e)
{
    size_t n = 0;
    const cJSON *args = cJSON_GetObjectItemCaseSensitive(e, "arguments");
    for (const cJSON *a = args ? args->child : NULL; a; a = a->next) n += strlen(a->valuestring) + 64;
    return n + 2 * strlen(cJSON_GetObjectItemCaseSensitive(e, "file")->valuestring) +
           strlen(cJSON_GetObjectItemCaseSensitive(e, "vcxproj")->valuestring) + 256;
}

/* Counts the entry against the project's and the run's output budgets. */
static int within_output_budget(struct project *p, const cJSON *e)
{
    size_t cost = entry_cost(e);
    if (cost > p->run->out_left) {
        fail(p, "the compile commands of this run are larger than the limit of %zu MiB; the rest is not read",
             PT_VCX_RUN_OUT_MAX >> 20);
        p->stop_run = 1;
        return 0;
    }
    if (p->out + cost > PT_VCX_PROJECT_OUT_MAX) {
        fail(p, "its compile commands are larger than the limit of %zu MiB", PT_VCX_PROJECT_OUT_MAX >> 20);
        return 0;
    }
    p->out += cost;
    p->run->out_left -= cost;
    return 1;
}

static int cxx_file(const char *f)
{
    const char *dot = strrchr(f, '.');
    return dot && (strcasecmp(dot, ".cpp") == 0 || strcasecmp(dot, ".cc") == 0 || strcasecmp(dot, ".cxx") == 0 ||
                   strcasecmp(dot, ".c++") == 0);
}

/* LanguageStandard (C++) and LanguageStandard_C (C) as cl.exe's /std:. Not
 * "latest" (/std:c++latest, /std:clatest): pooltrack-analyze hands /std:X to
 * clang as -std=X, and clang has no "latest": every file would fail to parse
 * (wireguard-nt's stdclatest); without /std the analyzer's default applies. */
static void add_std(cJSON *args, const char *std, const char *prefix, const char *lang)
{
    if (!std || strncasecmp(std, prefix, strlen(prefix)) != 0 || !std[strlen(prefix)]) return;
    if (strcasecmp(std + strlen(prefix), "latest") == 0) return;
    char *s = pt_asprintf("/std:%s%s", lang, std + strlen(prefix));
    cJSON_AddItemToArray(args, cJSON_CreateString(s));
    free(s);
}

/* WPP: the trace functions the WDK's build hands to tracewpp (-func:), which
 * writes them into the generated .tmh that is not there when analysing; a
 * project that names them only here (not in a `begin_wpp config` comment)
 * would otherwise lose every traced function to parse errors. Recorded
 * beside the command as "wpp_functions" for pooltrack-analyze. */
static void add_wpp_functions(cJSON *e, struct project *p, const struct pt_props *meta)
{
    const char *on = pt_props_get(meta, "WppEnabled");
    if (!on) on = pt_props_get(&p->defs, "WppEnabled");
    const char *fn = pt_props_get(meta, "WppTraceFunction");
    if (!fn) fn = pt_props_get(&p->defs, "WppTraceFunction");
    if (on && strcasecmp(on, "true") == 0 && fn && *fn) cJSON_AddStringToObject(e, "wpp_functions", fn);
}

static cJSON *compile_entry(struct project *p, const struct pt_props *meta, const char *identity, const char *src)
{
    cJSON *e = cJSON_CreateObject(), *args = cJSON_CreateArray();
    cJSON_AddStringToObject(e, "directory", p->dir);
    cJSON_AddItemToArray(args, cJSON_CreateString("cl.exe"));
    cJSON_AddItemToArray(args, cJSON_CreateString("/nologo"));
    char *vals[6];
    static const char *const names[6] = {"AdditionalIncludeDirectories", "PreprocessorDefinitions",
                                         "UndefinePreprocessorDefinitions", "ForcedIncludeFiles",
                                         "AdditionalOptions", "CompileAs"};
    for (int k = 0; k < 6; k++) {
        const char *v = pt_props_get(meta, names[k]);
        if (!v) v = pt_props_get(&p->defs, names[k]);
        vals[k] = per_file(v ? v : "", identity, src);
    }
    add_list(args, "/I", vals[0], p, 1);
    /* VC++ Directories > Include Directories: MSBuild hands them to cl.exe in
     * INCLUDE, searched after every /I (`$(SolutionDir)\inc;$(IncludePath)`) */
    add_list(args, "/I", pt_props_get(&p->ev.props, "IncludePath"), p, 1);
    char *wdk = pt_wdk_target_defines(&p->ev, p->wdk);
    char *defs = *wdk ? pt_asprintf("%s;%s", vals[1], wdk) : pt_strdup(vals[1]);
    add_list(args, "/D", defs, p, 0);
    free(defs);
    free(wdk);
    add_list(args, "/U", vals[2], p, 0);
    add_list(args, "/FI", vals[3], p, 1);
    int kernel = p->wdk == PT_WDK_KERNEL;
    add_options(args, vals[4], p, &kernel);
    if (kernel) cJSON_AddItemToArray(args, cJSON_CreateString("/kernel"));
    const char *as = vals[5];
    int cxx = strcasecmp(as, "CompileAsCpp") == 0 ? 1 : strcasecmp(as, "CompileAsC") == 0 ? 0 : cxx_file(src);
    if (strcasecmp(as, "CompileAsCpp") == 0) cJSON_AddItemToArray(args, cJSON_CreateString("/TP"));
    if (strcasecmp(as, "CompileAsC") == 0) cJSON_AddItemToArray(args, cJSON_CreateString("/TC"));
    const char *std = pt_props_get(meta, cxx ? "LanguageStandard" : "LanguageStandard_C");
    if (!std) std = pt_props_get(&p->defs, cxx ? "LanguageStandard" : "LanguageStandard_C");
    if (cxx) add_std(args, std, "stdcpp", "c++");
    else add_std(args, std, "stdc", "c");
    for (int k = 0; k < 6; k++) free(vals[k]);
    cJSON_AddItemToArray(args, cJSON_CreateString("/c"));
    cJSON_AddItemToArray(args, cJSON_CreateString(src));
    cJSON_AddItemToObject(e, "arguments", args);
    cJSON_AddStringToObject(e, "file", src);
    /* the driver this entry builds: two projects in one folder are two drivers */
    cJSON_AddStringToObject(e, "vcxproj", p->abs);
    add_wpp_functions(e, p, meta);
    return e;
}

static void compile_item(struct project *p, xmlNode *c)
{
    char *hold;
    const char *inc = attr(c, "Include", &hold);
    if (!inc) return;
    struct pt_props meta = {0};
    for (xmlNode *m = c->children; m && !stopped(p); m = m->next)
        if (m->type == XML_ELEMENT_NODE && cond_ok(m, p)) set_meta(p, &meta, m);
    const char *excluded = pt_props_get(&meta, "ExcludedFromBuild");
    evaluating(p, "the Include of", c->name);
    char *files = pt_msb_expand(&p->ev, inc, NULL);
    char *fsave = NULL;
    for (char *f = strtok_r(files, ";", &fsave); f && !(excluded && strcasecmp(excluded, "true") == 0) && !stopped(p);
         f = strtok_r(NULL, ";", &fsave)) {
        while (*f == ' ' || *f == '\t' || *f == '\r' || *f == '\n') f++;
        char *end = f + strlen(f);
        while (end > f && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) *--end = 0;
        if (!*f) continue;
        if (strpbrk(f, "*?")) {   /* wildcards are not expanded: no file-system walk for a hostile pattern */
            if (!p->noted_wildcard) pt_msb_say("note: %s: the wildcard in ClCompile %s is not expanded", p->path, f);
            p->noted_wildcard = 1;
            continue;
        }
        char *src = local_path(p, f);
        cJSON *e = compile_entry(p, &meta, f, src);
        if (within_output_budget(p, e)) {
            cJSON_AddItemToArray(p->entries, e);
            p->count++;
        } else {
            cJSON_Delete(e);
        }
        free(src);
    }
    free(files);
    pt_props_free(&meta);
    xmlFree(hold);
}

static void project_configuration(struct project *p, xmlNode *c)
{
    char *hold;
    const char *inc = attr(c, "Include", &hold);
    if (inc) {
        evaluating(p, "the Include of", c->name);
        char *v = pt_msb_expand(&p->ev, inc, NULL);
        int seen = 0;
        for (size_t i = 0; i < p->nconfigs && !seen; i++) seen = strcasecmp(p->configs[i], v) == 0;
        if (!seen && strchr(v, '|') && p->nconfigs < 1000) {
            p->configs = pt_xrealloc(p->configs, (p->nconfigs + 1) * sizeof *p->configs);
            p->configs[p->nconfigs++] = v;
        } else {
            free(v);
        }
    }
    xmlFree(hold);
}

static int on_stack(const struct project *p, const char *real)
{
    for (int i = 0; i < p->depth; i++)
        if (strcmp(p->stack[i], real) == 0) return 1;
    return 0;
}

/* Both passes meet the same imports, and a file may be imported a thousand
 * times: one note per file. */
static void note_skipped(struct project *p, const char *real, const char *why)
{
    if (p->phase != 0 || pt_props_get(&p->noted, real)) return;
    pt_props_set(&p->noted, real, "");
    pt_msb_say("note: %s: %s imports %s%s", p->path, p->file, real, why);
}

/* Pass 0 decides every import (MSBuild reads the imports once, in its
 * property pass); passes 1 and 2 replay the decisions in the same order. */
static void decide(struct project *p, const char *v)
{
    p->decisions = pt_xrealloc(p->decisions, (p->ndecisions + 1) * sizeof *p->decisions);
    p->decisions[p->ndecisions++] = v ? pt_strdup(v) : NULL;
}

static const char *replay(struct project *p)
{
    return p->next_decision < p->ndecisions ? p->decisions[p->next_decision++] : NULL;
}

/* An import of a file that exists. MSBuild skips a file imported before in
 * the project (MSB4011) and a file importing itself (MSB4210), and so do we:
 * each file is read at most once per pass, and a cycle ends. Depth and count
 * are bounded for what is left: a chain of distinct files. */
static void import_path(struct project *p, char *path)
{
    char *real = path[0] ? realpath(path, NULL) : NULL;   /* an import that does not exist is skipped */
    if (!real || stopped(p)) { decide(p, NULL); free(real); return; }
    int read = 0;
    if (++p->imports > PT_VCX_IMPORTS_MAX) {   /* skipped ones count too: they cost a note, a realpath */
        fail(p, "more than %d imports (at %s)", PT_VCX_IMPORTS_MAX, real);
    } else if (on_stack(p, real)) {
        note_skipped(p, real, ", which is being read (an import cycle); skipped");
    } else if (pt_props_get(&p->imported, real)) {
        note_skipped(p, real, " again; skipped, as MSBuild does");
    } else if (p->depth > PT_VCX_IMPORT_DEPTH) {   /* the stack holds the project too */
        fail(p, "imports nested deeper than %d levels (at %s)", PT_VCX_IMPORT_DEPTH, real);
    } else {
        read = 1;
    }
    decide(p, read ? real : NULL);
    if (read) {
        pt_props_set(&p->imported, real, "");
        read_file(p, real);
    }
    free(real);
}

static void replay_import(struct project *p)
{
    const char *real = replay(p);
    if (!real || stopped(p)) return;
    if (p->depth > PT_VCX_IMPORT_DEPTH) {
        fail(p, "imports nested deeper than %d levels (at %s)", PT_VCX_IMPORT_DEPTH, real);
        return;
    }
    char *copy = pt_strdup(real);
    read_file(p, copy);
    free(copy);
}

/* Directory.Build.props or .targets, as Microsoft.Common.props/.targets
 * find it: $(DirectoryBuildPropsPath), else the first folder at or above
 * the project's holding the file (up to the file-system root). */
static void directory_build(struct project *p, const char *kind)
{
    if (p->phase != 0) { replay_import(p); return; }
    char name[64], *path = NULL;
    snprintf(name, sizeof name, "ImportDirectoryBuild%s", kind);
    const char *on = pt_msb_get(&p->ev, name);
    if (on && strcasecmp(on, "false") == 0) { decide(p, NULL); return; }
    snprintf(name, sizeof name, "DirectoryBuild%sPath", kind);
    const char *given = pt_msb_get(&p->ev, name);
    if (given && *given) {
        path = pt_msb_local_path(&p->ev, given);
    } else {
        char *expr = pt_asprintf("$([MSBuild]::GetDirectoryNameOfFileAbove($(MSBuildProjectDirectory), "
                                 "'Directory.Build.%s'))", strcasecmp(kind, "Props") == 0 ? "props" : "targets");
        evaluating(p, "the search for", (const xmlChar *)(strcasecmp(kind, "Props") == 0 ? "Directory.Build.props"
                                                                                        : "Directory.Build.targets"));
        char *dir = pt_msb_expand(&p->ev, expr, NULL);
        free(expr);
        path = dir[0] ? pt_asprintf("%s%sDirectory.Build.%s", dir, strcmp(dir, "/") ? "/" : "",
                                    strcasecmp(kind, "Props") == 0 ? "props" : "targets")
                      : pt_strdup("");
        free(dir);
        if (path[0]) pt_msb_set(&p->ev, name, path);
    }
    import_path(p, path);
    free(path);
}

static int ci_contains(const char *s, const char *what)
{
    for (size_t n = strlen(what); *s; s++)
        if (strncasecmp(s, what, n) == 0) return 1;
    return 0;
}

/* Imports of $(VCTargetsPath) (Visual C++'s own files, not here): what they
 * would bring. 1 Microsoft.Cpp.Default.props, 2 Microsoft.Cpp.props,
 * 3 Microsoft.Cpp.targets, 0 another. */
static int vc_import(const char *raw)
{
    if (!ci_contains(raw, "$(VCTargetsPath")) return 0;
    const char *base = raw + strlen(raw);
    while (base > raw && base[-1] != '\\' && base[-1] != '/' && base[-1] != ')') base--;
    if (strcasecmp(base, "Microsoft.Cpp.Default.props") == 0) return 1;
    if (strcasecmp(base, "Microsoft.Cpp.props") == 0) return 2;
    if (strcasecmp(base, "Microsoft.Cpp.targets") == 0) return 3;
    return 0;
}

static void wdk_toolset(struct project *p)
{
    if (p->phase == 0 && !p->wdk_applied) p->wdk = pt_wdk_toolset_props(&p->ev);
    if (p->phase == 1 && !p->wdk_applied) pt_wdk_item_definitions(&p->ev, p->wdk, &p->defs);
    p->wdk_applied = 1;
}

static void vc_hook(struct project *p, int which)
{
    if (which == 1) {   /* Microsoft.Common.props: Directory.Build.props; ImportBefore: the WDK's constants */
        directory_build(p, "Props");
        if (p->phase == 0) pt_wdk_default_props(&p->ev);
    } else if (which == 2) {
        wdk_toolset(p);
    } else {            /* Microsoft.Common.targets: Directory.Build.targets */
        directory_build(p, "Targets");
    }
}

static void import(struct project *p, xmlNode *n, const char *file_dir)
{
    char *hold;
    const char *proj = attr(n, "Project", &hold);
    if (!proj) { xmlFree(hold); return; }
    int hook = vc_import(proj);
    if (p->phase != 0) {
        if (hook) { if (replay(p)) vc_hook(p, hook); }
        else replay_import(p);
        xmlFree(hold);
        return;
    }
    char *dir = pt_asprintf("%s/", file_dir);
    p->ev.base_dir = dir;   /* an Import's condition and path: relative to its file */
    int ok = cond_ok(n, p);
    char *path = NULL;
    if (ok && !hook) {
        evaluating(p, "the Project of", n->name);
        char *exp = pt_msb_expand(&p->ev, proj, NULL);
        for (char *q = exp; *q; q++) if (*q == '\\') *q = '/';
        path = !exp[0] ? pt_strdup("") : exp[0] == '/' ? pt_strdup(exp) : pt_asprintf("%s/%s", file_dir, exp);
        free(exp);
    }
    p->ev.base_dir = p->dir;
    free(dir);
    xmlFree(hold);
    if (stopped(p)) return;
    if (hook) {
        decide(p, ok ? "1" : NULL);
        if (ok) vc_hook(p, hook);
    } else if (ok) {
        import_path(p, path);
    } else {
        decide(p, NULL);
    }
    free(path);
}

static void walk(struct project *p, xmlNode *root, const char *file_dir, int in_choose);

/* <Choose><When Condition=...>...</When><Otherwise>...</Otherwise></Choose> */
static void choose(struct project *p, xmlNode *n, const char *file_dir)
{
    for (xmlNode *c = n->children; c && !stopped(p); c = c->next) {
        if (is(c, "When")) {
            if (cond_ok(c, p)) { walk(p, c, file_dir, 1); return; }
        } else if (is(c, "Otherwise")) {
            walk(p, c, file_dir, 1);
            return;
        }
    }
}

/* MSBuild evaluates in passes: properties (phase 0), item definitions
 * (phase 1), items (phase 2), whatever their order in the file. */
static void walk(struct project *p, xmlNode *root, const char *file_dir, int in_choose)
{
    for (xmlNode *n = root->children; n && !stopped(p); n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is(n, "PropertyGroup")) {
            if (p->phase == 0 && cond_ok(n, p)) property_group(p, n);
        } else if (is(n, "ItemDefinitionGroup")) {
            if (p->phase == 1 && cond_ok(n, p)) item_definitions(p, n);
        } else if (is(n, "ItemGroup")) {
            if (p->phase != 2 || !cond_ok(n, p)) continue;
            for (xmlNode *c = n->children; c && !stopped(p); c = c->next)
                if (is(c, "ClCompile") && cond_ok(c, p)) compile_item(p, c);
                else if (is(c, "ProjectConfiguration") && cond_ok(c, p)) project_configuration(p, c);
        } else if (is(n, "Choose")) {
            choose(p, n, file_dir);
        } else if (in_choose) {
            continue;   /* no imports inside Choose (MSBuild refuses them) */
        } else if (is(n, "ImportGroup")) {
            int ok;
            if (p->phase == 0) {
                char *dir = pt_asprintf("%s/", file_dir);
                p->ev.base_dir = dir;
                ok = cond_ok(n, p);
                p->ev.base_dir = p->dir;
                free(dir);
                decide(p, ok ? "1" : NULL);
            } else {
                ok = replay(p) != NULL;
            }
            if (ok) walk(p, n, file_dir, 0);
        } else if (is(n, "Import")) {
            import(p, n, file_dir);
        }
    }
}

/* A DOCTYPE is where entities are declared: external ones (XXE) and nested
 * ones (billion laughs). MSBuild files have none, so one stops the parse
 * before any declaration is read. */
static void refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
    (void)name, (void)external_id, (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    *(int *)ctxt->_private = 1;
    xmlStopParser(ctxt);
}

/* Counts len bytes against the project's and the run's read budgets. */
static int within_read_budget(struct project *p, const char *path, size_t len)
{
    if (len > p->run->read_left) {
        fail(p, "the files read in this run are larger than the limit of %zu MiB (at %s); the rest is not read",
             PT_VCX_RUN_READ_MAX >> 20, path);
        p->stop_run = 1;
        return 0;
    }
    if (p->read + len > PT_VCX_PROJECT_READ_MAX) {
        fail(p, "the project and its imports are larger than the limit of %zu MiB (at %s)",
             PT_VCX_PROJECT_READ_MAX >> 20, path);
        return 0;
    }
    p->read += len;
    p->run->read_left -= len;
    return 1;
}

/* A UTF-16 file (with its byte order mark, as Windows tools write it) as
 * UTF-8, so that every file reaches libxml2 in one encoding the markup count
 * below can read: libxml2 would otherwise also detect UCS-4 and EBCDIC.
 * Unpaired surrogates become U+FFFD. */
static char *utf16_to_utf8(const unsigned char *s, size_t len, size_t *outlen)
{
    int be = s[0] == 0xFE;
    char *out = pt_xmalloc(len / 2 * 3 + 1), *o = out;
    for (size_t i = 2; i + 1 < len; i += 2) {
        unsigned c = be ? (unsigned)(s[i] << 8 | s[i + 1]) : (unsigned)(s[i + 1] << 8 | s[i]);
        if (c >= 0xD800 && c < 0xDC00 && i + 3 < len) {
            unsigned d = be ? (unsigned)(s[i + 2] << 8 | s[i + 3]) : (unsigned)(s[i + 3] << 8 | s[i + 2]);
            if (d >= 0xDC00 && d < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i += 2;
            }
        }
        if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
        if (c < 0x80) *o++ = (char)c;
        else if (c < 0x800) { *o++ = (char)(0xC0 | c >> 6); *o++ = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) {
            *o++ = (char)(0xE0 | c >> 12); *o++ = (char)(0x80 | (c >> 6 & 0x3F)); *o++ = (char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (char)(0xF0 | c >> 18); *o++ = (char)(0x80 | (c >> 12 & 0x3F));
            *o++ = (char)(0x80 | (c >> 6 & 0x3F)); *o++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *o = 0;
    *outlen = (size_t)(o - out);
    return out;
}

/* libxml2 2.9 slows down quadratically on many distinct names (its name
 * dictionary stops growing) and on many attributes in one tag (a double loop
 * looks for duplicates): 80,000 attributes took over a minute, 200,000
 * elements 8 s. So markup is counted before parsing: '<' bounds the elements,
 * '=' the attributes, '=' between two '<' those of one tag. A message, or
 * NULL when the file is within the limits. */
static const char *too_much_markup(struct project *p, const char *text, size_t len)
{
    size_t marks = 0, in_tag = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '<') in_tag = 0;
        else if (text[i] != '=') continue;
        else if (++in_tag > PT_VCX_TAG_ATTRS_MAX) return "more than " PT_STR(PT_VCX_TAG_ATTRS_MAX) " '=' in one tag";
        if (++marks > PT_VCX_FILE_MARKUP_MAX)
            return "more than " PT_STR(PT_VCX_FILE_MARKUP_MAX) " elements and attributes ('<' and '=')";
    }
    p->markup += marks;
    if (p->markup > PT_VCX_PROJECT_MARKUP_MAX)
        return "the project and its imports have more than " PT_STR(PT_VCX_PROJECT_MARKUP_MAX)
               " elements and attributes ('<' and '=')";
    if (marks > p->run->markup_left) {
        p->stop_run = 1;
        return "the files of this run have more than " PT_STR(PT_VCX_RUN_MARKUP_MAX)
               " elements and attributes ('<' and '='); the rest is not read";
    }
    p->run->markup_left -= marks;
    return NULL;
}

/* The file parsed from memory: a regular file (a FIFO would block, a device
 * never end) within PT_VCX_FILE_MAX and the budgets, no network, no DTD,
 * no entity expansion. NULL after fail(). */
static xmlDoc *parse(struct project *p, const char *path)
{
    char err[1024];
    size_t len = 0;
    const char *what = p->depth ? "import" : "project";
    char *text = pt_read_file(what, path, PT_VCX_FILE_MAX, 0, &len, err, sizeof err);
    if (!text) {   /* "project /abs/p.vcxproj: a FIFO" after "p.vcxproj: " is just "a FIFO" */
        size_t skip = p->depth ? 0 : strlen(what) + strlen(path) + 3;
        fail(p, "%s", skip < strlen(err) ? err + skip : err);
        return NULL;
    }
    if (len >= 2 && ((unsigned char)text[0] == 0xFF || (unsigned char)text[0] == 0xFE) &&
        (unsigned char)text[1] == ((unsigned char)text[0] ^ 1)) {   /* FF FE or FE FF */
        char *utf8 = utf16_to_utf8((const unsigned char *)text, len, &len);
        free(text);
        text = utf8;
    }
    xmlDoc *doc = NULL;
    const char *markup = too_much_markup(p, text, len);
    if (markup) fail(p, "%s%s%s", p->depth ? path : "", p->depth ? ": " : "", markup);
    else if (within_read_budget(p, path, len)) {
        xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
        int doctype = 0;
        if (ctxt) {
            ctxt->sax->internalSubset = refuse_doctype;
            ctxt->_private = &doctype;
            doc = xmlCtxtReadMemory(ctxt, text, (int)len, path, "UTF-8",
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC);
            xmlFreeParserCtxt(ctxt);
        }
        const char *in = p->depth ? path : "", *sep = p->depth ? ": " : "";
        if (doctype) fail(p, "%s%shas a DOCTYPE, which MSBuild files do not have (refused: no entities)", in, sep);
        else if (!doc || !xmlDocGetRootElement(doc)) fail(p, "%s%snot a readable XML project file", in, sep);
        if (p->error[0] && doc) { xmlFreeDoc(doc); doc = NULL; }
    }
    free(text);
    return doc;
}

/* MSBuild's properties of the file being read (MSBuildThisFile...), set
 * while it is read and restored after. */
static const char *const this_file[] = {"MSBuildThisFileDirectory", "MSBuildThisFile", "MSBuildThisFileFullPath",
                                        "MSBuildThisFileName", "MSBuildThisFileExtension", NULL};

static void read_file(struct project *p, const char *path)
{
    xmlDoc *doc = parse(p, path);
    if (!doc) return;
    const char *outer = p->file;
    p->file = path;
    p->stack = pt_xrealloc(p->stack, (size_t)(p->depth + 1) * sizeof *p->stack);
    p->stack[p->depth++] = (char *)path;
    char *dir = pt_strdup(path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    char *saved[5];
    for (int k = 0; this_file[k]; k++) {
        const char *v = pt_props_get(&p->ev.props, this_file[k]);
        saved[k] = v ? pt_strdup(v) : NULL;
    }
    const char *base = slash ? strrchr(path, '/') + 1 : path;
    const char *dot = strrchr(base, '.');
    char *dirslash = pt_asprintf("%s/", dir);
    char *name = pt_strndup(base, dot ? (size_t)(dot - base) : strlen(base));
    pt_props_set(&p->ev.props, "MSBuildThisFileDirectory", dirslash);
    pt_props_set(&p->ev.props, "MSBuildThisFile", base);
    pt_props_set(&p->ev.props, "MSBuildThisFileFullPath", path);
    pt_props_set(&p->ev.props, "MSBuildThisFileName", name);
    pt_props_set(&p->ev.props, "MSBuildThisFileExtension", dot ? dot : "");
    free(dirslash);
    free(name);
    xmlNode *root = xmlDocGetRootElement(doc);
    char *hold;
    const char *local = p->phase == 0 ? attr(root, "TreatAsLocalProperty", &hold) : (hold = NULL);
    if (local) {   /* global properties this file may set after all */
        char *copy = pt_strdup(local), *save = NULL;
        for (char *t = strtok_r(copy, "; \t\r\n", &save); t; t = strtok_r(NULL, "; \t\r\n", &save))
            pt_props_set(&p->ev.local_ok, t, "");
        free(copy);
    }
    xmlFree(hold);
    walk(p, root, dir, 0);
    stopped(p);   /* an error in the last node, named with this file */
    for (int k = 0; this_file[k]; k++) {
        if (saved[k]) pt_props_set(&p->ev.props, this_file[k], saved[k]);
        free(saved[k]);
    }
    free(dir);
    xmlFreeDoc(doc);
    p->depth--;
    p->file = outer;
}

void pt_vcx_run_init(struct pt_vcx_run *r, int msbuild_env)
{
    memset(r, 0, sizeof *r);
    r->msbuild_env = msbuild_env;
    r->read_left = PT_VCX_RUN_READ_MAX;
    r->out_left = PT_VCX_RUN_OUT_MAX;
    r->markup_left = PT_VCX_RUN_MARKUP_MAX;
}

void pt_vcx_run_free(struct pt_vcx_run *r)
{
    pt_props_free(&r->env_noted);
    pt_props_free(&r->fn_noted);
    pt_props_free(&r->projects);
}

static void define_builtins(struct project *p, const char *conf, const char *plat, const char *solution_dir,
                            const char *dir, const char *name)
{
    /* Configuration and Platform are global properties, as `msbuild /p:` or a
     * solution build passes them: the project cannot change them. */
    pt_props_set(&p->ev.globals, "Configuration", conf);
    pt_props_set(&p->ev.globals, "Platform", plat);
    struct pt_props *pr = &p->ev.props;
    pt_props_set(pr, "ProjectDir", p->dir);
    pt_props_set(pr, "MSBuildProjectDirectory", dir);
    pt_props_set(pr, "MSBuildProjectFullPath", p->abs);
    pt_props_set(pr, "MSBuildProjectFile", strrchr(p->abs, '/') + 1);
    pt_props_set(pr, "MSBuildProjectName", name);
    pt_props_set(pr, "MSBuildProjectExtension", strrchr(p->abs, '.') ? strrchr(p->abs, '.') : "");
    pt_props_set(pr, "ProjectName", name);
    pt_props_set(pr, "TargetName", name);
    pt_props_set(pr, "ConfigurationName", conf);
    pt_props_set(pr, "SolutionDir", solution_dir ? solution_dir : p->dir);
    char *intdir = pt_asprintf("%s%s/%s/", p->dir, plat, conf);
    pt_props_set(pr, "IntDir", intdir);
    pt_props_set(pr, "OutDir", intdir);
    free(intdir);
}

/* The three passes over the project; the entries in p->entries, or p->error. */
static void evaluate(struct project *p, const char *abs)
{
    for (p->phase = 0; p->phase < 3 && !p->error[0]; p->phase++) {
        pt_props_free(&p->imported);
        p->imports = 0;
        p->next_decision = 0;
        p->wdk_applied = 0;
        pt_props_set(&p->imported, abs, "");
        if (p->phase == 1 && p->wdk_missing) {   /* no Microsoft.Cpp.props import: the rules come first */
            pt_wdk_item_definitions(&p->ev, p->wdk, &p->defs);
            p->wdk_applied = 1;
        }
        read_file(p, abs);
        if (p->phase == 0 && !p->wdk_applied && !p->error[0]) {
            p->wdk = pt_wdk_toolset_props(&p->ev);
            p->wdk_missing = 1;
        }
    }
}

static void project_free(struct project *p)
{
    cJSON_Delete(p->entries);
    pt_msb_free(&p->ev);
    pt_props_free(&p->defs);
    pt_props_free(&p->imported);
    pt_props_free(&p->noted);
    free(p->stack);
    for (size_t i = 0; i < p->ndecisions; i++) free(p->decisions[i]);
    free(p->decisions);
    for (size_t i = 0; i < p->nconfigs; i++) free(p->configs[i]);
    free(p->configs);
    memset(p, 0, sizeof *p);
}

static void project_run(struct project *p, const struct pt_vcx_opts *o, const char *path, const char *abs,
                        const char *dir, const char *dirslash, const char *name, const char *conf, const char *plat)
{
    memset(p, 0, sizeof *p);
    pt_msb_init(&p->ev, o->run->msbuild_env, &o->run->env_noted);
    p->ev.fn_noted = &o->run->fn_noted;
    p->ev.project = path;
    p->ev.base_dir = dirslash;
    p->run = o->run;
    p->path = path;
    p->abs = abs;
    p->dir = dirslash;
    p->entries = cJSON_CreateArray();
    define_builtins(p, conf, plat, o->solution_dir, dir, name);
    evaluate(p, abs);
}

static int has_config(const struct project *p, const char *conf, const char *plat)
{
    for (size_t i = 0; i < p->nconfigs; i++) {
        const char *bar = strchr(p->configs[i], '|');
        if ((size_t)(bar - p->configs[i]) == strlen(conf) && strncasecmp(p->configs[i], conf, strlen(conf)) == 0 &&
            strcasecmp(bar + 1, plat) == 0)
            return 1;
    }
    return 0;
}

/* The configuration to use when the one tried is not the project's: the
 * given half kept, Debug and x64 preferred, else the project's first. NULL:
 * none fits what was given. */
static const char *pick_config(const struct project *p, const char *conf, const char *plat)
{
    const char *first = NULL, *x64 = NULL;
    for (size_t i = 0; i < p->nconfigs; i++) {
        const char *c = p->configs[i], *bar = strchr(c, '|');
        size_t cl = (size_t)(bar - c);
        int conf_ok = !conf || (cl == strlen(conf) && strncasecmp(c, conf, cl) == 0);
        int plat_ok = !plat || strcasecmp(bar + 1, plat) == 0;
        if (!conf_ok || !plat_ok) continue;
        if (!conf && plat && cl == 5 && strncasecmp(c, "Debug", 5) == 0) return c;
        if (!first) first = c;
        if (!x64 && strcasecmp(bar + 1, "x64") == 0) x64 = c;
    }
    return x64 ? x64 : first;
}

int pt_vcxproj_read(const char *path, const struct pt_vcx_opts *o, cJSON *entries, char *err,
                    size_t errlen)
{
    char *ci = pt_path_resolve_ci(path);
    char *abs = realpath(ci, NULL);
    free(ci);
    if (!abs) {
        snprintf(err, errlen, "%s: no such project file", path);
        return PT_VCX_FAILED;
    }
    const char *seen = pt_props_get(&o->run->projects, abs);
    if (seen) {   /* a .sln may name a project twice, or a million times: one note */
        if (!*seen) pt_msb_say("note: %s: converted already in this run; skipped", path);
        pt_props_set(&o->run->projects, abs, "noted");
        free(abs);
        return 0;
    }
    pt_props_set(&o->run->projects, abs, "");
    char *dir = pt_strdup(abs);
    *strrchr(dir, '/') = 0;
    char *dirslash = pt_asprintf("%s/", dir);
    char *name = pt_strdup(strrchr(abs, '/') + 1);
    char *dot = strrchr(name, '.');
    if (dot) *dot = 0;
    struct project p;
    const char *conf = o->configuration ? o->configuration : "Debug";
    const char *plat = o->platform ? o->platform : "x64";
    project_run(&p, o, path, abs, dir, dirslash, name, conf, plat);
    int n = p.count;
    char *chosen = NULL;
    if (!p.error[0] && p.nconfigs && !has_config(&p, conf, plat)) {
        const char *c = o->configuration && o->platform ? NULL : pick_config(&p, o->configuration, o->platform);
        if (!c) {   /* not one of the project's: name them */
            char list[1024] = "";
            for (size_t i = 0; i < p.nconfigs && strlen(list) < 800; i++)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", p.configs[i]);
            char *m = pt_asprintf("configuration '%s|%s' is not one of the project's: %s%s", conf, plat, list,
                                  strlen(list) >= 800 ? ", ..." : "");
            snprintf(p.error, sizeof p.error, "%s", m);   /* cut to the field, as every error here */
            free(m);
        } else {   /* the default did not fit: again with the project's own */
            chosen = pt_strdup(c);
            pt_msb_say("note: %s: configuration '%s' used (the project has no '%s|%s')", path, chosen, conf, plat);
            project_free(&p);
            char *bar = strchr(chosen, '|');
            *bar = 0;
            project_run(&p, o, path, abs, dir, dirslash, name, chosen, bar + 1);
        }
    }
    if (p.error[0]) {
        snprintf(err, errlen, "%s: %s", path, p.error);
        n = p.stop_run ? PT_VCX_STOP_RUN : PT_VCX_FAILED;
    } else {
        n = p.count;
        cJSON *e;
        while ((e = cJSON_DetachItemFromArray(p.entries, 0))) cJSON_AddItemToArray(entries, e);
    }
    project_free(&p);
    free(chosen);
    free(name);
    free(dir);
    free(dirslash);
    free(abs);
    return n;
}
