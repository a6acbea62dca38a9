/* Reading a SARIF baseline and matching findings against it. */
#include "baseline.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "input_read.h"
#include "output.h"
#include "util.h"

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
        pt_fit_linef(err, errlen, "--baseline %s: runs[0].results is not an array", b->path);
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
            pt_fit_linef(err, errlen, "--baseline %s: result %zu has no \"pooltrack/v1\" fingerprint", b->path, idx);
            return -1;
        }
        b->results[b->n] = r;
        b->fps[b->n++] = pt_strndup(fp, strcspn(fp, ":"));
    }
    return 0;
}

struct pt_baseline_key {
    const char *fp;
    size_t k;   /* index into results: ties keep the baseline's order */
};

static int by_fingerprint(const void *a, const void *b)
{
    const struct pt_baseline_key *x = a, *y = b;
    int c = strcmp(x->fp, y->fp);
    return c ? c : (x->k > y->k) - (x->k < y->k);
}

/* Sorted fingerprints: a finding is looked up in O(log n), not by a scan of
 * the whole baseline (quadratic for a big baseline and many findings). */
static void index_fingerprints(struct pt_baseline *b)
{
    b->keys = pt_xcalloc(b->n + 1, sizeof *b->keys);
    b->used = pt_xcalloc(b->n + 1, sizeof *b->used);
    b->absent_at = pt_xcalloc(b->n + 1, sizeof *b->absent_at);
    for (size_t k = 0; k < b->n; k++) b->keys[k] = (struct pt_baseline_key){b->fps[k], k};
    qsort(b->keys, b->n, sizeof *b->keys, by_fingerprint);
}

/* The first key with fingerprint fp, or b->n. */
static size_t first_of(const struct pt_baseline *b, const char *fp)
{
    size_t lo = 0, hi = b->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(b->keys[mid].fp, fp) < 0) lo = mid + 1; else hi = mid;
    }
    return lo < b->n && strcmp(b->keys[lo].fp, fp) == 0 ? lo : b->n;
}

static int load(const char *path, struct pt_baseline *b, char *err, size_t errlen)
{
    b->path = pt_strdup(path);
    size_t len = 0;
    char *text = pt_input_read("--baseline", path, PT_LIMIT_BASELINE, 0, &len, err, errlen);
    if (!text) return -1;
    b->doc = memchr(text, 0, len) ? NULL : cJSON_ParseWithLength(text, len);
    free(text);
    const cJSON *runs = cJSON_GetObjectItemCaseSensitive(b->doc, "runs");
    const char *version = str_at(b->doc, "version");
    if (!b->doc) {
        pt_fit_linef(err, errlen, "--baseline %s: not valid JSON", path);
        return -1;
    }
    if (!version || strcmp(version, "2.1.0") != 0 || !cJSON_IsArray(runs) || !runs->child) {
        pt_fit_linef(err, errlen, "--baseline %s: not a SARIF 2.1.0 log with a run", path);
        return -1;
    }
    const cJSON *tool = cJSON_GetObjectItemCaseSensitive(runs->child, "tool");
    const char *name = str_at(cJSON_GetObjectItemCaseSensitive(tool, "driver"), "name");
    if (!name || strcmp(name, "pooltrack") != 0) {
        pt_fit_linef(err, errlen, "--baseline %s: not written by pooltrack (tool \"%.100s\")", path,
                     name ? name : "?");
        return -1;
    }
    if (take_results(b, runs->child, err, errlen) != 0) return -1;
    index_fingerprints(b);
    return 0;
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
    memset(b->used, 0, b->n * sizeof *b->used);
    for (size_t i = 0; i < r->nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        char fp[33];
        pt_fingerprint(f, fp);
        f->baseline = PT_BASELINE_NEW;
        size_t g = first_of(b, fp), at = g + (g < b->n ? b->used[g] : 0);
        if (at < b->n && strcmp(b->keys[at].fp, fp) == 0) {   /* the first unmatched one: counts occurrences */
            b->matched[b->keys[at].k] = 1;
            b->used[g]++;
            f->baseline = PT_BASELINE_UNCHANGED;
        }
        if (f->baseline == PT_BASELINE_NEW) b->new_count++;
        else b->unchanged++;
    }
    b->absent = 0;
    for (size_t k = 0; k < b->n; k++)
        if (!b->matched[k]) b->absent_at[b->absent++] = k;
    b->applied = 1;
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
    /* not applied yet: none matched */
    if (i < (b->applied ? b->absent : b->n)) {
        size_t k = b->applied ? b->absent_at[i] : i;
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
    free(b->keys);
    free(b->used);
    free(b->absent_at);
    cJSON_Delete(b->doc);
    free(b->path);
    memset(b, 0, sizeof *b);
}
