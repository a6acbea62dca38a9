/* Reading a SARIF baseline and matching findings against it. */
#include "baseline.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "output.h"
#include "util.h"

static char *slurp(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "--baseline %s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *text = pt_xmalloc(cap);
    for (size_t got; (got = fread(text + len, 1, cap - len - 1, f)) > 0;) {
        len += got;
        if (len + 1 == cap) text = pt_xrealloc(text, cap *= 2);
    }
    fclose(f);
    text[len] = 0;
    return text;
}

static const char *str_at(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The run's results, checked: every one carries pooltrack's fingerprint. */
static int take_results(struct pt_baseline *b, const cJSON *run, char *err, size_t errlen)
{
    const cJSON *res = cJSON_GetObjectItemCaseSensitive(run, "results");
    if (res && !cJSON_IsArray(res)) {
        snprintf(err, errlen, "--baseline %s: runs[0].results is not an array", b->path);
        return -1;
    }
    size_t total = (size_t)cJSON_GetArraySize(res), idx = 0;
    b->results = pt_xcalloc(total + 1, sizeof *b->results);
    b->fps = pt_xcalloc(total + 1, sizeof *b->fps);
    b->matched = pt_xcalloc(total + 1, 1);
    for (cJSON *r = res ? res->child : NULL; r; r = r->next, idx++) {
        const char *state = str_at(r, "baselineState");
        if (state && strcmp(state, "absent") == 0) continue;   /* gone already when it was written */
        const char *fp = str_at(cJSON_GetObjectItemCaseSensitive(r, "partialFingerprints"), "pooltrack/v1");
        if (!fp) {
            snprintf(err, errlen, "--baseline %s: result %zu has no \"pooltrack/v1\" fingerprint", b->path, idx);
            return -1;
        }
        b->results[b->n] = r;
        b->fps[b->n++] = pt_strndup(fp, strcspn(fp, ":"));
    }
    return 0;
}

static int load(const char *path, struct pt_baseline *b, char *err, size_t errlen)
{
    b->path = pt_strdup(path);
    char *text = slurp(path, err, errlen);
    if (!text) return -1;
    b->doc = cJSON_Parse(text);
    free(text);
    const cJSON *runs = cJSON_GetObjectItemCaseSensitive(b->doc, "runs");
    const char *version = str_at(b->doc, "version");
    if (!b->doc) {
        snprintf(err, errlen, "--baseline %s: not valid JSON", path);
        return -1;
    }
    if (!version || strcmp(version, "2.1.0") != 0 || !cJSON_IsArray(runs) || !runs->child) {
        snprintf(err, errlen, "--baseline %s: not a SARIF 2.1.0 log with a run", path);
        return -1;
    }
    const cJSON *tool = cJSON_GetObjectItemCaseSensitive(runs->child, "tool");
    const char *name = str_at(cJSON_GetObjectItemCaseSensitive(tool, "driver"), "name");
    if (!name || strcmp(name, "pooltrack") != 0) {
        snprintf(err, errlen, "--baseline %s: not written by pooltrack (tool \"%s\")", path,
                 name ? name : "?");
        return -1;
    }
    return take_results(b, runs->child, err, errlen);
}

int pt_baseline_load(const char *path, struct pt_baseline *b, char *err, size_t errlen)
{
    memset(b, 0, sizeof *b);
    if (load(path, b, err, errlen) == 0) return 0;
    pt_one_line(err);   /* the path or the tool name may hold line breaks (found by fuzz_baseline) */
    pt_baseline_free(b);   /* a failed load leaves nothing to free (found by fuzz_baseline) */
    return -1;
}

void pt_baseline_apply(struct pt_baseline *b, const struct pt_results *r)
{
    b->new_count = b->unchanged = 0;
    memset(b->matched, 0, b->n);
    for (size_t i = 0; i < r->nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        char fp[33];
        pt_fingerprint(f, fp);
        f->baseline = PT_BASELINE_NEW;
        for (size_t k = 0; k < b->n; k++)   /* the first unmatched one: counts occurrences */
            if (!b->matched[k] && strcmp(b->fps[k], fp) == 0) {
                b->matched[k] = 1;
                f->baseline = PT_BASELINE_UNCHANGED;
                break;
            }
        if (f->baseline == PT_BASELINE_NEW) b->new_count++;
        else b->unchanged++;
    }
    b->absent = 0;
    for (size_t k = 0; k < b->n; k++) b->absent += !b->matched[k];
}

/* Indexes into the old run's artifacts mean nothing in the new run. */
static void drop_indexes(cJSON *j)
{
    for (cJSON *c = j ? j->child : NULL; c; c = c->next) {
        if (c->string && strcmp(c->string, "artifactLocation") == 0) cJSON_DeleteItemFromObject(c, "index");
        drop_indexes(c);
    }
}

cJSON *pt_baseline_absent(const struct pt_baseline *b, size_t i)
{
    for (size_t k = 0; k < b->n; k++) {
        if (b->matched[k]) continue;
        if (i--) continue;
        cJSON *r = cJSON_Duplicate(b->results[k], 1);
        cJSON_DeleteItemFromObject(r, "ruleIndex");
        cJSON_DeleteItemFromObject(r, "baselineState");
        drop_indexes(r);
        cJSON_AddStringToObject(r, "baselineState", "absent");
        return r;
    }
    return NULL;
}

void pt_baseline_free(struct pt_baseline *b)
{
    for (size_t k = 0; k < b->n; k++) free(b->fps[k]);
    free(b->fps);
    free(b->results);
    free(b->matched);
    cJSON_Delete(b->doc);
    free(b->path);
    memset(b, 0, sizeof *b);
}
