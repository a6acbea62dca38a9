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

int pt_confirm_same_file(const char *a, const char *b)
{
    char *x = norm_path(a), *y = norm_path(b), *lng, *shrt;
    size_t lx = strlen(x), ly = strlen(y);
    int same = 0;
    lng = lx >= ly ? x : y;
    shrt = lx >= ly ? y : x;
    while (*shrt == '/' || (shrt[0] == '.' && shrt[1] == '/'))
        shrt += shrt[0] == '/' ? 1 : 2;
    if (*shrt) {
        size_t ll = strlen(lng), ls = strlen(shrt);
        same = ls <= ll && strcmp(lng + ll - ls, shrt) == 0 &&
               (ls == ll || lng[ll - ls - 1] == '/');
    }
    free(x);
    free(y);
    return same;
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

static int event_matches(const cJSON *res, const cJSON *ev)
{
    const char *uri, *file = jstr(ev, "file");
    int line;
    if (result_location(res, &uri, &line) != 0 || file == NULL)
        return 0;
    return jint(ev, "line") == line && rule_matches(jstr(res, "ruleId"), ev) &&
           pt_confirm_same_file(uri, file);
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

/* Takes the events matching res (all of them if take_all), marking used[i];
 * returns how many. */
static size_t attach(cJSON *res, const cJSON *events, char *used, int take_all,
                     const char *status_if_any, const char *status_if_none)
{
    cJSON *props = properties_of(res), *evidence = cJSON_CreateArray();
    size_t i = 0, n = 0;
    const cJSON *ev;
    cJSON_ArrayForEach(ev, events) {
        if (take_all || event_matches(res, ev)) {
            used[i] = 1;
            if (n++ < PT_MAX_EVIDENCE)
                cJSON_AddItemToArray(evidence, cJSON_Duplicate(ev, 1));
        }
        i++;
    }
    set_prop(props, "pooltrackRuntime", cJSON_CreateString(n ? status_if_any : status_if_none));
    if (n && strcmp(status_if_any, "confirmed") == 0)
        set_prop(props, "pooltrackMatch", cJSON_CreateString("exact: file, line and rule"));
    set_prop(props, "pooltrackRuntimeCount", cJSON_CreateNumber((double)n));
    set_prop(props, "pooltrackRuntimeEvidence", evidence);
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

static int same_group(const cJSON *a, const cJSON *b)
{
    const char *ea = jstr(a, "event"), *eb = jstr(b, "event");
    const char *fa = jstr(a, "file"), *fb = jstr(b, "file");
    return ea && eb && fa && fb && strcmp(ea, eb) == 0 && strcmp(fa, fb) == 0 &&
           jint(a, "line") == jint(b, "line");
}

/* Unused events, grouped by (event, file, line), become results. */
static void add_runtime_only(cJSON *results, const cJSON *events, char *used,
                             struct pt_confirm_stats *st)
{
    int i, n = cJSON_GetArraySize(events);
    for (i = 0; i < n; i++) {
        const cJSON *ev = cJSON_GetArrayItem(events, i);
        cJSON *res;
        if (used[i] || jstr(ev, "file") == NULL || jint(ev, "line") <= 0)
            continue;
        res = runtime_result(ev);
        {
            cJSON *group = cJSON_CreateArray();
            int j;
            for (j = i; j < n; j++) {
                const cJSON *other = cJSON_GetArrayItem(events, j);
                if (!used[j] && same_group(ev, other)) {
                    used[j] = 1;
                    cJSON_AddItemToArray(group, cJSON_Duplicate(other, 1));
                }
            }
            char *gused = pt_xcalloc((size_t)cJSON_GetArraySize(group) + 1, 1);
            attach(res, group, gused, 1, "runtime_only", "runtime_only");
            free(gused);
            cJSON_Delete(group);
        }
        cJSON_AddItemToArray(results, res);
        st->runtime_only++;
    }
}

int pt_confirm_apply(cJSON *sarif, const cJSON *events, struct pt_confirm_stats *st,
                     char *err, size_t errlen)
{
    cJSON *runs = cJSON_GetObjectItemCaseSensitive(sarif, "runs"), *run, *res;
    size_t nev = (size_t)cJSON_GetArraySize(events);
    char *used = pt_xcalloc(nev ? nev : 1, 1);
    memset(st, 0, sizeof(*st));
    st->events = nev;
    if (!cJSON_IsArray(runs) || cJSON_GetArraySize(runs) == 0 ||
        !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(sarif, "version"))) {
        free(used);
        set_err(err, errlen, "not a SARIF log (needs \"version\" and a non-empty \"runs\" array)");
        return -1;
    }
    cJSON_ArrayForEach(run, runs) {
        cJSON *results = cJSON_GetObjectItemCaseSensitive(run, "results");
        cJSON_ArrayForEach(res, results) {
            st->results++;
            if (attach(res, events, used, 0, "confirmed", "not_reproduced"))
                st->confirmed++;
            else
                st->not_reproduced++;
        }
    }
    run = cJSON_GetArrayItem(runs, 0);
    if (!cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(run, "results")))
        cJSON_AddArrayToObject(run, "results");
    add_runtime_only(cJSON_GetObjectItemCaseSensitive(run, "results"), events, used, st);
    free(used);
    return 0;
}
