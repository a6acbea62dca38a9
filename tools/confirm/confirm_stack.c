/* The stack join: a leak allocated inside the driver's own wrapper (MyAlloc
 * calling ExAllocatePoolWithTag) is reported by the shim at the wrapper's
 * line, but the static result names the function that called the wrapper
 * and lost the block. The shim's "alloc_stack" frames ("mod!Func+0x1c")
 * name that caller, so a leak result still unconfirmed is confirmed by an
 * unused leak event with the result's function among the allocation's
 * callers, and the same tag and family when both tell one. */
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "util.h"

#define PT_MAX_EVIDENCE 20

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* One (caller function, event) pair; sorted by function for the lookup. */
struct caller {
    char *fn;
    size_t i;   /* the event, in log order */
};

static int cmp_caller(const void *a, const void *b)
{
    const struct caller *x = a, *y = b;
    int c = strcmp(x->fn, y->fn);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The callers named in ev's stack: every frame of another function than the
 * one holding the allocation (that one is the event's own "function"). */
static void add_callers(struct caller **v, size_t *n, size_t *cap, const cJSON *ev, size_t i)
{
    const cJSON *f;
    const char *own = jstr(ev, "function");
    cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(ev, "alloc_stack")) {
        char mod[128], fn[256];
        if (!cJSON_IsString(f) ||
            !pt_windbg_split_symbol(f->valuestring, mod, sizeof mod, fn, sizeof fn) ||
            (own != NULL && strcmp(fn, own) == 0))
            continue;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            *v = realloc(*v, *cap * sizeof(**v));
            if (*v == NULL)
                abort();
        }
        (*v)[*n].fn = pt_strdup(fn);
        (*v)[(*n)++].i = i;
    }
}

/* The result's function (first logical location) and tag as its message
 * prints it ("PoolMon 'EpCx'" or "tag 'EpCx'"); tag "" if none. */
static const char *result_function(const cJSON *res)
{
    const cJSON *loc = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "locations"), 0);
    return jstr(cJSON_GetArrayItem(cJSON_GetObjectItem(loc, "logicalLocations"), 0), "name");
}

static void result_tag(const cJSON *res, char out[5])
{
    const char *msg = jstr(cJSON_GetObjectItem(res, "message"), "text");
    const char *t = msg ? strstr(msg, "PoolMon '") : NULL;
    out[0] = '\0';
    if (t) t += 4;
    else t = msg ? strstr(msg, "tag '") : NULL;
    if (t != NULL && strlen(t) >= 10 && t[9] == '\'') {
        memcpy(out, t + 5, 4);
        out[4] = '\0';
    }
}

static int is_leak_result(const cJSON *res)
{
    const char *id = jstr(res, "ruleId");
    const char *status = jstr(cJSON_GetObjectItem(res, "properties"), "pooltrackRuntime");
    return id && (strcmp(id, "PT005") == 0 || strcmp(id, "PT006") == 0) && status &&
           strcmp(status, "not_reproduced") == 0;
}

static void set_prop(cJSON *props, const char *key, cJSON *value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(props, key);
    cJSON_AddItemToObject(props, key, value);
}

/* Confirms res by the events of callers[from, to) that fit its tag. */
static int confirm_by_stack(cJSON *res, const struct caller *c, size_t from, size_t to,
                            const cJSON *const *ev, char *used)
{
    cJSON *evidence = cJSON_CreateArray(), *props;
    char tag[5];
    size_t k, n = 0;
    result_tag(res, tag);
    for (k = from; k < to; k++) {
        const char *et = jstr(ev[c[k].i], "tag");
        if (used[c[k].i] || (tag[0] && et && strcmp(et, tag) != 0) ||
            !pt_confirm_family_fits(pt_confirm_result_family(res), ev[c[k].i]))
            continue;
        used[c[k].i] = 1;
        if (n++ < PT_MAX_EVIDENCE)
            cJSON_AddItemToArray(evidence, cJSON_Duplicate(ev[c[k].i], 1));
    }
    if (n == 0) {
        cJSON_Delete(evidence);
        return 0;
    }
    props = cJSON_GetObjectItem(res, "properties");
    set_prop(props, "pooltrackRuntime", cJSON_CreateString("confirmed"));
    set_prop(props, "pooltrackMatch", cJSON_CreateString(tag[0] ?
             "stack: the result's function called the allocating function, same tag" :
             "stack: the result's function called the allocating function"));
    set_prop(props, "pooltrackRuntimeCount", cJSON_CreateNumber((double)n));
    set_prop(props, "pooltrackRuntimeEvidence", evidence);
    return 1;
}

size_t pt_confirm_stack_join(cJSON *sarif, const cJSON *const *ev, size_t nev, char *used)
{
    struct caller *c = NULL;
    size_t n = 0, cap = 0, i, confirmed = 0;
    cJSON *run, *res;
    for (i = 0; i < nev; i++) {
        const char *name = jstr(ev[i], "event");
        if (!used[i] && name && strcmp(name, "leak") == 0)
            add_callers(&c, &n, &cap, ev[i], i);
    }
    if (n > 0) {
        qsort(c, n, sizeof(*c), cmp_caller);
        cJSON_ArrayForEach(run, cJSON_GetObjectItemCaseSensitive(sarif, "runs")) {
            cJSON_ArrayForEach(res, cJSON_GetObjectItemCaseSensitive(run, "results")) {
                const char *fn = result_function(res);
                size_t lo = 0, hi = n, to;
                if (fn == NULL || !is_leak_result(res))
                    continue;
                while (lo < hi) {   /* the first caller entry of fn */
                    size_t mid = lo + (hi - lo) / 2;
                    if (strcmp(c[mid].fn, fn) < 0)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (to = lo; to < n && strcmp(c[to].fn, fn) == 0; to++)
                    ;
                confirmed += (size_t)confirm_by_stack(res, c, lo, to, ev, used);
            }
        }
    }
    for (i = 0; i < n; i++)
        free(c[i].fn);
    free(c);
    return confirmed;
}
