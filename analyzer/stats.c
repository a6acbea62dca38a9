/* --stats and --stats-json: what the run saw. */
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "pool_api.h"
#include "coverage.h"
#include "output.h"
#include "rule_info.h"
#include "run.h"
#include "safe_io.h"
#include "util.h"
#include "wdk_real.h"

static void count_api(struct pt_stats *st, const char *name)
{
    for (size_t i = 0; i < st->napis; i++)
        if (strcmp(st->api_names[i], name) == 0) { st->api_counts[i]++; return; }
    if (st->napis >= st->cap_apis) {
        st->cap_apis = st->cap_apis ? st->cap_apis * 2 : 16;
        st->api_names = pt_xrealloc(st->api_names, st->cap_apis * sizeof *st->api_names);
        st->api_counts = pt_xrealloc(st->api_counts, st->cap_apis * sizeof *st->api_counts);
    }
    st->api_names[st->napis] = pt_strdup(name);
    st->api_counts[st->napis++] = 1;
}

static void count_calls(struct pt_stats *st, const struct pt_api_table *apis, const struct pt_expr *e)
{
    if (!e) return;
    if (e->kind == PT_EX_CALL && e->name) {
        const struct pt_api *api = pt_api_lookup(apis, e->name);
        if (api && api->kind != PT_API_TAKES && api->kind != PT_API_STORE) count_api(st, e->name);
    }
    for (unsigned i = 0; i < e->nkids; i++) count_calls(st, apis, e->kids[i]);
}

void pt_stats_add_tu(struct pt_stats *st, const struct pt_tu_ir *ir, const struct pt_api_extras *extras)
{
    struct pt_api_table apis;   /* outside a link step: nothing learned */
    pt_api_table_init(&apis, extras);
    st->parse_errors += ir->parse_errors ? 1 : 0;
    for (unsigned f = 0; f < ir->nfuncs; f++) {
        const struct pt_func *fn = ir->funcs[f];
        struct pt_stats *into = st;
        if (fn->is_initializers) continue;   /* not a function of the source */
        if (fn->in_header) {   /* counted at the merge, once for all files */
            PT_GROW(st->hdr, st->nhdr, st->cap_hdr);
            struct pt_hdr_count *h = &st->hdr[st->nhdr++];
            h->key = pt_asprintf("%s:%u", fn->loc.file ? fn->loc.file : "", fn->loc.line);
            h->skipped = fn->parse_errors ? 1 : 0;
            h->token_only = fn->token_only_calls;
            into = h->calls = pt_xcalloc(1, sizeof *h->calls);
        } else {
            st->functions++;
            st->calls_token_only += fn->token_only_calls;
            st->functions_skipped += fn->parse_errors ? 1 : 0;
        }
        for (unsigned b = 0; b < fn->nblocks; b++) {
            const struct pt_block *bl = &fn->blocks[b];
            for (unsigned s = 0; s < bl->nstmts; s++) count_calls(into, &apis, bl->stmts[s].e);
            count_calls(into, &apis, bl->cond);
        }
    }
    pt_api_table_free(&apis);
}

void pt_stats_add_time(struct pt_stats *st, const char *file, double cpu_s, double wall_s)
{
    PT_GROW(st->times, st->ntimes, st->cap_times);
    st->times[st->ntimes++] = (struct pt_tu_time){pt_strdup(file), cpu_s, wall_s};
}

void pt_stats_coverage(const struct pt_stats *st, struct pt_coverage *c)
{
    *c = (struct pt_coverage){st->tus, st->parse_errors, st->tus_failed, st->functions, st->functions_skipped, 0};
}

static int cmp_time(const void *a, const void *b)
{
    return strcmp(((const struct pt_tu_time *)a)->file, ((const struct pt_tu_time *)b)->file);
}

static cJSON *stats_json(const struct pt_stats *st, const struct pt_results *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "translation_units", st->tus);
    cJSON_AddItemToObject(o, "headers", pt_wdk_json());   /* supplement or which WDK */
    cJSON_AddNumberToObject(o, "parse_errors", st->parse_errors);
    cJSON_AddNumberToObject(o, "not_analysed", st->tus_failed);
    cJSON_AddNumberToObject(o, "from_cache", st->tus_cached);
    cJSON_AddNumberToObject(o, "functions", st->functions);
    cJSON_AddNumberToObject(o, "functions_with_parse_errors", st->functions_skipped);
    cJSON_AddNumberToObject(o, "call_sites_token_only", st->calls_token_only);
    struct pt_coverage cov;
    pt_stats_coverage(st, &cov);
    cov.functions_partly = r ? r->partly_analysed : 0;
    cJSON_AddItemToObject(o, "coverage", pt_coverage_json(&cov));
    cJSON *calls = cJSON_AddObjectToObject(o, "call_sites");
    /* keys sorted for deterministic output */
    char **names = pt_xmalloc((st->napis + 1) * sizeof *names);
    for (size_t i = 0; i < st->napis; i++) names[i] = st->api_names[i];
    for (size_t i = 0; i < st->napis; i++)
        for (size_t j = i + 1; j < st->napis; j++)
            if (strcmp(names[j], names[i]) < 0) { char *t = names[i]; names[i] = names[j]; names[j] = t; }
    for (size_t i = 0; i < st->napis; i++)
        for (size_t k = 0; k < st->napis; k++)
            if (st->api_names[k] == names[i]) cJSON_AddNumberToObject(calls, names[i], st->api_counts[k]);
    free(names);
    cJSON *pch = cJSON_AddObjectToObject(o, "precompiled_headers");
    cJSON_AddNumberToObject(pch, "built", st->pch_jobs - st->pch_failed);
    cJSON_AddNumberToObject(pch, "failed", st->pch_failed);
    cJSON_AddNumberToObject(pch, "cpu_seconds", st->pch_cpu_s);
    cJSON_AddNumberToObject(pch, "translation_units", st->tus_pch);
    /* per parsed TU, the worker's own cost (the precompiled headers' apart) */
    struct pt_tu_time *sorted = pt_xcalloc(st->ntimes + 1, sizeof *sorted);
    if (st->ntimes) memcpy(sorted, st->times, st->ntimes * sizeof *sorted);
    qsort(sorted, st->ntimes, sizeof *sorted, cmp_time);
    cJSON *times = cJSON_AddArrayToObject(o, "parse_times");
    for (size_t i = 0; i < st->ntimes; i++) {
        cJSON *t = cJSON_CreateObject();
        cJSON_AddStringToObject(t, "file", sorted[i].file);
        cJSON_AddNumberToObject(t, "cpu_seconds", sorted[i].cpu_s);
        cJSON_AddNumberToObject(t, "wall_seconds", sorted[i].wall_s);
        cJSON_AddItemToArray(times, t);
    }
    free(sorted);
    cJSON *f = cJSON_AddObjectToObject(o, "findings");
    for (size_t i = 0; i < r->nfindings; i++) {
        if (r->findings[i].suppressed) continue;
        cJSON *n = cJSON_GetObjectItemCaseSensitive(f, r->findings[i].rule_id);
        if (n) cJSON_SetNumberValue(n, n->valuedouble + 1);
        else cJSON_AddNumberToObject(f, r->findings[i].rule_id, 1);
    }
    return o;
}

void pt_stats_print(FILE *out, const struct pt_stats *st, const struct pt_results *r)
{
    cJSON *o = stats_json(st, r);
    fprintf(out, "pooltrack: %u translation units (%u from the cache, %u with parse errors, %u not "
            "analysed), %u functions\n", st->tus, st->tus_cached, st->parse_errors, st->tus_failed,
            st->functions);
    char *headers = pt_wdk_describe();
    fprintf(out, "pooltrack: headers: %s\n", headers);
    free(headers);
    fputs("pooltrack: pool API call sites:", out);
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(o, "call_sites"))
        fprintf(out, " %s=%d", it->string, it->valueint);
    fprintf(out, "\npooltrack: %u pool call sites seen only in tokens (lost by parse errors); "
                 "%u functions with parse errors were not path-analysed", st->calls_token_only,
            st->functions_skipped);
    if (st->pch_jobs || st->tus_pch)
        fprintf(out, "\npooltrack: shared precompiled headers: %u built (%.1f s CPU), %u failed; %u TUs "
                     "parsed with one", st->pch_jobs - st->pch_failed, st->pch_cpu_s, st->pch_failed, st->tus_pch);
    fputc('\n', out);
    struct pt_coverage cov;
    pt_stats_coverage(st, &cov);
    cov.functions_partly = r ? r->partly_analysed : 0;
    pt_coverage_print(out, &cov);
    fputs("pooltrack: findings:", out);
    int any = 0;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, "findings");
    size_t nrules;
    const struct pt_rule_info *rules = pt_rule_infos(&nrules);
    for (size_t k = 0; k < nrules; k++) {   /* catalogue order */
        const cJSON *n = cJSON_GetObjectItemCaseSensitive(f, rules[k].id);
        if (n) { fprintf(out, " %s=%d", rules[k].id, n->valueint); any = 1; }
    }
    fputs(any ? "\n" : " none\n", out);
    cJSON_Delete(o);
}

int pt_stats_write_json(const char *path, const struct pt_stats *st, const struct pt_results *r,
                        char *err, size_t errlen)
{
    cJSON *o = stats_json(st, r);
    int rc = pt_write_json_file(path, o, err, errlen);   /* atomic like the report */
    cJSON_Delete(o);
    return rc;
}

void pt_stats_free(struct pt_stats *st)
{
    for (size_t i = 0; i < st->ntimes; i++) free(st->times[i].file);
    free(st->times);
    for (size_t i = 0; i < st->napis; i++) free(st->api_names[i]);
    free(st->api_names);
    free(st->api_counts);
    for (size_t i = 0; i < st->nhdr; i++) {
        free(st->hdr[i].key);
        pt_stats_free(st->hdr[i].calls);
        free(st->hdr[i].calls);
    }
    free(st->hdr);
    pt_strmap_free(&st->header_funcs);
    memset(st, 0, sizeof *st);
}

void pt_stats_merge(struct pt_stats *st, const struct pt_stats *from)
{
    st->tus += from->tus;
    st->tus_failed += from->tus_failed;
    st->tus_cached += from->tus_cached;
    st->parse_errors += from->parse_errors;
    st->functions += from->functions;
    st->calls_token_only += from->calls_token_only;
    st->functions_skipped += from->functions_skipped;
    for (size_t i = 0; i < from->napis; i++)
        for (unsigned c = 0; c < from->api_counts[i]; c++) count_api(st, from->api_names[i]);
    for (size_t i = 0; i < from->nhdr; i++) {
        const struct pt_hdr_count *h = &from->hdr[i];
        if (pt_strmap_put(&st->header_funcs, h->key, 1) >= 0) continue;   /* counted already */
        st->functions++;
        st->functions_skipped += h->skipped;
        st->calls_token_only += h->token_only;
        for (size_t k = 0; k < h->calls->napis; k++)
            for (unsigned c = 0; c < h->calls->api_counts[k]; c++) count_api(st, h->calls->api_names[k]);
    }
}
