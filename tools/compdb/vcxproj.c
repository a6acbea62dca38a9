/* Reading a .vcxproj with libxml2: properties (document order, with imports),
 * ClCompile item definitions and items, conditions on all of them. */
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
        pt_props_set(&p->ev.props, (const char *)c->name, v);
        free(raw);
        free(v);
    }
}

/* Metadata values: %(Name) inherits what was defined before. */
static void set_meta(struct project *p, struct pt_props *meta, xmlNode *c)
{
    char *raw = text_of(c);
    struct pt_props inherit = {0};
    const char *prev = pt_props_get(meta, (const char *)c->name);
    if (!prev) prev = pt_props_get(&p->defs, (const char *)c->name);
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

/* What an entry costs in the output and in memory: its strings plus a
 * cJSON node each. A source list of a million names times 64 KiB of include
 * folders must end at the budget, not in hundreds of gigabytes. */
static size_t entry_cost(const cJSON *e)
{
    size_t n = 0;
    const cJSON *args = cJSON_GetObjectItemCaseSensitive(e, "arguments");
    for (const cJSON *a = args ? args->child : NULL; a; a = a->next) n += strlen(a->valuestring) + 64;
    return n + 2 * strlen(cJSON_GetObjectItemCaseSensitive(e, "file")->valuestring) + 256;
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

static cJSON *compile_entry(struct project *p, const struct pt_props *meta, const char *src)
{
    cJSON *e = cJSON_CreateObject(), *args = cJSON_CreateArray();
    cJSON_AddStringToObject(e, "directory", p->dir);
    cJSON_AddItemToArray(args, cJSON_CreateString("cl.exe"));
    cJSON_AddItemToArray(args, cJSON_CreateString("/nologo"));
#define META(name) (pt_props_get(meta, name) ? pt_props_get(meta, name) : pt_props_get(&p->defs, name))
    add_list(args, "/I", META("AdditionalIncludeDirectories"), p, 1);
    add_list(args, "/D", META("PreprocessorDefinitions"), p, 0);
    add_list(args, "/FI", META("ForcedIncludeFiles"), p, 1);
    const char *drv = pt_props_get(&p->ev.props, "DriverType");
    const char *type = pt_props_get(&p->ev.props, "ConfigurationType");
    if ((drv && (strcasecmp(drv, "KMDF") == 0 || strcasecmp(drv, "WDM") == 0)) ||
        (type && strcasecmp(type, "Driver") == 0))
        cJSON_AddItemToArray(args, cJSON_CreateString("/kernel"));
    const char *as = META("CompileAs");
    if (as && strcasecmp(as, "CompileAsCpp") == 0) cJSON_AddItemToArray(args, cJSON_CreateString("/TP"));
    if (as && strcasecmp(as, "CompileAsC") == 0) cJSON_AddItemToArray(args, cJSON_CreateString("/TC"));
    const char *std = META("LanguageStandard");
    if (std && strncasecmp(std, "stdcpp", 6) == 0) {
        char *s = pt_asprintf("/std:c++%s", std + 6);
        cJSON_AddItemToArray(args, cJSON_CreateString(s));
        free(s);
    }
#undef META
    cJSON_AddItemToArray(args, cJSON_CreateString("/c"));
    cJSON_AddItemToArray(args, cJSON_CreateString(src));
    cJSON_AddItemToObject(e, "arguments", args);
    cJSON_AddStringToObject(e, "file", src);
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
        char *src = local_path(p, f);
        cJSON *e = compile_entry(p, &meta, src);
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

/* An Import of a file that exists. MSBuild skips a file imported before in
 * the project (MSB4011) and a file importing itself (MSB4210), and so do we:
 * each file is read at most once per pass, and a cycle ends. Depth and count
 * are bounded for what is left: a chain of distinct files. */
static void import(struct project *p, xmlNode *n, const char *file_dir)
{
    char *hold;
    const char *proj = attr(n, "Project", &hold);
    if (!proj) return;
    evaluating(p, "the Project of", n->name);
    char *exp = pt_msb_expand(&p->ev, proj, NULL);
    xmlFree(hold);
    for (char *q = exp; *q; q++) if (*q == '\\') *q = '/';
    char *path = exp[0] == '/' ? pt_strdup(exp) : pt_asprintf("%s/%s", file_dir, exp);
    free(exp);
    char *real = realpath(path, NULL);   /* an import that does not exist is skipped, as before */
    free(path);
    if (!real || stopped(p)) { free(real); return; }
    if (++p->imports > PT_VCX_IMPORTS_MAX) {   /* skipped ones count too: they cost a note, a realpath */
        fail(p, "more than %d imports (at %s)", PT_VCX_IMPORTS_MAX, real);
    } else if (on_stack(p, real)) {
        note_skipped(p, real, ", which is being read (an import cycle); skipped");
    } else if (pt_props_get(&p->imported, real)) {
        note_skipped(p, real, " again; skipped, as MSBuild does");
    } else if (p->depth > PT_VCX_IMPORT_DEPTH) {   /* the stack holds the project too */
        fail(p, "imports nested deeper than %d levels (at %s)", PT_VCX_IMPORT_DEPTH, real);
    } else {
        pt_props_set(&p->imported, real, "");
        read_file(p, real);
    }
    free(real);
}

/* MSBuild evaluates in passes: properties and item definitions (phase 0),
 * then items (phase 1), whatever their order in the file. */
static void walk(struct project *p, xmlNode *root, const char *file_dir)
{
    for (xmlNode *n = root->children; n && !stopped(p); n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !cond_ok(n, p)) continue;
        if (is(n, "PropertyGroup")) { if (p->phase == 0) property_group(p, n); }
        else if (is(n, "ItemDefinitionGroup")) { if (p->phase == 0) item_definitions(p, n); }
        else if (is(n, "ItemGroup")) {
            if (p->phase != 1) continue;
            for (xmlNode *c = n->children; c && !stopped(p); c = c->next)
                if (is(c, "ClCompile") && cond_ok(c, p)) compile_item(p, c);
        } else if (is(n, "ImportGroup")) {
            walk(p, n, file_dir);
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
        return "the project and its imports have more than " PT_STR(PT_VCX_PROJECT_MARKUP_MAX) " elements and attributes ('<' and '=')";
    if (marks > p->run->markup_left) {
        p->stop_run = 1;
        return "the files of this run have more than " PT_STR(PT_VCX_RUN_MARKUP_MAX) " elements and attributes ('<' and '='); the rest is not read";
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
    pt_props_set(&p->ev.props, "MSBuildThisFileDirectory", dir);
    walk(p, xmlDocGetRootElement(doc), dir);
    stopped(p);   /* an error in the last node, named with this file */
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
    pt_props_free(&r->projects);
}

static void define_builtins(struct project *p, const struct pt_vcx_opts *o, const char *dir, const char *name)
{
    struct pt_props *pr = &p->ev.props;
    pt_props_set(pr, "Configuration", o->configuration);
    pt_props_set(pr, "Platform", o->platform);
    pt_props_set(pr, "ProjectDir", p->dir);
    pt_props_set(pr, "MSBuildProjectDirectory", dir);
    pt_props_set(pr, "ProjectName", name);
    pt_props_set(pr, "TargetName", name);
    pt_props_set(pr, "SolutionDir", o->solution_dir ? o->solution_dir : p->dir);
    char *intdir = pt_asprintf("%s%s/%s/", p->dir, o->platform, o->configuration);
    pt_props_set(pr, "IntDir", intdir);
    pt_props_set(pr, "OutDir", intdir);
    free(intdir);
}

/* Both passes over the project; the entries in p->entries, or p->error. */
static void evaluate(struct project *p, const char *abs)
{
    for (p->phase = 0; p->phase < 2 && !p->error[0]; p->phase++) {
        pt_props_free(&p->imported);
        p->imports = 0;
        pt_props_set(&p->imported, abs, "");
        read_file(p, abs);
    }
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
    struct project p;
    memset(&p, 0, sizeof p);
    pt_msb_init(&p.ev, o->run->msbuild_env, &o->run->env_noted);
    p.run = o->run;
    p.path = path;
    p.abs = abs;
    p.entries = cJSON_CreateArray();
    char *dir = pt_strdup(abs);
    *strrchr(dir, '/') = 0;
    char *dirslash = pt_asprintf("%s/", dir);
    p.dir = dirslash;
    char *name = pt_strdup(strrchr(abs, '/') + 1);
    char *dot = strrchr(name, '.');
    if (dot) *dot = 0;
    define_builtins(&p, o, dir, name);
    evaluate(&p, abs);
    int n = p.count;
    if (p.error[0]) {
        snprintf(err, errlen, "%s: %s", path, p.error);
        n = p.stop_run ? PT_VCX_STOP_RUN : PT_VCX_FAILED;
    } else {
        cJSON *e;
        while ((e = cJSON_DetachItemFromArray(p.entries, 0))) cJSON_AddItemToArray(entries, e);
    }
    cJSON_Delete(p.entries);
    pt_msb_free(&p.ev);
    pt_props_free(&p.defs);
    pt_props_free(&p.imported);
    pt_props_free(&p.noted);
    free(p.stack);
    free(name);
    free(dir);
    free(dirslash);
    free(abs);
    return n;
}
