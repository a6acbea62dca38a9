/* Joins Driver Verifier records (confirm_windbg.c) with the SARIF. The
 * verifier knows no source lines, only the tag and the caller's symbol, so a
 * record matches by tag and allocating function and says how sure it is:
 *   exact      tag and function name one static finding (or several: ambiguous)
 *   probable   tag only, and exactly one static finding has that tag
 *   ambiguous  tag only, several static findings have it
 * Outstanding blocks (!verifier 3, or an allocation entry of !verifier 0x80)
 * match leaks (PT005, PT006). Free entries of !verifier 0x80 carry no tag:
 * a block freed twice confirms a double free (PT008) in that function; any
 * other free only shows that a free reported by PT004/PT009 ran. */
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

/* The allocation's tag as the message prints it: "... (tag 'EpCx') ...". */
static int result_tag(const cJSON *res, char out[5])
{
    const char *msg = jstr(cJSON_GetObjectItem(res, "message"), "text");
    const char *t = msg ? strstr(msg, "tag '") : NULL;
    if (t == NULL || strlen(t) < 10 || t[9] != '\'')
        return 0;
    memcpy(out, t + 5, 4);
    out[4] = '\0';
    return 1;
}

/* Same function? WinDbg prints C++ members as Class::Method; SARIF may hold
 * the bare name. */
static int same_function(const char *a, const char *b)
{
    const char *ca, *cb;
    if (a == NULL || b == NULL)
        return 0;
    if (strcmp(a, b) == 0)
        return 1;
    ca = strrchr(a, ':');
    cb = strrchr(b, ':');
    return strcmp(ca ? ca + 1 : a, cb ? cb + 1 : b) == 0;
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

/* Every static result of every run, in order. */
static size_t collect(cJSON *sarif, cJSON ***out)
{
    cJSON *run, *res, **all = NULL;
    size_t n = 0, cap = 0;
    cJSON_ArrayForEach(run, cJSON_GetObjectItem(sarif, "runs"))
        cJSON_ArrayForEach(res, cJSON_GetObjectItem(run, "results")) {
            if (n == cap)
                all = pt_xrealloc(all, (cap = cap ? 2 * cap : 16) * sizeof *all);
            all[n++] = res;
        }
    *out = all;
    return n;
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

/* Attaches rec to res with strength s and its wording; the result's status
 * rises to the best strength seen, never below a shim confirmation. */
static void attach(cJSON *res, const cJSON *rec, enum strength s, const char *why, int *best)
{
    cJSON *props = props_of(res), *ev = cJSON_GetObjectItem(props, "pooltrackVerifierEvidence");
    const cJSON *cnt = cJSON_GetObjectItem(props, "pooltrackVerifierCount");
    const char *now = jstr(props, "pooltrackRuntime");
    if (!cJSON_IsArray(ev))
        set_prop(props, "pooltrackVerifierEvidence", ev = cJSON_CreateArray());
    if (cJSON_GetArraySize(ev) < PT_MAX_EVIDENCE)
        cJSON_AddItemToArray(ev, cJSON_Duplicate(rec, 1));
    set_prop(props, "pooltrackVerifierCount",
             cJSON_CreateNumber(cJSON_IsNumber(cnt) ? cnt->valuedouble + 1 : 1));
    if ((int)s <= *best)
        return;
    *best = (int)s;
    set_prop(props, "pooltrackVerifierMatch", cJSON_CreateString(why));
    if (now == NULL || strcmp(now, "confirmed") != 0)
        set_prop(props, "pooltrackRuntime", cJSON_CreateString(status_of(s)));
}

/* The leak results with tag tag (and, if fn, in function fn). */
static size_t leak_candidates(cJSON **all, size_t n, const char *tag, const char *fn, char *pick)
{
    size_t i, k = 0;
    for (i = 0; i < n; i++) {
        char t[5];
        pick[i] = is_rule(all[i], leak_rules) && result_tag(all[i], t) && strcmp(t, tag) == 0 &&
                  (fn == NULL || same_function(result_function(all[i]), fn));
        k += pick[i];
    }
    return k;
}

static int match_outstanding(cJSON **all, size_t n, const cJSON *rec, int *best, char *pick)
{
    const char *tag = jstr(rec, "tag"), *fn = jstr(rec, "function");
    size_t i, k = fn ? leak_candidates(all, n, tag, fn, pick) : 0;
    enum strength s = M_EXACT;
    const char *why = "exact: tag and function";
    if (k > 1) {
        s = M_AMBIGUOUS;
        why = "ambiguous: several static findings with that tag and function";
    } else if (k == 0) {
        k = leak_candidates(all, n, tag, NULL, pick);
        s = k == 1 ? M_PROBABLE : M_AMBIGUOUS;
        why = k == 1 ? "probable: tag only, one static finding with that tag"
                     : "ambiguous: tag only, several static findings with that tag";
    }
    for (i = 0; i < n; i++)
        if (pick[i])
            attach(all[i], rec, s, why, &best[i]);
    return k > 0;
}

/* A free entry: the same block freed again later without being allocated in
 * between is a double free. */
static int freed_twice(const cJSON *records, const cJSON *rec)
{
    const cJSON *r;
    int after = 0;
    cJSON_ArrayForEach(r, records) {
        const char *ev = jstr(r, "event"), *a = jstr(r, "address");
        if (r == rec) {
            after = 1;
            continue;
        }
        if (!after || !a || strcasecmp(a, jstr(rec, "address")) != 0)
            continue;
        if (strcmp(ev, "allocate") == 0)
            return 0;
        if (strcmp(ev, "free") == 0)
            return 1;
    }
    return 0;
}

static int match_free(cJSON **all, size_t n, const cJSON *records, const cJSON *rec, int *best)
{
    const char *fn = jstr(rec, "function");
    int twice = freed_twice(records, rec), matched = 0;
    size_t i;
    for (i = 0; fn && i < n; i++) {
        int dbl = strcmp(jstr(all[i], "ruleId"), "PT008") == 0;
        if (!is_rule(all[i], free_rules) || !same_function(result_function(all[i]), fn))
            continue;
        if (dbl && twice)
            attach(all[i], rec, M_EXACT, "exact: the block is freed twice in that function", &best[i]);
        else
            attach(all[i], rec, M_EXECUTED, "executed: the free ran (the log shows no tags)", &best[i]);
        matched = 1;
    }
    return matched;
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

void pt_confirm_apply_verifier(cJSON *sarif, const cJSON *records, struct pt_confirm_stats *st)
{
    cJSON **all, *first = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
    size_t n = collect(sarif, &all), i;
    int *best = pt_xcalloc(n + 1, sizeof *best);
    char *pick = pt_xcalloc(n + 1, 1);
    const cJSON *rec;
    cJSON *extra = cJSON_CreateArray();
    cJSON_ArrayForEach(rec, records) {
        const char *ev = jstr(rec, "event");
        int matched;
        st->verifier_records++;
        if (strcmp(ev, "free") == 0) {
            matched = match_free(all, n, records, rec, best);
        } else {
            /* an allocation entry of a block the table lists is the same block */
            if (strcmp(ev, "allocate") == 0 || !jstr(rec, "tag"))
                continue;
            matched = match_outstanding(all, n, rec, best, pick);
            if (!matched) {
                cJSON_AddItemToArray(extra, verifier_result(rec));
                st->runtime_only++;
            }
        }
        st->verifier_matched += matched;
    }
    /* recount: verifier matches may have changed statuses */
    st->confirmed = st->not_reproduced = st->ambiguous = st->executed = 0;
    for (i = 0; i < n; i++) {
        const char *s = jstr(cJSON_GetObjectItem(all[i], "properties"), "pooltrackRuntime");
        if (s == NULL || strcmp(s, "runtime_only") == 0)
            continue;
        st->confirmed += strcmp(s, "confirmed") == 0;
        st->ambiguous += strcmp(s, "ambiguous") == 0;
        st->executed += strcmp(s, "executed") == 0;
        st->not_reproduced += strcmp(s, "not_reproduced") == 0;
    }
    while (cJSON_GetArraySize(extra) > 0)
        cJSON_AddItemToArray(first, cJSON_DetachItemFromArray(extra, 0));
    cJSON_Delete(extra);
    free(best);
    free(pick);
    free(all);
}
