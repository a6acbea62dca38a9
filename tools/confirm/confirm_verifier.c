/* Joins Driver Verifier records (confirm_windbg.c) with the SARIF. The
 * verifier knows no source lines, only the tag and the caller's symbol, so a
 * record matches by tag and allocating function and says how sure it is:
 *   exact      tag and function name one static finding (or several: ambiguous)
 *   probable   tag only, and exactly one static finding has that tag
 *   ambiguous  tag only, several static findings have it
 * Outstanding blocks (!verifier 3, or an allocation entry of !verifier 0x80)
 * match leaks (PT005, PT006). Free entries of !verifier 0x80 carry no tag:
 * a block freed twice confirms a double free (PT008) in that function; any
 * other free only shows that a free reported by PT004/PT009 ran.
 * A bug check of !analyze names the driver and the kind of bug, rarely the
 * function and never the tag: it confirms the findings of the rule it
 * stands for (confirm_bugcheck.c) at "probable" when it counts at least as
 * many blocks as there are such findings, "ambiguous" when fewer; for a
 * leak at unload (0xC4/0x62), only if the log has no !verifier 3 table of
 * the driver, which says which blocks leaked.
 * Pool rows and leak bug checks count pool blocks only: a leak result whose
 * pooltrackFamily is not pool-backed (an IRP, an MDL, a work item) is no
 * candidate for them (confirm_family.c).
 * Records of other drivers than the analysed one are skipped. */
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "confirm.h"
#include "util.h"

#define PT_MAX_EVIDENCE 20

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The function the result is reported in (its first logical location). */
static const char *result_function(const cJSON *res)
{
    const cJSON *loc = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "locations"), 0);
    return jstr(cJSON_GetArrayItem(cJSON_GetObjectItem(loc, "logicalLocations"), 0), "name");
}

/* The allocation's tag as the message prints it in PoolMon order: "... with
 * tag 'xCpE' (PoolMon 'EpCx') ...", or "(tag 'EpCx')" from older logs. */
static int result_tag(const cJSON *res, char out[5])
{
    const char *msg = jstr(cJSON_GetObjectItem(res, "message"), "text");
    const char *t = msg ? strstr(msg, "PoolMon '") : NULL;
    if (t) t += 4;   /* "PoolMon '" and "tag '" then read alike */
    else t = msg ? strstr(msg, "tag '") : NULL;
    if (t == NULL || strlen(t) < 10 || t[9] != '\'')
        return 0;
    memcpy(out, t + 5, 4);
    out[4] = '\0';
    return 1;
}

static int is_rule(const cJSON *res, const char *const *rules)
{
    const char *id = jstr(res, "ruleId");
    for (; id && *rules; rules++)
        if (strcmp(id, *rules) == 0)
            return 1;
    return 0;
}

static const char *const leak_rules[] = { "PT005", "PT006", NULL };
static const char *const free_rules[] = { "PT004", "PT008", "PT009", NULL };

/* What matching needs of one static result, taken out once. */
struct result_info {
    cJSON *res;
    const char *fn;     /* the function it is reported in, or NULL */
    char tag[5];        /* the allocation's tag, "" if the message names none */
    int pooled;         /* its block can be a pool block (its family, if named) */
    /* The matches, gathered here and written to the result once at the end
     * (flush): a log of many blocks of one tag that several results share
     * costs a few integer operations per pair, not cJSON edits. */
    int best;           /* the strongest match (enum strength) */
    const char *why;    /* ... and its wording, the first record's that reached it */
    size_t count;       /* records matched */
    const cJSON *first[PT_MAX_EVIDENCE];   /* the first of them, in log order */
};

/* A result under a key and a second key (a tag and a function's short name;
 * a function's short name and ""), sorted by both then result order: each
 * record finds its candidates by binary search instead of walking every
 * result, so the join stays linear in the log. */
struct keyed {
    const char *key, *key2;   /* key2 ":" (no short name) when the result has no function */
    size_t i;
};

static int cmp_keys(const struct keyed *x, const char *key, const char *key2)
{
    int c = strcmp(x->key, key);
    return c || key2 == NULL ? c : strcmp(x->key2, key2);
}

static int cmp_keyed(const void *a, const void *b)
{
    const struct keyed *x = a, *y = b;
    int c = cmp_keys(x, y->key, y->key2);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

struct key_index {
    struct keyed *v;
    size_t n;
};

static void add_key(struct key_index *x, const char *key, const char *key2, size_t i)
{
    x->v[x->n++] = (struct keyed){ key, key2, i };
}

/* The first entry at or after (key, key2) (key2 NULL: any), or, if after,
 * the first one past them. */
static size_t bound(const struct key_index *x, const char *key, const char *key2, int after)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_keys(&x->v[mid], key, key2);
        if (c < 0 || (after && c == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The candidates under key and key2 (NULL: any): [*from, return value). */
static size_t lookup(const struct key_index *x, const char *key, const char *key2, size_t *from)
{
    *from = bound(x, key, key2, 0);
    return bound(x, key, key2, 1);
}

/* A function's name without its C++ class: WinDbg prints members as
 * Class::Method, SARIF may hold the bare name, so a record and a result are
 * of the same function when these are equal. Never holds a ':'. */
static const char *short_name(const char *fn)
{
    const char *c = strrchr(fn, ':');
    return c ? c + 1 : fn;
}

struct verifier_join {
    struct result_info *r;
    size_t n;
    struct key_index leaks_by_tag, frees_by_function;
};

static void join_init(struct verifier_join *j, cJSON *sarif)
{
    cJSON *run, *res;
    size_t cap = 0;
    memset(j, 0, sizeof *j);
    cJSON_ArrayForEach(run, cJSON_GetObjectItem(sarif, "runs"))
        cJSON_ArrayForEach(res, cJSON_GetObjectItem(run, "results")) {
            if (j->n == cap)
                j->r = pt_xrealloc(j->r, (cap = cap ? 2 * cap : 16) * sizeof *j->r);
            memset(&j->r[j->n], 0, sizeof j->r[j->n]);
            j->r[j->n].res = res;
            j->r[j->n].fn = result_function(res);
            if (!result_tag(res, j->r[j->n].tag))
                j->r[j->n].tag[0] = '\0';
            j->r[j->n].pooled = pt_confirm_pool_backed(pt_confirm_result_family(res));
            j->n++;
        }
    j->leaks_by_tag.v = pt_xcalloc(j->n + 1, sizeof(struct keyed));
    j->frees_by_function.v = pt_xcalloc(j->n + 1, sizeof(struct keyed));
    for (size_t i = 0; i < j->n; i++) {
        if (is_rule(j->r[i].res, leak_rules) && j->r[i].tag[0] && j->r[i].pooled)
            add_key(&j->leaks_by_tag, j->r[i].tag, j->r[i].fn ? short_name(j->r[i].fn) : ":", i);
        if (is_rule(j->r[i].res, free_rules) && j->r[i].fn)
            add_key(&j->frees_by_function, short_name(j->r[i].fn), "", i);
    }
    qsort(j->leaks_by_tag.v, j->leaks_by_tag.n, sizeof(struct keyed), cmp_keyed);
    qsort(j->frees_by_function.v, j->frees_by_function.n, sizeof(struct keyed), cmp_keyed);
}

static void join_free(struct verifier_join *j)
{
    free(j->leaks_by_tag.v);
    free(j->frees_by_function.v);
    free(j->r);
}

/* Strength of a match, best last: what a result keeps is its best one. */
enum strength { M_NONE, M_EXECUTED, M_AMBIGUOUS, M_PROBABLE, M_EXACT };

static const char *status_of(enum strength s)
{
    return s == M_EXACT || s == M_PROBABLE ? "confirmed" : s == M_AMBIGUOUS ? "ambiguous" : "executed";
}

static cJSON *props_of(cJSON *res)
{
    cJSON *p = cJSON_GetObjectItem(res, "properties");
    return cJSON_IsObject(p) ? p : cJSON_AddObjectToObject(res, "properties");
}

static void set_prop(cJSON *props, const char *key, cJSON *value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(props, key);
    cJSON_AddItemToObject(props, key, value);
}

static void attach(struct result_info *r, const cJSON *rec, enum strength s, const char *why)
{
    if (r->count < PT_MAX_EVIDENCE)
        r->first[r->count] = rec;
    r->count++;
    if ((int)s > r->best) {
        r->best = (int)s;
        r->why = why;
    }
}

/* Writes the matches of r into its properties: the evidence (appended to any
 * earlier, up to PT_MAX_EVIDENCE), the count, the best match's wording; the
 * status rises to the best strength, never below a shim confirmation. */
static void flush(struct result_info *r)
{
    cJSON *props, *ev;
    const cJSON *cnt;
    const char *now;
    size_t k;
    if (r->count == 0)
        return;
    props = props_of(r->res);
    ev = cJSON_GetObjectItem(props, "pooltrackVerifierEvidence");
    cnt = cJSON_GetObjectItem(props, "pooltrackVerifierCount");
    now = jstr(props, "pooltrackRuntime");
    if (!cJSON_IsArray(ev))
        set_prop(props, "pooltrackVerifierEvidence", ev = cJSON_CreateArray());
    for (k = 0; k < r->count && k < PT_MAX_EVIDENCE && cJSON_GetArraySize(ev) < PT_MAX_EVIDENCE; k++)
        cJSON_AddItemToArray(ev, cJSON_Duplicate(r->first[k], 1));
    set_prop(props, "pooltrackVerifierCount",
             cJSON_CreateNumber((cJSON_IsNumber(cnt) ? cnt->valuedouble : 0) + (double)r->count));
    set_prop(props, "pooltrackVerifierMatch", cJSON_CreateString(r->why));
    if (now == NULL || strcmp(now, "confirmed") != 0)
        set_prop(props, "pooltrackRuntime", cJSON_CreateString(status_of((enum strength)r->best)));
}

/* The leak results with the record's tag and, if fn, in function fn: how
 * many, and each of them attached with strength s if s is not M_NONE. */
static size_t leak_candidates(struct verifier_join *j, const cJSON *rec, const char *fn,
                              enum strength s, const char *why)
{
    size_t k, from, end = lookup(&j->leaks_by_tag, jstr(rec, "tag"), fn ? short_name(fn) : NULL, &from);
    for (k = from; s != M_NONE && k < end; k++)
        attach(&j->r[j->leaks_by_tag.v[k].i], rec, s, why);
    return end - from;
}

static int match_outstanding(struct verifier_join *j, const cJSON *rec)
{
    const char *fn = jstr(rec, "function");
    size_t k = fn ? leak_candidates(j, rec, fn, M_NONE, NULL) : 0;
    if (k == 1)
        leak_candidates(j, rec, fn, M_EXACT, "exact: tag and function");
    else if (k > 1)
        leak_candidates(j, rec, fn, M_AMBIGUOUS, "ambiguous: several static findings with that tag and function");
    else if ((k = leak_candidates(j, rec, NULL, M_NONE, NULL)) == 1)
        leak_candidates(j, rec, NULL, M_PROBABLE, "probable: tag only, one static finding with that tag");
    else if (k > 1)
        leak_candidates(j, rec, NULL, M_AMBIGUOUS, "ambiguous: tag only, several static findings with that tag");
    return k > 0;
}

/* For each record, whether it is a free entry whose block is freed again
 * later without being allocated in between (a double free). The allocate
 * and free entries sorted by address, then log order: the next entry of the
 * same address is the next thing that happened to that block. */
struct block_event {
    const char *address;
    size_t i;
    int is_free;
};

static int cmp_block_event(const void *a, const void *b)
{
    const struct block_event *x = a, *y = b;
    int c = strcasecmp(x->address, y->address);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

static char *freed_again(const cJSON *const *recs, size_t n)
{
    struct block_event *v = pt_xcalloc(n + 1, sizeof *v);
    char *twice = pt_xcalloc(n + 1, 1);
    size_t k, m = 0;
    for (k = 0; k < n; k++) {
        const char *ev = jstr(recs[k], "event"), *a = jstr(recs[k], "address");
        if (a && ev && (strcmp(ev, "allocate") == 0 || strcmp(ev, "free") == 0))
            v[m++] = (struct block_event){ a, k, strcmp(ev, "free") == 0 };
    }
    qsort(v, m, sizeof *v, cmp_block_event);
    for (k = 0; k + 1 < m; k++)
        twice[v[k].i] = v[k].is_free && v[k + 1].is_free && strcasecmp(v[k].address, v[k + 1].address) == 0;
    free(v);
    return twice;
}

static int match_free(struct verifier_join *j, const cJSON *rec, int twice)
{
    const char *fn = jstr(rec, "function");
    size_t k, from, end;
    int matched = 0;
    if (fn == NULL)
        return 0;
    end = lookup(&j->frees_by_function, short_name(fn), NULL, &from);
    for (k = from; k < end; k++) {
        struct result_info *r = &j->r[j->frees_by_function.v[k].i];
        if (twice && strcmp(jstr(r->res, "ruleId"), "PT008") == 0)
            attach(r, rec, M_EXACT, "exact: the block is freed twice in that function");
        else
            attach(r, rec, M_EXECUTED, "executed: the free ran (the log shows no tags)");
        matched = 1;
    }
    return matched;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The driver the SARIF is of: module if given (a .sys name or a module);
 * else the module whose symbols in the log name most of the results'
 * functions; else "" (the log is taken as the driver's own). */
static void target_module(const struct verifier_join *j, const cJSON *const *recs, size_t n,
                          const char *module, char *out, size_t cap)
{
    struct { const char *module; size_t n; } votes[16];
    const char **fns;
    size_t i, k, m = 0, nv = 0, best = 0;
    out[0] = '\0';
    if (module && module[0]) {
        if (!pt_windbg_module_of_image(module, out, cap))
            snprintf(out, cap, "%s", module);
        return;
    }
    fns = pt_xcalloc(j->n + 1, sizeof *fns);
    for (i = 0; i < j->n; i++)
        if (j->r[i].fn)
            fns[m++] = short_name(j->r[i].fn);
    if (m)
        qsort(fns, m, sizeof *fns, cmp_str);
    for (k = 0; k < n; k++) {
        const char *mod = jstr(recs[k], "module"), *fn = jstr(recs[k], "function");
        if (!mod || !fn || !m)
            continue;
        fn = short_name(fn);
        if (!bsearch(&fn, fns, m, sizeof *fns, cmp_str))
            continue;
        for (i = 0; i < nv && strcasecmp(votes[i].module, mod) != 0; i++)
            ;
        if (i == nv) {   /* a new module; a log names few, more than 16 are not counted */
            if (nv == sizeof votes / sizeof votes[0])
                continue;
            votes[nv].module = mod;
            votes[nv++].n = 0;
        }
        votes[i].n++;
    }
    for (i = 0; i < nv; i++)
        if (votes[i].n > best) {
            best = votes[i].n;
            snprintf(out, cap, "%s", votes[i].module);
        }
    free(fns);
}

/* Is the record of the target driver? Its block's driver (a row of a
 * several-driver listing, a bug check) decides, else its symbol's module. */
static int in_scope(const cJSON *rec, const char *target)
{
    const char *d = jstr(rec, "driver"), *m = jstr(rec, "module");
    if (!target[0])
        return 1;
    if (d)
        return strcasecmp(d, target) == 0;
    return m == NULL || strcasecmp(m, target) == 0;
}

static int has_rule(const cJSON *res, const char *rule)
{
    const char *id = jstr(res, "ruleId");
    return id && strcmp(id, rule) == 0;
}

/* A bug check no static finding explains: a result of its own, located by
 * the driver (and the faulting symbol, if the text gave one). */
static cJSON *bugcheck_result(const cJSON *rec)
{
    const char *sym = jstr(rec, "symbol"), *drv = jstr(rec, "driver");
    char *msg = pt_asprintf("Driver Verifier: bug check %s%s%s (%s) in %s; no static finding of rule %s.",
                            jstr(rec, "bugcheck"), jstr(rec, "subcode") ? " Arg1 " : "",
                            jstr(rec, "subcode") ? jstr(rec, "subcode") : "", jstr(rec, "meaning"),
                            drv ? drv : "an unnamed driver", jstr(rec, "rule"));
    cJSON *res = cJSON_CreateObject(), *loc = cJSON_CreateObject(), *l = cJSON_CreateObject(), *props;
    cJSON_AddStringToObject(res, "ruleId", "runtime/verifier_bugcheck");
    cJSON_AddStringToObject(res, "level", "error");
    cJSON_AddStringToObject(cJSON_AddObjectToObject(res, "message"), "text", msg);
    cJSON_AddStringToObject(l, "name", sym ? sym : drv ? drv : "?");
    cJSON_AddStringToObject(l, "fullyQualifiedName", sym ? sym : drv ? drv : "?");
    cJSON_AddStringToObject(l, "kind", sym ? "function" : "module");
    cJSON_AddItemToArray(cJSON_AddArrayToObject(loc, "logicalLocations"), l);
    cJSON_AddItemToArray(cJSON_AddArrayToObject(res, "locations"), loc);
    props = cJSON_AddObjectToObject(res, "properties");
    cJSON_AddStringToObject(props, "pooltrackRuntime", "runtime_only");
    cJSON_AddNumberToObject(props, "pooltrackVerifierCount", 1);
    cJSON_AddItemToArray(cJSON_AddArrayToObject(props, "pooltrackVerifierEvidence"), cJSON_Duplicate(rec, 1));
    free(msg);
    return res;
}

/* A bug check against the results of its rule: the faulting function's
 * (exact), else all of them (probable if the bug check counts as many
 * blocks, ambiguous if fewer). O(results); a log holds a few bug checks. */
static int match_bugcheck(struct verifier_join *j, const cJSON *rec, int table_leaks, cJSON *extra,
                          struct pt_confirm_stats *st)
{
    const char *rule = jstr(rec, "rule"), *fn = jstr(rec, "function");
    const cJSON *cnt = cJSON_GetObjectItem(rec, "count");
    double count = cJSON_IsNumber(cnt) ? cnt->valuedouble : 1;
    size_t i, n = 0, nfn = 0;
    int leak;
    if (rule == NULL)
        return 0;
    leak = strcmp(rule, "PT006") == 0;
    if (leak && table_leaks)
        return 0;   /* the !verifier 3 table says which blocks: its rows confirm */
    for (i = 0; i < j->n; i++)
        if (has_rule(j->r[i].res, rule) && (!leak || j->r[i].pooled)) {
            n++;
            nfn += fn && j->r[i].fn && strcmp(short_name(j->r[i].fn), short_name(fn)) == 0;
        }
    if (n == 0) {
        cJSON_AddItemToArray(extra, bugcheck_result(rec));
        st->runtime_only++;
        return 0;
    }
    for (i = 0; i < j->n; i++) {
        int same_fn = fn && j->r[i].fn && strcmp(short_name(j->r[i].fn), short_name(fn)) == 0;
        if (!has_rule(j->r[i].res, rule) || (leak && !j->r[i].pooled) || (nfn && !same_fn))
            continue;
        if (nfn == 1)
            attach(&j->r[i], rec, M_EXACT, "exact: the bug check's faulting function");
        else if (nfn > 1)
            attach(&j->r[i], rec, M_AMBIGUOUS, "ambiguous: several findings in the bug check's faulting function");
        else if ((double)n <= count)
            attach(&j->r[i], rec, M_PROBABLE,
                   leak ? "probable: a leak bug check at unload names the driver, not the blocks"
                        : "probable: the bug check names the driver, not the tag or function");
        else
            attach(&j->r[i], rec, M_AMBIGUOUS, "ambiguous: the bug check counts fewer blocks than there are findings");
    }
    return 1;
}

/* An outstanding block no static finding explains becomes a result of its
 * own, located by the caller's symbol only (the verifier knows no lines). */
static cJSON *verifier_result(const cJSON *rec)
{
    const char *fn = jstr(rec, "function"), *sym = jstr(rec, "symbol");
    const cJSON *size = cJSON_GetObjectItem(rec, "size");
    char *msg = pt_asprintf("Driver Verifier: block of %.0f bytes with tag '%s' still allocated, "
                            "allocated by %s; no static finding has that tag.",
                            cJSON_IsNumber(size) ? size->valuedouble : 0.0, jstr(rec, "tag"),
                            sym ? sym : jstr(rec, "caller") ? jstr(rec, "caller") : "?");
    cJSON *res = cJSON_CreateObject(), *loc = cJSON_CreateObject(), *props, *ev;
    cJSON_AddStringToObject(res, "ruleId", "runtime/verifier_outstanding");
    cJSON_AddStringToObject(res, "level", "warning");
    cJSON_AddStringToObject(cJSON_AddObjectToObject(res, "message"), "text", msg);
    if (fn || jstr(rec, "caller")) {   /* without a symbol: the caller's address */
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "name", fn ? fn : jstr(rec, "caller"));
        cJSON_AddStringToObject(l, "fullyQualifiedName", sym ? sym : jstr(rec, "caller"));
        if (fn)
            cJSON_AddStringToObject(l, "kind", "function");
        cJSON_AddItemToArray(cJSON_AddArrayToObject(loc, "logicalLocations"), l);
    }
    cJSON_AddItemToArray(cJSON_AddArrayToObject(res, "locations"), loc);
    props = cJSON_AddObjectToObject(res, "properties");
    cJSON_AddStringToObject(props, "pooltrackRuntime", "runtime_only");
    cJSON_AddNumberToObject(props, "pooltrackVerifierCount", 1);
    ev = cJSON_AddArrayToObject(props, "pooltrackVerifierEvidence");
    cJSON_AddItemToArray(ev, cJSON_Duplicate(rec, 1));
    free(msg);
    return res;
}

void pt_confirm_apply_verifier(cJSON *sarif, const cJSON *records, const char *module,
                               struct pt_confirm_stats *st)
{
    cJSON *run0 = cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0);
    cJSON *first = cJSON_GetObjectItem(run0, "results"), *extra = cJSON_CreateArray();
    struct verifier_join j;
    size_t n = (size_t)cJSON_GetArraySize(records), k = 0, i;
    const cJSON **recs = pt_xcalloc(n + 1, sizeof *recs), *rec;
    char *twice, *skip = pt_xcalloc(n + 1, 1), target[128];
    int table_leaks = 0;
    cJSON_ArrayForEach(rec, records)
        recs[k++] = rec;
    twice = freed_again(recs, n);
    join_init(&j, sarif);
    target_module(&j, recs, n, module, target, sizeof target);
    for (k = 0; k < n; k++) {
        const char *ev = jstr(recs[k], "event");
        skip[k] = !in_scope(recs[k], target);
        table_leaks |= !skip[k] && ev && strcmp(ev, "outstanding") == 0;
    }
    for (k = 0; k < n; k++) {
        const char *ev = jstr(recs[k], "event");
        int matched;
        if (skip[k]) {
            st->verifier_other++;
            continue;
        }
        st->verifier_records++;
        if (ev != NULL && strcmp(ev, "bugcheck") == 0) {
            matched = match_bugcheck(&j, recs[k], table_leaks, extra, st);
        } else if (ev != NULL && strcmp(ev, "free") == 0) {
            matched = match_free(&j, recs[k], twice[k]);
        } else {
            /* an allocation entry of a block the table lists is the same block */
            if (ev == NULL || strcmp(ev, "allocate") == 0 || !jstr(recs[k], "tag"))
                continue;
            matched = match_outstanding(&j, recs[k]);
            if (!matched) {
                cJSON_AddItemToArray(extra, verifier_result(recs[k]));
                st->runtime_only++;
            }
        }
        st->verifier_matched += matched;
    }
    for (i = 0; i < j.n; i++)
        flush(&j.r[i]);
    /* recount: verifier matches may have changed statuses */
    st->confirmed = st->not_reproduced = st->ambiguous = st->executed = 0;
    for (i = 0; i < j.n; i++) {
        const char *s = jstr(cJSON_GetObjectItem(j.r[i].res, "properties"), "pooltrackRuntime");
        if (s == NULL || strcmp(s, "runtime_only") == 0)
            continue;
        st->confirmed += strcmp(s, "confirmed") == 0;
        st->ambiguous += strcmp(s, "ambiguous") == 0;
        st->executed += strcmp(s, "executed") == 0;
        st->not_reproduced += strcmp(s, "not_reproduced") == 0;
    }
    if (!cJSON_IsArray(first) && cJSON_IsObject(run0)) {
        cJSON_DeleteItemFromObjectCaseSensitive(run0, "results");
        first = cJSON_AddArrayToObject(run0, "results");
    }
    while (extra->child != NULL) {   /* from the head: O(1) each */
        cJSON *item = cJSON_DetachItemViaPointer(extra, extra->child);
        if (!cJSON_AddItemToArray(first, item))
            cJSON_Delete(item);
    }
    cJSON_Delete(extra);
    join_free(&j);
    free(twice);
    free(skip);
    free(recs);
}

const char *pt_confirm_sarif_module(const cJSON *sarif)
{
    const cJSON *run0 = cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0);
    const cJSON *mods = cJSON_GetObjectItem(cJSON_GetObjectItem(run0, "properties"),
                                            "pooltrackDriverModules");
    const cJSON *only = cJSON_GetArrayItem(mods, 0);
    if (!cJSON_IsArray(mods) || cJSON_GetArraySize(mods) != 1 || !cJSON_IsString(only) ||
        only->valuestring[0] == '\0')
        return NULL;
    return only->valuestring;
}
