/* The join: a static result is confirmed by runtime events at the same file
 * and line for the same rule (a runtime leak confirms PT005 or PT006). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "util.h"

#define PT_MAX_EVIDENCE 20

static void set_err(char *err, size_t errlen, const char *msg)
{
    if (errlen > 0) {
        strncpy(err, msg, errlen - 1);
        err[errlen - 1] = '\0';
    }
}

/* Parses the object starting at p; DbgPrintEx splits long lines, so an
 * object that does not parse is retried joined with up to 3 next lines.
 * *next is where scanning goes on. */
static cJSON *parse_object(const char *p, const char **next)
{
    int joins;
    const char *end = strchr(p, '\n');
    for (joins = 0; joins < 4; joins++) {
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char *copy = pt_strndup(p, n), *o = copy, *c;
        cJSON *obj;
        for (c = copy; *c; c++)     /* drop the joins' line breaks */
            if (*c != '\n' && *c != '\r')
                *o++ = *c;
        *o = '\0';
        obj = cJSON_Parse(copy);
        free(copy);
        if (obj != NULL || end == NULL) {
            *next = obj && end ? end + 1 : NULL;
            if (obj == NULL)
                break;
            return obj;
        }
        end = strchr(end + 1, '\n');
    }
    end = strchr(p, '\n');
    *next = end ? end + 1 : NULL;
    return NULL;
}

cJSON *pt_confirm_load_events(const char *text, char *err, size_t errlen)
{
    cJSON *events = cJSON_CreateArray();
    size_t objects = 0;
    const char *line = text;
    while (line && *line) {
        const char *p = line, *next;
        const char *end = strchr(line, '\n');
        cJSON *o;
        const cJSON *ev;
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (*p != '{') {
            line = end ? end + 1 : NULL;
            continue;
        }
        o = parse_object(p, &next);
        line = next;
        ev = cJSON_GetObjectItemCaseSensitive(o, "event");
        if (cJSON_IsString(ev)) {
            objects++;
            if (strcmp(ev->valuestring, "summary") != 0 &&
                strcmp(ev->valuestring, "config_error") != 0) {
                cJSON_AddItemToArray(events, o);
                o = NULL;
            }
        }
        cJSON_Delete(o);
    }
    if (objects == 0) {
        cJSON_Delete(events);
        set_err(err, errlen, "no pooltrack shim events or summaries found");
        return NULL;
    }
    return events;
}

/* Lower-cased, '/'-separated, without file:// or %SRCROOT%, %XX decoded. */
static char *norm_path(const char *s)
{
    char *out = pt_xmalloc(strlen(s) + 1), *o = out;
    if (strncmp(s, "file://", 7) == 0)
        s += 7;
    if (strncmp(s, "%SRCROOT%", 9) == 0)
        s += 9;
    for (; *s; s++) {
        if (s[0] == '%' && isxdigit((unsigned char)s[1]) && isxdigit((unsigned char)s[2])) {
            char hex[3] = { s[1], s[2], 0 };
            *o++ = (char)tolower((int)strtol(hex, NULL, 16));
            s += 2;
        } else {
            *o++ = *s == '\\' ? '/' : (char)tolower((unsigned char)*s);
        }
    }
    *o = '\0';
    return out;
}

/* Same file, both already normalised: one a suffix of the other at a '/'. */
static int same_norm_file(const char *x, const char *y)
{
    size_t lx = strlen(x), ly = strlen(y);
    const char *lng = lx >= ly ? x : y, *shrt = lx >= ly ? y : x;
    while (*shrt == '/' || (shrt[0] == '.' && shrt[1] == '/'))
        shrt += shrt[0] == '/' ? 1 : 2;
    if (*shrt == '\0')
        return 0;
    size_t ll = strlen(lng), ls = strlen(shrt);
    return ls <= ll && strcmp(lng + ll - ls, shrt) == 0 && (ls == ll || lng[ll - ls - 1] == '/');
}

int pt_confirm_same_file(const char *a, const char *b)
{
    char *x = norm_path(a), *y = norm_path(b);
    int same = same_norm_file(x, y);
    free(x);
    free(y);
    return same;
}

/* The last component of a normalised path: two paths that are the same file
 * (same_norm_file) have the same one, so it narrows the search exactly. */
static const char *base_name(const char *norm)
{
    const char *slash = strrchr(norm, '/');
    return slash ? slash + 1 : norm;
}

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int jint(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) ? v->valueint : -1;
}

static int rule_matches(const char *rule, const cJSON *ev)
{
    const char *er = jstr(ev, "rule"), *name = jstr(ev, "event");
    if (rule == NULL)
        return 0;
    if (name && strcmp(name, "leak") == 0)
        return strcmp(rule, "PT005") == 0 || strcmp(rule, "PT006") == 0;
    return er != NULL && strcmp(er, rule) == 0;
}

/* The result's first physical location: uri and start line. */
static int result_location(const cJSON *res, const char **uri, int *line)
{
    const cJSON *loc = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(res, "locations"), 0);
    const cJSON *phys = cJSON_GetObjectItemCaseSensitive(loc, "physicalLocation");
    const cJSON *art = cJSON_GetObjectItemCaseSensitive(phys, "artifactLocation");
    const cJSON *reg = cJSON_GetObjectItemCaseSensitive(phys, "region");
    *uri = jstr(art, "uri");
    *line = jint(reg, "startLine");
    return *uri != NULL && *line > 0 ? 0 : -1;
}

/* The events, in log order, with what the join compares taken out once and
 * sorted by place (line, then file name): a result looks only at the events
 * of its own line and file name, so the join is linear in the log rather
 * than results x events x path normalisations. */
struct placed {
    int line;
    const char *base;   /* into norm */
    char *norm;         /* the event's file, normalised */
    size_t i;           /* log order */
};

struct event_index {
    size_t n;
    const cJSON **ev;   /* log order */
    struct placed *by_place;
    size_t nplaced;
};

static int cmp_placed(const void *a, const void *b)
{
    const struct placed *x = a, *y = b;
    int c = (x->line > y->line) - (x->line < y->line);
    if (c == 0)
        c = strcmp(x->base, y->base);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

static void index_events(const cJSON *events, struct event_index *x)
{
    const cJSON *ev;
    size_t n = (size_t)cJSON_GetArraySize(events);
    memset(x, 0, sizeof(*x));
    x->ev = pt_xcalloc(n + 1, sizeof(*x->ev));
    x->by_place = pt_xcalloc(n + 1, sizeof(*x->by_place));
    cJSON_ArrayForEach(ev, events) {
        const char *file = jstr(ev, "file");
        int line = jint(ev, "line");
        if (file != NULL && line > 0) {
            struct placed *p = &x->by_place[x->nplaced++];
            p->line = line;
            p->norm = norm_path(file);
            p->base = base_name(p->norm);
            p->i = x->n;
        }
        x->ev[x->n++] = ev;
    }
    qsort(x->by_place, x->nplaced, sizeof(*x->by_place), cmp_placed);
}

static void free_index(struct event_index *x)
{
    size_t k;
    for (k = 0; k < x->nplaced; k++)
        free(x->by_place[k].norm);
    free(x->by_place);
    free(x->ev);
}

/* The first event placed at (line, base), or nplaced. */
static size_t first_at(const struct event_index *x, int line, const char *base)
{
    size_t lo = 0, hi = x->nplaced;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct placed *p = &x->by_place[mid];
        int c = (p->line > line) - (p->line < line);
        if (c == 0)
            c = strcmp(p->base, base);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static cJSON *properties_of(cJSON *res)
{
    cJSON *p = cJSON_GetObjectItemCaseSensitive(res, "properties");
    if (!cJSON_IsObject(p)) {
        cJSON_DeleteItemFromObjectCaseSensitive(res, "properties");
        p = cJSON_AddObjectToObject(res, "properties");
    }
    return p;
}

static void set_prop(cJSON *props, const char *key, cJSON *value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(props, key);
    cJSON_AddItemToObject(props, key, value);
}

/* Records on res the status, how many events back it (n) and the evidence
 * (the first PT_MAX_EVIDENCE of them, already in evidence). */
static void set_runtime(cJSON *res, const char *status, size_t n, cJSON *evidence)
{
    cJSON *props = properties_of(res);
    set_prop(props, "pooltrackRuntime", cJSON_CreateString(status));
    if (n && strcmp(status, "confirmed") == 0)
        set_prop(props, "pooltrackMatch", cJSON_CreateString("exact: file, line and rule"));
    set_prop(props, "pooltrackRuntimeCount", cJSON_CreateNumber((double)n));
    set_prop(props, "pooltrackRuntimeEvidence", evidence);
}

/* Takes the events at res's file, line and rule, marking used[i]; returns
 * how many. */
static size_t attach_matching(cJSON *res, const struct event_index *x, char *used)
{
    cJSON *evidence = cJSON_CreateArray();
    const char *uri, *rule = jstr(res, "ruleId"), *family = pt_confirm_result_family(res);
    int line;
    size_t n = 0;
    if (result_location(res, &uri, &line) == 0) {
        char *norm = norm_path(uri);
        const char *base = base_name(norm);
        size_t k;
        for (k = first_at(x, line, base); k < x->nplaced && x->by_place[k].line == line &&
                                          strcmp(x->by_place[k].base, base) == 0; k++) {
            const struct placed *p = &x->by_place[k];
            if (!rule_matches(rule, x->ev[p->i]) || !pt_confirm_family_fits(family, x->ev[p->i]) ||
                !same_norm_file(norm, p->norm))
                continue;
            used[p->i] = 1;
            if (n++ < PT_MAX_EVIDENCE)
                cJSON_AddItemToArray(evidence, cJSON_Duplicate(x->ev[p->i], 1));
        }
        free(norm);
    }
    set_runtime(res, n ? "confirmed" : "not_reproduced", n, evidence);
    return n;
}

static cJSON *runtime_result(const cJSON *ev)
{
    const char *rule = jstr(ev, "rule"), *name = jstr(ev, "event"), *tag = jstr(ev, "tag");
    char *id = rule ? pt_strdup(rule) : pt_asprintf("runtime/%s", name ? name : "event");
    char *msg = pt_asprintf("Runtime: %s%s%s (tag %s, %d bytes) in %s, not reported statically.",
                            name ? name : "event", jstr(ev, "kind") ? " " : "",
                            jstr(ev, "kind") ? jstr(ev, "kind") : "", tag ? tag : "?",
                            jint(ev, "size"), jstr(ev, "function") ? jstr(ev, "function") : "?");
    cJSON *res = cJSON_CreateObject(), *loc = cJSON_CreateObject(), *phys, *locs;
    cJSON_AddStringToObject(res, "ruleId", id);
    cJSON_AddStringToObject(res, "level", "error");
    cJSON_AddObjectToObject(res, "message");
    cJSON_AddStringToObject(cJSON_GetObjectItem(res, "message"), "text", msg);
    locs = cJSON_AddArrayToObject(res, "locations");
    cJSON_AddItemToArray(locs, loc);
    phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    cJSON_AddStringToObject(cJSON_AddObjectToObject(phys, "artifactLocation"), "uri", jstr(ev, "file"));
    cJSON_AddNumberToObject(cJSON_AddObjectToObject(phys, "region"), "startLine", jint(ev, "line"));
    free(id);
    free(msg);
    return res;
}

/* Unused events sorted into groups of one (event, file, line), each group in
 * log order; groups ordered by their first event. */
struct grouped {
    const cJSON *ev;
    size_t i;
};

static int cmp_event_place(const cJSON *a, const cJSON *b)
{
    int la = jint(a, "line"), lb = jint(b, "line");
    int c = (la > lb) - (la < lb);
    if (c == 0)
        c = strcmp(jstr(a, "file"), jstr(b, "file"));
    return c ? c : strcmp(jstr(a, "event"), jstr(b, "event"));
}

static int cmp_group(const void *a, const void *b)
{
    const struct grouped *x = a, *y = b;
    int c = cmp_event_place(x->ev, y->ev);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

struct group_span {
    size_t first, start, len;   /* log order of its first event; where in the sorted array */
};

static int cmp_span(const void *a, const void *b)
{
    const struct group_span *x = a, *y = b;
    return (x->first > y->first) - (x->first < y->first);
}

/* Unused events, grouped by (event, file, line), become results. */
static void add_runtime_only(cJSON *results, const struct event_index *x, const char *used,
                             struct pt_confirm_stats *st)
{
    struct grouped *g = pt_xcalloc(x->n + 1, sizeof(*g));
    struct group_span *spans = pt_xcalloc(x->n + 1, sizeof(*spans));
    size_t i, n = 0, nspans = 0;
    for (i = 0; i < x->n; i++)
        if (!used[i] && jstr(x->ev[i], "file") != NULL && jstr(x->ev[i], "event") != NULL &&
            jint(x->ev[i], "line") > 0) {
            g[n].ev = x->ev[i];
            g[n++].i = i;
        }
    qsort(g, n, sizeof(*g), cmp_group);
    for (i = 0; i < n; i++) {
        if (i == 0 || cmp_event_place(g[i].ev, g[i - 1].ev) != 0)
            spans[nspans++] = (struct group_span){ g[i].i, i, 0 };
        spans[nspans - 1].len++;
    }
    qsort(spans, nspans, sizeof(*spans), cmp_span);
    for (i = 0; i < nspans; i++) {
        cJSON *res = runtime_result(g[spans[i].start].ev), *evidence = cJSON_CreateArray();
        size_t k;
        for (k = 0; k < spans[i].len && k < PT_MAX_EVIDENCE; k++)
            cJSON_AddItemToArray(evidence, cJSON_Duplicate(g[spans[i].start + k].ev, 1));
        set_runtime(res, "runtime_only", spans[i].len, evidence);
        cJSON_AddItemToArray(results, res);
        st->runtime_only++;
    }
    free(spans);
    free(g);
}

int pt_confirm_apply(cJSON *sarif, const cJSON *events, struct pt_confirm_stats *st,
                     char *err, size_t errlen)
{
    cJSON *runs = cJSON_GetObjectItemCaseSensitive(sarif, "runs"), *run, *res;
    struct event_index x;
    char *used;
    size_t n;
    memset(st, 0, sizeof(*st));
    if (!cJSON_IsArray(runs) || cJSON_GetArraySize(runs) == 0 ||
        !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(sarif, "version"))) {
        set_err(err, errlen, "not a SARIF log (needs \"version\" and a non-empty \"runs\" array)");
        return -1;
    }
    index_events(events, &x);
    used = pt_xcalloc(x.n + 1, 1);
    st->events = x.n;
    cJSON_ArrayForEach(run, runs) {
        cJSON *results = cJSON_GetObjectItemCaseSensitive(run, "results");
        if (!cJSON_IsArray(results))
            continue;
        cJSON_ArrayForEach(res, results) {
            st->results++;
            if (attach_matching(res, &x, used))
                st->confirmed++;
            else
                st->not_reproduced++;
        }
    }
    /* Leaks inside the driver's own allocation wrappers, by their stacks. */
    n = pt_confirm_stack_join(sarif, x.ev, x.n, used);
    st->confirmed += n;
    st->not_reproduced -= n;
    run = cJSON_GetArrayItem(runs, 0);
    if (!cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(run, "results"))) {
        cJSON_DeleteItemFromObjectCaseSensitive(run, "results");
        cJSON_AddArrayToObject(run, "results");
    }
    add_runtime_only(cJSON_GetObjectItemCaseSensitive(run, "results"), &x, used, st);
    free(used);
    free_index(&x);
    return 0;
}
