/* --summaries FILE: what the link learned about every function, as deterministic JSON
 * (the interface: summary_dump.h). */
#include "summary_dump.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "callgraph.h"
#include "json_write.h"
#include "strmap.h"
#include "tags.h"
#include "util.h"

static int enabled;
static cJSON *funcs;              /* key -> object */
static struct pt_strmap index_of; /* key -> position in funcs */

void pt_summary_dump_enable(void)
{
    enabled = 1;
    if (!funcs) funcs = cJSON_CreateArray();
}

static char *key_of(const struct pt_func *fn, const char *tu_file)
{
    return pt_function_key(tu_file, fn->name, fn->is_static);
}

/* The record of ev's function, made on first use. */
static cJSON *record(const struct pt_func *fn, const char *tu_file)
{
    char *key = key_of(fn, tu_file);
    long i = pt_strmap_get(&index_of, key);
    cJSON *o;
    if (i >= 0) o = cJSON_GetArrayItem(funcs, (int)i);
    else {
        o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "key", key);
        cJSON_AddStringToObject(o, "name", fn->name);
        cJSON_AddStringToObject(o, "file", fn->loc.file ? fn->loc.file : "");
        cJSON_AddNumberToObject(o, "line", fn->loc.line);
        cJSON_AddBoolToObject(o, "static", fn->is_static);
        if (fn->role) cJSON_AddStringToObject(o, "role", fn->role);
        cJSON_AddArrayToObject(o, "calls");
        cJSON_AddArrayToObject(o, "stores");
        cJSON_AddArrayToObject(o, "frees_places");
        cJSON_AddArrayToObject(o, "registers");
        pt_strmap_put(&index_of, key, cJSON_GetArraySize(funcs));
        cJSON_AddItemToArray(funcs, o);
    }
    free(key);
    return o;
}

static void add_unique(cJSON *arr, cJSON *item)
{
    cJSON *x;
    cJSON_ArrayForEach(x, arr)
        if (cJSON_Compare(x, item, 1)) { cJSON_Delete(item); return; }
    cJSON_AddItemToArray(arr, item);
}

/* The event's call and place; its tag as the link step's table knows the routine. */
static cJSON *site(const struct pt_event *ev, const char *what)
{
    const char *place = ev->place;
    const struct pt_expr *call = ev->call;
    cJSON *o = cJSON_CreateObject();
    if (place) cJSON_AddStringToObject(o, "place", place);
    cJSON_AddStringToObject(o, what, call->name ? call->name : "?");
    cJSON_AddNumberToObject(o, "line", call->loc.line);
    int64_t tag;
    if (call->name && pt_call_tag(call, pt_api_lookup(ev->ctx->apis, call->name), &tag)) {
        char t[5];
        pt_tag_chars(tag, t);
        cJSON_AddStringToObject(o, "tag", t);
    }
    return o;
}

/* The record of the function an event is in (static names per TU file). */
static cJSON *record_of(const struct pt_event *ev)
{
    return record(ev->fn, pt_cg_scope(ev));
}

void pt_summary_dump_on_event(const struct pt_event *ev)
{
    if (!enabled || !ev->fn || !ev->fn->name) return;
    switch (ev->kind) {
    case PT_EV_FUNC: record_of(ev); break;
    case PT_EV_CALLEDGE: {
        char *k = pt_function_key(ev->callee_file ? ev->callee_file : pt_cg_scope(ev), ev->call->name,
                                  ev->call->callee_static);
        add_unique(cJSON_GetObjectItem(record_of(ev), "calls"), cJSON_CreateString(k));
        free(k);
        break;
    }
    case PT_EV_STORE:
        add_unique(cJSON_GetObjectItem(record_of(ev), "stores"), site(ev, "allocation"));
        break;
    case PT_EV_FREE_PLACE:
        add_unique(cJSON_GetObjectItem(record_of(ev), "frees_places"), site(ev, "free"));
        break;
    case PT_EV_REGISTER: {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "routine", ev->routine->name ? ev->routine->name : "?");
        cJSON_AddStringToObject(o, "as", "dpc");
        cJSON_AddStringToObject(o, "by", ev->call->name);
        cJSON_AddNumberToObject(o, "line", ev->call->loc.line);
        add_unique(cJSON_GetObjectItem(record_of(ev), "registers"), o);
        break;
    }
    case PT_EV_ENTRY: {   /* an unload or start routine this function declares or registers */
        if (!ev->routine || !ev->routine->name) break;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "routine", ev->routine->name);
        cJSON_AddStringToObject(o, "as", ev->entry == PT_ENTRY_UNLOAD ? "unload" : "start");
        cJSON_AddStringToObject(o, "by", ev->reason ? ev->reason : "");
        cJSON_AddNumberToObject(o, "line", ev->where.line);
        add_unique(cJSON_GetObjectItem(record_of(ev), "registers"), o);
        break;
    }
    default:
        break;
    }
}

static const char *param_name(const struct pt_func *fn, int var)
{
    return var >= 0 && (unsigned)var < fn->nvars && fn->vars[var].name ? fn->vars[var].name : "?";
}

static void add_tag(cJSON *o, const struct pt_func *fn, const struct pt_api *api)
{
    if (api->tag_fixed) {
        char t[5];
        pt_tag_chars(api->tag_value, t);
        cJSON_AddStringToObject(o, "tag", t);
    } else if (api->tag >= 0) {
        char *s = pt_asprintf("parameter %s", param_name(fn, api->tag));
        cJSON_AddStringToObject(o, "tag", s);
        free(s);
    }
}

void pt_summary_dump_function(const struct pt_api_table *apis, const struct pt_tu_ir *ir, const struct pt_func *fn)
{
    if (!enabled) return;
    cJSON *o = record(fn, ir->file);
    const struct pt_api *api = pt_api_lookup(apis, fn->name);
    if (!api || !(api->flags & PT_API_LEARNED) || cJSON_GetObjectItem(o, "effect")) return;
    cJSON *e = cJSON_AddObjectToObject(o, "effect");
    switch (api->kind) {
    case PT_API_ALLOC:
        cJSON_AddStringToObject(e, "kind", "returns fresh memory");
        cJSON_AddStringToObject(e, "when", "always (or NULL)");
        break;
    case PT_API_ALLOC_OUT:
        cJSON_AddStringToObject(e, "kind", "hands out fresh memory");
        cJSON_AddStringToObject(e, "through", param_name(fn, api->ptr));
        cJSON_AddStringToObject(e, "when", (api->flags & PT_API_STATUS) ? "returns success (NT_SUCCESS)" : "always");
        if (api->flags & PT_API_OUT_IF_NULL)
            cJSON_AddStringToObject(e, "only_if", "what it points to is NULL on entry (else it uses that)");
        break;
    case PT_API_FREE:
        cJSON_AddStringToObject(e, "kind", api->field ? "frees a parameter's field" : "frees a parameter");
        cJSON_AddStringToObject(e, "parameter", param_name(fn, api->ptr));
        if (api->field) cJSON_AddStringToObject(e, "field", api->field);
        if (api->flags & PT_API_NULLS_FIELD) cJSON_AddTrueToObject(e, "sets it to NULL");
        break;
    case PT_API_FREE_PAGES:
        cJSON_AddStringToObject(e, "kind", "frees the pages of a parameter's MDL");
        cJSON_AddStringToObject(e, "parameter", param_name(fn, api->ptr));
        break;
    case PT_API_KEEPS:
        cJSON_AddStringToObject(e, "kind", "keeps nothing it is given");
        return;
    case PT_API_BORROWS: {
        cJSON_AddStringToObject(e, "kind", "only reads or fills some parameters");
        cJSON *b = cJSON_AddArrayToObject(e, "borrows");
        for (int i = 0; i < 32; i++)
            if (api->borrows >> i & 1) cJSON_AddItemToArray(b, cJSON_CreateString(param_name(fn, i)));
        return;
    }
    default:
        cJSON_AddStringToObject(e, "kind", "other");
        return;
    }
    cJSON_AddStringToObject(e, "family", pt_family_name(api->family));
    add_tag(e, fn, api);
}

static int cmp_key(const void *a, const void *b)
{
    const cJSON *x = *(const cJSON *const *)a, *y = *(const cJSON *const *)b;
    int c = strcmp(cJSON_GetObjectItem(x, "key")->valuestring, cJSON_GetObjectItem(y, "key")->valuestring);
    return c ? c : (int)(cJSON_GetObjectItem(x, "line")->valuedouble - cJSON_GetObjectItem(y, "line")->valuedouble);
}

int pt_summary_dump_write(const char *path, char *err, size_t errlen)
{
    size_t n = (size_t)cJSON_GetArraySize(funcs);
    cJSON **v = pt_xcalloc(n + 1, sizeof *v);
    for (size_t i = 0; i < n; i++) v[i] = cJSON_DetachItemFromArray(funcs, 0);
    qsort(v, n, sizeof *v, cmp_key);
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "pooltrack_summaries", 1);
    cJSON *arr = cJSON_AddArrayToObject(root, "functions");
    for (size_t i = 0; i < n; i++) cJSON_AddItemToArray(arr, v[i]);
    free(v);
    pt_strmap_free(&index_of);
    enabled = 0;
    int rc = pt_write_json_file(path, root, err, errlen);
    cJSON_Delete(root);
    cJSON_Delete(funcs);
    funcs = NULL;
    return rc;
}
