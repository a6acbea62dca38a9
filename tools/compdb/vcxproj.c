/* Reading a .vcxproj with libxml2: properties (document order, with imports),
 * ClCompile item definitions and items, conditions on all of them. */
#include "vcxproj.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "msbuild.h"
#include "path_ci.h"
#include "util.h"

#define MAX_IMPORT_DEPTH 8

struct project {
    struct pt_props props;
    struct pt_props defs;        /* ClCompile item definition metadata */
    cJSON *entries;
    const char *dir;             /* project folder, with a trailing '/' */
    int count;
};

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
    int ok = pt_msb_condition(c, &p->props);
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

static void read_file(struct project *p, const char *path, int depth, int phase);

static void property_group(struct project *p, xmlNode *g)
{
    for (xmlNode *c = g->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !cond_ok(c, p)) continue;
        char *raw = text_of(c);
        char *v = pt_msb_expand(raw, &p->props, NULL);
        pt_props_set(&p->props, (const char *)c->name, v);
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
    char *v = pt_msb_expand(raw, &p->props, &inherit);
    pt_props_set(meta, (const char *)c->name, v);
    pt_props_free(&inherit);
    free(raw);
    free(v);
}

static void item_definitions(struct project *p, xmlNode *g)
{
    for (xmlNode *c = g->children; c; c = c->next)
        if (is(c, "ClCompile") && cond_ok(c, p))
            for (xmlNode *m = c->children; m; m = m->next)
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

static void compile_item(struct project *p, xmlNode *c)
{
    char *hold;
    const char *inc = attr(c, "Include", &hold);
    if (!inc) return;
    struct pt_props meta = {0};
    for (xmlNode *m = c->children; m; m = m->next)
        if (m->type == XML_ELEMENT_NODE && cond_ok(m, p)) set_meta(p, &meta, m);
    const char *excluded = pt_props_get(&meta, "ExcludedFromBuild");
    char *files = pt_msb_expand(inc, &p->props, NULL);
    char *fsave = NULL;
    for (char *f = strtok_r(files, ";", &fsave); f && !(excluded && strcasecmp(excluded, "true") == 0);
         f = strtok_r(NULL, ";", &fsave)) {
        while (*f == ' ' || *f == '\t' || *f == '\r' || *f == '\n') f++;
        char *end = f + strlen(f);
        while (end > f && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) *--end = 0;
        if (!*f) continue;
        char *src = local_path(p, f);
        cJSON *e = cJSON_CreateObject(), *args = cJSON_CreateArray();
        cJSON_AddStringToObject(e, "directory", p->dir);
        cJSON_AddItemToArray(args, cJSON_CreateString("cl.exe"));
        cJSON_AddItemToArray(args, cJSON_CreateString("/nologo"));
#define META(name) (pt_props_get(&meta, name) ? pt_props_get(&meta, name) : pt_props_get(&p->defs, name))
        add_list(args, "/I", META("AdditionalIncludeDirectories"), p, 1);
        add_list(args, "/D", META("PreprocessorDefinitions"), p, 0);
        add_list(args, "/FI", META("ForcedIncludeFiles"), p, 1);
        const char *drv = pt_props_get(&p->props, "DriverType");
        const char *type = pt_props_get(&p->props, "ConfigurationType");
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
        cJSON_AddItemToArray(p->entries, e);
        p->count++;
        free(src);
    }
    free(files);
    pt_props_free(&meta);
    xmlFree(hold);
}

/* MSBuild evaluates in passes: properties and item definitions (phase 0),
 * then items (phase 1), whatever their order in the file. */
static void walk(struct project *p, xmlNode *root, const char *file_dir, int depth, int phase)
{
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !cond_ok(n, p)) continue;
        if (is(n, "PropertyGroup")) { if (phase == 0) property_group(p, n); }
        else if (is(n, "ItemDefinitionGroup")) { if (phase == 0) item_definitions(p, n); }
        else if (is(n, "ItemGroup")) {
            if (phase != 1) continue;
            for (xmlNode *c = n->children; c; c = c->next)
                if (is(c, "ClCompile") && cond_ok(c, p)) compile_item(p, c);
        } else if (is(n, "ImportGroup")) {
            walk(p, n, file_dir, depth, phase);
        } else if (is(n, "Import")) {
            char *hold;
            const char *proj = attr(n, "Project", &hold);
            if (proj) {
                char *exp = pt_msb_expand(proj, &p->props, NULL);
                for (char *q = exp; *q; q++) if (*q == '\\') *q = '/';
                char *path = exp[0] == '/' ? pt_strdup(exp) : pt_asprintf("%s/%s", file_dir, exp);
                struct stat st;
                if (stat(path, &st) == 0 && depth < MAX_IMPORT_DEPTH) read_file(p, path, depth + 1, phase);
                free(path);
                free(exp);
            }
            xmlFree(hold);
        }
    }
}

static void read_file(struct project *p, const char *path, int depth, int phase)
{
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) return;
    char *dir = pt_strdup(path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    pt_props_set(&p->props, "MSBuildThisFileDirectory", dir);
    walk(p, xmlDocGetRootElement(doc), dir, depth, phase);
    free(dir);
    xmlFreeDoc(doc);
}

int pt_vcxproj_read(const char *path, const struct pt_vcx_opts *o, cJSON *entries, char *err,
                    size_t errlen)
{
    char *ci = pt_path_resolve_ci(path);
    char *abs = realpath(ci, NULL);
    free(ci);
    if (!abs) {
        snprintf(err, errlen, "%s: no such project file", path);
        return -1;
    }
    xmlDoc *doc = xmlReadFile(abs, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc || !xmlDocGetRootElement(doc)) {
        snprintf(err, errlen, "%s: not a readable XML project file", path);
        if (doc) xmlFreeDoc(doc);
        free(abs);
        return -1;
    }
    xmlFreeDoc(doc);
    struct project p;
    memset(&p, 0, sizeof p);
    char *dir = pt_strdup(abs);
    *strrchr(dir, '/') = 0;
    char *dirslash = pt_asprintf("%s/", dir);
    p.dir = dirslash;
    p.entries = entries;
    const char *base = strrchr(abs, '/') + 1;
    char *name = pt_strdup(base);
    char *dot = strrchr(name, '.');
    if (dot) *dot = 0;
    pt_props_set(&p.props, "Configuration", o->configuration);
    pt_props_set(&p.props, "Platform", o->platform);
    pt_props_set(&p.props, "ProjectDir", dirslash);
    pt_props_set(&p.props, "MSBuildProjectDirectory", dir);
    pt_props_set(&p.props, "ProjectName", name);
    pt_props_set(&p.props, "TargetName", name);
    pt_props_set(&p.props, "SolutionDir", o->solution_dir ? o->solution_dir : dirslash);
    char *intdir = pt_asprintf("%s%s/%s/", dirslash, o->platform, o->configuration);
    pt_props_set(&p.props, "IntDir", intdir);
    pt_props_set(&p.props, "OutDir", intdir);
    free(intdir);
    read_file(&p, abs, 0, 0);
    read_file(&p, abs, 0, 1);
    int n = p.count;
    pt_props_free(&p.props);
    pt_props_free(&p.defs);
    free(name);
    free(dir);
    free(dirslash);
    free(abs);
    return n;
}
