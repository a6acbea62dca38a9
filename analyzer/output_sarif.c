/* SARIF 2.1.0 for IDEs and code scanning: all rules with their help, results
 * with logical locations, codeFlows for paths, partialFingerprints that do not
 * depend on line numbers, URIs relative to %SRCROOT%. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include "baseline.h"
#include "config.h"
#include "linehash.h"
#include "srcfile.h"
#include "output_internal.h"
#include "rule_info.h"
#include "util.h"
#include "wdk_real.h"

/* Percent-encode what is not an unreserved URI character or '/'. */
static char *uri_escape(const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = pt_xmalloc(strlen(s) * 3 + 1), *o = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = 0;
    return out;
}

struct artifacts {
    const char **files;
    size_t n, cap;
};

static int artifact_index(struct artifacts *a, const char *file)
{
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->files[i], file) == 0) return (int)i;
    PT_GROW(a->files, a->n, a->cap);
    a->files[a->n] = file;
    return (int)a->n++;
}

static cJSON *artifact_location(const char *file, const struct pt_output_opts *o, struct artifacts *arts)
{
    cJSON *al = cJSON_CreateObject();
    const char *rel = pt_relative(file, o->srcroot);
    char *enc = uri_escape(rel ? rel : file);
    if (rel) {
        cJSON_AddStringToObject(al, "uri", enc);
        cJSON_AddStringToObject(al, "uriBaseId", "%SRCROOT%");
    } else {
        char *abs = pt_asprintf("file://%s", enc);
        cJSON_AddStringToObject(al, "uri", abs);
        free(abs);
    }
    free(enc);
    if (arts) cJSON_AddNumberToObject(al, "index", artifact_index(arts, file));
    return al;
}

static cJSON *region_json(unsigned line, unsigned col, unsigned end_line, unsigned end_col)
{
    cJSON *region = cJSON_CreateObject();
    cJSON_AddNumberToObject(region, "startLine", line);
    if (col) cJSON_AddNumberToObject(region, "startColumn", col);
    if (col && end_line) {   /* endColumn: the column after the region (SARIF 3.30.8) */
        cJSON_AddNumberToObject(region, "endLine", end_line);
        cJSON_AddNumberToObject(region, "endColumn", end_col);
    }
    return region;
}

/* end_line/end_col: 0 when the region's end is not known. */
static cJSON *physical_to(const struct pt_loc *l, unsigned end_line, unsigned end_col,
                          const struct pt_output_opts *o, struct artifacts *arts)
{
    cJSON *pl = cJSON_CreateObject();
    cJSON_AddItemToObject(pl, "artifactLocation", artifact_location(l->file ? l->file : "", o, arts));
    if (l->line) cJSON_AddItemToObject(pl, "region", region_json(l->line, l->col, end_line, end_col));
    return pl;
}

static cJSON *physical(const struct pt_loc *l, const struct pt_output_opts *o, struct artifacts *arts)
{
    return physical_to(l, 0, 0, o, arts);
}

static cJSON *text_message(const char *text)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "text", text);
    return m;
}

static const char *sarif_level(enum pt_level l)
{
    return l == PT_ERROR ? "error" : l == PT_WARNING ? "warning" : "note";
}

/* The rules whose bug an attacker can use, not only a crash or a leak at
 * unload: a double free and a free into another allocator's state corrupt
 * memory another allocation then reuses (docs/sarif.md says why the others
 * are not). GitHub shows security-severity only for rules tagged security. */
struct security { const char *id, *cwe, *severity; };
static const struct security securities[] = {
    {"PT008", "external/cwe/cwe-415", "8.1"},
    {"PT009", "external/cwe/cwe-762", "7.5"},
};

/* GitHub's Markdown anchors are lower case: "## PT004" is #pt004. */
static const char *lower_id(const char *id, char out[16])
{
    size_t k = 0;
    for (; id[k] && k < 15; k++) out[k] = (char)(id[k] >= 'A' && id[k] <= 'Z' ? id[k] + 32 : id[k]);
    out[k] = 0;
    return out;
}

static const struct security *security_of(const char *id)
{
    for (size_t i = 0; i < sizeof securities / sizeof securities[0]; i++)
        if (strcmp(securities[i].id, id) == 0) return &securities[i];
    return NULL;
}

static cJSON *rules_json(void)
{
    size_t n;
    const struct pt_rule_info *r = pt_rule_infos(&n);
    cJSON *arr = cJSON_CreateArray();
    char low[16];
    for (size_t i = 0; i < n; i++) {
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "id", r[i].id);
        char pascal[64];   /* SARIF friendly names are PascalCase: tag-mismatch -> TagMismatch */
        size_t n = 0;
        for (const char *p = r[i].name; *p && n + 1 < sizeof pascal; p++) {
            if (*p == '-') continue;
            pascal[n++] = (char)((p == r[i].name || p[-1] == '-') && *p >= 'a' && *p <= 'z' ? *p - 32 : *p);
        }
        pascal[n] = 0;
        cJSON_AddStringToObject(j, "name", pascal);
        cJSON_AddItemToObject(j, "shortDescription", text_message(r[i].summary));
        cJSON_AddItemToObject(j, "fullDescription", text_message(r[i].explain));
        cJSON *help = text_message(r[i].explain);
        char *md = pt_asprintf("**%s %s**: %s\n\n%s", r[i].id, r[i].name, r[i].summary, r[i].explain);
        cJSON_AddStringToObject(help, "markdown", md);
        free(md);
        cJSON_AddItemToObject(j, "help", help);
        char *uri =
            pt_asprintf("https://github.com/pooltrack/pooltrack/blob/main/docs/rules.md#%s", lower_id(r[i].id, low));
        cJSON_AddStringToObject(j, "helpUri", uri);
        free(uri);
        cJSON *cfg = cJSON_AddObjectToObject(j, "defaultConfiguration");
        cJSON_AddStringToObject(cfg, "level", sarif_level(r[i].level));
        cJSON *props = cJSON_AddObjectToObject(j, "properties");
        cJSON *tags = cJSON_AddArrayToObject(props, "tags");
        const struct security *sec = security_of(r[i].id);
        cJSON_AddItemToArray(tags, cJSON_CreateString("reliability"));
        cJSON_AddItemToArray(tags, cJSON_CreateString("windows-driver"));
        if (sec) {
            cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
            cJSON_AddItemToArray(tags, cJSON_CreateString(sec->cwe));
        }
        cJSON_AddStringToObject(props, "precision", "high");
        cJSON_AddStringToObject(props, "problem.severity", r[i].level == PT_NOTE ? "recommendation"
                                                           : sarif_level(r[i].level));
        if (sec) cJSON_AddStringToObject(props, "security-severity", sec->severity);
        cJSON_AddItemToArray(arr, j);
    }
    return arr;
}

static int rule_index(const char *id)
{
    size_t n;
    const struct pt_rule_info *r = pt_rule_infos(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(r[i].id, id) == 0) return (int)i;
    return -1;
}

static cJSON *code_flow(const struct pt_finding *f, const struct pt_output_opts *o, struct artifacts *arts)
{
    cJSON *flows = cJSON_CreateArray(), *flow = cJSON_CreateObject(), *threads = cJSON_CreateArray(),
          *thread = cJSON_CreateObject(), *locs = cJSON_CreateArray();
    for (size_t k = 0; k < f->nsteps; k++) {
        cJSON *tfl = cJSON_CreateObject(), *loc = cJSON_CreateObject();
        cJSON_AddItemToObject(loc, "physicalLocation", physical(&f->steps[k].loc, o, arts));
        cJSON_AddItemToObject(loc, "message", text_message(f->steps[k].message));
        cJSON_AddItemToObject(tfl, "location", loc);
        cJSON_AddItemToArray(locs, tfl);
    }
    cJSON_AddItemToObject(thread, "locations", locs);
    cJSON_AddItemToArray(threads, thread);
    cJSON_AddItemToObject(flow, "threadFlows", threads);
    cJSON_AddItemToArray(flows, flow);
    return flows;
}

/* SARIF 3.55: one fix, its replacements grouped by file. */
static cJSON *fixes_json(const struct pt_fix *fix, const struct pt_output_opts *o, struct artifacts *arts)
{
    cJSON *fixes = cJSON_CreateArray(), *one = cJSON_CreateObject(), *changes = cJSON_CreateArray();
    cJSON_AddItemToObject(one, "description", text_message(fix->description));
    for (size_t i = 0; i < fix->nedits; i++) {
        const struct pt_edit *e = &fix->edits[i];
        cJSON *change = NULL;
        for (cJSON *c = changes->child; c; c = c->next)
            if (strcmp(cJSON_GetObjectItem(c, "file")->valuestring, e->file) == 0) change = c;
        if (!change) {
            change = cJSON_CreateObject();
            cJSON_AddStringToObject(change, "file", e->file);   /* replaced below */
            cJSON_AddItemToObject(change, "artifactLocation", artifact_location(e->file, o, arts));
            cJSON_AddArrayToObject(change, "replacements");
            cJSON_AddItemToArray(changes, change);
        }
        cJSON *rep = cJSON_CreateObject();
        cJSON_AddItemToObject(rep, "deletedRegion", region_json(e->line, e->col, e->end_line, e->end_col));
        cJSON *ins = cJSON_AddObjectToObject(rep, "insertedContent");
        cJSON_AddStringToObject(ins, "text", e->text);
        cJSON_AddItemToArray(cJSON_GetObjectItem(change, "replacements"), rep);
    }
    for (cJSON *c = changes->child; c; c = c->next) cJSON_DeleteItemFromObject(c, "file");
    cJSON_AddItemToObject(one, "artifactChanges", changes);
    cJSON_AddItemToArray(fixes, one);
    return fixes;
}

static cJSON *result_json(const struct pt_results *r, size_t i, const struct pt_output_opts *o,
                          struct artifacts *arts)
{
    const struct pt_finding *f = &r->findings[i];
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "ruleId", f->rule_id);
    cJSON_AddNumberToObject(j, "ruleIndex", rule_index(f->rule_id));
    cJSON_AddStringToObject(j, "level", sarif_level(f->level));
    cJSON_AddItemToObject(j, "message", text_message(f->message));
    cJSON *locs = cJSON_AddArrayToObject(j, "locations"), *loc = cJSON_CreateObject();
    cJSON_AddItemToObject(loc, "physicalLocation", physical_to(&f->loc, f->end_line, f->end_col, o, arts));
    if (f->function) {
        cJSON *ll = cJSON_AddArrayToObject(loc, "logicalLocations"), *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "name", f->function);
        cJSON_AddStringToObject(l, "kind", "function");
        cJSON_AddItemToArray(ll, l);
    }
    cJSON_AddItemToArray(locs, loc);
    /* The same fingerprint twice in a file: the n-th occurrence gets ":n". */
    char fp[33], full[48];
    pt_fingerprint(f, fp);
    unsigned occurrence = 0;
    for (size_t k = 0; k < i; k++) {
        char other[33];
        pt_fingerprint(&r->findings[k], other);
        occurrence += strcmp(other, fp) == 0;
    }
    snprintf(full, sizeof full, "%s:%u", fp, occurrence);
    cJSON *pf = cJSON_AddObjectToObject(j, "partialFingerprints");
    cJSON_AddStringToObject(pf, "pooltrack/v1", full);
    size_t len;
    const char *text = f->loc.line ? pt_src_get(f->loc.file, &len) : NULL;
    char lh[40];
    if (text && pt_line_hash(text, len, f->loc.line, lh) == 0)
        cJSON_AddStringToObject(pf, "primaryLocationLineHash", lh);
    if (f->nrelated) {
        cJSON *rel = cJSON_AddArrayToObject(j, "relatedLocations");
        for (size_t k = 0; k < f->nrelated; k++) {
            cJSON *rl = cJSON_CreateObject();
            cJSON_AddNumberToObject(rl, "id", (double)k + 1);
            cJSON_AddItemToObject(rl, "physicalLocation", physical(&f->related[k].loc, o, arts));
            cJSON_AddItemToObject(rl, "message", text_message(f->related[k].message));
            cJSON_AddItemToArray(rel, rl);
        }
    }
    if (f->fix) cJSON_AddItemToObject(j, "fixes", fixes_json(f->fix, o, arts));
    if (f->nsteps) cJSON_AddItemToObject(j, "codeFlows", code_flow(f, o, arts));
    if (f->baseline != PT_BASELINE_NONE)   /* SARIF 2.1.0 3.27.24 */
        cJSON_AddStringToObject(j, "baselineState", f->baseline == PT_BASELINE_NEW ? "new" : "unchanged");
    const char *family = f->family;
    if (family) cJSON_AddStringToObject(cJSON_AddObjectToObject(j, "properties"), "pooltrackFamily", family);
    if (f->suppressed) {   /* kept, marked: reviewers see what was silenced and why */
        cJSON *sup = cJSON_AddArrayToObject(j, "suppressions"), *one = cJSON_CreateObject();
        cJSON_AddStringToObject(one, "kind", "inSource");
        cJSON_AddStringToObject(one, "justification", f->suppression_reason);
        cJSON_AddItemToArray(sup, one);
    }
    return j;
}

static cJSON *invocation(const struct pt_results *r, const struct pt_output_opts *o, struct artifacts *arts)
{
    cJSON *inv = cJSON_CreateObject();
    int ok = 1;
    cJSON *notes = cJSON_CreateArray();
    for (size_t i = 0; i < r->nnotes; i++) {
        const struct pt_notification *n = &r->notes[i];
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "level", sarif_level(n->level));
        cJSON_AddItemToObject(j, "message", text_message(n->message));
        if (n->file && *n->file) {
            struct pt_loc l = {n->file, n->line, 0};
            cJSON *locs = cJSON_AddArrayToObject(j, "locations"), *loc = cJSON_CreateObject();
            cJSON_AddItemToObject(loc, "physicalLocation", physical(&l, o, arts));
            cJSON_AddItemToArray(locs, loc);
        }
        cJSON_AddItemToArray(notes, j);
    }
    /* Lost coverage is not a successful run: a file not analysed (an error
     * notification) or code not path-analysed for parse errors. */
    for (size_t i = 0; i < r->nnotes; i++) ok &= r->notes[i].level != PT_ERROR;
    if (o->coverage && !pt_coverage_complete(o->coverage)) ok = 0;
    cJSON_AddBoolToObject(inv, "executionSuccessful", ok);
    if (o->command_line) cJSON_AddStringToObject(inv, "commandLine", o->command_line);
    if (pt_config_used() || o->coverage) {
        cJSON *props = cJSON_AddObjectToObject(inv, "properties");
        if (pt_config_used())   /* which .pooltrack.json shaped these results */
            cJSON_AddItemToObject(props, "configuration", artifact_location(pt_config_used(), o, NULL));
        if (o->coverage) {
            cJSON_AddItemToObject(props, "coverage", pt_coverage_json(o->coverage));
            cJSON_AddItemToObject(props, "headers", pt_wdk_json());   /* what the files were parsed with */
        }
    }
    cJSON_AddItemToObject(inv, "toolExecutionNotifications", notes);
    return inv;
}

int pt_output_sarif(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    struct artifacts arts = {0};
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(root, "runs"), *run = cJSON_CreateObject();
    if (o->category) {   /* GitHub: the category is the id up to its last '/' */
        size_t n = strlen(o->category);
        char *id = pt_asprintf("%s%s", o->category, n && o->category[n - 1] == '/' ? "" : "/");
        cJSON_AddStringToObject(cJSON_AddObjectToObject(run, "automationDetails"), "id", id);
        free(id);
    }
    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "pooltrack");
    cJSON_AddStringToObject(driver, "version", PT_VERSION);
    cJSON_AddStringToObject(driver, "semanticVersion", PT_VERSION);
    cJSON_AddStringToObject(driver, "informationUri", "https://github.com/pooltrack/pooltrack");
    cJSON_AddItemToObject(driver, "rules", rules_json());
    if (o->srcroot) {
        char *enc = uri_escape(o->srcroot);
        size_t n = strlen(enc);
        char *base = pt_asprintf("file://%s%s", enc, n && enc[n - 1] == '/' ? "" : "/");
        cJSON *ids = cJSON_AddObjectToObject(run, "originalUriBaseIds");
        cJSON *root_id = cJSON_AddObjectToObject(ids, "%SRCROOT%");
        cJSON_AddStringToObject(root_id, "uri", base);
        free(base);
        free(enc);
    }
    cJSON *results = cJSON_CreateArray();
    for (size_t i = 0; i < r->nfindings; i++) cJSON_AddItemToArray(results, result_json(r, i, o, &arts));
    cJSON *gone;   /* in the baseline, not found any more */
    for (size_t i = 0; o->baseline && (gone = pt_baseline_absent(o->baseline, i)); i++) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(gone, "ruleId");
        int ri = cJSON_IsString(id) ? rule_index(id->valuestring) : -1;
        if (ri >= 0) cJSON_AddNumberToObject(gone, "ruleIndex", ri);
        cJSON_AddItemToArray(results, gone);
    }
    cJSON *inv = invocation(r, o, &arts);
    cJSON *artifacts = cJSON_AddArrayToObject(run, "artifacts");
    for (size_t i = 0; i < arts.n; i++) {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddItemToObject(a, "location", artifact_location(arts.files[i], o, NULL));
        const char *dot = strrchr(arts.files[i], '.');
        int cxx = dot && (strcasecmp(dot, ".cpp") == 0 || strcasecmp(dot, ".cc") == 0 ||
                          strcasecmp(dot, ".cxx") == 0 || strcasecmp(dot, ".hpp") == 0);
        cJSON_AddStringToObject(a, "sourceLanguage", cxx ? "cplusplus" : "c");
        cJSON_AddItemToArray(artifacts, a);
    }
    cJSON *invs = cJSON_AddArrayToObject(run, "invocations");
    cJSON_AddItemToArray(invs, inv);
    cJSON_AddItemToObject(run, "results", results);
    cJSON_AddStringToObject(run, "columnKind", "utf16CodeUnits");
    if (o->nmodules) {   /* pooltrack-confirm scopes Driver Verifier's records by it */
        cJSON *mods = cJSON_AddArrayToObject(cJSON_AddObjectToObject(run, "properties"),
                                             "pooltrackDriverModules");
        for (size_t i = 0; i < o->nmodules; i++) cJSON_AddItemToArray(mods, cJSON_CreateString(o->modules[i]));
    }
    cJSON_AddItemToArray(runs, run);
    int rc = pt_write_json(out, root);
    cJSON_Delete(root);
    free(arts.files);
    return rc;
}
