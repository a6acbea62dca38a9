/* Lookup in the families table (data/pool_api.def). */
#include "pool_api.h"
#include <stdlib.h>
#include <string.h>
#include "strmap.h"
#include "util.h"

static const struct pt_api apis[] = {
#define PT_API(n, k, fam, p, fld, sz, tg, pl, cnd, fl) \
    {#n, PT_API_##k, PT_FAM_##fam, p, fld, sz, tg, pl, cnd, fl, 0, 0, 0},
#include "data/pool_api.def"
#undef PT_API
};

#define NAPIS (sizeof apis / sizeof apis[0])

static const char *const takes_words[] = {
#define PT_API(...)
#define PT_TAKES_WORD(w) #w,
#include "data/pool_api.def"
#undef PT_TAKES_WORD
#undef PT_API
    NULL};

static const struct { const char *name; int arg; } dpc_regs[] = {
#define PT_API(...)
#define PT_DPC_REG(n, a) {#n, a},
#include "data/pool_api.def"
#undef PT_DPC_REG
#undef PT_API
    {NULL, 0}};

static const struct { const char *name; int irp, routine; } completion_sets[] = {
#define PT_API(...)
#define PT_COMPLETION_SET(n, i, r) {#n, i, r},
#include "data/pool_api.def"
#undef PT_COMPLETION_SET
#undef PT_API
    {NULL, -1, -1}};

static const struct { const char *name; int routine, context, param; } deferreds[] = {
#define PT_API(...)
#define PT_DEFERRED(n, r, c, p) {#n, r, c, p},
#include "data/pool_api.def"
#undef PT_DEFERRED
#undef PT_API
    {NULL, -1, -1, -1}};

static const struct { const char *name; int arg; } wdk_taken_if_ok[] = {
#define PT_API(...)
#define PT_TAKEN_IF_OK(n, a) {#n, a},
#include "data/pool_api.def"
#undef PT_TAKEN_IF_OK
#undef PT_API
    {NULL, -1}};

int pt_api_deferred(const char *name, int *routine_arg, int *context_arg, int *context_param)
{
    for (int i = 0; name && deferreds[i].name; i++)
        if (strcmp(deferreds[i].name, name) == 0) {
            *routine_arg = deferreds[i].routine;
            *context_arg = deferreds[i].context;
            *context_param = deferreds[i].param;
            return 1;
        }
    return 0;
}

static const char *const irp_complete_words[] = {
#define PT_API(...)
#define PT_IRP_COMPLETE_WORD(w) #w,
#include "data/pool_api.def"
#undef PT_IRP_COMPLETE_WORD
#undef PT_API
    NULL};

int pt_api_completes_irp(const char *name)
{
    for (int i = 0; name && irp_complete_words[i]; i++)
        if (strstr(name, irp_complete_words[i])) return 1;
    return 0;
}

int pt_api_completion_set(const char *name, int *irp_arg, int *routine_arg)
{
    for (int i = 0; name && completion_sets[i].name; i++)
        if (strcmp(completion_sets[i].name, name) == 0) {
            *irp_arg = completion_sets[i].irp;
            *routine_arg = completion_sets[i].routine;
            return 1;
        }
    return 0;
}

static const char *const dpc_roles[] = {
#define PT_API(...)
#define PT_DPC_ROLE(n) #n,
#include "data/pool_api.def"
#undef PT_DPC_ROLE
#undef PT_API
    NULL};

static const char *const unload_fields[] = {
#define PT_API(...)
#define PT_UNLOAD_FIELD(n) #n,
#include "data/pool_api.def"
#undef PT_UNLOAD_FIELD
#undef PT_API
    NULL};
static const char *const unload_roles[] = {
#define PT_API(...)
#define PT_UNLOAD_ROLE(n) #n,
#include "data/pool_api.def"
#undef PT_UNLOAD_ROLE
#undef PT_API
    NULL};
static const char *const unload_calls[] = {
#define PT_API(...)
#define PT_UNLOAD_CALL(n) #n,
#include "data/pool_api.def"
#undef PT_UNLOAD_CALL
#undef PT_API
    NULL};
static const char *const init_fields[] = {
#define PT_API(...)
#define PT_INIT_FIELD(n) #n,
#include "data/pool_api.def"
#undef PT_INIT_FIELD
#undef PT_API
    NULL};
static const char *const init_roles[] = {
#define PT_API(...)
#define PT_INIT_ROLE(n) #n,
#include "data/pool_api.def"
#undef PT_INIT_ROLE
#undef PT_API
    NULL};

struct list_op { const char *name; int head, entry; };
static const struct list_op list_inserts[] = {
#define PT_API(...)
#define PT_LIST_INSERT(n, h, e) {#n, h, e},
#include "data/pool_api.def"
#undef PT_LIST_INSERT
#undef PT_API
    {NULL, -1, -1}};
static const struct list_op list_drains[] = {
#define PT_API(...)
#define PT_LIST_DRAIN(n, h) {#n, h, -1},
#include "data/pool_api.def"
#undef PT_LIST_DRAIN
#undef PT_API
    {NULL, -1, -1}};

static const char *const tagged_twins[][2] = {
#define PT_API(...)
#define PT_TAGGED_TWIN(u, t) {#u, #t},
#include "data/pool_api.def"
#undef PT_TAGGED_TWIN
#undef PT_API
    {NULL, NULL}};
static const char *const release_calls[][2] = {
#define PT_API(...)
#define PT_RELEASE_CALL(a, t) {#a, t},
#include "data/pool_api.def"
#undef PT_RELEASE_CALL
#undef PT_API
    {NULL, NULL}};

static const char *second_of(const char *const pairs[][2], const char *name)
{
    for (int i = 0; name && pairs[i][0]; i++)
        if (strcmp(pairs[i][0], name) == 0) return pairs[i][1];
    return NULL;
}

const char *pt_api_tagged_twin(const char *name)
{
    return second_of(tagged_twins, name);
}

const char *pt_api_release_call(const char *allocator)
{
    return second_of(release_calls, allocator);
}

static const struct list_op *find_op(const struct list_op *ops, const char *name)
{
    for (int i = 0; name && ops[i].name; i++)
        if (strcmp(ops[i].name, name) == 0) return &ops[i];
    return NULL;
}

int pt_api_list_insert(const char *name, int *entry)
{
    const struct list_op *op = find_op(list_inserts, name);
    if (!op) return -1;
    *entry = op->entry;
    return op->head;
}

int pt_api_list_drain(const char *name)
{
    const struct list_op *op = find_op(list_drains, name);
    return op ? op->head : -1;
}

static int in_list(const char *const *list, const char *name)
{
    for (int i = 0; name && list[i]; i++)
        if (strcmp(list[i], name) == 0) return 1;
    return 0;
}

enum pt_entry_kind pt_api_entry_field(const struct pt_api_table *t, const char *field)
{
    if (pt_api_extra_unload(t ? t->extras : NULL, field)) return PT_ENTRY_UNLOAD;
    return in_list(unload_fields, field) ? PT_ENTRY_UNLOAD
           : in_list(init_fields, field) ? PT_ENTRY_INIT
                                         : PT_ENTRY_NONE;
}

int pt_api_unload_call(const char *name)
{
    return in_list(unload_calls, name);
}

enum pt_entry_kind pt_api_entry_role(const struct pt_api_table *t, const char *role)
{
    if (pt_api_extra_unload(t ? t->extras : NULL, role)) return PT_ENTRY_UNLOAD;
    return in_list(unload_roles, role) ? PT_ENTRY_UNLOAD : in_list(init_roles, role) ? PT_ENTRY_INIT : PT_ENTRY_NONE;
}

int pt_api_dpc_routine_arg(const char *name)
{
    for (int i = 0; name && dpc_regs[i].name; i++)
        if (strcmp(dpc_regs[i].name, name) == 0) return dpc_regs[i].arg;
    return -1;
}

static const char *const unless_passive[] = {
#define PT_API(...)
#define PT_DPC_REG_UNLESS_PASSIVE(n) #n,
#include "data/pool_api.def"
#undef PT_DPC_REG_UNLESS_PASSIVE
#undef PT_API
    NULL};

int pt_api_dpc_unless_passive(const char *name)
{
    for (int i = 0; name && unless_passive[i]; i++)
        if (strcmp(unless_passive[i], name) == 0) return 1;
    return 0;
}

int pt_api_dpc_role(const struct pt_api_table *t, const char *role)
{
    if (pt_api_extra_dpc(t ? t->extras : NULL, role)) return 1;
    for (int i = 0; role && dpc_roles[i]; i++)
        if (strcmp(dpc_roles[i], role) == 0) return 1;
    return 0;
}

int pt_api_name_takes(const char *name)
{
    for (int i = 0; name && takes_words[i]; i++)
        if (strstr(name, takes_words[i])) return 1;
    return 0;
}
static const struct pt_api *sorted[NAPIS];
static int sorted_ready;

static int cmp_api(const void *a, const void *b)
{
    return strcmp((*(const struct pt_api *const *)a)->name, (*(const struct pt_api *const *)b)->name);
}

/* Learned APIs (the project's own wrappers and helpers), by scope: a static
 * function is known in its file, others in their project, and those the
 * configuration names everywhere. */
void pt_api_table_init(struct pt_api_table *t, const struct pt_api_extras *extras)
{
    memset(t, 0, sizeof *t);
    t->extras = extras;
}

void pt_api_scope(struct pt_api_table *t, const char *file, const char *project)
{
    free(t->scope_file);
    free(t->scope_project);
    t->scope_file = pt_strdup(file ? file : "");
    t->scope_project = pt_strdup(project ? project : "");
}

/* The key of name in the current scope: 'S' its file's, 'P' its project's. */
static char *scoped_key(const struct pt_api_table *t, char which, const char *name)
{
    const char *scope = which == 'S' ? t->scope_file : t->scope_project;
    return pt_asprintf("%c|%s|%s", which, scope ? scope : "", name);
}

static void learn_as(struct pt_api_table *t, const struct pt_api *api, char *key)
{
    PT_GROW(t->learned, t->nlearned, t->cap_learned);
    struct pt_api *l = &t->learned[t->nlearned];
    *l = *api;
    l->name = pt_strdup(api->name);
    if (api->field) l->field = pt_strdup(api->field);   /* the IR it came from goes */
    pt_strmap_put(&t->learned_keys, key, (long)t->nlearned);
    t->nlearned++;
    free(key);
}

void pt_api_learn_scoped(struct pt_api_table *t, const struct pt_api *api, int is_static)
{
    learn_as(t, api, scoped_key(t, is_static ? 'S' : 'P', api->name));
}

void pt_api_note_param_mask(struct pt_api_table *t, enum pt_param_mask which, const char *name, int is_static,
                            uint32_t mask)
{
    char *key = scoped_key(t, is_static ? 'S' : 'P', name);
    pt_strmap_put(&t->param_masks[which], key, (long)mask);
    free(key);
}

uint32_t pt_api_param_mask(const struct pt_api_table *t, enum pt_param_mask which, const char *name)
{
    if (!name) return 0;
    long v = -1;
    for (int k = 0; t && k < 2 && v < 0; k++) {
        char *key = scoped_key(t, k ? 'P' : 'S', name);
        v = pt_strmap_get(&t->param_masks[which], key);
        free(key);
    }
    for (int i = 0; v < 0 && which == PT_MASK_TAKEN_IF_OK && wdk_taken_if_ok[i].name; i++)
        if (strcmp(wdk_taken_if_ok[i].name, name) == 0) v = 1L << wdk_taken_if_ok[i].arg;
    return v < 0 ? 0 : (uint32_t)v;
}

void pt_api_table_free(struct pt_api_table *t)
{
    for (size_t k = 0; k < sizeof t->param_masks / sizeof t->param_masks[0]; k++)
        pt_strmap_free(&t->param_masks[k]);
    for (size_t i = 0; i < t->nlearned; i++) {
        free((char *)t->learned[i].name);
        free((char *)t->learned[i].field);
    }
    free(t->learned);
    pt_strmap_free(&t->learned_keys);
    free(t->scope_file);
    free(t->scope_project);
    pt_api_table_init(t, t->extras);
}

static const struct pt_api *find_learned(const struct pt_api_table *t, const char *name)
{
    char *keys[2] = {scoped_key(t, 'S', name), scoped_key(t, 'P', name)};
    long i = -1;
    for (int k = 0; k < 2; k++) {
        if (i < 0) i = pt_strmap_get(&t->learned_keys, keys[k]);
        free(keys[k]);
    }
    return i >= 0 ? &t->learned[i] : NULL;
}

const struct pt_api *pt_api_lookup(const struct pt_api_table *t, const char *name)
{
    if (!name) return NULL;
    const struct pt_api *x = t ? pt_api_find_extra(t->extras, name) : NULL;   /* the user's configuration wins */
    if (x) return x;
    const struct pt_api *l = t && t->nlearned ? find_learned(t, name) : NULL;
    return l ? l : pt_api_find(name);
}

const struct pt_api *pt_api_find(const char *name)
{
    if (!name) return NULL;
    if (!sorted_ready) {  /* a cache of the constant table; single-threaded per process */
        for (size_t i = 0; i < NAPIS; i++) sorted[i] = &apis[i];
        qsort(sorted, NAPIS, sizeof sorted[0], cmp_api);
        sorted_ready = 1;
    }
    size_t lo = 0, hi = NAPIS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, sorted[mid]->name);
        if (c == 0) return sorted[mid];
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return NULL;
}

static const struct {
    const char *key, *display, *free_routine;
    int configurable;
} families[PT_FAM_COUNT] = {
#define PT_FAMILY(e, name, display, free_routine, configurable) \
    [e] = { name, display, free_routine, configurable },
#include "data/families.def"
#undef PT_FAMILY
};

const char *pt_family_name(enum pt_family f)
{
    return f < PT_FAM_COUNT ? families[f].display : "?";
}

const char *pt_family_free_name(enum pt_family f)
{
    return f < PT_FAM_COUNT ? families[f].free_routine : "?";
}

const char *pt_family_key(enum pt_family f)
{
    return f < PT_FAM_COUNT ? families[f].key : "?";
}

enum pt_family pt_family_by_key(const char *key, int *configurable)
{
    for (int f = 0; f < PT_FAM_COUNT; f++)
        if (strcmp(families[f].key, key) == 0) {
            if (configurable) *configurable = families[f].configurable;
            return (enum pt_family)f;
        }
    if (configurable) *configurable = 0;
    return PT_FAM_NONE;
}
